"""The scheduler: goroutine records, parking, deadlock detection and process death.

Every piece of goexit state that goroutines share (channel queues, WaitGroup
counters, mutex owners, the count of pending timers) is guarded by one lock,
`lock`.  One lock keeps ``select`` over many channels atomic without lock
ordering, and under the GIL it costs no parallelism.

A goroutine that must wait *parks*: it records why (Go's wait reason, such as
``chan receive``), counts itself as blocked and sleeps on a private lock until
another goroutine *readies* it.  When every live goroutine is parked and no timer
is pending, nothing can ever wake any of them: that is Go's deadlock, and it is
detected at the moment the last goroutine parks.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
import traceback
from collections.abc import Callable
from types import CodeType, FrameType, TracebackType
from typing import Any, NoReturn

lock = threading.Lock()
"""The one lock that guards all shared goexit state."""

_local = threading.local()
_ids = itertools.count(1)


class Deadlock(BaseException):
    """Raised in every parked goroutine when goexit detects a deadlock outside a program.

    Inside a program started with `goexit.run` a deadlock ends the process
    the way Go does (``fatal error: all goroutines are asleep - deadlock!``,
    exit status 2).  Outside one, in a test or a REPL, the process must go on,
    so each parked goroutine raises this instead.
    """


class UsageError(RuntimeError):
    """A Python-level misuse of goexit; the message says what to do instead."""


class Frame:
    """The defer scope of one function call: its deferred calls, in order."""

    __slots__ = ("code", "defers")

    def __init__(self, code: CodeType | None) -> None:
        self.code = code
        self.defers: list[Callable[[], object]] = []


class G:
    """The record of one goroutine (Go's ``g``)."""

    __slots__ = (
        "adopted",
        "alive",
        "bubble",
        "creator",
        "entry",
        "frames",
        "go_site",
        "goexit_link",
        "id",
        "leaked",
        "panicking",
        "parker",
        "real",
        "running_defers",
        "slot",
        "thread",
        "unwinding",
        "wait_reason",
        "waiting",
        "wake_exc",
    )

    def __init__(self, entry: str, creator: G | None, *, adopted: bool = False) -> None:
        self.id = next(_ids)
        self.creator = creator
        self.entry = entry
        # Where the go statement that started it stands (function, file, line), Go's gp.gopc:
        # the ``created by`` line names it. None for the runtime's own goroutines.
        self.go_site: tuple[str, str, int] | None = None
        self.thread: threading.Thread | None = None
        self.parker = threading.Lock()
        self.parker.acquire()
        self.wait_reason: str | None = None
        # What a parked goroutine waits on (Go's ``gp.waiting`` sudogs): the channels of a channel
        # operation or select, the sync primitive of a sync wait; empty otherwise (goexit.pprof).
        self.waiting: tuple[object, ...] = ()
        # Marked by the last goroutine leak detection (Go's _Gleaked status): see goexit.pprof.
        self.leaked = False
        self.wake_exc: BaseException | None = None
        self.frames: list[Frame] = []
        # (code of the deferred function being run, panic being unwound or None)
        self.running_defers: list[tuple[CodeType | None, Any]] = []
        self.unwinding: list[Any] = []
        # The panic a runtime.Goexit aborted, still linked under the panics raised while Goexit unwinds
        # (Go's goexit _panic record stays on gp._panic with the aborted one behind it: runtime/panic.go).
        self.goexit_link: Any = None
        self.adopted = adopted
        self.alive = True
        # A real goroutine has a runner that catches Goexit and panics at its top.
        self.real = not adopted
        # Panics of this goroutine neither recovered nor aborted yet (Go's runningPanicDefers).
        self.panicking = 0
        self.slot = -1  # position in allgs (see _AllG)
        # The synctest bubble the goroutine belongs to (goexit.synctest.Bubble), inherited from its creator.
        self.bubble: Any = None


class Program:
    """State of a running Go-style program (see `goexit.run`)."""

    __slots__ = ("main", "main_goexited")

    def __init__(self, main: G) -> None:
        self.main = main
        self.main_goexited = False


class _AllG:
    """Every live goroutine, in Go's ``allgs`` order (what a deadlock report lists).

    Go never frees a goroutine's record: an ended goroutine's ``g`` goes on a free
    list and the next ``go`` statement reuses the most recently freed one, keeping
    its place in ``allgs`` (runtime/proc.go: ``gfput``, ``gfget``, ``allgadd``).  So
    a goroutine started late is listed where an ended one was: slots model that.
    Mapping-like: ``allg[id]``, ``id in allg``, ``len``, and `values` in slot order.
    """

    __slots__ = ("_by_id", "_free", "_slots")

    def __init__(self) -> None:
        self._by_id: dict[int, G] = {}
        self._slots: list[G | None] = []
        self._free: list[int] = []

    def add(self, g: G) -> None:
        if self._free:
            i = self._free.pop()
            self._slots[i] = g
        else:
            i = len(self._slots)
            self._slots.append(g)
        g.slot = i
        self._by_id[g.id] = g

    def __delitem__(self, gid: int) -> None:
        g = self._by_id.pop(gid)
        self._slots[g.slot] = None
        self._free.append(g.slot)

    def __getitem__(self, gid: int) -> G:
        return self._by_id[gid]

    def __contains__(self, gid: object) -> bool:
        return gid in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def values(self) -> list[G]:
        """The live goroutines in Go's listing order."""
        return [g for g in self._slots if g is not None]


allg = _AllG()
live = 0
adopted = 0
"""How many of the live goroutines are adopted foreign threads."""
blocked = 0
timers = 0
"""Runtime timers in the timer heap (see `goexit._timer`): sleeps, AfterFuncs, deadlines, and
timer channels while a goroutine is blocked on them. While one is, no deadlock is reported."""
zombies = 0
"""Zombie timers: still counted in `timers` until the next scheduling point (see goexit._timer)."""
clean_zombie_timers: Callable[[G | None], None] | None = None
io_waiting = 0
"""Goroutines parked with reason `IO_WAIT`: while one is, Go's netpoller has a waiter and an M
sleeps in it, so the program is not deadlocked (checkdead sees a running M)."""
keepalive = 0
"""Runtime activities that keep an M out of the scheduler for good, such as os/signal's loop
goroutine blocked in ``signal_recv``: while one exists no deadlock is ever reported."""
hidden = 0
"""Goroutines Go has that goexit runs as plain threads (os/signal's loop): counted by NumGoroutine."""
program: Program | None = None
crashing = False
"""Set when a goroutine has begun printing a fatal panic: the process is about to exit 2."""

IO_WAIT = "IO wait"
"""The wait reason of a goroutine blocked in network I/O (Go's ``waitReasonIOWait``).

A goroutine parked with it is asleep in Go's netpoller; `check_deadlock` treats the program
as alive while one is, as Go's checkdead does (an M blocks in ``netpoll``).  Use it from a
model of blocking I/O: ``park(g, IO_WAIT)``, and `ready` from whatever completes the I/O."""

PANIC_WAIT_ROUNDS = 1000
"""How many times Go's ``runtime.main`` yields to panicking goroutines before it exits (proc.go)."""


def wait_for_panics() -> None:
    """Before main's return ends the program, let panicking goroutines finish, as Go's runtime.main does.

    runtime/proc.go, ``main``: if ``runningPanicDefers`` is not zero, main calls
    ``Gosched`` up to 1000 times, stopping as soon as no goroutine is running the
    deferred calls of a panic; then, if one has begun printing its panic
    (``panicking``), main parks for ever and that goroutine ends the process with
    status 2; otherwise main exits 0.  1000 yields last about 0.1-1 ms, so in Go
    a deferred call that computes and prints finishes, and one that blocks (a
    channel, a lock, a sleep, I/O) loses the race: main exits 0 first.

    goexit keeps the rule, with a model of "can still get somewhere": main waits
    while a panicking goroutine exists and some goroutine other than main is
    runnable (not parked on a goexit primitive, a sleep or I/O).  It stops waiting
    once every other goroutine is parked, since Go's 1000 yields would then pass
    with nothing happening, or after 1000 rounds of 1 ms for code that keeps
    running (Python runs such code 50-100 times slower than Go).
    """
    import time as _t

    for _ in range(PANIC_WAIT_ROUNDS):
        with lock:
            if crashing:
                break
            gs = allg.values()
            if not any(g.panicking for g in gs):
                break
            me = current_or_none()
            if all(g.wait_reason is not None for g in gs if g is not me):
                break
        _t.sleep(0.001)
    if crashing:
        threading.Event().wait()


def current_or_none() -> G | None:
    """The goroutine running on this thread, or None for a foreign thread."""
    return getattr(_local, "g", None)


def set_current(g: G | None) -> None:
    _local.g = g


def promote(g: G) -> None:
    """Make an adopted thread a real goroutine (the main goroutine of a program)."""
    global adopted
    with lock:
        if g.adopted:
            g.adopted = False
            adopted -= 1
    g.real = True


def mark_system_thread() -> None:
    """Mark this thread as part of the runtime (the timer thread): it is never adopted as a goroutine."""
    _local.system = True


def is_system_thread() -> bool:
    return bool(getattr(_local, "system", False))


def current() -> G:
    """The goroutine running on this thread, adopting a foreign thread if needed.

    A thread that goexit did not start (the main thread of a test, say) becomes a
    goroutine the first time it uses a goexit primitive: it then counts as live,
    so goroutines blocked on it are not reported as deadlocked while it runs.
    """
    g = getattr(_local, "g", None)
    if g is None:
        g = G("adopted thread", None, adopted=True)
        g.thread = threading.current_thread()
        global live, adopted
        with lock:
            allg.add(g)
            live += 1
            adopted += 1
        _local.g = g
    return g


def register(g: G) -> None:
    """Count a new goroutine as live; call with `lock` held."""
    global live
    allg.add(g)
    live += 1
    if g.bubble is not None:
        g.bubble.started()


def exited(g: G) -> None:
    """Account for the end of goroutine ``g``; call with `lock` held."""
    global live, adopted
    if not g.alive:
        return
    g.alive = False
    del allg[g.id]
    live -= 1
    if g.adopted:
        adopted -= 1
    if zombies and clean_zombie_timers is not None:
        clean_zombie_timers(g)
    if g.bubble is not None:
        g.bubble.exited(g)
    check_deadlock()


def park(g: G, reason: str, on: tuple[object, ...] = ()) -> None:
    """Block ``g`` until `ready` is called for it (Go's ``gopark``); ``reason`` is Go's wait reason.

    ``on`` is what it waits on, as Go links it from ``gp.waiting``: the channels of a
    channel operation or a select, or the sync primitive (Mutex, RWMutex, WaitGroup,
    Cond).  The goroutine leak detector (`goexit.pprof`) asks whether any is reachable.
    Call with `lock` held; returns with it released.  Raises the exception
    stored by the waker (a `Deadlock`) if there is one.
    """
    global blocked, io_waiting
    g.wait_reason = reason
    g.waiting = on
    blocked += 1
    if reason == IO_WAIT:
        io_waiting += 1
    if zombies and clean_zombie_timers is not None:
        clean_zombie_timers(g)
    if g.bubble is not None:
        g.bubble.parked(reason)  # may wake a goroutine of the bubble: before deciding on a deadlock
    check_deadlock()
    lock.release()
    g.parker.acquire()
    exc = g.wake_exc
    if exc is not None:
        g.wake_exc = None
        raise exc


def ready(g: G) -> None:
    """Make parked goroutine ``g`` runnable again (Go's ``goready``); call with `lock` held."""
    global blocked, io_waiting
    blocked -= 1
    if g.wait_reason == IO_WAIT:
        io_waiting -= 1
    if g.bubble is not None:
        g.bubble.readied(g.wait_reason)
    g.wait_reason = None
    g.waiting = ()
    g.leaked = False
    g.parker.release()


def keep_alive() -> None:
    """Record a runtime activity that keeps the program from ever deadlocking (see `keepalive`)."""
    global keepalive
    with lock:
        keepalive += 1


def prune_dead_adopted() -> bool:
    """Forget adopted threads that have ended; call with `lock` held. True if any were."""
    global live, adopted
    pruned = False
    for g in allg.values():
        if g.adopted and g.wait_reason is None and g.thread is not None and not g.thread.is_alive():
            g.alive = False
            del allg[g.id]
            live -= 1
            adopted -= 1
            pruned = True
    return pruned


def check_deadlock() -> None:
    """Report a deadlock the way Go's ``checkdead`` (runtime/proc.go) decides it; call with `lock` held.

    In Go, checkdead runs when an M goes idle and returns at once while any M is
    still running: one runs a goroutine, or sleeps in the netpoller because a
    timer is in a timer heap or a goroutine waits for I/O.  So, in this order:

    1. a timer pending, a goroutine in I/O wait, or the signal loop: not dead;
    2. no goroutine left at all: main called Goexit, ``no goroutines (main
       called runtime.Goexit) - deadlock!``;
    3. some goroutine still running: not dead;
    4. otherwise ``all goroutines are asleep - deadlock!``.

    Timer channels nobody is blocked on are in no heap (Go 1.23): they do not count;
    one whose last waiter just left is a zombie, dropped when the goroutine that made
    it parks or ends (`park`, `exited`), as Go drops zombies when the P next looks
    for work.
    """
    if crashing or timers > 0 or io_waiting > 0 or keepalive > 0:
        return
    prog = program
    if live == 0:
        if prog is not None and prog.main_goexited:
            fatal("no goroutines (main called runtime.Goexit) - deadlock!", traceback_all=False)
        return
    if blocked + adopted < live:
        return
    # Adopted threads cannot say when they end: when every goroutine but some of them
    # is parked, forget the ones that have ended before deciding.
    if blocked < live and not (prune_dead_adopted() and blocked >= live):
        return
    if live == 0:
        return
    if prog is not None:
        fatal("all goroutines are asleep - deadlock!", traceback_all=True)
    _raise_deadlock_everywhere()


def _raise_deadlock_everywhere() -> None:
    reasons = ", ".join(f"goroutine {g.id} [{g.wait_reason}]" for g in allg.values())
    for g in allg.values():
        if g.wait_reason is not None:
            g.wake_exc = Deadlock(f"all goroutines are asleep - deadlock! ({reasons})")
            ready(g)


# --------------------------------------------------------------------------
# Dying the way a Go program dies


def flush_std() -> None:
    """Flush Python's stdout and stderr (Go's os.Stdout is unbuffered)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


exit_hook: Callable[[int], int] | None = None
"""Called once with the status as the process ends (`die`); returns the status to exit with.

`goexit.testing.main` sets it to print what the go command prints after a test binary
ends (``ok``/``FAIL`` and the package) and to exit with go test's status."""


def die(status: int) -> NoReturn:
    """End the process now: no deferred call, no ``finally``, no atexit handler."""
    global exit_hook
    flush_std()
    hook, exit_hook = exit_hook, None
    if hook is not None:
        status = hook(status)
        flush_std()
    os._exit(status)


_INTERNAL = os.path.dirname(os.path.abspath(__file__))
# The frames with which a thread starts: below a goroutine's entry, as runtime.goexit is in Go,
# where a listing never shows it.
_THREAD_START = os.path.abspath(threading.__file__)


def func_name(frame: FrameType | None, code: CodeType) -> str:
    """A Python function's name as Go prints a function's: ``package.name``, ``main`` for the script."""
    module = frame.f_globals.get("__name__", "?") if frame is not None else "?"
    if module == "__main__":
        module = "main"
    return f"{module}.{code.co_qualname}"


def format_frames(frames: list[tuple[FrameType | None, CodeType, int]]) -> str:
    """Render Python frames (innermost first) the way Go prints a goroutine's stack."""
    out = []
    for frame, code, lineno in frames:
        path = os.path.abspath(code.co_filename)
        if os.path.dirname(path) == _INTERNAL or path == _THREAD_START:
            continue
        out.append(f"{func_name(frame, code)}()\n\t{code.co_filename}:{lineno}\n")
    return "".join(out)


def frames_of_traceback(tb: TracebackType | None) -> list[tuple[FrameType | None, CodeType, int]]:
    frames: list[tuple[FrameType | None, CodeType, int]] = []
    for frame, lineno in traceback.walk_tb(tb):
        frames.append((frame, frame.f_code, lineno))
    frames.reverse()  # innermost first
    return frames


def frames_of_stack(frame: FrameType | None) -> list[tuple[FrameType | None, CodeType, int]]:
    frames: list[tuple[FrameType | None, CodeType, int]] = []
    while frame is not None:
        frames.append((frame, frame.f_code, frame.f_lineno))
        frame = frame.f_back
    return frames


def goroutine_header(g: G, state: str) -> str:
    return f"goroutine {g.id} [{state}]:\n"


def created_by(g: G) -> str:
    """The ``created by`` lines of a stack listing (runtime/traceback.go ``printcreatedby1``).

    Go names the function that executed the ``go`` statement and the creator's
    goroutine, then the statement's file and line.  A goroutine the runtime
    started itself (a timer's AfterFunc) names its creator's entry function.
    """
    if g.creator is None:
        return ""
    if g.go_site is None:
        return f"created by {g.creator.entry} in goroutine {g.creator.id}\n"
    function, file, line = g.go_site
    return f"created by {function} in goroutine {g.creator.id}\n\t{file}:{line}\n"


def goroutine_state(g: G) -> str:
    """What a stack listing's header shows between brackets: the wait reason, and a bubble's marks.

    runtime/traceback.go goroutineheader: a goroutine the last leak detection found leaked
    gets `` (leaked)``; a goroutine of a synctest bubble durably blocked
    gets `` (durable)`` unless its reason says so already, and any goroutine of a bubble
    ``, synctest bubble N``.
    """
    state = g.wait_reason or "running"
    if g.leaked:
        state += " (leaked)"  # Go's _Gleaked status, set by the goroutine leak detector (goexit.pprof)
    bubble = g.bubble
    if bubble is not None:
        from goexit.synctest import IDLE_REASONS

        if g.wait_reason in IDLE_REASONS and not state.endswith("(durable)"):
            state += " (durable)"
        state += f", synctest bubble {bubble.id}"
    return state


def other_stacks(me: G | None, only: Callable[[G], bool] | None = None) -> str:
    """Every goroutine's header and stack but ``me``'s, in creation order (Go's ``tracebackothers``);
    with ``only``, those it accepts (Go's ``tracebacksomeothers``)."""
    stacks = sys._current_frames()
    parts = []
    for g in list(allg.values()):
        if g is me or (only is not None and not only(g)):
            continue
        state = goroutine_state(g)
        frame = stacks.get(g.thread.ident) if g.thread is not None and g.thread.ident else None
        parts.append("\n" + goroutine_header(g, state))
        parts.append(format_frames(frames_of_stack(frame)))
        parts.append(created_by(g))
    return "".join(parts)


def abort() -> NoReturn:
    """End the process with SIGABRT, as Go's runtime does under ``GOTRACEBACK=crash``."""
    import signal

    flush_std()
    signal.signal(signal.SIGABRT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGABRT)
    die(2)


def fatal(message: str, *, traceback_all: bool, running: G | None = None) -> NoReturn:
    """Print ``fatal error: message`` and stacks, and exit 2 (Go's ``fatal``, ``src/runtime/panic.go``).

    ``running`` is the goroutine that hit a user-level fatal error (``sync: unlock
    of unlocked mutex``): the panics it is unwinding are printed first, as Go's
    ``printPreFatalDeferPanic`` does (values as they are, not their ``Error()``),
    and its stack follows.  ``traceback_all`` (a deadlock) lists every goroutine.
    ``GOTRACEBACK`` (`goexit.debug`) may ask for none or for all of them.
    """
    from goexit import debug
    from goexit.panics import format_panic_chain

    flush_std()
    level, all_goroutines, docrash = debug.traceback_settings()
    parts = []
    if running is not None and running.unwinding:
        parts.append(format_panic_chain(running.unwinding[-1], preprint=False) + "\n\t")
    parts.append("fatal error: " + message.replace("\n", "\n\t") + "\n")
    if level > 0:
        if running is not None:
            parts.append("\n" + goroutine_header(running, "running"))
            parts.append(format_frames(frames_of_stack(sys._getframe(1))))
            parts.append(created_by(running))
            if traceback_all or all_goroutines:
                parts.append(other_stacks(running))
        elif traceback_all or all_goroutines:
            parts.append(other_stacks(None))
    sys.stderr.write("".join(parts))
    if docrash:
        abort()
    die(2)
