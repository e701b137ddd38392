"""The runtime's timers (Go's runtime/time.go): one heap, one thread that runs them in deadline order.

A `RTimer` is Go's ``runtime.timer``: a time ``when`` (monotonic nanoseconds, 0 when
inactive), an optional ``period``, and a function ``f`` that the timer thread calls
once ``when`` has passed.  Everything is guarded by `goexit._sched.lock`, which the
thread holds while it runs ``f``: a timer's effect (readying a sleeper, sending on a
timer channel, starting an AfterFunc goroutine, cancelling a context) is atomic with
respect to deadlock detection.

What is in the heap decides deadlock detection, as in Go: ``_sched.timers`` counts the
timers in it, and checkdead reports no deadlock while it is not zero.  Go 1.23 keeps a
timer *channel*'s timer in a heap only while some goroutine is blocked receiving from
the channel (``needsAdd``: ``!t.isChan || t.blocked > 0``); otherwise the value is
produced lazily when a receive looks at the channel (``maybeRunChan``).  So a Timer or
Ticker that nobody waits on does not delay a deadlock report, while ``time.Sleep``,
``time.AfterFunc`` and context deadlines do.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time as _pytime
from collections.abc import Callable

from goexit import _sched

MAX_WHEN = (1 << 63) - 1

Action = Callable[[], None]
TimerFunc = Callable[["RTimer", int], "Action | None"]
"""``f(timer, delay)``: called with the lock held; ``delay`` is how late (ns) it runs.
It may return an action to run once the lock is released."""


def nanotime() -> int:
    """Go's ``nanotime``: the monotonic clock in nanoseconds."""
    return _pytime.monotonic_ns()


def now_of_caller() -> int:
    """Go's runtimeNano: the calling goroutine's bubble's fake time in a synctest bubble, else `nanotime`."""
    g = _sched.current_or_none()
    if g is not None and g.bubble is not None:
        return int(g.bubble.now)
    return nanotime()


def when(d: int) -> int:
    """Go's time.when: the monotonic time ``d`` ns from now; now for ``d <= 0``; capped on overflow.

    In a synctest bubble "now" is the bubble's fake clock."""
    now = now_of_caller()
    if d <= 0:
        return now
    t = now + d
    return t if t <= MAX_WHEN else MAX_WHEN


class RTimer:
    """Go's ``runtime.timer``; every field is guarded by `_sched.lock`."""

    __slots__ = ("blocked", "bubble", "f", "heaped", "is_chan", "period", "token", "when", "zombie")

    def __init__(self, f: TimerFunc, *, is_chan: bool = False) -> None:
        # A timer made in a synctest bubble is fake (Go's isFake): it is in the bubble's heap and
        # runs on the bubble's clock, and it does not keep the process from deadlocking.
        g = _sched.current_or_none()
        self.bubble = g.bubble if g is not None else None
        self.when = 0
        self.period = 0
        self.f = f
        self.is_chan = is_chan
        self.blocked = 0  # goroutines blocked receiving from the timer's channel
        self.heaped = False
        # In the heap but to be dropped at the next scheduling point (Go's timerZombie).
        self.zombie = False
        self.token = 0  # bumped whenever the heap entry for this timer changes; older entries are stale

    def needs_add(self) -> bool:
        """Go's ``needsAdd``: a timer channel is in a heap only while a goroutine waits on it."""
        return not self.heaped and self.when > 0 and (not self.is_chan or self.blocked > 0)

    # -- the operations of runtime/time.go, each called with the lock held ---------------

    def maybe_add(self) -> None:
        """Go's ``maybeAdd``: put the timer in the heap if it needs to be there."""
        if self.needs_add():
            self.heaped = True
            self._count(1)
            self._push()

    def remove(self) -> None:
        """Take the timer out of the heap now."""
        if self.heaped:
            self.heaped = False
            self.token += 1
            self._count(-1)
            self._unzombie()
            _sched.check_deadlock()

    def _count(self, n: int) -> None:
        """Count the timer in or out of the process's pending timers (a bubble's are not counted)."""
        if self.bubble is None:
            _sched.timers += n

    def _push(self) -> None:
        if self.bubble is None:
            _heap.push(self)
        else:
            self.token += 1
            self.bubble.push(self)

    def drop(self) -> None:
        """Take a zombie out of the heap for good (the heap's head found it)."""
        self._unzombie()
        if self.heaped:
            self.heaped = False
            self.token += 1
            self._count(-1)

    def make_zombie(self) -> None:
        """Go's timerZombie: still in the heap, dropped at the next scheduling point (`clean_zombies`).

        Until then it still counts as pending, and a `modify` (Reset) revives it:
        so a timer channel that a goroutine stopped waiting on and then Reset stays
        in the heap, and keeps the program from being reported deadlocked, as in Go.
        """
        if self.heaped and not self.zombie:
            self.zombie = True
            # Go drops zombies when the P next looks for work: with one P, when the goroutine
            # running now (the one that made the zombie) parks or ends.
            _zombies.append((self, _sched.current_or_none()))
            _sched.zombies += 1

    def _unzombie(self) -> None:
        if self.zombie:
            self.zombie = False
            _sched.zombies -= 1

    def stop(self) -> bool:
        """Go's ``timer.stop``: True if the timer was pending (it had not run).

        A timer channel's timer becomes a zombie (a Reset before the next
        scheduling point keeps it in the heap, as in Go); any other timer leaves
        the heap now, which no program can tell from Go's lazy removal.
        """
        pending = self.when > 0
        self.when = 0
        if self.is_chan:
            self.make_zombie()
        else:
            self.remove()
        return pending

    def modify(self, when: int, period: int = 0) -> bool:
        """Go's ``timer.modify`` (Reset): rearm for ``when``; True if it was pending."""
        pending = self.when > 0
        self.when = when
        self.period = period
        if self.heaped:
            self._unzombie()  # in the heap but marked for removal: it will be running again
            self.token += 1
            self._push()
        else:
            self.maybe_add()
        return pending

    def run(self, now: int) -> Action | None:
        """Go's ``unlockAndRun``: compute the next ``when``, then call ``f``."""
        delay = now - self.when
        if self.period > 0:
            nxt = self.when + self.period * (1 + delay // self.period)
            self.when = nxt if nxt <= MAX_WHEN else MAX_WHEN
        else:
            self.when = 0
        if self.heaped:
            if self.when == 0:
                self.heaped = False
                self.token += 1
                self._count(-1)
            else:
                self.token += 1
                self._push()
        return self.f(self, delay)

    def maybe_run_chan(self) -> None:
        """Go's ``maybeRunChan``: a receive on a timer channel runs a timer that is due but in no heap."""
        if not self.heaped and self.when > 0:
            now = int(self.bubble.now) if self.bubble is not None else nanotime()
            if self.when <= now:
                action = self.run(now)
                assert action is None  # channel timers only send

    def block(self) -> None:
        """Go's ``blockTimerChan``: a goroutine is about to block receiving from the timer's channel."""
        self.blocked += 1
        self._unzombie()  # still in the heap, marked for removal: keep it
        self.maybe_add()

    def unblock(self) -> None:
        """Go's ``unblockTimerChan``, called by the goroutine once it is running again: it no longer waits.

        The last waiter leaving makes the timer a zombie, dropped at the next
        scheduling point (a goroutine parking or ending), not at once.
        """
        self.blocked -= 1
        if self.blocked == 0:
            self.make_zombie()


_zombies: list[tuple[RTimer, _sched.G | None]] = []


def clean_zombies(g: _sched.G | None) -> None:
    """Drop the zombies goroutine ``g`` made (all of them for None) from the heap; lock held.

    Go's timers.check does it when the P looks for work; with one P that is when
    the goroutine that made the zombie parks or ends, and only then.
    """
    keep: list[tuple[RTimer, _sched.G | None]] = []
    for t, owner in _zombies:
        if not t.zombie:
            continue  # revived by a Reset or a new waiter, or already dropped
        if g is not None and owner is not None and owner is not g:
            keep.append((t, owner))
            continue
        t.zombie = False
        _sched.zombies -= 1
        if t.heaped:
            t.heaped = False
            t.token += 1
            t._count(-1)
    _zombies[:] = keep


_sched.clean_zombie_timers = clean_zombies


class _Heap:
    """The timer heap and the thread that runs due timers (Go keeps one heap per P)."""

    def __init__(self) -> None:
        self.cond = threading.Condition(_sched.lock)
        self.entries: list[tuple[int, int, int, RTimer]] = []
        self.seq = itertools.count()
        self.thread: threading.Thread | None = None

    def push(self, t: RTimer) -> None:
        t.token += 1
        entry = (t.when, next(self.seq), t.token, t)
        heapq.heappush(self.entries, entry)
        if self.thread is None:
            self.thread = threading.Thread(target=self._loop, name="goexit timers", daemon=True)
            self.thread.start()
        if self.entries[0] is entry:
            self.cond.notify()

    def _due(self) -> tuple[RTimer | None, float | None]:
        entries = self.entries
        while entries:
            when, _, token, t = entries[0]
            if not t.heaped or token != t.token:
                heapq.heappop(entries)  # stale: stopped, reset or removed
                continue
            if t.zombie and when <= nanotime():
                heapq.heappop(entries)  # a zombie reaching the head is deleted, not run
                t._unzombie()
                t.heaped = False
                t.token += 1
                _sched.timers -= 1
                continue
            now = nanotime()
            if when <= now:
                heapq.heappop(entries)
                return t, None
            return None, (when - now) / 1e9
        return None, None

    def _loop(self) -> None:
        _sched.mark_system_thread()
        cond = self.cond
        while True:
            with cond:
                while True:
                    t, wait = self._due()
                    if t is not None:
                        break
                    cond.wait(wait)
                action = t.run(nanotime())
                _sched.check_deadlock()
            if action is not None:
                action()


_heap = _Heap()
