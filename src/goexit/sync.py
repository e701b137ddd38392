"""Go's ``sync`` package: WaitGroup, Mutex, RWMutex, Cond, Once and the Once functions.

Each type is a port of Go's own code (src/sync/*.go, src/internal/sync/mutex.go),
over goexit's scheduler instead of the runtime's semaphores, so a goroutine
blocked in one of them is parked with Go's wait reason (``sync.Mutex.Lock``,
``sync.RWMutex.RLock``, ``sync.RWMutex.Lock``, ``sync.Cond.Wait``,
``sync.WaitGroup.Wait``) and takes part in deadlock detection.  Misuse ends the
program as in Go: unlocking an unlocked mutex is a ``fatal error`` (it cannot be
recovered), a negative WaitGroup counter is a panic.

```py
from goexit import sync

calls = []
load = sync.once_value(lambda: calls.append("load") or 42)
print(load(), load(), calls)
#> 42 42 ['load']
```
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import NoReturn, Protocol, TypeVar

from goexit import _sched
from goexit.goroutine import go as _go
from goexit.panics import _unwrap_code, call_in_frame, defer, func, panic, recover

T = TypeVar("T")
T1 = TypeVar("T1")
T2 = TypeVar("T2")

__all__ = [
    "Cond",
    "FatalError",
    "Locker",
    "Mutex",
    "Once",
    "RWMutex",
    "WaitGroup",
    "new_cond",
    "once_func",
    "once_value",
    "once_values",
]


class Locker(Protocol):
    """An object that can be locked and unlocked (Go's ``sync.Locker``)."""

    def lock(self) -> None:
        """Lock it."""

    def unlock(self) -> None:
        """Unlock it."""


class _Sema:
    """A runtime semaphore (runtime/sema.go): a count and the goroutines parked on it, FIFO.

    Both methods are called with `_sched.lock` held; `acquire` returns with it released.
    """

    __slots__ = ("count", "waiters")

    def __init__(self) -> None:
        self.count = 0
        self.waiters: deque[_sched.G] = deque()

    def acquire(self, g: _sched.G, reason: str, on: object) -> None:
        """Go's ``semacquire``: take a unit, or park with ``reason`` until `release` hands one over.

        ``on`` is the primitive the semaphore belongs to (the sudog's ``elem`` in Go: see `goexit.pprof`)."""
        if self.count > 0:
            self.count -= 1
            _sched.lock.release()
            return
        self.waiters.append(g)
        try:
            _sched.park(g, reason, (on,))
        except BaseException:
            with _sched.lock:
                if g in self.waiters:
                    self.waiters.remove(g)
            raise

    def release(self) -> None:
        """Go's ``semrelease``: hand a unit to the longest waiter, or keep it."""
        if self.waiters:
            _sched.ready(self.waiters.popleft())
        else:
            self.count += 1


def fatal_or_raise(message: str) -> NoReturn:
    """A Go ``fatal error`` (sync.fatal): ends a program; outside one, raises `FatalError`.

    Call it without `_sched.lock` held.
    """
    if _sched.program is not None:
        g = _sched.current()
        with _sched.lock:
            _sched.fatal(message, traceback_all=False, running=g)
    raise FatalError(message)


class FatalError(BaseException):
    """A Go fatal error (unrecoverable, unlike a panic) raised outside a program."""


# --------------------------------------------------------------------------
# WaitGroup


class WaitGroup:
    """Waits for a collection of goroutines or tasks to finish (Go's ``sync.WaitGroup``).

    Start each task with `go`, or count it with `add` and have it call `done`;
    `wait` blocks until the counter is zero.  Models src/sync/waitgroup.go,
    including its misuse panics: ``sync: negative WaitGroup counter``, and
    ``sync: WaitGroup is reused before previous Wait has returned`` when the
    counter goes up again before a released `wait` has returned.
    """

    __slots__ = ("_bubble", "_count", "_sema", "_waiters")

    def __init__(self) -> None:
        self._bubble: object = None  # the synctest bubble of its first add in a bubble (Go's bubble flag)
        self._count = 0  # Go's counter (the high half of state)
        self._waiters = 0  # Go's wait count (the low half)
        self._sema = _Sema()

    def add(self, delta: int) -> None:
        """Add ``delta``, which may be negative, to the task counter (Go's ``WaitGroup.Add``).

        At zero, every goroutine blocked in `wait` is released.  Panics with
        ``sync: negative WaitGroup counter`` if the counter goes below zero
        (it stays there, as in Go).  Prefer `go`.
        """
        if not isinstance(delta, int) or isinstance(delta, bool):
            raise TypeError(f"WaitGroup.add takes an int, got {type(delta).__name__}")
        caller = _sched.current_or_none()
        _sched.lock.acquire()
        if caller is not None and caller.bubble is not None and self._bubble is None:
            self._bubble = caller.bubble  # Wait on it is durable in the bubble (src/sync/waitgroup.go)
        self._count += delta
        v, w = self._count, self._waiters
        if v < 0:
            _sched.lock.release()
            panic("sync: negative WaitGroup counter")
        if w != 0 and delta > 0 and v == delta:
            _sched.lock.release()
            panic("sync: WaitGroup misuse: Add called concurrently with Wait")
        if v > 0 or w == 0:
            _sched.lock.release()
            return
        # The counter reached zero with waiters: reset the wait count and release them.
        self._waiters = 0
        for _ in range(w):
            self._sema.release()
        _sched.lock.release()

    def done(self) -> None:
        """Decrement the task counter by one (Go's ``WaitGroup.Done``); it is ``add(-1)``."""
        self.add(-1)

    def wait(self) -> None:
        """Block until the task counter is zero (Go's ``WaitGroup.Wait``); wait reason ``sync.WaitGroup.Wait``."""
        g = _sched.current()
        _sched.lock.acquire()
        if self._count == 0:
            _sched.lock.release()
            return
        self._waiters += 1
        reason = "sync.WaitGroup.Wait (durable)" if self._bubble is not None else "sync.WaitGroup.Wait"
        self._sema.acquire(g, reason, self)
        with _sched.lock:
            reset = self._count != 0 or self._waiters != 0
        if reset:
            panic("sync: WaitGroup is reused before previous Wait has returned")

    def go(self, f: Callable[[], object]) -> None:
        """Call ``f`` in a new goroutine and add that task to the WaitGroup (Go 1.25's ``WaitGroup.Go``).

        When ``f`` returns, or ends its goroutine with ``runtime.goexit()``, the
        task is done.  ``f`` must not panic: if it does, the panic is recovered
        and raised again *without* marking the task done (go1.27's
        waitgroup.go), so `wait` cannot return and let main exit 0 before the
        crash: the program dies with ``panic: v [recovered, repanicked]``.
        """
        if not callable(f):
            raise TypeError(f"WaitGroup.go needs a function, got {type(f).__name__}")
        self.add(1)

        def finish() -> None:
            x = recover()
            if x is not None:
                # f panicked, which will be fatal because this is a new goroutine.
                # Calling done would let wait race with the fatal panic.
                panic(x)
            self.done()

        code = _unwrap_code(f)

        def task() -> None:
            defer(finish)
            call_in_frame(code, f)  # f has a defer scope of its own, as every Go function does

        _go(task)


# --------------------------------------------------------------------------
# Mutex


class Mutex:
    """A mutual exclusion lock (Go's ``sync.Mutex``); the zero value is unlocked.

    A goroutine blocked in `lock` is parked with wait reason ``sync.Mutex.Lock``.
    Unlocking an unlocked mutex is a fatal error, not a panic, as in Go
    (src/internal/sync/mutex.go).  A locked Mutex is not tied to a goroutine:
    any goroutine may unlock it.
    """

    __slots__ = ("_locked", "_waiters")

    def __init__(self) -> None:
        self._locked = False
        self._waiters: deque[_sched.G] = deque()

    def lock(self) -> None:
        """Lock the mutex, blocking until it is available (Go's ``Mutex.Lock``)."""
        g = _sched.current()
        _sched.lock.acquire()
        if not self._locked:
            self._locked = True
            _sched.lock.release()
            return
        self._waiters.append(g)
        try:
            _sched.park(g, "sync.Mutex.Lock", (self,))
        except BaseException:
            with _sched.lock:
                if g in self._waiters:
                    self._waiters.remove(g)
            raise
        # Ownership was handed to us by unlock().

    def try_lock(self) -> bool:
        """Lock the mutex if it is free and report whether it did (Go's ``Mutex.TryLock``)."""
        with _sched.lock:
            if self._locked:
                return False
            self._locked = True
            return True

    def unlock(self) -> None:
        """Unlock the mutex (Go's ``Mutex.Unlock``); a fatal error ``sync: unlock of unlocked mutex`` if unlocked."""
        _sched.lock.acquire()
        if not self._locked:
            _sched.lock.release()
            fatal_or_raise("sync: unlock of unlocked mutex")
        if self._waiters:
            _sched.ready(self._waiters.popleft())  # hand the lock over
        else:
            self._locked = False
        _sched.lock.release()


# --------------------------------------------------------------------------
# RWMutex

_MAX_READERS = 1 << 30


class RWMutex:
    """A reader/writer mutual exclusion lock (Go's ``sync.RWMutex``); the zero value is unlocked.

    Any number of readers or one writer may hold it.  Once a writer is waiting
    in `lock`, new `rlock` calls wait too, so a writer is never starved; a
    reader must therefore not take a second read lock it needs to release the
    first.  Ported from src/sync/rwmutex.go: a writer waits for another writer
    as ``sync.Mutex.Lock`` and for readers as ``sync.RWMutex.Lock``; a reader
    waits as ``sync.RWMutex.RLock``.  `runlock` or `unlock` of a mutex not so
    locked is a fatal error.
    """

    __slots__ = ("_reader_count", "_reader_sem", "_reader_wait", "_w", "_writer_sem")

    def __init__(self) -> None:
        self._w = Mutex()  # held if there are pending writers
        self._writer_sem = _Sema()  # writers wait here for departing readers
        self._reader_sem = _Sema()  # readers wait here for a writer to finish
        self._reader_count = 0  # pending readers; negative while a writer is pending
        self._reader_wait = 0  # departing readers a pending writer waits for

    def rlock(self) -> None:
        """Lock for reading (Go's ``RWMutex.RLock``); waits while a writer holds or waits for the lock."""
        g = _sched.current()
        _sched.lock.acquire()
        self._reader_count += 1
        if self._reader_count < 0:
            self._reader_sem.acquire(g, "sync.RWMutex.RLock", self)  # a writer is pending: wait for it
            return
        _sched.lock.release()

    def try_rlock(self) -> bool:
        """Lock for reading if no writer holds or waits for the lock; report whether it did (Go's ``TryRLock``)."""
        with _sched.lock:
            if self._reader_count < 0:
                return False
            self._reader_count += 1
            return True

    def runlock(self) -> None:
        """Undo one `rlock` (Go's ``RWMutex.RUnlock``); ``fatal error: sync: RUnlock of unlocked RWMutex`` if none."""
        _sched.lock.acquire()
        self._reader_count -= 1
        r = self._reader_count
        if r < 0:
            if r + 1 == 0 or r + 1 == -_MAX_READERS:
                _sched.lock.release()
                fatal_or_raise("sync: RUnlock of unlocked RWMutex")
            # A writer is pending: the last departing reader lets it in.
            self._reader_wait -= 1
            if self._reader_wait == 0:
                self._writer_sem.release()
        _sched.lock.release()

    def lock(self) -> None:
        """Lock for writing (Go's ``RWMutex.Lock``): waits for any other writer, then for the readers to leave."""
        self._w.lock()  # first, resolve competition with other writers
        g = _sched.current()
        _sched.lock.acquire()
        # Announce to readers there is a pending writer.
        self._reader_count -= _MAX_READERS
        r = self._reader_count + _MAX_READERS
        if r != 0:
            self._reader_wait += r
            if self._reader_wait != 0:
                self._writer_sem.acquire(g, "sync.RWMutex.Lock", self)  # wait for active readers
                return
        _sched.lock.release()

    def try_lock(self) -> bool:
        """Lock for writing if nobody holds the lock; report whether it did (Go's ``RWMutex.TryLock``)."""
        if not self._w.try_lock():
            return False
        with _sched.lock:
            if self._reader_count != 0:
                busy = True
            else:
                self._reader_count = -_MAX_READERS
                busy = False
        if busy:
            self._w.unlock()
            return False
        return True

    def unlock(self) -> None:
        """Unlock for writing (Go's ``RWMutex.Unlock``), letting in the readers that waited.

        ``fatal error: sync: Unlock of unlocked RWMutex`` if it is not locked for writing.
        """
        _sched.lock.acquire()
        self._reader_count += _MAX_READERS
        r = self._reader_count
        if r >= _MAX_READERS:
            _sched.lock.release()
            fatal_or_raise("sync: Unlock of unlocked RWMutex")
        for _ in range(r):  # unblock the readers that arrived while the writer held the lock
            self._reader_sem.release()
        _sched.lock.release()
        self._w.unlock()  # allow other writers to proceed

    def rlocker(self) -> Locker:
        """A `Locker` whose ``lock`` and ``unlock`` are `rlock` and `runlock` (Go's ``RLocker``)."""
        return _RLocker(self)


class _RLocker:
    """The Locker `RWMutex.rlocker` returns (Go's ``rlocker``)."""

    __slots__ = ("_rw",)

    def __init__(self, rw: RWMutex) -> None:
        self._rw = rw

    def lock(self) -> None:
        self._rw.rlock()

    def unlock(self) -> None:
        self._rw.runlock()


# --------------------------------------------------------------------------
# Cond


class Cond:
    """A rendezvous point for goroutines waiting for, or announcing, an event (Go's ``sync.Cond``).

    ``L`` is the `Locker` (often a `Mutex`) held while the condition is
    checked or changed.  `wait` unlocks it, parks (wait reason
    ``sync.Cond.Wait``) until `signal` or `broadcast` wakes it, and locks it
    again; as in Go, a wake-up that comes before the waiter parks is not lost,
    and a `signal` with nobody waiting is.  Ported from src/sync/cond.go and
    the notify list of src/runtime/sema.go.
    """

    __slots__ = ("L", "_notify", "_wait", "_waiters")

    def __init__(self, lock: Locker) -> None:
        self.L = lock
        """The Locker held while observing or changing the condition (Go's ``c.L``)."""
        self._wait = 0  # tickets handed out
        self._notify = 0  # tickets notified
        self._waiters: dict[int, _sched.G] = {}

    @property
    def l(self) -> Locker:  # noqa: E743 - Go's field is L
        """The same Locker as ``L``."""
        return self.L

    def wait(self) -> None:
        """Unlock ``L``, wait to be woken by `signal` or `broadcast`, then lock ``L`` again (Go's ``Cond.Wait``).

        Because ``L`` is not held while waiting, the caller typically waits in a
        loop: ``while not condition(): c.wait()``.
        """
        with _sched.lock:
            ticket = self._wait
            self._wait += 1
        self.L.unlock()
        g = _sched.current()
        _sched.lock.acquire()
        if ticket < self._notify:
            _sched.lock.release()
        else:
            self._waiters[ticket] = g
            try:
                _sched.park(g, "sync.Cond.Wait", (self,))
            except BaseException:
                with _sched.lock:
                    self._waiters.pop(ticket, None)
                raise
        self.L.lock()

    def signal(self) -> None:
        """Wake one goroutine waiting on the Cond, the one that has waited longest (Go's ``Cond.Signal``)."""
        with _sched.lock:
            if self._wait == self._notify:
                return
            t = self._notify
            self._notify += 1
            g = self._waiters.pop(t, None)
            if g is not None:
                _sched.ready(g)

    def broadcast(self) -> None:
        """Wake every goroutine waiting on the Cond (Go's ``Cond.Broadcast``)."""
        with _sched.lock:
            self._notify = self._wait
            waiters = sorted(self._waiters.items())
            self._waiters.clear()
            for _, g in waiters:
                _sched.ready(g)


def new_cond(lock: Locker) -> Cond:
    """A new Cond with Locker ``lock`` (Go's ``sync.NewCond``)."""
    return Cond(lock)


# --------------------------------------------------------------------------
# Once and the Once functions


class Once:
    """Performs exactly one action (Go's ``sync.Once``).

    `do` calls ``f`` the first time it is called on this Once; later calls
    return at once, even if ``f`` panicked (a panic counts as returning).
    No call returns before the first ``f`` has returned: a second caller waits
    (on the Once's mutex, wait reason ``sync.Mutex.Lock``), and an ``f`` that
    calls `do` on the same Once deadlocks, as in Go (src/sync/once.go).
    """

    __slots__ = ("_done", "_m")

    def __init__(self) -> None:
        self._done = False
        self._m = Mutex()

    def do(self, f: Callable[[], object]) -> None:
        """Call ``f`` if and only if ``do`` is being called for the first time on this Once (Go's ``Once.Do``).

        ``f`` has a defer scope of its own, as every Go function does.
        """
        if self._done:
            return
        self._do_slow(f)

    @func
    def _do_slow(self, f: Callable[[], object]) -> None:
        self._m.lock()
        defer(self._m.unlock)
        if not self._done:
            defer(self._set_done)
            call_in_frame(_unwrap_code(f), f)

    def _set_done(self) -> None:
        self._done = True


class _OnceState:
    __slots__ = ("f", "once", "p", "result", "valid")

    def __init__(self, f: Callable[[], object]) -> None:
        self.f: Callable[[], object] | None = f
        self.once = Once()
        self.valid = False
        self.p: object = None
        self.result: object = None

    def call(self) -> object:
        """The body shared by once_func, once_value and once_values (src/sync/oncefunc.go)."""
        self.once.do(self._first)
        if not self.valid:
            panic(self.p)
        return self.result

    @func
    def _first(self) -> None:
        defer(self._after)
        f = self.f
        assert f is not None
        self.result = call_in_frame(_unwrap_code(f), f)
        self.valid = True  # set only if f does not panic

    def _after(self) -> None:
        self.f = None  # do not keep f alive after invoking it
        self.p = recover()
        if not self.valid:
            # Re-panic at once, so that the first call gets a complete stack into f.
            panic(self.p)


def once_func(f: Callable[[], object]) -> Callable[[], None]:
    """A function that calls ``f`` only once, however many goroutines call it (Go's ``sync.OnceFunc``).

    If ``f`` panics, the returned function panics with the same value on every
    call.  If ``f`` ends its goroutine with ``runtime.goexit()``, the deferred
    ``recover()`` sees nothing and the first call panics with
    ``panic(nil)`` (a `PanicNilError`), as go1.27 does; later calls too.
    """
    if not callable(f):
        raise TypeError(f"once_func needs a function, got {type(f).__name__}")
    d = _OnceState(f)

    def call() -> None:
        d.call()

    return call


def once_value(f: Callable[[], T]) -> Callable[[], T]:
    """A function that calls ``f`` only once and returns its value every time (Go's ``sync.OnceValue``).

    If ``f`` panics, the returned function panics with the same value on every call.
    """
    if not callable(f):
        raise TypeError(f"once_value needs a function, got {type(f).__name__}")
    d = _OnceState(f)

    def call() -> T:
        return d.call()  # type: ignore[return-value]

    return call


def once_values(f: Callable[[], tuple[T1, T2]]) -> Callable[[], tuple[T1, T2]]:
    """A function that calls ``f`` only once and returns its two values every time (Go's ``sync.OnceValues``).

    ``f`` returns a 2-tuple, Go's ``(T1, T2)``, typically ``(value, err)``.  If
    ``f`` panics, the returned function panics with the same value on every call.
    """
    if not callable(f):
        raise TypeError(f"once_values needs a function, got {type(f).__name__}")
    d = _OnceState(f)

    def call() -> tuple[T1, T2]:
        return d.call()  # type: ignore[return-value]

    return call
