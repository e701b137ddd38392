"""Go's built-in ``print`` and ``println``: the runtime's own printer, to standard error.

Models ``printbool``, ``printint``, ``printfloat64``, ``printstring``,
``printpointer``, ``printslice``, ``printeface`` in ``src/runtime/print.go``: no
``fmt`` verbs and no methods.  ``print`` puts nothing between its operands,
``println`` a space, and a newline at the end.  Floats are Go 1.26's shortest
``'g'`` form (``1e+06``, ``1.5``); booleans ``true``/``false``; ``None`` (a nil
pointer) ``0x0``; a list ``[len/cap]0xc000...``; an error or other interface value
``(0x..,0x..)``; a map, channel, function or object its address.  Both are
top-level goexit names: ``from goexit import println, print_``.

```py
from goexit import builtin

print(builtin.sprint_runtime(1.5, 1e6, 100.0, True, None, "s", 7))
#> 1.5 1e+06 100 true 0x0 s 7
```
"""

from __future__ import annotations

from goexit import _gotypes as gt
from goexit import os as _os
from goexit import strconv

__all__ = ["print_", "println", "sprint_runtime"]


def _one(v: object) -> str:
    if v is None:
        return "0x0"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(int(v))
    if isinstance(v, float):
        return strconv.format_float(float(v), "g", -1, 64)
    if isinstance(v, complex):
        imag = strconv.format_float(v.imag, "g", -1, 64)
        return "(" + strconv.format_float(v.real, "g", -1, 64) + ("" if imag[0] in "+-" else "+") + imag + "i)"
    if isinstance(v, str):
        return str(v)
    if isinstance(v, list | bytes | bytearray):
        return f"[{len(v)}/{len(v)}]0x{id(v):x}"
    if gt.is_error(v):
        return f"(0x{id(type(v)):x},0x{id(v):x})"
    return f"0x{id(v):x}"


def sprint_runtime(*args: object) -> str:
    """What ``println(args...)`` would write, without the newline: each operand as the runtime prints it, spaced."""
    return " ".join(_one(a) for a in args)


def print_(*args: object) -> None:
    """Go's built-in ``print``: the operands, with nothing between them, to standard error."""
    _os.Stderr.write_string("".join(_one(a) for a in args))


def println(*args: object) -> None:
    """Go's built-in ``println``: the operands separated by spaces, then a newline, to standard error."""
    _os.Stderr.write_string(sprint_runtime(*args) + "\n")
