"""defer, panic and recover: Go's function-scoped cleanup and its unwinding rules.

A Go function's deferred calls run when it returns, when a panic unwinds through
it and when `goexit.runtime.goexit` ends its goroutine, in last-in,
first-out order.  Python functions have no defer scope of their own, so a
function that defers must be decorated with `func`; a goroutine's entry
function (given to `goexit.go` or `goexit.run`) has one already.

Panics and Goexit travel up the Python stack as exceptions derived from
`BaseException`, so an ordinary ``except Exception`` in user code does not
swallow them, just as nothing but ``recover`` stops a Go panic.

```py
from goexit import defer, func, recover

recovered = []

@func
def safe_divide(a: int, b: int) -> int:
    defer(lambda: recovered.append(recover()))
    return a // b

print(safe_divide(7, 2), recovered)
#> 3 [None]
print(safe_divide(1, 0), str(recovered[-1]))
#> None runtime error: integer divide by zero
```
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from types import CodeType
from typing import Any, NoReturn, ParamSpec, TypeVar

from goexit import _sched

P = ParamSpec("P")
R = TypeVar("R")


class Goexit(BaseException):
    """Unwinds a goroutine for `goexit.runtime.goexit`.

    It derives from `BaseException` so that ``except Exception`` does not
    stop it; catching it yourself breaks the contract of ``runtime.Goexit``.
    """


class Error(Exception):
    """A run-time error, Go's ``runtime.Error``: the value of a panic the runtime raises.

    ``str()`` gives Go's message, for example ``send on closed channel``.
    """


class PanicNilError(Error):
    """The value of ``panic(nil)``, Go's ``*runtime.PanicNilError`` (Go 1.21 and later)."""

    def __init__(self) -> None:
        super().__init__("panic called with nil argument")

    def __str__(self) -> str:
        return "runtime error: panic called with nil argument"


class _PanicRecord:
    """One panic in flight (Go's ``_panic``)."""

    __slots__ = ("ended", "escaped", "exc", "g", "goexit_pending", "link", "recovered", "value")

    def __init__(self, value: object, link: _PanicRecord | None, g: _sched.G) -> None:
        self.g = g
        self.ended = False
        g.panicking += 1
        self.value = value
        self.link = link
        self.recovered = False
        self.goexit_pending = False
        self.exc: Panic | None = None
        # A Python exception that escaped user code, rather than a value given to panic().
        self.escaped = False

    def end(self) -> None:
        """The panic was recovered, or aborted by Goexit or a newer panic."""
        if not self.ended:
            self.ended = True
            self.g.panicking -= 1


class Panic(BaseException):
    """A Go panic travelling up the stack; ``value`` is what was passed to `panic`.

    Only `recover`, called directly by a deferred function, stops it.
    Outside goroutines (in a test, say) it reaches the caller like any exception.
    """

    def __init__(self, record: _PanicRecord) -> None:
        super().__init__(record.value)
        self.record = record

    @property
    def value(self) -> object:
        """The value given to `panic`."""
        return self.record.value

    def __str__(self) -> str:
        return format_panic_chain(self.record)


# --------------------------------------------------------------------------
# Formatting panic values the way Go's printpanicval does


def format_value(v: object) -> str:
    """Render a panic value as ``panic: ...`` shows it in Go."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, BaseException):
        return str(v)
    if isinstance(v, (str, int, float)) and type(v) in (str, int, float):
        if isinstance(v, float):
            return _go_float(v)
        return str(v)
    if isinstance(v, str):
        return f'{_type_name(v)}("{v}")'
    if isinstance(v, (int, float)):
        return f"{_type_name(v)}({v})"
    if type(v).__str__ is not object.__str__:
        return str(v)
    return f"({_type_name(v)}) {hex(id(v))}"


def _go_float(f: float) -> str:
    return f"{f:+e}".replace("e+0", "e+00").replace("e-0", "e-00") if f == f else "NaN"


def _type_name(v: object) -> str:
    module = type(v).__module__
    if module == "__main__":
        module = "main"
    return f"{module}.{type(v).__qualname__}"


def format_panic_chain(p: _PanicRecord) -> str:
    """The ``panic: ...`` lines Go prints for a panic and the ones it interrupted."""
    chain = []
    q: _PanicRecord | None = p
    while q is not None:
        chain.append(q)
        q = q.link
    lines = []
    for i, q in enumerate(reversed(chain)):
        value = q.value
        shown = f"{type(value).__name__}: {value}" if q.escaped else format_value(value)
        text = "panic: " + shown
        if q.recovered:
            text += " [recovered]"
        lines.append(("\t" if i else "") + text)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Defer scopes


def _unwrap_code(fn: Callable[..., object]) -> CodeType | None:
    target: Any = fn
    while True:
        if isinstance(target, functools.partial):
            target = target.func
            continue
        if inspect.ismethod(target):
            target = target.__func__
            continue
        wrapped = getattr(target, "__wrapped__", None)
        if wrapped is not None:
            target = wrapped
            continue
        break
    code = getattr(target, "__code__", None)
    return code if isinstance(code, CodeType) else None


def func(fn: Callable[P, R]) -> Callable[P, R | None]:
    """Give ``fn`` a Go defer scope: what it defers runs when it ends.

    Models the frame of a Go function: deferred calls run last-in, first-out when
    ``fn`` returns, when a panic unwinds through it and when Goexit ends its
    goroutine.  If a deferred call recovers a panic, ``fn`` returns ``None`` to
    its caller (Go returns the result parameters' current values).
    """
    if not callable(fn):
        raise TypeError(f"@func decorates a function, not {type(fn).__name__}")
    code = _unwrap_code(fn)

    @functools.wraps(fn)
    def with_defer_scope(*args: P.args, **kwargs: P.kwargs) -> R | None:
        return call_in_frame(code, fn, *args, **kwargs)

    return with_defer_scope


def call_in_frame(code: CodeType | None, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
    """Call ``fn`` in a new defer scope (used by `func` and goroutine entry)."""
    g = _sched.current()
    frame = _sched.Frame(code)
    g.frames.append(frame)
    try:
        try:
            result = fn(*args, **kwargs)
        except Goexit:
            _run_defers(g, frame, None, goexiting=True)
            raise AssertionError("unreachable") from None
        except Panic as e:
            _run_defers(g, frame, e.record, goexiting=e.record.goexit_pending)
            return None
        except _PASSTHROUGH:
            raise
        except BaseException as e:  # noqa: BLE001 - a Python exception is a panic in Go terms
            _run_defers(g, frame, _record_python(g, e), goexiting=False)
            return None
        if frame.defers:
            _run_defers(g, frame, None, goexiting=False)
        return result
    finally:
        g.frames.pop()


# Not panics: the model itself cannot go on (a deadlock outside a program, a misuse of
# goexit, Ctrl-C). They travel to the caller without running deferred calls.
_PASSTHROUGH = (KeyboardInterrupt, _sched.Deadlock, _sched.UsageError)


def _record_python(g: _sched.G, e: BaseException) -> _PanicRecord:
    if isinstance(e, ZeroDivisionError):
        value: BaseException = _DivideError(e)
    else:
        value = e
    p = _PanicRecord(value, g.unwinding[-1] if g.unwinding else None, g)
    p.escaped = not isinstance(value, Error)
    p.exc = Panic(p)
    p.exc.__cause__ = e
    p.exc.__traceback__ = e.__traceback__
    return p


class _DivideError(Error):
    def __init__(self, cause: ZeroDivisionError) -> None:
        super().__init__("integer divide by zero")
        self.cause = cause

    def __str__(self) -> str:
        return "runtime error: integer divide by zero"


def _run_defers(g: _sched.G, frame: _sched.Frame, p: _PanicRecord | None, *, goexiting: bool) -> None:
    """Run ``frame``'s deferred calls, LIFO, while ``p`` (or Goexit) unwinds.

    Returns normally when the function may return to its caller: no panic, or one
    recovered and no Goexit pending.  Otherwise raises the panic or Goexit on.
    """
    base = len(g.unwinding)
    if p is not None:
        g.unwinding.append(p)
    try:
        while frame.defers:
            call = frame.defers.pop()
            g.running_defers.append((_unwrap_code(call), p))
            try:
                call()
            except Goexit:
                # Goexit in a deferred call ends the panic being unwound, if any.
                if p is not None:
                    p.end()
                p = None
                goexiting = True
            except Panic as e:
                if p is not None and e.record is not p:
                    p.end()  # aborted (or recovered, then re-panicked)
                p = e.record
            except _PASSTHROUGH:
                raise
            except BaseException as e:  # noqa: BLE001 - it becomes a panic
                if p is not None:
                    p.end()
                p = _record_python(g, e)
            finally:
                g.running_defers.pop()
            if p is not None:
                if p.recovered:
                    p.end()
                    goexiting = goexiting or p.goexit_pending
                    del g.unwinding[base:]
                    p = None
                elif not g.unwinding or g.unwinding[-1] is not p:
                    g.unwinding.append(p)
    finally:
        del g.unwinding[base:]
    if p is not None:
        if goexiting:
            p.goexit_pending = True
        assert p.exc is not None
        raise p.exc
    if goexiting:
        raise Goexit()


def defer(fn: Callable[..., object], /, *args: object, **kwargs: object) -> None:
    """Schedule ``fn(*args, **kwargs)`` to run when the enclosing function ends (Go's ``defer``).

    The arguments are evaluated now, as Go evaluates a deferred call's arguments
    at the ``defer`` statement.  The enclosing function must have a defer scope:
    be decorated with `func`, or be a goroutine's entry function.
    """
    if not callable(fn):
        raise TypeError(
            f"defer needs a callable, got {type(fn).__name__}: write defer(f, arg1, arg2), not defer(f(arg1, arg2))"
        )
    g = _sched.current()
    caller = sys._getframe(1).f_code
    if not g.frames or g.frames[-1].code is not caller:
        raise _sched.UsageError(
            f"defer() called in {caller.co_qualname}(), which has no defer scope: "
            f"decorate {caller.co_name} with @goexit.func "
            "(a goroutine's entry function, given to go() or run(), has one already)"
        )
    if args or kwargs:
        call: Callable[[], object] = functools.partial(fn, *args, **kwargs)
    else:
        call = fn
    g.frames[-1].defers.append(call)


def panic(v: object) -> NoReturn:
    """Stop the ordinary flow of the calling goroutine (Go's built-in ``panic``).

    Deferred calls run as the panic unwinds the stack; if one of them calls
    `recover`, the panic stops there.  If none does, the program prints
    ``panic: v`` and the goroutine's stack, and exits with status 2.
    ``panic(None)`` panics with a `PanicNilError`, as Go 1.21 does.
    """
    g = _sched.current()
    value = PanicNilError() if v is None else v
    p = _PanicRecord(value, g.unwinding[-1] if g.unwinding else None, g)
    p.exc = Panic(p)
    raise p.exc


def recover() -> object:
    """Stop a panic and return its value (Go's built-in ``recover``).

    Returns ``None`` unless the goroutine is panicking and ``recover`` is called
    directly by a deferred function; during Goexit it returns ``None`` too.
    """
    g = _sched.current_or_none()
    if g is None or not g.running_defers:
        return None
    code, p = g.running_defers[-1]
    if p is None or p.recovered:
        return None
    if code is None or sys._getframe(1).f_code is not code:
        return None
    p.recovered = True
    return p.value


def goexit() -> NoReturn:
    """Terminate the calling goroutine (Go's ``runtime.Goexit``).

    No other goroutine is affected.  Every deferred call of every function on the
    goroutine's stack runs, last-in first-out, before it ends.  Goexit is not a
    panic: ``recover`` returns ``None`` in those deferred calls.  Called from the
    main goroutine of a program, it lets the other goroutines run on; when they
    have all ended the program crashes with ``fatal error: no goroutines (main
    called runtime.Goexit) - deadlock!``.
    """
    g = _sched.current()
    if not g.real:
        raise _sched.UsageError(
            "runtime.goexit() ends a goroutine, and this thread is not one: "
            "start the function with goexit.go(fn) or the program with goexit.run(main)"
        )
    raise Goexit()
