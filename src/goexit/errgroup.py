"""``golang.org/x/sync/errgroup``: goroutines working on parts of one task, the first error cancelling the rest.

A `Group` is a `goexit.sync.WaitGroup` that also collects errors: each function
given to `Group.go` returns an error or ``None``; `Group.wait` waits for all
of them and returns the first error.  A group made by `with_context` also
cancels its context on that first error (with the error as the context's
cause), so the other goroutines, selecting on ``ctx.done()``, can stop early.

As in errgroup since v0.16.0 (and before v0.15.0), a panic in one of the
functions is not caught: like any goroutine's unrecovered panic, it crashes
the program.  (v0.15.0 re-panicked in `Group.wait` instead; that was reverted,
see golang/go#53757.)

```py
from goexit import context, errgroup, errors

g, ctx = errgroup.with_context(context.background())
g.go(lambda: errors.new("fetch failed"))
g.go(lambda: None)
print(g.wait(), ctx.err(), context.cause(ctx))
#> fetch failed context canceled fetch failed
```
"""

from __future__ import annotations

from collections.abc import Callable

from goexit import _sched
from goexit import sync as _sync
from goexit.chan import DEFAULT, Chan, Send, select
from goexit.context import CancelCauseFunc, Context, with_cancel_cause
from goexit.errors import ErrorString
from goexit.goroutine import go as _go
from goexit.panics import defer, panic

__all__ = ["Group", "with_context"]

Task = Callable[[], BaseException | None]
"""A function given to `Group.go`: it returns an error, or ``None`` on success."""


class Group:
    """A collection of goroutines working on subtasks of the same overall task (``errgroup.Group``).

    ``Group()`` is ready to use: it has no limit on the number of active
    goroutines and cancels nothing on error.  A Group should not be reused
    for different tasks.
    """

    __slots__ = ("_cancel", "_err", "_err_set", "_sem", "_wg")

    def __init__(self) -> None:
        self._cancel: CancelCauseFunc | None = None
        self._wg = _sync.WaitGroup()
        self._sem: Chan[None] | None = None
        self._err_set = False
        self._err: BaseException | None = None

    def _done(self) -> None:
        if self._sem is not None:
            self._sem.recv()
        self._wg.done()

    def _record(self, err: BaseException) -> None:
        with _sched.lock:
            first = not self._err_set
            if first:
                self._err_set = True
                self._err = err
        if first and self._cancel is not None:
            self._cancel(err)

    def _start(self, f: Task) -> None:
        self._wg.add(1)

        def run() -> None:
            defer(self._done)
            err = f()
            if err is not None:
                if not isinstance(err, BaseException):
                    raise _sched.UsageError(
                        f"a function given to Group.go must return an error (an exception instance) or None, "
                        f"got {type(err).__name__}"
                    )
                self._record(err)

        _go(run)

    def go(self, f: Task) -> None:
        """Call ``f`` in a new goroutine (``Group.Go``).

        It blocks until the new goroutine can be added without the number of
        goroutines in the group exceeding the limit set by `set_limit`.  The
        first call must happen before `wait`.

        The first function to return an error cancels the group's context, if
        it was made by `with_context`; that error is what `wait` returns.
        """
        _check_task(f, "Group.go")
        if self._sem is not None:
            self._sem.send(None)
        self._start(f)

    def try_go(self, f: Task) -> bool:
        """Call ``f`` in a new goroutine only if the group is below its limit (``Group.TryGo``).

        Returns whether the goroutine was started.
        """
        _check_task(f, "Group.try_go")
        if self._sem is not None and select(Send(self._sem, None), default=True).case == DEFAULT:
            return False
        self._start(f)
        return True

    def wait(self) -> BaseException | None:
        """Block until every function given to `go` has returned, then return the first error, if any (``Group.Wait``).

        It also cancels the group's context, if any (with that error as the
        cause, or `goexit.context.Canceled` when there was none).
        """
        self._wg.wait()
        if self._cancel is not None:
            self._cancel(self._err)
        return self._err

    def set_limit(self, n: int) -> None:
        """Limit the number of active goroutines in the group to at most ``n`` (``Group.SetLimit``).

        A negative value means no limit; zero prevents any goroutine from
        being added (`go` then blocks forever).  Any later `go` blocks until
        it can add a goroutine without exceeding the limit.  Panics with
        ``errgroup: modify limit while N goroutines in the group are still
        active`` if goroutines of the group are running.
        """
        if not isinstance(n, int) or isinstance(n, bool):
            raise TypeError(f"set_limit takes an int, got {type(n).__name__}")
        if n < 0:
            self._sem = None
            return
        if self._sem is not None and len(self._sem) != 0:
            active = len(self._sem)
            panic(ErrorString(f"errgroup: modify limit while {active} goroutines in the group are still active"))
        self._sem = Chan(None, n)


def _check_task(f: object, where: str) -> None:
    if not callable(f):
        raise TypeError(
            f"{where} needs a function returning an error or None, got {type(f).__name__}: "
            "write g.go(f) or g.go(lambda: f(x)), not g.go(f(x))"
        )


def with_context(ctx: Context) -> tuple[Group, Context]:
    """Return a new `Group` and a context derived from ``ctx`` (``errgroup.WithContext``).

    The derived context is cancelled the first time a function given to
    `Group.go` returns an error (which becomes its cause), or the first time
    `Group.wait` returns, whichever occurs first.
    """
    derived, cancel = with_cancel_cause(ctx)
    g = Group()
    g._cancel = cancel
    return g, derived
