"""The child process of tests/test_signal.py: ``python signal_child.py MODE``.

Each mode prints ``ready`` once the signal handlers are in place, then does what the
test expects; the test sends it real signals."""

from __future__ import annotations

import os
import signal as pysignal
import sys
import threading
import time as pytime

from goexit import UsageError, context, errors, fmt, run, select
from goexit import signal as gsignal


def wait_for_signal() -> None:
    ctx, stop = gsignal.notify_context(context.background(), gsignal.SIGINT, gsignal.SIGTERM)
    fmt.println(ctx)
    fmt.println("ready")
    ctx.done().recv()  # type: ignore[union-attr]
    cause = context.cause(ctx)
    fmt.println(ctx.err(), "|", cause, "|", errors.is_(cause, context.Canceled))
    stop()
    # restored to what it was: under goexit.run, Go's default (SIGINT kills the program)
    fmt.println(pysignal.getsignal(pysignal.SIGINT) is pysignal.SIG_DFL)


def after_stop() -> None:
    _, stop = gsignal.notify_context(context.background(), gsignal.SIGINT)
    stop()
    fmt.println("ready")
    pytime.sleep(20)  # SIGINT is Python's again: KeyboardInterrupt


def stop_elsewhere() -> None:
    """stop() from a goroutine's thread: the handler gives the signal back when it arrives."""
    _, stop = gsignal.notify_context(context.background(), gsignal.SIGTERM)
    t = threading.Thread(target=stop)
    t.start()
    t.join()
    fmt.println("ready")
    pytime.sleep(20)  # SIGTERM's default action: the process dies of it


def no_deadlock_report() -> None:
    _, stop = gsignal.notify_context(context.background(), gsignal.SIGINT)
    stop()
    fmt.println("ready")
    select()  # Go hangs here too: a signal could still arrive


def from_a_goroutine() -> None:
    out: list[str] = []

    def try_it() -> None:
        try:
            gsignal.notify_context(context.background(), gsignal.SIGUSR1)
        except UsageError as e:
            out.append(str(e))

    t = threading.Thread(target=try_it)
    t.start()
    t.join()
    fmt.println("main thread" in out[0])


def two_contexts() -> None:
    a, stop_a = gsignal.notify_context(context.background(), gsignal.SIGUSR1)
    b, stop_b = gsignal.notify_context(context.background(), gsignal.SIGUSR1, gsignal.SIGUSR2)
    fmt.println("ready")
    a.done().recv()  # type: ignore[union-attr]
    b.done().recv()  # type: ignore[union-attr]
    fmt.println(context.cause(a), "|", context.cause(b))
    stop_a()
    stop_b()


def taken_by_another_thread() -> None:
    ctx, stop = gsignal.notify_context(context.background(), gsignal.SIGUSR1)
    # The kernel can no longer give SIGUSR1 to the main thread: another thread takes it, and
    # the main thread, blocked below, is never interrupted to run Python's handler for it.
    pysignal.pthread_sigmask(pysignal.SIG_BLOCK, {pysignal.SIGUSR1})
    fmt.println("ready")
    ctx.done().recv()  # type: ignore[union-attr]
    fmt.println(context.cause(ctx))
    stop()


def own_wakeup_descriptor() -> None:
    r, w = os.pipe()
    os.set_blocking(w, False)
    pysignal.set_wakeup_fd(w)  # the program's own, as asyncio sets one
    ctx, stop = gsignal.notify_context(context.background(), gsignal.SIGUSR1)
    fmt.println("ready")
    ctx.done().recv()  # type: ignore[union-attr]
    fmt.println(context.cause(ctx), "|", pysignal.set_wakeup_fd(-1) == w)
    stop()
    os.close(r)
    os.close(w)


MODES = {
    "wait": wait_for_signal,
    "after-stop": after_stop,
    "stop-elsewhere": stop_elsewhere,
    "no-deadlock": no_deadlock_report,
    "goroutine": from_a_goroutine,
    "two": two_contexts,
    "other-thread": taken_by_another_thread,
    "own-wakeup": own_wakeup_descriptor,
}

if __name__ == "__main__":
    mode = MODES[sys.argv[1]]
    if sys.argv[1] in ("after-stop", "stop-elsewhere"):
        mode()
    else:
        run(mode)
