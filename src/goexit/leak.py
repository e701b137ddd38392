"""A goroutine-leak check, like uber-go/goleak: no goroutine started in a block may outlive it.

A goroutine leaks when nothing will ever make it return: it waits on a
channel nobody sends on, or on a context nobody cancels.  `verify_none`
wraps a block (or, through the ``no_leaks`` pytest fixture, a test) and fails
with the list of goroutines that were started inside it and are still alive
once it ends, after giving them ``timeout`` seconds to finish.  Threads
started inside the block, outside goexit, count too, and so do timers left
pending (a context with a timeout that nobody cancelled).

```py
from goexit import Chan, close, go, leak

with leak.verify_none(timeout=1.0):
    stop: Chan[None] = Chan()
    go(stop.recv)
    close(stop)  # without this line, verify_none raises LeakError naming the goroutine
print("no leak")
#> no leak
```
"""

from __future__ import annotations

import os
import sys
import threading
import time as _pytime
from dataclasses import dataclass
from types import FrameType, TracebackType

from goexit import _sched

__all__ = ["Leak", "LeakError", "find", "snapshot", "verify_none"]


@dataclass(frozen=True)
class Leak:
    """One goroutine, thread or set of timers still alive: what goleak prints about it."""

    id: int
    """The goroutine's number; 0 for a plain thread or for timers."""
    state: str
    """Go's wait reason (``chan receive``, ``select``...), ``running``, or ``pending`` for timers."""
    entry: str
    """The function the goroutine was started with (the thread's name for a thread)."""
    where: str
    """The innermost line of user code it is at, ``file:line``, if known."""

    def __str__(self) -> str:
        if self.state == "pending":
            return self.entry
        kind = f"goroutine {self.id}" if self.id else "thread"
        at = f", at {self.where}" if self.where else ""
        return f"{kind} [{self.state}]: {self.entry}{at}"


class LeakError(AssertionError):
    """Goroutines outlived the block `verify_none` checked; the message lists each one."""

    def __init__(self, leaks: list[Leak]) -> None:
        self.leaks = leaks
        lines = "\n".join(f"  {leak}" for leak in leaks)
        super().__init__(f"found unexpected goroutines:\n{lines}")


@dataclass(frozen=True)
class Snapshot:
    """What was alive at a point in time: goroutine ids, thread idents, pending timers (see `snapshot`)."""

    goroutines: frozenset[int]
    threads: frozenset[int]
    timers: int = 0


def _internal(t: threading.Thread) -> bool:
    # goexit's own threads: goroutine workers (idle ones wait to be reused), the timer thread, the signal relay.
    return t.name.startswith(("goroutine ", "goexit "))


def snapshot() -> Snapshot:
    """The goroutines and threads alive now, to be ignored by a later `find` (goleak's ``IgnoreCurrent``)."""
    with _sched.lock:
        gids = frozenset(allg_ids())
        timers = _sched.timers
    return Snapshot(gids, frozenset(t.ident for t in threading.enumerate() if t.ident is not None), timers)


def allg_ids() -> list[int]:
    """Every goroutine id known to the scheduler; call with `_sched.lock` held."""
    return [g.id for g in _sched.allg.values() if g.alive]


def _where(g: _sched.G, frames: dict[int, FrameType]) -> str:
    """The innermost line of code outside goexit that goroutine ``g`` is at."""
    if g.thread is None or g.thread.ident is None:
        return ""
    for _frame, code, lineno in _sched.frames_of_stack(frames.get(g.thread.ident)):
        if os.path.dirname(os.path.abspath(code.co_filename)) != _sched._INTERNAL:
            return f"{code.co_filename}:{lineno}"
    return ""


def _current_leaks(ignore: Snapshot, me: _sched.G | None) -> list[Leak]:
    frames = sys._current_frames()
    out: list[Leak] = []
    with _sched.lock:
        gs = [g for g in _sched.allg.values() if g.alive and g.id not in ignore.goroutines and g is not me]
        states = [(g, g.wait_reason or "running") for g in gs]
        extra_timers = _sched.timers - ignore.timers
    goroutine_threads = set()
    for g, state in states:
        if g.adopted and (g.thread is None or not g.thread.is_alive()):
            continue  # a foreign thread that used goexit and has ended
        if g.thread is not None:
            goroutine_threads.add(g.thread.ident)
        out.append(Leak(g.id, state, g.entry, _where(g, frames)))
    for t in threading.enumerate():
        if t.ident in ignore.threads or t.ident in goroutine_threads or t is threading.current_thread():
            continue
        if _internal(t) or not t.is_alive():
            continue
        out.append(Leak(0, "running", t.name, ""))
    if extra_timers > 0:
        # A pending timer keeps goexit from reporting deadlocks for as long as it lives.
        what = "timer is" if extra_timers == 1 else "timers are"
        out.append(
            Leak(
                0,
                "pending",
                f"{extra_timers} more {what} pending than before: cancel each context made with a "
                "deadline or timeout, and stop unneeded timers",
                "",
            )
        )
    return out


def find(ignore: Snapshot | None = None, *, timeout: float = 1.0) -> list[Leak]:
    """The goroutines, threads and pending timers beyond ``ignore`` (all but the caller's, by default).

    Waits up to ``timeout`` seconds for them to end, as goleak retries before
    it reports; returns ``[]`` as soon as none is left.
    """
    ignore = ignore or Snapshot(frozenset(), frozenset())
    me = _sched.current_or_none()
    deadline = _pytime.monotonic() + timeout
    delay = 0.001
    while True:
        leaks = _current_leaks(ignore, me)
        if not leaks or _pytime.monotonic() >= deadline:
            return leaks
        _pytime.sleep(delay)
        delay = min(delay * 2, 0.05)


class verify_none:  # noqa: N801 - used like a function: `with leak.verify_none():`
    """Fail if goroutines started in the block are still alive when it ends (goleak's ``VerifyNone``).

    Use it as ``with leak.verify_none(timeout=...):``.  On leaving the block
    it waits up to ``timeout`` seconds for every goroutine (and thread)
    started inside to end, then raises `LeakError` listing each survivor:
    its id, its wait reason and its entry function.  Timers left pending
    (a context with a deadline that nobody cancelled) are reported too: while
    one is pending, goexit cannot report a deadlock.  If the block raised,
    that exception propagates unchanged and no check is made.
    """

    __slots__ = ("_before", "timeout")

    def __init__(self, timeout: float = 1.0) -> None:
        self.timeout = timeout
        self._before: Snapshot | None = None

    def __enter__(self) -> verify_none:
        self._before = snapshot()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            return
        leaks = find(self._before, timeout=self.timeout)
        if leaks:
            raise LeakError(leaks)
