"""Channels and select: Go's typed conduits, their closing rules and their misuse panics.

A channel carries values from senders to receivers.  Closing it says "no more
values will come": receivers drain what is buffered, then get the zero value
with ``ok == False`` at once, forever; a send on it panics.  A nil channel
(``None`` here) blocks every send and receive forever, which is how a ``select``
case is switched off.

```py
from goexit import Chan, close

ch = Chan(int, 2)
ch.send(1)
ch.send(2)
close(ch)
print(list(ch))
#> [1, 2]
print(ch.recv_ok())
#> (0, False)
```
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar

from goexit import _sched
from goexit._gotypes import zero_value
from goexit.panics import Error, panic

if TYPE_CHECKING:
    from goexit._timer import RTimer as _RTimer

T = TypeVar("T")


class _Waiter:
    """A goroutine waiting on a channel (Go's ``sudog``); one per case of a select."""

    __slots__ = ("closed", "g", "index", "ok", "sel", "value")

    def __init__(self, g: _sched.G, value: object, sel: _Select | None, index: int) -> None:
        self.g = g
        self.value = value
        self.ok = False
        self.sel = sel
        self.index = index
        self.closed = False


class _Select:
    """The shared state of the waiters one blocked select left on its channels."""

    __slots__ = ("fired", "waiters")

    def __init__(self) -> None:
        self.waiters: list[tuple[deque[_Waiter], _Waiter]] = []
        self.fired: _Waiter | None = None


def _wake(w: _Waiter) -> None:
    """Ready the goroutine behind ``w``; for a select, withdraw its other waiters."""
    sel = w.sel
    if sel is not None:
        sel.fired = w
        for queue, other in sel.waiters:
            if other is not w:
                try:
                    queue.remove(other)
                except ValueError:
                    pass
    _sched.ready(w.g)


def _withdraw(waiters: list[tuple[deque[_Waiter], _Waiter]], timers: list[_RTimer] | None = None) -> None:
    with _sched.lock:
        for queue, w in waiters:
            try:
                queue.remove(w)
            except ValueError:
                pass
        if timers:
            for t in timers:
                t.unblock()


class Chan(Generic[T]):
    """A channel of ``T`` values (Go's ``make(chan T, capacity)``).

    ``Chan(int)`` is unbuffered, ``Chan(int, 3)`` holds three values; ``Chan()``
    carries ``None`` like Go's ``chan struct{}``.  ``elem`` is the element type
    (or a function returning its zero value).  Nothing is made when the channel
    is: the zero value a receive returns once the channel is closed and drained
    is built the first time it is needed, as Go's zero value of the type
    (`goexit._gotypes.zero_value`: ``0``, ``""``, ``[]``, a dataclass whose
    fields without defaults are zero, ``None`` for pointers and interfaces),
    so ``Chan(Job, 3)`` works for ``@dataclass class Job: id: int; name: str``.
    """

    __slots__ = ("_bubble", "_buf", "_cap", "_closed", "_elem", "_made", "_recvq", "_sendq", "_timer", "_zv")

    def __init__(self, elem: type[T] | Callable[[], T] | None = None, capacity: int = 0) -> None:
        if not isinstance(capacity, int) or isinstance(capacity, bool):
            raise TypeError(f"channel capacity must be an int, got {type(capacity).__name__}")
        if capacity < 0:
            panic(Error("makechan: size out of range"))
        self._elem = elem
        self._made = False
        self._zv: T | None = None
        self._cap = capacity
        self._buf: deque[T] = deque()
        self._recvq: deque[_Waiter] = deque()
        self._sendq: deque[_Waiter] = deque()
        self._closed = False
        # The runtime timer feeding this channel, for a timer's channel (goexit.time); else None.
        self._timer: _RTimer | None = None
        # The synctest bubble it was made in: blocking on it there is durable (runtime/chan.go makechan).
        g = _sched.current_or_none()
        self._bubble: object = g.bubble if g is not None else None

    @property
    def _zero(self) -> T:
        """The zero value of the element type, made on first use (makechan in src/runtime/chan.go allocates none)."""
        if not self._made:
            self._zv = None if self._elem is None else zero_value(self._elem)  # type: ignore[assignment]
            self._made = True
        return self._zv  # type: ignore[return-value]

    def __repr__(self) -> str:
        state = " closed" if self._closed else ""
        return f"<Chan len={len(self._buf)} cap={self._cap}{state}>"

    def __len__(self) -> int:
        """Values buffered and not yet received (Go's ``len(ch)``)."""
        return len(self._buf)

    def cap(self) -> int:
        """The buffer's capacity (Go's ``cap(ch)``)."""
        return self._cap

    # -- non-blocking attempts, called with the lock held ----------------------

    def _try_send(self, value: T) -> bool:
        if self._closed:
            return False
        if self._recvq:
            w = self._recvq.popleft()
            w.value = value
            w.ok = True
            _wake(w)
            return True
        if len(self._buf) < self._cap:
            self._buf.append(value)
            return True
        return False

    def _try_recv(self) -> tuple[T, bool] | None:
        if self._buf:
            value = self._buf.popleft()
            if self._sendq:
                w = self._sendq.popleft()
                self._buf.append(w.value)  # type: ignore[arg-type]
                _wake(w)
            return value, True
        if self._sendq:
            w = self._sendq.popleft()
            _wake(w)
            return w.value, True  # type: ignore[return-value]
        if self._closed:
            return self._zero, False
        return None

    # -- operations ------------------------------------------------------------

    def send(self, value: T) -> None:
        """Send ``value`` (Go's ``ch <- value``), blocking until a receiver or buffer slot takes it.

        Panics with ``send on closed channel`` if the channel is closed, or is
        closed while the send waits.
        """
        g = _sched.current()
        _sched.lock.acquire()
        if self._closed:
            _sched.lock.release()
            panic(Error("send on closed channel"))
        if self._try_send(value):
            _sched.lock.release()
            return
        w = _Waiter(g, value, None, 0)
        self._sendq.append(w)
        try:
            _sched.park(g, "chan send (durable)" if self._bubble is not None else "chan send", (self,))
        except BaseException:
            _withdraw([(self._sendq, w)])
            raise
        if w.closed:
            panic(Error("send on closed channel"))

    def recv_ok(self) -> tuple[T, bool]:
        """Receive a value and whether it was sent (Go's ``v, ok := <-ch``).

        Blocks until a value is available.  After close, buffered values still
        come first; then it returns ``(zero value, False)`` at once.
        """
        g = _sched.current()
        _sched.lock.acquire()
        got = self._try_recv()
        if got is not None:
            _sched.lock.release()
            return got
        w = _Waiter(g, None, None, 0)
        self._recvq.append(w)
        timer = self._timer
        if timer is not None:
            timer.block()
        try:
            _sched.park(g, "chan receive (durable)" if self._bubble is not None else "chan receive", (self,))
        except BaseException:
            _withdraw([(self._recvq, w)], [timer] if timer is not None else None)
            raise
        if timer is not None:
            with _sched.lock:
                timer.unblock()
        if w.ok:
            return w.value, True  # type: ignore[return-value]
        return self._zero, False

    def recv(self) -> T:
        """Receive a value (Go's ``<-ch``); the zero value once the channel is closed and drained."""
        return self.recv_ok()[0]

    def __iter__(self) -> Iterator[T]:
        """Receive until the channel is closed and drained (Go's ``for v := range ch``)."""
        while True:
            value, ok = self.recv_ok()
            if not ok:
                return
            yield value

    def close(self) -> None:
        """Close the channel (Go's ``close(ch)``): no more values will be sent.

        Every waiting receiver wakes with the zero value and ``ok == False``;
        every waiting sender panics.  Panics with ``close of closed channel`` if
        it is already closed.
        """
        _sched.lock.acquire()
        if self._closed:
            _sched.lock.release()
            panic(Error("close of closed channel"))
        self._closed = True
        while self._recvq:
            w = self._recvq.popleft()
            w.value = self._zero
            w.ok = False
            _wake(w)
        while self._sendq:
            w = self._sendq.popleft()
            w.closed = True
            _wake(w)
        _sched.lock.release()


def close(ch: Chan[T] | None) -> None:
    """Close ``ch`` (Go's built-in ``close``); panics ``close of nil channel`` for ``None``."""
    if ch is None:
        panic(Error("close of nil channel"))
    if not isinstance(ch, Chan):
        raise TypeError(f"close() takes a Chan, got {type(ch).__name__}")
    ch.close()


def cap(ch: Chan[T] | None) -> int:
    """The capacity of ``ch`` (Go's built-in ``cap``); 0 for a nil channel."""
    return 0 if ch is None else ch.cap()


def nil_recv(ch: Chan[T] | None) -> T:
    """Receive from a channel variable that may be nil: Go's ``<-ch``, blocking forever on ``None``."""
    if ch is None:
        g = _sched.current()
        _sched.lock.acquire()
        _sched.park(g, "chan receive (nil chan)")
        raise AssertionError("unreachable")
    return ch.recv()


def nil_send(ch: Chan[T] | None, value: T) -> None:
    """Send on a channel variable that may be nil: Go's ``ch <- v``, blocking forever on ``None``."""
    if ch is None:
        g = _sched.current()
        _sched.lock.acquire()
        _sched.park(g, "chan send (nil chan)")
        raise AssertionError("unreachable")
    ch.send(value)


# --------------------------------------------------------------------------
# select


class Recv(Generic[T]):
    """A receive case of `select` (Go's ``case v, ok := <-ch:``); ``None`` never fires."""

    __slots__ = ("ch",)

    def __init__(self, ch: Chan[T] | None) -> None:
        if ch is not None and not isinstance(ch, Chan):
            raise TypeError(f"Recv() takes a Chan or None, got {type(ch).__name__}")
        self.ch = ch


class Send(Generic[T]):
    """A send case of `select` (Go's ``case ch <- value:``); ``None`` never fires."""

    __slots__ = ("ch", "value")

    def __init__(self, ch: Chan[T] | None, value: T) -> None:
        if ch is not None and not isinstance(ch, Chan):
            raise TypeError(f"Send() takes a Chan or None, got {type(ch).__name__}")
        self.ch = ch
        self.value = value


class Selected(Sequence[Any]):
    """What `select` chose: ``case``, the chosen case's position (`DEFAULT` for default),
    and for a receive its ``value`` and ``ok`` flag (``None`` and ``False`` otherwise).

    It has exactly those three attributes and cannot be changed; it unpacks,
    indexes and matches like a 3-tuple (``i, v, ok = select(...)``,
    ``match select(...): case (0, v, True):``).  Any other attribute is an
    error that says so: a port that writes ``r.index`` fails at once instead of
    comparing a method with `DEFAULT` and always taking the wrong branch.
    """

    __slots__ = ("case", "ok", "value")
    __match_args__ = ("case", "value", "ok")

    if TYPE_CHECKING:
        case: int
        value: object
        ok: bool

    def __init__(self, case: int, value: object, ok: bool) -> None:
        _setattr(self, "case", case)
        _setattr(self, "value", value)
        _setattr(self, "ok", ok)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"select()'s result cannot be changed (tried to set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"select()'s result cannot be changed (tried to delete {name!r})")

    def __getattr__(self, name: str) -> object:
        raise AttributeError(
            f"select()'s result has no attribute {name!r}: it has .case (the position of the chosen case, "
            f"DEFAULT for default), .value and .ok; or unpack it: case, value, ok = select(...)"
        )

    @property
    def index(self) -> NoReturn:
        """Not an attribute: the chosen case is `case` (a tuple's ``index`` method would compare unequal to DEFAULT)."""
        raise AttributeError(_NO_INDEX)

    @property
    def count(self) -> NoReturn:
        """Not an attribute: see `case`, `value` and `ok`."""
        raise AttributeError(_NO_INDEX.replace("'index'", "'count'"))

    def _astuple(self) -> tuple[int, object, bool]:
        return (self.case, self.value, self.ok)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._astuple())

    def __len__(self) -> int:
        return 3

    def __getitem__(self, i: Any) -> Any:
        return self._astuple()[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Selected):
            return self._astuple() == other._astuple()
        if isinstance(other, tuple):
            return self._astuple() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._astuple())

    def __repr__(self) -> str:
        return f"Selected(case={self.case!r}, value={self.value!r}, ok={self.ok!r})"

    def __reduce__(self) -> tuple[type[Selected], tuple[int, object, bool]]:
        return (Selected, self._astuple())


_setattr = object.__setattr__
_NO_INDEX = (
    "select()'s result has no attribute 'index': it has .case (the position of the chosen case, "
    "DEFAULT for default), .value and .ok; or unpack it: case, value, ok = select(...)"
)


DEFAULT = -1
"""The index `select` returns when it took the default case."""


def select(*cases: Recv[Any] | Send[Any], default: bool = False) -> Selected:
    """Wait until one of ``cases`` can proceed, and run it (Go's ``select`` statement).

    Models runtime/select.go (``selectgo``).  If several cases are ready, one
    is chosen uniformly at random, as Go does.  With ``default=True`` and no
    case ready, returns at once with ``case == DEFAULT``.  With no cases (or
    only ``None`` channels) and no default, blocks forever.  A send case on a
    closed channel panics with ``send on closed channel`` when it is chosen.

    The result is a `Selected`: ``r.case``, ``r.value``, ``r.ok``, or
    ``case, value, ok = select(...)``.  As Go's compiler does, a select with a
    single case and no default waits as the plain channel operation: a
    deadlock report lists it as ``[chan receive]`` or ``[chan send]`` (``(nil
    chan)`` for ``None``), not ``[select]``; ``select()`` is ``[select (no cases)]``.
    """
    for c in cases:
        if not isinstance(c, (Recv, Send)):
            raise TypeError(f"select() takes Recv(ch) and Send(ch, v) cases, got {type(c).__name__}")
    g = _sched.current()
    order = list(range(len(cases)))
    if len(order) > 1:
        random.shuffle(order)
    _sched.lock.acquire()
    for i in order:
        case = cases[i]
        ch = case.ch
        if ch is None:
            continue
        if isinstance(case, Recv):
            got = ch._try_recv()
            if got is not None:
                _sched.lock.release()
                return Selected(i, got[0], got[1])
        else:
            if ch._closed:
                _sched.lock.release()
                panic(Error("send on closed channel"))
            if ch._try_send(case.value):
                _sched.lock.release()
                return Selected(i, None, False)
    if default:
        _sched.lock.release()
        return Selected(DEFAULT, None, False)
    # cmd/compile/internal/walk/select.go: a select with one case and no default is
    # compiled to the plain channel operation, and blocks (and is listed) as one.
    if len(cases) == 1:
        one = cases[0]
        nil = one.ch is None
        durable = not nil and one.ch._bubble is not None  # type: ignore[union-attr]
        if isinstance(one, Recv):
            reason = "chan receive (nil chan)" if nil else "chan receive (durable)" if durable else "chan receive"
        else:
            reason = "chan send (nil chan)" if nil else "chan send (durable)" if durable else "chan send"
    elif cases:
        # runtime/select.go: durable when every channel selected on is in the goroutine's bubble.
        bubbled = g.bubble is not None and all(c.ch is None or c.ch._bubble is g.bubble for c in cases)
        reason = "select (durable)" if bubbled else "select"
    else:
        reason = "select (no cases)"
    live = [i for i in range(len(cases)) if cases[i].ch is not None]
    if not live:
        _sched.park(g, reason)
        raise AssertionError("unreachable")
    sel = _Select()
    timers: list[_RTimer] | None = None
    for i in live:
        case = cases[i]
        ch = case.ch
        assert ch is not None
        if isinstance(case, Recv):
            w = _Waiter(g, None, sel, i)
            ch._recvq.append(w)
            sel.waiters.append((ch._recvq, w))
            if ch._timer is not None:
                ch._timer.block()
                if timers is None:
                    timers = []
                timers.append(ch._timer)
        else:
            w = _Waiter(g, case.value, sel, i)
            ch._sendq.append(w)
            sel.waiters.append((ch._sendq, w))
    try:
        _sched.park(g, reason, tuple(cases[i].ch for i in live))
    except BaseException:
        _withdraw(sel.waiters, timers)
        raise
    if timers is not None:
        with _sched.lock:
            for t in timers:
                t.unblock()
    fired = sel.fired
    assert fired is not None
    case = cases[fired.index]
    if isinstance(case, Send):
        if fired.closed:
            panic(Error("send on closed channel"))
        return Selected(fired.index, None, False)
    if fired.ok:
        return Selected(fired.index, fired.value, True)
    assert case.ch is not None
    return Selected(fired.index, case.ch._zero, False)
