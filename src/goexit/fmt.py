"""Go's ``fmt`` printing, for the values goexit programs print: so a twin prints what Go prints.

``None`` prints as ``<nil>``, booleans as ``true``/``false``, errors (exceptions)
by their message, lists as ``[1 2 3]`` and dicts as ``map[a:1]``, as ``%v`` does.

```py
from goexit import fmt

fmt.println("ok:", True, None, [1, 2], 1.5)
#> ok: true <nil> [1 2] 1.5
print(fmt.sprintf("%d goroutines, %q, %v", 3, "done", KeyError("k")))
#> 3 goroutines, "done", 'k'
```
"""

from __future__ import annotations

import builtins
import json
import re
import sys

_VERB = re.compile(r"%([-+# 0]*)(\d+)?(?:\.(\d+))?([vdsqwxfgtT%])")


def _float(f: float) -> str:
    if f != f:
        return "NaN"
    if f in (float("inf"), float("-inf")):
        return "+Inf" if f > 0 else "-Inf"
    if f == int(f) and abs(f) < 1e21:
        return str(int(f))
    text = repr(f)
    if "e" in text:
        mantissa, exp = text.split("e")
        sign = exp[0] if exp[0] in "+-" else "+"
        digits = exp.lstrip("+-").rjust(2, "0")
        text = f"{mantissa}e{sign}{digits}"
    return text


def format_v(x: object) -> str:
    """Format ``x`` as Go's ``%v`` would."""
    if x is None:
        return "<nil>"
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float):
        return _float(x)
    if isinstance(x, BaseException):
        return str(x)
    if isinstance(x, (list, tuple)):
        return "[" + " ".join(format_v(v) for v in x) + "]"
    if isinstance(x, dict):
        items = sorted(x.items(), key=lambda kv: str(kv[0]))
        return "map[" + " ".join(f"{format_v(k)}:{format_v(v)}" for k, v in items) + "]"
    return str(x)


def sprint(*a: object) -> str:
    """Go's ``fmt.Sprint``: operands formatted with ``%v``; a space between two non-strings."""
    out = []
    for i, x in enumerate(a):
        if i and not isinstance(x, str) and not isinstance(a[i - 1], str):
            out.append(" ")
        out.append(format_v(x))
    return "".join(out)


def sprintln(*a: object) -> str:
    """Go's ``fmt.Sprintln``: operands formatted with ``%v``, separated by spaces, then a newline."""
    return " ".join(format_v(x) for x in a) + "\n"


def sprintf(format: str, *a: object) -> str:  # noqa: A002 - Go's parameter name
    """Go's ``fmt.Sprintf`` for the verbs ``%v %d %s %q %w %x %f %g %t %T %%``, with width and precision."""
    args = list(a)
    used = 0

    def one(m: re.Match[str]) -> str:
        nonlocal used
        flags, width, prec, verb = m.group(1), m.group(2), m.group(3), m.group(4)
        if verb == "%":
            return "%"
        if used >= len(args):
            return f"%!{verb}(MISSING)"
        x = args[used]
        used += 1
        if verb in "vsw":
            text = format_v(x)
        elif verb == "d":
            text = str(int(x)) if isinstance(x, int) and not isinstance(x, bool) else f"%!d({format_v(x)})"
        elif verb == "q":
            text = json.dumps(str(x), ensure_ascii=False)
        elif verb == "x":
            text = builtins.format(x, "x") if isinstance(x, int) else str(x).encode().hex()
        elif verb in "fg":
            p = int(prec) if prec is not None else (6 if verb == "f" else None)
            text = (f"{float(x):.{p}f}" if verb == "f" else _float(float(x))) if p is not None or verb == "g" else ""  # type: ignore[arg-type]
        elif verb == "t":
            text = format_v(bool(x))
        else:  # T
            text = type(x).__name__
        if width:
            text = text.ljust(int(width)) if "-" in flags else text.rjust(int(width), "0" if "0" in flags else " ")
        return text

    out = _VERB.sub(one, format)
    if used < len(args):
        out += "%!(EXTRA " + ", ".join(format_v(x) for x in args[used:]) + ")"
    return out


def println(*a: object) -> None:
    """Go's ``fmt.Println`` to standard output."""
    sys.stdout.write(sprintln(*a))


def print_(*a: object) -> None:
    """Go's ``fmt.Print`` to standard output (named ``print_`` to leave Python's ``print`` alone)."""
    sys.stdout.write(sprint(*a))


def printf(format: str, *a: object) -> None:  # noqa: A002
    """Go's ``fmt.Printf`` to standard output."""
    sys.stdout.write(sprintf(format, *a))


class _WrapError(Exception):
    go_error = True

    def __init__(self, msg: str, wrapped: BaseException | None) -> None:
        super().__init__(msg)
        self.wrapped = wrapped

    def unwrap(self) -> BaseException | None:
        return self.wrapped


def errorf(format: str, *a: object) -> Exception:  # noqa: A002
    """Go's ``fmt.Errorf``: an error with the formatted message, wrapping the ``%w`` operand if any."""
    wrapped = None
    if "%w" in format:
        idx = [m.group(4) for m in _VERB.finditer(format) if m.group(4) != "%"].index("w")
        w = a[idx] if idx < len(a) else None
        wrapped = w if isinstance(w, BaseException) else None
    return _WrapError(sprintf(format, *a), wrapped)
