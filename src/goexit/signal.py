"""Go's ``os/signal`` package: incoming signals delivered on channels, and a context they cancel.

Signals are real (Python's `signal` module underneath).  Python runs a signal
handler only on the main thread, between bytecodes; a main thread blocked in a
wait runs it only when the signal interrupts that wait, which a signal the
kernel gives to another thread does not (two signals sent at once: the second
goes to another thread while the main one has the first pending).  So the
handler does not relay anything itself: Python's C-level handler writes each
signal's number to a wakeup file descriptor (`signal.set_wakeup_fd`) on
whichever thread takes it, and a relay thread of goexit's own reads them and
delivers them to the registered channels, as Go's signal-handling goroutine
does (``loop`` and ``signal_recv`` in src/os/signal/signal_unix.go and
src/runtime/sigqueue.go).  Installing a handler is only possible on the main
thread: the first `notify` or `notify_context` for a signal must come from
there (from ``main`` under `goexit.run`, which runs on the main thread).  If
the program set a wakeup descriptor of its own first (asyncio does), goexit
leaves it alone and queues the signals from its handler instead.

As in Go, once the package has been asked to relay a signal, a program blocked
forever is no longer reported as deadlocked: a signal could still arrive.
"""

from __future__ import annotations

import os as _os
import queue
import signal as _signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any, cast

from goexit import _sched
from goexit.chan import Chan, Recv, select
from goexit.context import Canceled, Context, _CancelCtx, _check_parent, _propagate_cancel
from goexit.goroutine import go
from goexit.panics import panic


class Signal(int):
    """A signal number (Go's ``syscall.Signal``, what `notify` delivers as an ``os.Signal``).

    It is an ``int``, so it compares equal to the signal's number and can be
    passed to ``os.kill``; ``str(s)`` is Go's ``String()`` on Linux, so
    ``fmt.println(s)`` prints ``hangup``, ``interrupt`` or ``terminated`` as Go
    does, and ``%d`` prints the number.  Models syscall/syscall_unix.go.
    """

    __slots__ = ()

    def __str__(self) -> str:
        return name_of(self)

    def __repr__(self) -> str:
        try:
            return f"signal.{_signal.Signals(int(self)).name}"
        except ValueError:
            return f"signal.Signal({int(self)})"


SIGHUP = Signal(_signal.SIGHUP)
SIGINT = Signal(_signal.SIGINT)
"""Go's ``os.Interrupt``."""
SIGQUIT = Signal(_signal.SIGQUIT)
SIGTERM = Signal(_signal.SIGTERM)
"""Go's ``syscall.SIGTERM``."""
SIGUSR1 = Signal(_signal.SIGUSR1)
SIGUSR2 = Signal(_signal.SIGUSR2)

__all__ = [
    "SIGHUP",
    "SIGINT",
    "SIGQUIT",
    "SIGTERM",
    "SIGUSR1",
    "SIGUSR2",
    "Signal",
    "SignalError",
    "name_of",
    "notify",
    "notify_context",
    "stop",
]

# Signals a program cannot catch, or that report its own faults (Go turns those into panics).
_NEVER = {"SIGKILL", "SIGSTOP", "SIGSEGV", "SIGBUS", "SIGFPE", "SIGILL"}


def name_of(s: int) -> str:
    """The name Go's ``syscall.Signal.String`` gives a signal on Linux: ``interrupt``, ``terminated``."""
    n = int(s)
    if 0 < n < 32:
        text = _signal.strsignal(n) or ""
        if len(text) > 1 and text[1].islower():
            text = text[0].lower() + text[1:]
        if text:
            return text
    return f"signal {n}"


# --------------------------------------------------------------------------
# Registrations (Go's handlers table) and the relay

_reg = threading.Lock()
"""Guards the tables below (never taken by the Python-level signal handler)."""
_subs: dict[int, list[Chan[Signal]]] = {}
_previous: dict[int, Any] = {}
_pending: queue.SimpleQueue[int] = queue.SimpleQueue()
_relay: threading.Thread | None = None
_wakeup: int | None = None
"""The read end of the pipe Python's C-level handler writes signal numbers to (None: `_pending` instead)."""


def _handler(signum: int, frame: FrameType | None) -> None:
    # On the main thread, possibly while it holds goexit's lock: take no lock here.
    if _subs.get(signum):
        if _wakeup is None:
            _pending.put(signum)  # SimpleQueue.put is safe in a signal handler
        return  # else the C-level handler already wrote it to the relay's pipe
    # Nobody listens any more (stopped from another thread): give the signal back.
    prev = _previous.pop(signum, _signal.SIG_DFL)
    _signal.signal(signum, prev)
    if callable(prev):
        prev(signum, frame)
    elif prev == _signal.SIG_DFL:
        _os.kill(_os.getpid(), signum)


def _arrivals() -> list[int]:
    """Block until signals arrive; their numbers, in order."""
    if _wakeup is None:
        return [_pending.get()]
    while True:
        try:
            return list(_os.read(_wakeup, 512))
        except InterruptedError:
            continue


def _relay_loop() -> None:
    while True:
        for signum in _arrivals():
            with _reg:
                chans = list(_subs.get(signum, ()))
            sig = Signal(signum)
            with _sched.lock:
                for ch in chans:
                    # Never blocks: a full channel misses the signal, as in Go.
                    if not ch._closed:
                        ch._try_send(sig)


def _start_relay_locked() -> None:
    global _relay, _wakeup
    if _relay is None:
        if threading.current_thread() is threading.main_thread():  # set_wakeup_fd's rule
            r, w = _os.pipe()
            _os.set_blocking(w, False)
            theirs = _signal.set_wakeup_fd(w, warn_on_full_buffer=False)
            if theirs == -1:
                _wakeup = r
            else:  # the program's own wakeup descriptor: put it back, and queue from the handler
                _signal.set_wakeup_fd(theirs)
                _os.close(r)
                _os.close(w)
        _relay = threading.Thread(target=_relay_loop, name="goexit signals", daemon=True)
        _relay.start()
        # Go's os/signal.loop goroutine, blocked in signal_recv outside the scheduler:
        # from now on a signal can always arrive, so a blocked program is never reported
        # as deadlocked, and NumGoroutine counts it.
        _sched.keep_alive()
        with _sched.lock:
            _sched.hidden += 1


def _all_signals() -> list[int]:
    return [int(s) for s in _signal.valid_signals() if _signal.Signals(s).name not in _NEVER]


def _check_signals(signals: tuple[int, ...]) -> list[int]:
    out = []
    for s in signals:
        if not isinstance(s, int) or isinstance(s, bool):
            raise TypeError(f"signals are signal numbers such as signal.SIGINT, got {type(s).__name__}")
        out.append(int(s))
    return out


def notify(c: Chan[Signal], *signals: int) -> None:
    """Relay the given incoming signals to ``c`` (Go's ``signal.Notify``); with none, every signal.

    The relay never blocks sending to ``c``: make sure it has buffer space
    (one slot is enough to be told about one kind of signal), or signals are
    dropped.  Several calls with the same channel add to its set of signals;
    `stop` undoes them all.

    The first call for a signal replaces its Python handler, which Python
    allows only on the main thread: make it from there, or a `UsageError`
    says so.
    """
    if c is None:
        panic("os/signal: Notify using nil channel")
    if not isinstance(c, Chan):
        raise TypeError(f"notify() sends signals on a Chan, got {type(c).__name__}")
    nums = _check_signals(signals) or _all_signals()
    with _reg:
        missing = [n for n in nums if n not in _previous]
        if missing and threading.current_thread() is not threading.main_thread():
            raise _sched.UsageError(
                "signal.notify and signal.notify_context install a Python signal handler, "
                "which Python allows only on the main thread: call them from the program's main "
                "(goexit.run(main) runs it on the main thread) before starting goroutines that need them"
            )
        for n in missing:
            try:
                _previous[n] = _signal.signal(n, _handler)
            except (OSError, ValueError):
                if signals:
                    raise
                continue  # the no-argument form relays what can be caught
        for n in nums:
            if n in _previous:
                subs = _subs.setdefault(n, [])
                if c not in subs:
                    subs.append(c)
        _start_relay_locked()


def stop(c: Chan[Signal]) -> None:
    """Stop relaying signals to ``c`` (Go's ``signal.Stop``).

    A signal nobody listens to any more gets its previous Python handler
    back: at once on the main thread; from another thread, when such a signal
    next arrives (the handler, on the main thread, restores the previous one
    and hands the signal to it).  When `stop` returns, ``c`` receives no more
    signals.
    """
    on_main = threading.current_thread() is threading.main_thread()
    with _reg:
        for n in list(_subs):
            subs = _subs[n]
            if c in subs:
                subs.remove(c)
            if not subs:
                del _subs[n]
                if on_main and n in _previous:
                    _signal.signal(n, _previous.pop(n))


# --------------------------------------------------------------------------
# NotifyContext


class SignalError(Exception):
    """The cause of a context cancelled by a signal: ``interrupt signal received`` (Go's ``signalError``).

    ``errors.is_(err, context.Canceled)`` is true for it.
    """

    go_error = True

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text

    def is_(self, target: BaseException) -> bool:
        """It matches `goexit.context.Canceled` (Go's ``Is`` method)."""
        return target is Canceled


class _SignalCtx(_CancelCtx):
    """The context `notify_context` returns (Go's ``signalCtx``)."""

    __slots__ = ("_signals",)

    def __init__(self, signals: list[int]) -> None:
        super().__init__()
        self._signals = signals

    def _wrap_name(self, parent_name: str) -> str:
        name = "signal.NotifyContext(" + parent_name
        if self._signals:
            name += ", [" + " ".join(name_of(s) for s in self._signals) + "]"
        return name + ")"


def notify_context(parent: Context, *signals: int) -> tuple[Context, Callable[[], None]]:
    """Return a copy of ``parent`` that is done when one of ``signals`` arrives (Go's ``signal.NotifyContext``).

    The context's Done channel is closed when one of the listed signals
    arrives, when the returned ``stop`` function is called, or when the
    parent's Done channel is closed, whichever happens first.  If a signal
    cancelled it, `goexit.context.cause` returns a `SignalError` such as
    ``interrupt signal received``; its `Context.err` is ``context canceled``.

    ``stop`` unregisters the signals, restoring their previous handlers (the
    default for SIGINT is Python's ``KeyboardInterrupt``).  Until then, the
    signals no longer have their default effect.  Call ``stop`` as soon as
    the work is done.  The first call for a signal must be made on the main
    thread (see `notify`).
    """
    _check_parent(parent, "notify_context")
    nums = _check_signals(signals)
    c = _SignalCtx(nums)
    _propagate_cancel(c, parent)
    ch: Chan[Signal] = Chan(None, 1)
    notify(ch, *nums)

    if c.err() is None:

        def watch() -> None:
            got = select(Recv(ch), Recv(c.done()))
            if got.case == 0:
                sig = cast(Signal, got.value)
                c._cancel(True, Canceled, SignalError(f"{name_of(sig)} signal received"))

        go(watch)

    def stop_context() -> None:
        c._cancel(True, Canceled, None)
        stop(ch)

    return c, stop_context
