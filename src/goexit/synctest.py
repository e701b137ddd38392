"""Go's ``testing/synctest``: run a test in a bubble, with a fake clock, and wait for it to settle.

`test` runs ``f(t)`` in a new goroutine inside a *bubble*; every goroutine it
starts, directly or through a timer, belongs to the bubble too.  Inside a
bubble time is fake: the clock starts at midnight UTC, 2000-01-01, and moves
only when every goroutine of the bubble is *durably blocked*, that is blocked
in a way only another goroutine of the bubble can end:

- a send or receive on a channel made in the bubble, a ``select`` whose every
  channel was made in the bubble, a nil channel, an empty ``select``;
- `goexit.time.sleep`, ``sync.Cond.wait``, ``sync.WaitGroup.wait`` when the
  WaitGroup's ``add`` was called in the bubble.

Locking a ``sync.Mutex``, network I/O and channels made outside the bubble are
not durable.  When every goroutine is durably blocked: a goroutine in `wait`
returns from it; otherwise the clock jumps to the next timer, if there is one
and the bubble's first goroutine has not returned; otherwise the bubble is
deadlocked and `test` panics (the test fails, and the panic lists the
goroutines left in the bubble).  So ``time.sleep(time.Hour)`` in a bubble
returns at once, and code with timeouts can be tested without waiting.

Models src/testing/synctest/synctest.go, src/runtime/synctest.go and the
bubble parts of src/runtime/time.go, chan.go and select.go.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from goexit import _sched
from goexit.panics import panic

if TYPE_CHECKING:
    from goexit import _timer
    from goexit.testing import T

__all__ = ["sleep", "test", "wait"]

BASE_TIME = 946684800_000_000_000
"""The clock of a new bubble: midnight UTC, 2000-01-01, in Unix nanoseconds (Go's synctestBaseTime)."""

IDLE_REASONS = frozenset(
    {
        "chan receive (nil chan)",
        "chan send (nil chan)",
        "select (no cases)",
        "sleep",
        "sync.Cond.Wait",
        "sync.WaitGroup.Wait (durable)",
        "synctest.Run",
        "synctest.Wait",
        "chan receive (durable)",
        "chan send (durable)",
        "select (durable)",
    }
)
"""Go's isIdleInSynctest: the wait reasons in which a bubbled goroutine is durably blocked (runtime2.go)."""

_ids = itertools.count(1)


class DeadlockError(Exception):
    """The panic of a deadlocked bubble (Go's ``runtime.synctestDeadlockError``); ``str()`` is its reason."""

    go_type = "runtime.synctestDeadlockError"

    def __init__(self, reason: str, bubble: Bubble) -> None:
        super().__init__(reason)
        self.reason = reason
        self.bubble = bubble

    def __str__(self) -> str:
        return self.reason

    def error(self) -> str:
        return self.reason


class Bubble:
    """Go's synctestBubble: the goroutines of one `test` call, their fake clock and their timers.

    Every field is guarded by `_sched.lock`.  ``running`` counts the bubble's
    goroutines that are not durably blocked; ``active`` holds the bubble awake
    while a goroutine it woke has not run yet.  When both are zero the bubble
    is idle and `maybe_wake` wakes the one goroutine that acts on it.
    """

    __slots__ = (
        "active",
        "done",
        "entries",
        "id",
        "main",
        "now",
        "root",
        "running",
        "seq",
        "total",
        "waiter",
        "waiting",
    )

    def __init__(self, root: _sched.G) -> None:
        self.id = next(_ids)
        self.now = BASE_TIME
        self.root = root
        self.main: _sched.G | None = None
        self.waiter: _sched.G | None = None
        self.waiting = False
        self.done = False
        self.total = 1  # the root
        self.running = 1
        self.active = 0
        self.entries: list[tuple[int, int, int, _timer.RTimer]] = []
        self.seq = itertools.count()

    def __repr__(self) -> str:
        return f"<synctest bubble {self.id}>"

    # -- goroutine status changes (runtime/synctest.go changegstatus) ------------------

    def started(self) -> None:
        self.total += 1
        self.running += 1

    def parked(self, reason: str) -> None:
        if reason in IDLE_REASONS:
            self.running -= 1
            self.maybe_wake()

    def readied(self, reason: str | None) -> None:
        if reason in IDLE_REASONS:
            self.running += 1

    def exited(self, g: _sched.G) -> None:
        self.total -= 1
        self.running -= 1
        if g is self.main:
            self.done = True
        self.maybe_wake()

    def maybe_wake(self) -> None:
        """Go's maybeWakeLocked: when the bubble is idle, wake the root (a timer is due, or no Wait) or the waiter."""
        if self.running > 0 or self.active > 0:
            return
        self.active += 1
        nxt = self.wake_time()
        if 0 < nxt <= self.now:
            who = self.root
        elif self.waiter is not None:
            who = self.waiter
        else:
            who = self.root
        if who.wait_reason is not None:
            _sched.ready(who)

    # -- the bubble's timer heap (runtime/time.go, timers of a bubble) --------------------

    def push(self, t: _timer.RTimer) -> None:
        heapq.heappush(self.entries, (t.when, next(self.seq), t.token, t))

    def _clean(self) -> None:
        entries = self.entries
        while entries:
            _, _, token, t = entries[0]
            if t.heaped and token == t.token:
                return
            heapq.heappop(entries)

    def wake_time(self) -> int:
        """The earliest ``when`` in the heap, 0 if it is empty."""
        self._clean()
        return self.entries[0][0] if self.entries else 0

    def due(self) -> _timer.RTimer | None:
        """The next timer due at the bubble's time, taken off the heap; None if none is."""
        self._clean()
        if self.entries and self.entries[0][0] <= self.now:
            t = heapq.heappop(self.entries)[3]
            if t.zombie:
                t.drop()
                return self.due()
            return t
        return None


def current_bubble() -> Bubble | None:
    """The bubble of the calling goroutine, or None."""
    g = _sched.current_or_none()
    return None if g is None else g.bubble


def _run(f: Callable[[], object]) -> None:
    """Go's internal/synctest.Run: run ``f`` in a new goroutine in a new bubble; return when the bubble is done.

    The caller is the bubble's root: it runs the bubble's timers and moves its
    clock.  Panics with a `DeadlockError` if goroutines are left blocked.
    """
    from goexit.goroutine import spawn_locked_g

    g = _sched.current()
    if g.bubble is not None:
        panic("synctest.Run called from within a synctest bubble")
    bubble = Bubble(g)
    g.bubble = bubble
    try:
        with _sched.lock:
            bubble.main, start = spawn_locked_g(f, g, "internal/synctest.Run")
        start()
        _sched.lock.acquire()
        bubble.active += 1
        while True:
            actions = []
            while (t := bubble.due()) is not None:
                action = t.run(bubble.now)
                if action is not None:
                    actions.append(action)
            if actions:
                _sched.lock.release()
                for action in actions:
                    action()
                _sched.lock.acquire()
            bubble.active -= 1
            _sched.park(g, "synctest.Run")
            _sched.lock.acquire()
            nxt = bubble.wake_time()
            if nxt == 0 or bubble.done:
                break  # time stops once the bubble's main goroutine has exited
            bubble.now = max(bubble.now, nxt)
        total = bubble.total
        _sched.lock.release()
    finally:
        g.bubble = None
    if total != 1:
        if bubble.done:
            reason = "deadlock: main bubble goroutine has exited but blocked goroutines remain"
        else:
            reason = "deadlock: all goroutines in bubble are blocked"
        panic(DeadlockError(reason, bubble))


def test(t: T, f: Callable[[T], object]) -> None:
    """Run ``f`` in a new bubble and wait for every goroutine of the bubble to exit (Go's ``synctest.Test``).

    ``f`` gets a `goexit.testing.T` whose cleanups run inside the bubble just
    before `test` returns and whose ``context()`` is a context of the bubble;
    ``run``, ``parallel`` and ``deadline`` must not be called on it.  If the
    goroutines of the bubble deadlock, `test` panics and the test fails; if
    ``f`` failed, ``t.fail_now()`` ends the calling test.  Must not be called
    from inside a bubble.
    """
    from goexit import testing

    ok = [False]

    def bubbled() -> None:
        ok[0] = testing._synctest_test(t, f)

    _run(bubbled)
    if not ok[0]:
        t.fail_now()


def wait() -> None:
    """Block until every other goroutine of the calling goroutine's bubble is durably blocked (Go's ``synctest.Wait``).

    Panics ``goroutine is not in a bubble`` outside a bubble, and ``wait already
    in progress`` if another goroutine of the bubble is waiting.
    """
    g = _sched.current()
    bubble = g.bubble
    if bubble is None:
        panic("goroutine is not in a bubble")
    _sched.lock.acquire()
    if bubble.waiting:
        _sched.lock.release()
        panic("wait already in progress")
    bubble.waiting = True
    bubble.waiter = g
    _sched.park(g, "synctest.Wait")  # the bubble's wake-up readies it once everything else is durably blocked
    with _sched.lock:
        bubble.active -= 1
        bubble.waiter = None
        bubble.waiting = False


def sleep(d: int) -> None:
    """``time.sleep(d)`` then `wait` (Go's ``synctest.Sleep``, Go 1.25)."""
    from goexit import time

    time.sleep(d)
    wait()
