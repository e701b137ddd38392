"""Goroutines and programs: ``go f()`` and a ``main`` that behaves like Go's.

A goroutine is a thread with a goroutine record.  It ends when its entry
function returns, when it calls `goexit.runtime.goexit`, or when the whole
process ends: nothing else can stop it, from inside Python or out.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, NoReturn, ParamSpec

from goexit import _sched
from goexit.panics import Goexit, Panic, _unwrap_code, call_in_frame, format_panic_chain

P = ParamSpec("P")

# Idle workers, most recently idle last (a dict keeps order and removes in O(1)).
_idle: dict[_Worker, None] = {}
_idle_lock = threading.Lock()
IDLE_SECONDS = 2.0
"""How long a finished goroutine's thread waits to be reused before it ends."""


class _Worker:
    """A thread that runs goroutines one after another (Go reuses its Ms too)."""

    __slots__ = ("job", "wake")

    def __init__(self) -> None:
        self.wake = threading.Lock()
        self.wake.acquire()
        self.job: tuple[_sched.G, Callable[[], None]] | None = None

    def loop(self) -> None:
        while True:
            job = self.job
            assert job is not None
            self.job = None
            g, body = job
            g.thread = threading.current_thread()
            body()
            with _idle_lock:
                _idle[self] = None
            if not self.wake.acquire(timeout=IDLE_SECONDS):
                with _idle_lock:
                    if self in _idle:
                        del _idle[self]
                        return
                # Claimed just as the wait timed out: the job is coming.
                self.wake.acquire()


def _entry_name(fn: Callable[..., object]) -> str:
    module = getattr(fn, "__module__", None) or "?"
    if module == "__main__":
        module = "main"
    return f"{module}.{getattr(fn, '__qualname__', type(fn).__name__)}"


def go(fn: Callable[P, object], /, *args: P.args, **kwargs: P.kwargs) -> None:
    """Start ``fn(*args, **kwargs)`` in a new goroutine (Go's ``go`` statement).

    The arguments are evaluated by the caller, before the goroutine starts.  The
    goroutine ends when ``fn`` returns or calls ``runtime.goexit()``; its
    deferred calls run then.  An unrecovered panic in it crashes the program
    (status 2), as in Go.  ``fn`` has a defer scope of its own.
    """
    if not callable(fn):
        raise TypeError(
            f"go() needs a function to run, got {type(fn).__name__}: write go(f, arg1, arg2), not go(f(arg1, arg2))"
        )
    # A thread that starts goroutines is adopted as one (it may still talk to them, so
    # they are not deadlocked while it runs), except the runtime's own timer thread.
    creator = _sched.current_or_none() if _sched.is_system_thread() else _sched.current()
    g, body = _prepare(fn, args, kwargs, creator, None)
    site = sys._getframe(1)
    g.go_site = (_sched.func_name(site, site.f_code), site.f_code.co_filename, site.f_lineno)
    with _sched.lock:
        _sched.register(g)
    _start(g, body)


def spawn_locked(fn: Callable[[], object], creator: _sched.G | None, entry: str | None = None) -> Callable[[], None]:
    """Create and count a goroutine running ``fn`` now, with `_sched.lock` held; return what starts it.

    For the runtime's own ``go`` statements (a timer's AfterFunc, context.AfterFunc):
    the new goroutine is live before the lock is released, so no deadlock can be
    reported between a timer firing and its goroutine starting.  Call the returned
    function once the lock is released.
    """
    _, start = spawn_locked_g(fn, creator, entry)
    return start


def spawn_locked_g(
    fn: Callable[[], object], creator: _sched.G | None, entry: str | None = None
) -> tuple[_sched.G, Callable[[], None]]:
    """`spawn_locked`, also returning the new goroutine's record."""
    g, body = _prepare(fn, (), {}, creator, entry)
    _sched.register(g)
    return g, lambda: _start(g, body)


def _prepare(
    fn: Callable[..., object],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    creator: _sched.G | None,
    entry: str | None,
) -> tuple[_sched.G, Callable[[], None]]:
    g = _sched.G(entry or _entry_name(fn), creator)
    # A goroutine joins its creator's synctest bubble; one that a bubble's timer starts (an
    # AfterFunc, run by the bubble's root) joins that bubble (runtime/proc.go newproc1).
    maker = creator if creator is not None else _sched.current_or_none()
    g.bubble = maker.bubble if maker is not None else None
    code = _unwrap_code(fn)

    def body() -> None:
        _sched.set_current(g)
        try:
            call_in_frame(code, fn, *args, **kwargs)
        except (Goexit, _sched.Deadlock):
            # Goexit ends the goroutine; so does a deadlock outside a program, where the
            # thread that started the goroutines gets the Deadlock too.
            pass
        except Panic as e:
            crash(g, e)
        except BaseException as e:  # noqa: BLE001 - Deadlock, UsageError outside a frame
            crash(g, e)
        finally:
            _sched.set_current(None)
            with _sched.lock:
                _sched.exited(g)

    return g, body


def _start(g: _sched.G, body: Callable[[], None]) -> None:
    with _idle_lock:
        worker = _idle.popitem()[0] if _idle else None
    if worker is not None:
        worker.job = (g, body)
        worker.wake.release()
        return
    worker = _Worker()
    worker.job = (g, body)
    t = threading.Thread(target=worker.loop, name=f"goroutine {g.id}", daemon=True)
    g.thread = t
    t.start()


def crash(g: _sched.G, e: BaseException) -> None:
    """Report an unrecovered panic the way Go does, and end the process (status 2).

    Prints the panic chain (``printpanics``), Go's ``[signal SIGSEGV ...]`` line
    after a nil dereference, then the goroutine's stack, or every goroutine's,
    or none, as ``GOTRACEBACK`` and `goexit.debug.set_traceback` ask (models
    ``fatalpanic`` and ``dopanic_m`` in ``src/runtime/panic.go``).  Outside a
    program (no `run`), a panic in a goroutine still ends the process: a Go
    program cannot survive one, and neither can this model.
    """
    from goexit import debug
    from goexit.panics import signal_line

    _sched.crashing = True
    _sched.flush_std()
    level, all_goroutines, docrash = debug.traceback_settings()
    if isinstance(e, Panic):
        parts = [format_panic_chain(e.record) + "\n" + signal_line(e.record)]
    else:
        parts = [f"panic: {type(e).__name__}: {e}\n"]
    bubble = getattr(e.record.value, "bubble", None) if isinstance(e, Panic) else None
    if level > 0:
        frames = _sched.format_frames(_sched.frames_of_traceback(e.__traceback__))
        parts.append(f"\n{_sched.goroutine_header(g, _sched.goroutine_state(g))}{frames}{_sched.created_by(g)}")
        if all_goroutines:
            parts.append(_sched.other_stacks(g))
        elif bubble is not None and isinstance(e, Panic) and type(e.record.value).__name__ == "DeadlockError":
            # A bubble's deadlock lists the bubble's goroutines (runtime/panic.go dopanic_m).
            parts.append(_sched.other_stacks(g, lambda other: other.bubble is bubble))
    sys.stderr.write("".join(parts))
    if docrash:
        _sched.abort()
    _sched.die(2)


def run(main: Callable[[], object]) -> NoReturn:
    """Run ``main`` as a Go program's ``func main()`` and end the process with its status.

    - ``main`` returning ends the program with status 0, even while other
      goroutines still run (their deferred calls do not run).
    - An unrecovered panic in any goroutine prints ``panic: ...`` and that
      goroutine's stack to stderr and ends the program with status 2.
    - When every goroutine is blocked and no timer is pending, it prints
      ``fatal error: all goroutines are asleep - deadlock!`` and exits 2.
    - ``runtime.goexit()`` in ``main`` runs main's deferred calls, lets the other
      goroutines finish, then fails with ``fatal error: no goroutines (main
      called runtime.Goexit) - deadlock!``.

    Standard output is flushed at every newline and before the process ends, as
    Go's unbuffered ``os.Stdout`` would have it.
    """
    if not callable(main):
        raise TypeError(f"run() needs the program's main function, got {type(main).__name__}")
    if _sched.program is not None:
        raise _sched.UsageError("goexit.run() was already called: a process runs one Go program")
    if (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    ):
        # A Go program is killed by SIGINT unless it asks for the signal (signal.notify_context);
        # Python would raise KeyboardInterrupt in main instead. An inherited SIG_IGN stays, as in Go.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    except AttributeError:
        pass
    g = _sched.current()
    _sched.promote(g)
    g.entry = "main.main"
    _sched.program = _sched.Program(g)
    try:
        call_in_frame(_unwrap_code(main), main)
    except Goexit:
        with _sched.lock:
            _sched.program.main_goexited = True
            _sched.exited(g)
        threading.Event().wait()  # the process ends from another goroutine
    except BaseException as e:  # noqa: BLE001 - a panic, or a Deadlock outside a frame
        crash(g, e)
    _sched.wait_for_panics()
    _sched.die(0)
