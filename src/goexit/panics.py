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

import dis
import functools
import inspect
import math
import os
import re
import sys
from collections.abc import Callable
from types import CodeType, FrameType
from typing import Any, ClassVar, NoReturn, ParamSpec, TypeVar

from goexit import _sched

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class Goexit(BaseException):
    """Unwinds a goroutine for `goexit.runtime.goexit`.

    It derives from `BaseException` so that ``except Exception`` does not
    stop it; catching it yourself breaks the contract of ``runtime.Goexit``.
    """


class Error(Exception):
    """A run-time error, Go's ``runtime.Error``: the value of a panic the runtime raises.

    ``str()`` gives Go's message, for example ``send on closed channel``;
    ``Error("text")`` itself is Go's ``runtime.plainError`` (the message as given).
    The subclasses are the runtime's other error types: `BoundsError`
    (``index out of range [5] with length 3``), `PanicNilError`, and the
    ``runtime error: ...`` strings that `runtime_error` makes.  Python's own
    exceptions become these when a twin's code raises them (see `from_python`):
    ``recover()`` then returns an instance of this class.
    """

    go_type = "runtime.plainError"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def runtime_error(self) -> None:
        """Go's ``RuntimeError()`` marker method: every runtime error has it."""

    def _go_underlying(self) -> object:
        return self.message


class _RuntimeErrorString(Error):  # noqa: N818 - Go's runtime.errorString
    """Go's ``runtime.errorString``: ``runtime error: `` followed by the message."""

    go_type = "runtime.errorString"
    signal = ""

    def __str__(self) -> str:
        return "runtime error: " + self.message


class _SignalError(_RuntimeErrorString):
    """A fault the hardware reports, Go's ``sigpanic``: a nil dereference (SIGSEGV)."""

    signal = "SIGSEGV: segmentation violation"


def runtime_error(message: str) -> Error:
    """A ``runtime.errorString`` panic value: ``str()`` is ``runtime error: <message>``.

    ``runtime_error("invalid memory address or nil pointer dereference")`` is the
    nil dereference, which also prints Go's ``[signal SIGSEGV: ...]`` line when
    it crashes the program.
    """
    if message == NIL_DEREFERENCE:
        return _SignalError(message)
    return _RuntimeErrorString(message)


NIL_DEREFERENCE = "invalid memory address or nil pointer dereference"


class BoundsError(Error):
    """Go's ``runtime.boundsError``: an index or slice bound out of range.

    ``BoundsError(5, 3)`` is ``runtime error: index out of range [5] with length 3``;
    a negative index prints without the length, as in Go.  ``kind`` is Go's
    ``boundsCode`` name: ``"index"``, ``"slice_alen"`` (``[:x] with length y``),
    ``"slice_acap"`` (``[:x] with capacity y``) or ``"slice_b"`` (``[x:y]``).
    """

    go_type = "runtime.boundsError"
    _CODES: ClassVar[dict[str, int]] = {"index": 0, "slice_alen": 1, "slice_acap": 2, "slice_b": 3}

    def __init__(self, x: int, y: int, kind: str = "index") -> None:
        super().__init__("")
        self.x = x
        self.y = y
        self.kind = kind

    def __str__(self) -> str:
        x, y = self.x, self.y
        if self.kind == "index":
            text = f"index out of range [{x}]" if x < 0 else f"index out of range [{x}] with length {y}"
        elif self.kind == "slice_alen":
            text = f"slice bounds out of range [:{x}]" if x < 0 else f"slice bounds out of range [:{x}] with length {y}"
        elif self.kind == "slice_acap":
            text = f"slice bounds out of range [:{x}]"
            if x >= 0:
                text += f" with capacity {y}"
        else:
            text = f"slice bounds out of range [{x}:]" if x < 0 else f"slice bounds out of range [{x}:{y}]"
        return "runtime error: " + text

    def _go_underlying(self) -> object:
        """A struct, not a named string as `Error` is: no basic value underneath."""
        return self

    def _go_fields(self) -> list[tuple[str, object, str]]:
        # runtime/error.go: type boundsError struct { x int64; y int; signed bool; code abi.BoundsErrorCode }
        return [("x", _Int64(self.x), "int64"), ("y", self.y, "int"), ("signed", False, "bool"),
                ("code", _BoundsErrorCode(self._CODES.get(self.kind, 0)), "abi.BoundsErrorCode")]  # fmt: skip


class _Int64(int):
    go_type = "int64"


class _BoundsErrorCode(int):
    go_type = "abi.BoundsErrorCode"  # internal/abi/bounds.go: type BoundsErrorCode uint8


class TypeAssertionError(Error):
    """Go's ``*runtime.TypeAssertionError``: the panic of a failed type assertion ``x.(T)``.

    Its message is Go's (src/runtime/error.go): ``interface conversion: interface {}
    is string, not int``, ``... is nil, not int`` for a nil interface, and
    ``interface conversion: main.T is not main.Shaper: missing method Area`` when
    ``T`` is an interface the value does not implement.  Made by `type_assert`.
    """

    go_type = "*runtime.TypeAssertionError"

    def __init__(self, interface: str, concrete: str | None, asserted: str, missing_method: str = "") -> None:
        super().__init__("")
        self.interface = interface
        self.concrete = concrete
        self.asserted = asserted
        self.missing_method = missing_method

    def __str__(self) -> str:
        if self.concrete is None:
            return f"interface conversion: {self.interface} is nil, not {self.asserted}"
        if self.missing_method:
            return f"interface conversion: {self.concrete} is not {self.asserted}: missing method {self.missing_method}"
        return f"interface conversion: {self.interface} is {self.concrete}, not {self.asserted}"


class PanicNilError(Error):
    """The value of ``panic(nil)``, Go's ``*runtime.PanicNilError`` (Go 1.21 and later)."""

    go_type = "*runtime.PanicNilError"

    def __init__(self) -> None:
        super().__init__("panic called with nil argument")

    def __str__(self) -> str:
        return "runtime error: panic called with nil argument"

    def _go_fields(self) -> list[tuple[str, object, str]]:
        return [("_", (), "[0]*runtime.PanicNilError")]  # runtime/panic.go: _ [0]*PanicNilError


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
# Formatting panic values the way Go's runtime does (src/runtime/error.go, panic.go)


def _indented(s: str) -> str:
    """Go's ``printindented``: every newline is followed by a tab."""
    return s.replace("\n", "\n\t")


def _go_float(f: float) -> str:
    """A float64 as the runtime prints it since Go 1.26: ``strconv``'s shortest ``'g'`` form."""
    from goexit import strconv

    return strconv.format_float(f, "g", -1, 64)


def _go_complex(c: complex) -> str:
    from goexit import strconv

    imag = strconv.format_float(c.imag, "g", -1, 64)
    if imag[0] not in "+-":
        imag = "+" + imag
    return "(" + strconv.format_float(c.real, "g", -1, 64) + imag + "i)"


def _type_name(v: object) -> str:
    """The Go type name of ``v``, as ``%T`` prints it (see `goexit._gotypes`)."""
    from goexit import _gotypes

    return _gotypes.go_type_of(v)


def format_value(v: object) -> str:
    """Render a panic value as ``panic: ...`` shows it: Go's ``printpanicval`` (src/runtime/error.go).

    Values of Go's basic types print as such (a float in the shortest form:
    ``1e+06``, ``1.5``); a named type of a basic kind prints with its type,
    ``main.Level(3)`` or ``main.Name("x")``; anything else prints as
    ``(main.T) 0xc000012345``, its type and an address.  Every newline in a
    string is followed by a tab.  Errors and Stringers are turned into their
    text first, by `format_panic_chain`, as ``preprintpanics`` does.
    """
    from goexit import _gotypes

    if v is None:
        return "nil"
    cls = type(v)
    if cls is bool:
        return "true" if v else "false"
    if cls is int:
        return str(v)
    if cls is float:
        return _go_float(v)  # type: ignore[arg-type]
    if cls is complex:
        return _go_complex(v)  # type: ignore[arg-type]
    if cls is str:
        return _indented(v)  # type: ignore[arg-type]
    typestring = _gotypes.go_type_of(v)
    under = getattr(v, "_go_underlying", None)
    base: object = under() if callable(under) else v
    if isinstance(base, bool):
        return f"{typestring}({'true' if base else 'false'})"
    if isinstance(base, int):
        return f"{typestring}({int(base)})"
    if isinstance(base, float):
        return f"{typestring}({_go_float(float(base))})"
    if isinstance(base, complex):
        return typestring + _go_complex(complex(base))
    if isinstance(base, str):
        return f'{typestring}("{_indented(str(base))}")'
    return f"({typestring}) {hex(id(v))}"


def _preprinted(v: object) -> object:
    """Go's ``preprintpanics`` for one value: an error becomes its ``Error()``, a Stringer its ``String()``."""
    from goexit import _gotypes

    if _gotypes.is_error(v):
        return _gotypes.error_message(v)
    method = _gotypes.stringer(v)
    if method is not None:
        return str(method())
    return v


def same_interface_value(a: object, b: object) -> bool:
    """Would Go's two ``any`` words for panic values ``a`` and ``b`` be equal (same type, same data pointer)?

    Go's ``preprintpanics`` and ``printPreFatalDeferPanic`` (runtime/panic.go) compare
    ``*efaceOf(&p.link.arg) == *efaceOf(&p.arg)`` to print a panic raised again with the
    value in flight once (``[recovered, repanicked]``).  That is the same object for
    pointers, maps, slices and errors made by ``errors.New`` or ``&T{}``; for a value held
    by copy it is the same copy, and Go's compiler puts every constant converted to an
    interface (``panic(300)``, ``panic("boom")``, ``panic(T{1, "a"})``) in content-addressed
    read-only data (cmd/compile's ``staticdata``), while ``runtime.convT64`` shares
    ``staticuint64s`` for values below 256.  So here: the same Python object, or two values
    of the same class that Go holds by copy (bool, numbers, strings, their named types, a
    struct whose fields are all such values or nil) and that are equal, as the constants of
    a twin are.  The runtime's own error values follow its source: ``divideError``,
    ``memoryError`` and the ``plainError`` constants (``send on closed channel``) are one
    value each, ``new(PanicNilError)`` is zero-sized (``&zerobase``, one address), and a
    ``boundsError`` is built at run time (a new copy each time).  Not modelled: two equal
    values computed at run time (``fmt.Sprint`` twice) are two copies in Go; goexit takes
    them for one (docs/python.md, "Printing a panic").
    """
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, PanicNilError):
        return True
    if isinstance(a, BoundsError):
        return False
    return _equal_copies(a, b)


def _equal_copies(a: object, b: object) -> bool:
    from goexit import _gotypes

    if a is b:
        return True
    if type(a) is not type(b):
        return False
    under = getattr(a, "_go_underlying", None)
    if isinstance(a, BaseException) and callable(under):
        return _equal_copies(under(), getattr(b, "_go_underlying")())  # noqa: B009
    kind = _gotypes.kind_of(a)
    K = _gotypes.Kind  # noqa: N806
    if kind in (K.BOOL, K.INT, K.UINT, K.STRING, K.COMPLEX):
        return bool(a == b)
    if kind is K.FLOAT:
        x, y = float(a), float(b)  # type: ignore[arg-type]
        return x == y and math.copysign(1, x) == math.copysign(1, y)
    if kind is K.STRUCT:
        fa, fb = _gotypes.struct_fields(a), _gotypes.struct_fields(b)
        return len(fa) == len(fb) and all(
            na == nb and ((va is None and vb is None) or _equal_copies(va, vb))
            for (na, va, _), (nb, vb, _) in zip(fa, fb, strict=True)
        )
    return False


def format_panic_chain(p: _PanicRecord, *, preprint: bool = True) -> str:
    """The ``panic: ...`` lines Go prints for panic ``p`` and the ones it interrupted (Go's ``printpanics``).

    The oldest comes first; each later one is indented by a tab.  A panic that
    was recovered says ``[recovered]``; one whose value was panicked again as it
    is (``panic(recover())``, the same object) is printed once, as
    ``[recovered, repanicked]``.  With ``preprint`` (an unrecovered panic), error
    and Stringer values print as their text; without (a fatal error raised
    while panicking, ``printPreFatalDeferPanic``) they print as ``(T) 0x...``.
    """
    chain: list[_PanicRecord] = []
    q: _PanicRecord | None = p
    while q is not None:
        chain.append(q)
        q = q.link
    chain.reverse()  # oldest first
    repanicked = [False] * len(chain)
    for i in range(1, len(chain)):
        if same_interface_value(chain[i].value, chain[i - 1].value):
            repanicked[i - 1] = True
    lines: list[str] = []
    for i, q in enumerate(chain):
        if i > 0 and repanicked[i - 1]:
            continue
        value = q.value
        if q.escaped:
            shown = f"{type(value).__name__}: {value}"
        else:
            try:
                shown = format_value(_preprinted(value) if preprint else value)
            except PASSTHROUGH:
                raise
            except BaseException as e:  # noqa: BLE001 - Go throws "panic while printing panic value"
                return _printing_failed(e)
        text = "panic: " + shown
        if q.recovered and repanicked[i]:
            text += " [recovered, repanicked]"
        elif q.recovered:
            text += " [recovered]"
        lines.append(("\t" if lines else "") + text)
    return "\n".join(lines)


def _printing_failed(e: BaseException) -> str:
    v = e.value if isinstance(e, Panic) else e
    if isinstance(v, str):
        return "fatal error: panic while printing panic value: " + v
    return "fatal error: panic while printing panic value: type " + _type_name(v)


def signal_line(p: _PanicRecord) -> str:
    """Go's ``[signal SIGSEGV: segmentation violation ...]`` line if a panic of the chain is a fault, else ``""``."""
    q: _PanicRecord | None = p
    while q is not None:
        sig = getattr(q.value, "signal", "")
        if isinstance(q.value, _SignalError) and sig:
            return f"[signal {sig} code=0x1 addr=0x0 pc=0x0]\n"
        q = q.link
    return ""


# --------------------------------------------------------------------------
# Python's exceptions as Go's run-time errors


def from_python(e: BaseException) -> BaseException:
    """The Go panic value a Python exception raised in a twin stands for.

    - ``ZeroDivisionError`` -> ``runtime error: integer divide by zero``;
    - ``IndexError`` from ``s[i]`` -> ``runtime error: index out of range [i] with length n``
      (goexit reads ``s`` and ``i`` back from the failing expression; when it cannot,
      the message has no numbers);
    - ``AttributeError`` on ``None`` (``p.field`` of a nil pointer) and calling ``None``
      -> ``runtime error: invalid memory address or nil pointer dereference``;
    - indexing ``None`` (a nil slice) -> ``index out of range [i] with length 0``;
      assigning into ``None`` (a nil map), ``m[k] = v`` or ``m[k] += v`` -> ``assignment to
      entry in nil map`` (``mapassign`` in src/runtime/map.go).  Whether ``x[3]`` on ``None``
      is a nil map or a nil slice is read from the variable's annotation, as Go's static
      type decides (``m: dict[int, str] | None`` is a map, ``s: list[int] | None`` a
      slice); without one, an int index is a slice's and any other key a map's.

    Any other exception stays itself: a Python error Go has no name for.
    """
    if isinstance(e, Error):
        return e
    if isinstance(e, ZeroDivisionError):
        return _RuntimeErrorString("integer divide by zero")
    if isinstance(e, IndexError):
        found = _subscript_of(e)
        if found is not None:
            container, index = found
            try:
                length = len(container)  # type: ignore[arg-type]
            except TypeError:
                length = 0
            if isinstance(index, int):
                return BoundsError(index, length)
        return _RuntimeErrorString("index out of range")
    if isinstance(e, AttributeError) and getattr(e, "obj", object()) is None:
        return _SignalError(NIL_DEREFERENCE)
    if isinstance(e, TypeError):
        text = str(e)
        if text.startswith("'NoneType' object is not callable"):
            return _SignalError(NIL_DEREFERENCE)
        if text.startswith("'NoneType' object is not subscriptable"):
            declared = _declared_container(e)
            found = _subscript_of(e)
            if declared != "map" and found is not None and isinstance(found[1], int):
                return BoundsError(found[1], 0)
            if _is_augmented_target(e) and declared != "slice":
                # m[k] += 1 reads m[k] first, where Go's m[k]++ on a nil map fails as an assignment.
                return Error("assignment to entry in nil map")
            return _SignalError(NIL_DEREFERENCE)
        if text.startswith("'NoneType' object does not support item assignment"):
            if _declared_container(e) == "slice":
                found = _subscript_of(e)
                if found is not None and isinstance(found[1], int):
                    return BoundsError(found[1], 0)
            return Error("assignment to entry in nil map")
    return e


_SAFE_NODES = (
    "Name",
    "Constant",
    "Attribute",
    "Subscript",
    "BinOp",
    "UnaryOp",
    "Load",
    "Store",
    "Add",
    "Sub",
    "Mult",
    "FloorDiv",
    "Mod",
    "USub",
    "UAdd",
    "Tuple",
    "List",
    "Dict",
)


_SAFE_CALLS = frozenset({"len", "abs", "min", "max", "int"})


def _failing_source(e: BaseException) -> tuple[FrameType, str, str] | None:
    """The frame, source text and rest of the line of the expression that raised ``e``."""
    import linecache

    tb = e.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    frame = tb.tb_frame
    code = frame.f_code
    try:
        positions = list(code.co_positions())[tb.tb_lasti // 2]
    except (IndexError, ValueError):
        return None
    lineno, end_lineno, col, end_col = positions
    if lineno is None or end_lineno is None or col is None or end_col is None:
        return None
    lines = [linecache.getline(code.co_filename, n) for n in range(lineno, end_lineno + 1)]
    if not lines or not lines[0]:
        return None
    if len(lines) == 1:
        segment = lines[0].encode()[col:end_col].decode(errors="replace")
    else:
        first = lines[0].encode()[col:].decode(errors="replace")
        last = lines[-1].encode()[:end_col].decode(errors="replace")
        segment = first + "".join(lines[1:-1]) + last
    after = lines[-1].encode()[end_col:].decode(errors="replace")
    return frame, segment, after


def _declared_container(e: BaseException) -> str | None:
    """``"map"`` or ``"slice"``: what the annotation of the variable indexed by the failing ``x[k]`` declares.

    The variable is looked up by name in its source file: the nearest annotated
    assignment or parameter of that name at or before the failing line
    (``counts: dict[str, int] | None = None``), as Go's static type of ``x``.
    ``None`` when ``x`` is not a plain name or has no annotation.
    """
    import ast
    import linecache

    found = _failing_source(e)
    if found is None:
        return None
    frame, segment, _ = found
    try:
        node = ast.parse(segment.strip(), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Subscript) or not isinstance(node.value, ast.Name):
        return None
    name = node.value.id
    filename = frame.f_code.co_filename
    try:
        tree = ast.parse("".join(linecache.getlines(filename)))
    except SyntaxError:
        return None
    line = frame.f_lineno
    best: tuple[int, ast.expr] | None = None
    for sub in ast.walk(tree):
        assigned = isinstance(sub, ast.AnnAssign) and isinstance(sub.target, ast.Name) and sub.target.id == name
        declared: tuple[int, ast.expr | None] | None = None
        if assigned or (isinstance(sub, ast.arg) and sub.arg == name):
            declared = (sub.lineno, sub.annotation)  # type: ignore[attr-defined]
        if declared is None or declared[1] is None or declared[0] > line:
            continue
        if best is None or declared[0] >= best[0]:
            best = (declared[0], declared[1])
    if best is None:
        return None
    text = ast.unparse(best[1])
    if re.search(r"\b(dict|Dict|Mapping|MutableMapping|defaultdict)\b", text):
        return "map"
    if re.search(r"\b(list|List|Sequence|MutableSequence|bytearray)\b", text):
        return "slice"
    return None


_AUGMENTED = re.compile(r"\s*(?:\*\*|//|<<|>>|[-+*/%@&|^])=")


def _is_augmented_target(e: BaseException) -> bool:
    """Whether the ``x[k]`` that raised ``e`` is the target of ``x[k] += v`` (Go's ``m[k]++``, ``m[k] += v``)."""
    found = _failing_source(e)
    return found is not None and _AUGMENTED.match(found[2]) is not None


def _subscript_of(e: BaseException) -> tuple[object, object] | None:
    """The container and index of the ``x[i]`` expression that raised ``e``, read back from its frame.

    Only expressions without calls are evaluated again (names, attributes,
    constants, arithmetic), so nothing runs twice.
    """
    import ast
    import builtins

    found = _failing_source(e)
    if found is None:
        return None
    frame, segment, _ = found
    try:
        tree = ast.parse(segment.strip(), mode="eval")
    except SyntaxError:
        return None
    node = tree.body
    if not isinstance(node, ast.Subscript):
        return None
    env = dict(frame.f_globals)
    env.update(frame.f_locals)
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            # Only calls of side-effect-free built-ins (len(s) - 1) are run again.
            fn = sub.func
            if not (isinstance(fn, ast.Name) and fn.id in _SAFE_CALLS and not sub.keywords):
                return None
            if env.get(fn.id, getattr(builtins, fn.id)) is not getattr(builtins, fn.id):
                return None
        elif type(sub).__name__ not in _SAFE_NODES:
            return None
    try:
        container = eval(compile(ast.Expression(node.value), "<index>", "eval"), env)
        index = eval(compile(ast.Expression(node.slice), "<index>", "eval"), env)
    except Exception:  # noqa: BLE001 - could not read the operands back: no numbers
        return None
    if isinstance(index, bool):
        index = int(index)
    return container, index


PASSTHROUGH: tuple[type[BaseException], ...] = (
    Goexit,
    KeyboardInterrupt,
    SystemExit,
    _sched.Deadlock,
    _sched.UsageError,
)
"""What goexit's printers never catch: Goexit, and what ends the model itself."""


def recovered_value(e: BaseException) -> object:
    """The value ``recover()`` would return for exception ``e`` caught by goexit's own code (fmt's catchPanic).

    A goexit panic is marked recovered and ended; a Python exception becomes its
    Go run-time error (`from_python`).
    """
    if isinstance(e, Panic):
        e.record.recovered = True
        e.record.end()
        return e.record.value
    return from_python(e)


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


def _chain_top(g: _sched.G) -> _PanicRecord | None:
    """What a new panic of ``g`` links to (Go's ``gp._panic``): the newest unwound, else one Goexit aborted."""
    if g.unwinding:
        top: _PanicRecord = g.unwinding[-1]
        return top
    link: _PanicRecord | None = g.goexit_link
    return link


def _record_python(g: _sched.G, e: BaseException) -> _PanicRecord:
    value = from_python(e)
    p = _PanicRecord(value, _chain_top(g), g)
    # Python's own exceptions (ValueError, KeyError, ...) print with their class name, as a Python error
    # Go has no name for; an exception class of the program's own, raised, is a panic with that error.
    p.escaped = not isinstance(value, Error) and type(value).__module__ == "builtins"
    p.exc = Panic(p)
    p.exc.__cause__ = e
    p.exc.__traceback__ = e.__traceback__
    return p


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
                # Goexit in a deferred call ends the panic being unwound, if any; that panic is
                # still printed under any panic raised while the Goexit runs the other deferred calls.
                if p is not None:
                    p.end()
                    g.goexit_link = p
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


def defer(fn: Callable[..., object] | None, /, *args: object, **kwargs: object) -> None:
    """Schedule ``fn(*args, **kwargs)`` to run when the enclosing function ends (Go's ``defer``).

    The arguments are evaluated now, as Go evaluates a deferred call's arguments
    at the ``defer`` statement.  The enclosing function must have a defer scope:
    be decorated with `func`, or be a goroutine's entry function.

    Deferring a nil function value (``f = None; defer(f)``) is allowed, as in
    Go: the rest of the function runs, and the deferred call panics when it is
    run, with ``runtime error: invalid memory address or nil pointer
    dereference``.  ``defer(f())`` is refused at once: it called ``f`` already.
    """
    if fn is None:
        if not args and not kwargs and _argument_was_a_call(sys._getframe(1)):
            raise TypeError(
                "defer needs a function, got None, the result of a call: write defer(f, arg1, arg2), "
                "not defer(f(arg1, arg2))"
            )
        fn = _nil_func_call
        args, kwargs = (), {}
    elif not callable(fn):
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


_SKIP_BACK = frozenset({"PRECALL", "CACHE", "KW_NAMES", "EXTENDED_ARG"})
_CALLS = frozenset({"CALL", "CALL_FUNCTION", "CALL_METHOD", "CALL_FUNCTION_EX", "CALL_KW"})


def _argument_was_a_call(frame: FrameType) -> bool:
    """Whether the caller computed defer's only argument by calling something (``defer(f())``)."""
    try:
        ops = list(dis.get_instructions(frame.f_code))
    except Exception:  # noqa: BLE001 - no bytecode to look at: give the benefit of the doubt
        return False
    # f_lasti may point into the CALL's inline cache: the CALL is the last instruction at or before it.
    at = max((i for i, op in enumerate(ops) if op.offset <= frame.f_lasti), default=None)
    if at is None or ops[at].opname not in _CALLS:
        return False
    i = at - 1
    while i >= 0 and ops[i].opname in _SKIP_BACK:
        i -= 1
    return i >= 0 and ops[i].opname in _CALLS


def _nil_func_call() -> None:
    """What a deferred nil function value does when it is called: Go's nil dereference panic (a SIGSEGV)."""
    panic(runtime_error(NIL_DEREFERENCE))


def _godebug_panicnil() -> bool:
    """GODEBUG=panicnil=1 (read once, at start-up, as Go reads GODEBUG): panic(nil) panics with nil."""
    for item in os.environ.get("GODEBUG", "").split(","):
        key, _, value = item.strip().partition("=")
        if key == "panicnil":
            return value == "1"
    return False


PANICNIL = _godebug_panicnil()


def panic(v: object) -> NoReturn:
    """Stop the ordinary flow of the calling goroutine (Go's built-in ``panic``).

    Deferred calls run as the panic unwinds the stack; if one of them calls
    `recover`, the panic stops there.  If none does, the program prints
    ``panic: v`` and the goroutine's stack, and exits with status 2.
    ``panic(None)`` panics with a `PanicNilError`, as Go 1.21 and later do;
    with ``GODEBUG=panicnil=1`` in the environment it panics with ``None``,
    which `recover` returns (runtime/panic.go ``gopanic``).
    """
    g = _sched.current()
    value = PanicNilError() if v is None and not PANICNIL else v
    p = _PanicRecord(value, _chain_top(g), g)
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


def _go_method_name(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def type_assert(x: object, t: type[T], interface: str = "interface {}") -> T:
    """Go's type assertion ``x.(T)``: ``x`` itself if it holds a ``T``, else a panic, as in Go.

    ``T`` is a class: the assertion holds when ``x``'s type is exactly ``T``, as
    Go's dynamic types have no subclasses (a ``bool`` is not an ``int``, a
    ``class Level(int)`` is not an ``int``).  If ``T`` is a Protocol (Go's
    interface type), it holds when ``x`` has every method ``T`` declares.  A
    failed assertion panics with a `TypeAssertionError` (src/runtime/error.go):
    ``interface conversion: interface {} is string, not int``; ``interface`` is the
    static type of ``x`` that the message names (``"error"`` for an error variable).

    The comma-ok form ``v, ok := x.(T)`` does not panic: port it as
    ``isinstance(x, T)``, and a type switch as an ``if isinstance(...)`` chain.
    """
    from goexit import _gotypes

    asserted = _gotypes.annotation_type(t)
    if x is None:
        panic(TypeAssertionError(interface, None, asserted))
    if getattr(t, "_is_protocol", False):
        members = sorted(
            name
            for klass in t.__mro__
            if klass is not object and getattr(klass, "_is_protocol", False)
            for name, value in vars(klass).items()
            if callable(value) and not name.startswith("_")
        )
        missing = [name for name in members if not callable(getattr(x, name, None))]
        if not missing:
            return x  # type: ignore[return-value]
        concrete = _gotypes.go_type_of(x)
        panic(TypeAssertionError(interface, concrete, asserted, _go_method_name(missing[0])))
    if type(x) is t:
        return x
    panic(TypeAssertionError(interface, _gotypes.go_type_of(x), asserted))
