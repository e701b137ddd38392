"""Go's ``time`` package, the parts that decide when goroutines wake: Sleep, After, timers, tickers.

Durations are integers of nanoseconds, as in Go: ``time.sleep(10 * time.Millisecond)``.
A pending timer or a sleeping goroutine means something will happen later, so
goexit does not report a deadlock while one exists (Go's rule too).
"""

from __future__ import annotations

import datetime
import heapq
import itertools
import threading
import time as _pytime
from collections.abc import Callable

from goexit import _sched
from goexit.chan import Chan
from goexit.panics import Error, panic

Duration = int
"""A span of time in nanoseconds (Go's ``time.Duration``)."""

Nanosecond: Duration = 1
Microsecond: Duration = 1000 * Nanosecond
Millisecond: Duration = 1000 * Microsecond
Second: Duration = 1000 * Millisecond
Minute: Duration = 60 * Second
Hour: Duration = 60 * Minute

Time = datetime.datetime
"""What a timer's channel delivers: the time it fired."""


def now() -> Time:
    """The current local time (Go's ``time.Now``)."""
    return datetime.datetime.now()


def _seconds(d: Duration) -> float:
    if not isinstance(d, int) or isinstance(d, bool):
        raise TypeError(f"a Duration is an int of nanoseconds (e.g. 10 * time.Millisecond), got {type(d).__name__}")
    return d / 1e9


def sleep(d: Duration) -> None:
    """Pause the calling goroutine for at least ``d`` (Go's ``time.Sleep``); ``d <= 0`` returns at once."""
    seconds = _seconds(d)
    if seconds <= 0:
        return
    _sched.current()
    with _sched.lock:
        _sched.timer_added()
    try:
        _pytime.sleep(seconds)
    finally:
        with _sched.lock:
            _sched.timer_done()


# --------------------------------------------------------------------------
# The timer heap: one thread fires every timer, in deadline order.


class _Entry:
    __slots__ = ("active", "fire", "seq", "when")

    def __init__(self, when: float, seq: int, fire: Callable[[], None]) -> None:
        self.when = when
        self.seq = seq
        self.fire = fire
        self.active = True

    def __lt__(self, other: _Entry) -> bool:
        return (self.when, self.seq) < (other.when, other.seq)


class _TimerHeap:
    def __init__(self) -> None:
        self.cond = threading.Condition(threading.Lock())
        self.heap: list[_Entry] = []
        self.seq = itertools.count()
        self.thread: threading.Thread | None = None

    def add(self, delay: float, fire: Callable[[], None]) -> _Entry:
        """Schedule ``fire``; the caller has counted the timer as pending."""
        entry = _Entry(_pytime.monotonic() + max(delay, 0.0), next(self.seq), fire)
        with self.cond:
            heapq.heappush(self.heap, entry)
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="goexit timers", daemon=True)
                self.thread.start()
            self.cond.notify()
        return entry

    def cancel(self, entry: _Entry) -> bool:
        """Deactivate ``entry``; True if it had not fired yet."""
        with self.cond:
            was = entry.active
            entry.active = False
            return was

    def _run(self) -> None:
        _sched.mark_system_thread()
        while True:
            with self.cond:
                while True:
                    while self.heap and not self.heap[0].active:
                        heapq.heappop(self.heap)
                    if not self.heap:
                        self.cond.wait()
                        continue
                    delay = self.heap[0].when - _pytime.monotonic()
                    if delay <= 0:
                        entry = heapq.heappop(self.heap)
                        entry.active = False
                        break
                    self.cond.wait(delay)
            entry.fire()
            with _sched.lock:
                _sched.timer_done()


_heap = _TimerHeap()


def _send_time(c: Chan[Time]) -> None:
    # A timer channel has a buffer of one; a value nobody took yet is replaced.
    with _sched.lock:
        if c._buf:
            c._buf.popleft()
        c._try_send(now())


class Timer:
    """A single event (Go's ``time.Timer``): after the duration, the time is sent on `c`,
    or ``f`` runs in its own goroutine for `after_func`.
    """

    def __init__(self, d: Duration, f: Callable[[], object] | None = None) -> None:
        self._f = f
        self.c: Chan[Time] | None = None if f is not None else Chan(_zero_time, 1)
        self._entry: _Entry | None = None
        self._start(d)

    def _fire(self) -> None:
        if self._f is not None:
            from goexit.goroutine import go

            go(self._f)
        else:
            assert self.c is not None
            _send_time(self.c)

    def _start(self, d: Duration) -> None:
        seconds = _seconds(d)
        with _sched.lock:
            _sched.timer_added()
        self._entry = _heap.add(seconds, self._fire)

    def _cancel(self) -> bool:
        entry = self._entry
        if entry is None or not _heap.cancel(entry):
            return False
        with _sched.lock:
            _sched.timer_done()
        return True

    def _drain(self) -> None:
        # Go 1.23: no stale value is received after Stop or Reset returns.
        if self.c is not None:
            with _sched.lock:
                self.c._buf.clear()

    def stop(self) -> bool:
        """Prevent the timer from firing (Go's ``Timer.Stop``).

        Returns True if the call stopped it, False if it had already fired or
        been stopped.  As in Go 1.23 and later, no stale value is received from
        `c` after ``stop`` returns.
        """
        stopped = self._cancel()
        self._drain()
        return stopped

    def reset(self, d: Duration) -> bool:
        """Make the timer fire after ``d`` from now (Go's ``Timer.Reset``); True if it was active."""
        was_active = self._cancel()
        self._drain()
        self._start(d)
        return was_active


def _zero_time() -> Time:
    return datetime.datetime.min


def new_timer(d: Duration) -> Timer:
    """A timer that sends the current time on its channel ``c`` after ``d`` (Go's ``time.NewTimer``)."""
    return Timer(d)


def after(d: Duration) -> Chan[Time]:
    """A channel that receives the time once ``d`` has passed (Go's ``time.After``)."""
    c = Timer(d).c
    assert c is not None
    return c


def after_func(d: Duration, f: Callable[[], object]) -> Timer:
    """Run ``f`` in its own goroutine after ``d`` (Go's ``time.AfterFunc``); ``stop()`` cancels it."""
    if not callable(f):
        raise TypeError(f"after_func needs a function, got {type(f).__name__}")
    return Timer(d, f)


class Ticker:
    """Sends the time on `c` every period (Go's ``time.Ticker``), dropping ticks a slow reader misses."""

    def __init__(self, d: Duration) -> None:
        if _seconds(d) <= 0:
            panic(Error("non-positive interval for NewTicker"))
        self.c: Chan[Time] = Chan(_zero_time, 1)
        self._period = d
        self._entry: _Entry | None = None
        self._stopped = False
        self._lock = threading.Lock()
        self._schedule()

    def _schedule(self) -> None:
        with _sched.lock:
            _sched.timer_added()
        self._entry = _heap.add(_seconds(self._period), self._tick)

    def _tick(self) -> None:
        with self._lock:
            if self._stopped:
                return
            with _sched.lock:
                self.c._try_send(now())
            self._schedule()

    def stop(self) -> None:
        """Turn the ticker off (Go's ``Ticker.Stop``); no more ticks are sent."""
        with self._lock:
            self._stopped = True
            entry = self._entry
        if entry is not None and _heap.cancel(entry):
            with _sched.lock:
                _sched.timer_done()
        with _sched.lock:
            self.c._buf.clear()

    def reset(self, d: Duration) -> None:
        """Stop the ticker and restart it with period ``d`` (Go's ``Ticker.Reset``)."""
        self.stop()
        if _seconds(d) <= 0:
            panic(Error("non-positive interval for Ticker.Reset"))
        with self._lock:
            self._stopped = False
            self._period = d
        self._schedule()


def new_ticker(d: Duration) -> Ticker:
    """A ticker with period ``d`` (Go's ``time.NewTicker``); panics if ``d <= 0``."""
    return Ticker(d)


def tick(d: Duration) -> Chan[Time] | None:
    """The channel of a ticker that is never stopped (Go's ``time.Tick``); ``None`` if ``d <= 0``."""
    if _seconds(d) <= 0:
        return None
    return Ticker(d).c
