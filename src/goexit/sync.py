"""Go's ``sync`` package, the parts goroutines use to wait for each other: WaitGroup, Mutex, Once."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import NoReturn

from goexit import _sched
from goexit.goroutine import go as _go
from goexit.panics import defer, func, panic


class WaitGroup:
    """Waits for a collection of goroutines to finish (Go's ``sync.WaitGroup``).

    `add` the number to wait for, have each call `done` when it
    finishes, and `wait` until the counter is zero.  `go` does the
    bookkeeping for you (Go 1.25).
    """

    __slots__ = ("_count", "_waiters")

    def __init__(self) -> None:
        self._count = 0
        self._waiters: deque[_sched.G] = deque()

    def add(self, delta: int) -> None:
        """Add ``delta`` to the counter; at zero every waiter is released.

        Panics with ``sync: negative WaitGroup counter`` if it would go below zero.
        """
        _sched.lock.acquire()
        self._count += delta
        if self._count < 0:
            self._count -= delta
            _sched.lock.release()
            panic("sync: negative WaitGroup counter")
        if self._count == 0:
            while self._waiters:
                _sched.ready(self._waiters.popleft())
        _sched.lock.release()

    def done(self) -> None:
        """Decrement the counter by one (Go's ``WaitGroup.Done``)."""
        self.add(-1)

    def wait(self) -> None:
        """Block until the counter is zero (Go's ``WaitGroup.Wait``)."""
        g = _sched.current()
        _sched.lock.acquire()
        if self._count == 0:
            _sched.lock.release()
            return
        self._waiters.append(g)
        try:
            _sched.park(g, "sync.WaitGroup.Wait")
        except BaseException:
            with _sched.lock:
                if g in self._waiters:
                    self._waiters.remove(g)
            raise

    def go(self, f: Callable[[], object]) -> None:
        """Run ``f`` in a new goroutine and count it (Go 1.25's ``WaitGroup.Go``).

        Equivalent to ``add(1)`` then ``go`` of a function that defers ``done()``
        and calls ``f``.
        """
        if not callable(f):
            raise TypeError(f"WaitGroup.go needs a function, got {type(f).__name__}")
        self.add(1)

        @func
        def counted() -> None:
            defer(self.done)
            f()

        _go(counted)


class Mutex:
    """A mutual exclusion lock (Go's ``sync.Mutex``); the zero value is unlocked.

    A goroutine blocked in `lock` counts as blocked for deadlock detection.
    Unlocking an unlocked mutex is a fatal error, not a panic, as in Go.
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
            _sched.park(g, "sync.Mutex.Lock")
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
        """Unlock the mutex (Go's ``Mutex.Unlock``); any goroutine may unlock it."""
        _sched.lock.acquire()
        if not self._locked:
            _sched.lock.release()
            fatal_or_raise("sync: unlock of unlocked mutex")
        if self._waiters:
            _sched.ready(self._waiters.popleft())  # hand the lock over
        else:
            self._locked = False
        _sched.lock.release()


def fatal_or_raise(message: str) -> NoReturn:
    """A Go ``fatal error``: ends a program; outside one, raises `FatalError`."""
    if _sched.program is not None:
        g = _sched.current()
        with _sched.lock:
            _sched.fatal(message, traceback_all=False, running=g)
    raise FatalError(message)


class FatalError(BaseException):
    """A Go fatal error (unrecoverable, unlike a panic) raised outside a program."""


class Once:
    """Performs one action exactly once (Go's ``sync.Once``).

    If ``f`` panics, `do` considers it done: later calls do not call it.
    """

    __slots__ = ("_done", "_m")

    def __init__(self) -> None:
        self._done = False
        self._m = Mutex()

    def do(self, f: Callable[[], object]) -> None:
        """Call ``f`` if and only if ``do`` is being called for the first time on this Once."""
        if self._done:
            return
        self._do_slow(f)

    @func
    def _do_slow(self, f: Callable[[], object]) -> None:
        self._m.lock()
        defer(self._m.unlock)
        if not self._done:
            defer(self._set_done)
            f()

    def _set_done(self) -> None:
        self._done = True
