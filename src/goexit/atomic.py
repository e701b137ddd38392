"""Go's ``sync/atomic`` package: the atomic types (Int32, Int64, Uint32, Uint64, Uintptr, Bool, Value, Pointer).

Each operation is indivisible: no other goroutine sees it half done, however
many goroutines use the value at once.  The integer types wrap around as Go's
fixed-size integers do.  Models src/sync/atomic/type.go and value.go.

```py
from goexit import atomic, sync

n = atomic.Int64()
wg = sync.WaitGroup()
for _ in range(10):
    wg.go(lambda: [n.add(1) for _ in range(100)])
wg.wait()
print(n.load(), n.swap(7), n.compare_and_swap(7, 8), n.load())
#> 1000 1000 True 8
u = atomic.Uint32()
print(u.add(-1))  # Go's AddUint32(&x, ^uint32(0)): wraps around
#> 4294967295
```

Go's functions on plain variables (``atomic.AddInt64(&n, 1)``) need a pointer
to an ordinary variable, which Python does not have: use the types instead
(``n = atomic.Int64()``, ``n.add(1)``), as Go's documentation recommends.
"""

from __future__ import annotations

import threading
from typing import Final, Generic, TypeVar

from goexit.panics import panic

T = TypeVar("T")

__all__ = ["Bool", "Int32", "Int64", "Pointer", "Uint32", "Uint64", "Uintptr", "Value"]

_lock = threading.Lock()
"""Makes every operation of this module indivisible (a stand-in for the CPU's atomic instructions)."""


class _Int:
    """The shared body of the integer types: a value of ``bits`` bits, signed or not."""

    __slots__ = ("_v",)

    _bits = 64
    _signed = True
    go_type = "atomic.Int64"

    def __init__(self) -> None:
        self._v = 0

    @classmethod
    def _fit(cls, v: int) -> int:
        if not isinstance(v, int) or isinstance(v, bool):
            raise TypeError(f"{cls.__name__} holds an int, got {type(v).__name__}")
        m = 1 << cls._bits
        v %= m
        if cls._signed and v >= m >> 1:
            v -= m
        return v

    def load(self) -> int:
        """Atomically load and return the value (Go's ``Load``)."""
        return self._v

    def store(self, val: int) -> None:
        """Atomically store ``val`` (Go's ``Store``)."""
        v = self._fit(val)
        with _lock:
            self._v = v

    def swap(self, new: int) -> int:
        """Atomically store ``new`` and return the previous value (Go's ``Swap``)."""
        v = self._fit(new)
        with _lock:
            old, self._v = self._v, v
        return old

    def compare_and_swap(self, old: int, new: int) -> bool:
        """Store ``new`` if the value is ``old``; report whether it did (Go's ``CompareAndSwap``)."""
        o, n = self._fit(old), self._fit(new)
        with _lock:
            if self._v != o:
                return False
            self._v = n
            return True

    def add(self, delta: int) -> int:
        """Atomically add ``delta`` and return the new value, wrapping around (Go's ``Add``).

        For an unsigned type, subtract with a negative ``delta``: Go writes
        ``x.Add(^uint32(c-1))``, which is the same number modulo 2**32.
        """
        d = self._fit(delta)
        with _lock:
            self._v = self._fit(self._v + d)
            return self._v

    def and_(self, mask: int) -> int:
        """Atomically AND the value with ``mask`` and return the old value (Go 1.23's ``And``)."""
        m = self._fit(mask)
        with _lock:
            old = self._v
            self._v = self._fit(old & m)
        return old

    def or_(self, mask: int) -> int:
        """Atomically OR the value with ``mask`` and return the old value (Go 1.23's ``Or``)."""
        m = self._fit(mask)
        with _lock:
            old = self._v
            self._v = self._fit(old | m)
        return old

    def __repr__(self) -> str:
        return f"<{self.go_type} {self._v}>"


class Int32(_Int):
    """An atomic int32 (Go's ``atomic.Int32``); the zero value is 0."""

    __slots__ = ()
    _bits = 32
    go_type = "atomic.Int32"


class Int64(_Int):
    """An atomic int64 (Go's ``atomic.Int64``); the zero value is 0."""

    __slots__ = ()
    _bits = 64
    go_type = "atomic.Int64"


class Uint32(_Int):
    """An atomic uint32 (Go's ``atomic.Uint32``); the zero value is 0."""

    __slots__ = ()
    _bits = 32
    _signed = False
    go_type = "atomic.Uint32"


class Uint64(_Int):
    """An atomic uint64 (Go's ``atomic.Uint64``); the zero value is 0."""

    __slots__ = ()
    _bits = 64
    _signed = False
    go_type = "atomic.Uint64"


class Uintptr(_Int):
    """An atomic uintptr (Go's ``atomic.Uintptr``, 64 bits); the zero value is 0."""

    __slots__ = ()
    _bits = 64
    _signed = False
    go_type = "atomic.Uintptr"


class Bool:
    """An atomic boolean (Go's ``atomic.Bool``); the zero value is false."""

    __slots__ = ("_v",)

    go_type: Final = "atomic.Bool"

    def __init__(self) -> None:
        self._v = False

    @staticmethod
    def _check(v: object) -> bool:
        if not isinstance(v, bool):
            raise TypeError(f"Bool holds a bool, got {type(v).__name__}")
        return v

    def load(self) -> bool:
        """Atomically load and return the value (Go's ``Load``)."""
        return self._v

    def store(self, val: bool) -> None:
        """Atomically store ``val`` (Go's ``Store``)."""
        v = self._check(val)
        with _lock:
            self._v = v

    def swap(self, new: bool) -> bool:
        """Atomically store ``new`` and return the previous value (Go's ``Swap``)."""
        v = self._check(new)
        with _lock:
            old, self._v = self._v, v
        return old

    def compare_and_swap(self, old: bool, new: bool) -> bool:
        """Store ``new`` if the value is ``old``; report whether it did (Go's ``CompareAndSwap``)."""
        o, n = self._check(old), self._check(new)
        with _lock:
            if self._v is not o:
                return False
            self._v = n
            return True

    def __repr__(self) -> str:
        return f"<atomic.Bool {'true' if self._v else 'false'}>"


class Value:
    """A value loaded and stored atomically (Go's ``atomic.Value``); the zero value holds nothing.

    Every `store` must keep the first stored value's type: storing ``None``
    panics with ``sync/atomic: store of nil value into Value``, and a value of
    another type with ``sync/atomic: store of inconsistently typed value into
    Value`` (types compare as Python types: ``1`` and ``True`` differ, as Go's
    int and bool do).
    """

    __slots__ = ("_typ", "_v")

    go_type: Final = "atomic.Value"

    def __init__(self) -> None:
        self._typ: type | None = None
        self._v: object = None

    def load(self) -> object:
        """The value set by the most recent `store`; ``None`` if there was none (Go's ``Load``)."""
        return self._v

    def store(self, val: object) -> None:
        """Set the value to ``val`` (Go's ``Store``)."""
        if val is None:
            panic("sync/atomic: store of nil value into Value")
        with _lock:
            if self._typ is not None and type(val) is not self._typ:
                bad = True
            else:
                self._typ, self._v, bad = type(val), val, False
        if bad:
            panic("sync/atomic: store of inconsistently typed value into Value")

    def swap(self, new: object) -> object:
        """Store ``new`` and return the previous value, ``None`` if empty (Go's ``Swap``)."""
        if new is None:
            panic("sync/atomic: swap of nil value into Value")
        with _lock:
            if self._typ is not None and type(new) is not self._typ:
                bad = True
                old = None
            else:
                old, self._v, self._typ, bad = self._v, new, type(new), False
        if bad:
            panic("sync/atomic: swap of inconsistently typed value into Value")
        return old

    def compare_and_swap(self, old: object, new: object) -> bool:
        """Store ``new`` if the value is ``old`` (Go's ``==``); report whether it did (Go's ``CompareAndSwap``)."""
        if new is None:
            panic("sync/atomic: compare and swap of nil value into Value")
        if old is not None and type(old) is not type(new):
            panic("sync/atomic: compare and swap of inconsistently typed values")
        with _lock:
            if self._typ is None:
                if old is not None:
                    return False
                self._typ, self._v = type(new), new
                return True
            if type(new) is not self._typ:
                bad = True
            else:
                bad = False
                if not (self._v is old or (type(self._v) is type(old) and self._v == old)):
                    return False
                self._v = new
        if bad:
            panic("sync/atomic: compare and swap of inconsistently typed value into Value")
        return True


class Pointer(Generic[T]):
    """An atomic pointer to a ``T`` (Go's ``atomic.Pointer[T]``); the zero value is nil (``None``).

    Pointers compare by identity, as Go's do: `compare_and_swap` succeeds only
    if the current value *is* ``old``.
    """

    __slots__ = ("_v",)

    go_type: Final = "atomic.Pointer"

    def __init__(self) -> None:
        self._v: T | None = None

    def load(self) -> T | None:
        """Atomically load and return the pointer (Go's ``Load``)."""
        return self._v

    def store(self, val: T | None) -> None:
        """Atomically store ``val`` (Go's ``Store``)."""
        with _lock:
            self._v = val

    def swap(self, new: T | None) -> T | None:
        """Atomically store ``new`` and return the previous pointer (Go's ``Swap``)."""
        with _lock:
            old, self._v = self._v, new
        return old

    def compare_and_swap(self, old: T | None, new: T | None) -> bool:
        """Store ``new`` if the pointer is ``old``; report whether it did (Go's ``CompareAndSwap``)."""
        with _lock:
            if self._v is not old:
                return False
            self._v = new
            return True
