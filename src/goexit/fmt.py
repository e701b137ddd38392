"""Go's ``fmt``: the printer every twin prints with, so it prints what Go prints.

Models ``src/fmt/print.go`` (operands, verbs, ``%!`` error forms, the
Formatter / GoStringer / error / Stringer precedence of ``handleMethods``),
``src/fmt/format.go`` (width, precision and flags), ``src/fmt/errors.go``
(``Errorf`` and ``%w``) and, through `goexit.strconv`, Go's float digits.
Map keys print in the order of ``src/internal/fmtsort``.

How Python values are seen as Go values (``None`` is ``nil``, a ``list`` a slice,
a ``dict`` a map, a dataclass a struct, an exception an error, a class's
``go_type`` attribute its Go type name) is on the Python's view page; in short:

```py
from dataclasses import make_dataclass

from goexit import errors, fmt

# type T struct{ A int; B string }, named main.T by the go_type hook
T = make_dataclass("T", [("A", int), ("B", str)], namespace={"go_type": "main.T"})
print(fmt.sprintln("ok:", True, None, [1, 2], 1.5, 1e6, {"b": 2, "a": 1}).rstrip())
#> ok: true <nil> [1 2] 1.5 1e+06 map[a:1 b:2]
print(fmt.sprintf("%v %+v %#v %T", T(1, "x"), T(1, "x"), T(1, "x"), T(1, "x")))
#> {1 x} {A:1 B:x} main.T{A:1, B:"x"} main.T
print(fmt.sprintf("|%5.2f|%-4d|%x|%q|%d", 3.14159, 7, "hi", "a\\n", "s"))
#> | 3.14|7   |6869|"a\\n"|%!d(string=s)
err = fmt.errorf("save: %w", errors.new("disk full"))
print(err, errors.unwrap(err), fmt.sprintf("%T", err))
#> save: disk full disk full *fmt.wrapError
```

The output functions write to `goexit.os.Stdout` (or the writer given to
``fprint*``) at once, unbuffered, as Go's ``os.Stdout`` is; each returns Go's
``(n, err)`` pair.
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable, Iterable
from typing import Any

from goexit import _gotypes as gt
from goexit import os as _os
from goexit import strconv
from goexit._gotypes import Kind

__all__ = [
    "Formatter",
    "GoStringer",
    "State",
    "Stringer",
    "append",
    "appendf",
    "appendln",
    "errorf",
    "format_string",
    "fprint",
    "fprintf",
    "fprintln",
    "go_type_name",
    "print_",
    "printf",
    "println",
    "sprint",
    "sprintf",
    "sprintln",
]

_LDIGITS = "0123456789abcdefx"
_UDIGITS = "0123456789ABCDEFX"
_NIL_ANGLE = "<nil>"
_NIL_PAREN = "(nil)"


def _too_large(x: int) -> bool:
    return x > 1_000_000 or x < -1_000_000


class State:
    """What a `Formatter`'s ``format(state, verb)`` method receives (Go's ``fmt.State``).

    ``write(b)`` adds bytes or text to the output; ``width()`` and ``precision()``
    return ``(value, present)``; ``flag(c)`` reports whether flag ``c`` (one of
    ``"+-# 0"``, or its code) was given.  `fprintf` can write to it.
    """

    def write(self, b: bytes | bytearray | str) -> tuple[int, BaseException | None]:
        raise NotImplementedError

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        raise NotImplementedError

    def width(self) -> tuple[int, bool]:
        raise NotImplementedError

    def precision(self) -> tuple[int, bool]:
        raise NotImplementedError

    def flag(self, c: int | str) -> bool:
        raise NotImplementedError


Formatter = Callable[[State, str], None]
"""A value is a Formatter when its class defines ``format(self, state: fmt.State, verb: str) -> None``."""
Stringer = Callable[[], str]
"""A value is a Stringer when its class defines ``string(self) -> str`` (Go's ``String``) or ``__str__``."""
GoStringer = Callable[[], str]
"""A value is a GoStringer when its class defines ``go_string(self) -> str`` (Go's ``GoString``), used by ``%#v``."""


def go_type_name(v: object) -> str:
    """The Go type name of ``v``, what ``%T`` prints: ``int``, ``[]string``, ``*main.Conn``, ``<nil>``.

    A class names its Go type with the class attribute ``go_type`` (see the Python's view page);
    goexit's extension, for code such as ``context``'s ``String()`` that must name a type as Go does.
    """
    return gt.go_type_of(v)


def format_string(state: State, verb: str) -> str:
    """The directive ``state`` was made from, with ``verb``: ``%-+8.3v`` (Go's ``fmt.FormatString``)."""
    out = ["%"]
    for c in " +-#0":
        if state.flag(c):
            out.append(c)
    w, ok = state.width()
    if ok:
        out.append(str(w))
    p, ok = state.precision()
    if ok:
        out.append("." + str(p))
    out.append(verb)
    return "".join(out)


class _PP(State):
    """Go's ``pp`` (print.go) with its ``fmt`` (format.go): one printer's buffer, flags and state."""

    __slots__ = (
        "buf",
        "erroring",
        "good_arg_num",
        "minus",
        "panicking",
        "plus",
        "plus_v",
        "prec",
        "prec_present",
        "reordered",
        "sharp",
        "sharp_v",
        "space",
        "wid",
        "wid_present",
        "wrap_errs",
        "wrapped_errs",
        "zero",
    )

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.reordered = False
        self.good_arg_num = True
        self.panicking = False
        self.erroring = False
        self.wrap_errs = False
        self.wrapped_errs: list[int] = []
        self.clearflags()

    def clearflags(self) -> None:
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plus_v = self.sharp_v = False
        self.wid = self.prec = 0

    def _flags(self) -> tuple[Any, ...]:
        return (
            self.wid_present,
            self.prec_present,
            self.minus,
            self.plus,
            self.sharp,
            self.space,
            self.zero,
            self.plus_v,
            self.sharp_v,
            self.wid,
            self.prec,
        )

    def _restore(self, f: tuple[Any, ...]) -> None:
        (
            self.wid_present,
            self.prec_present,
            self.minus,
            self.plus,
            self.sharp,
            self.space,
            self.zero,
            self.plus_v,
            self.sharp_v,
            self.wid,
            self.prec,
        ) = f

    def text(self) -> str:
        return "".join(self.buf)

    # ---- fmt.State

    def write(self, b: bytes | bytearray | str) -> tuple[int, BaseException | None]:
        s = b if isinstance(b, str) else bytes(b).decode("utf-8", "surrogateescape")
        self.buf.append(s)
        return len(b), None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        self.buf.append(s)
        return len(s.encode("utf-8", "surrogateescape")), None

    def width(self) -> tuple[int, bool]:
        return self.wid, self.wid_present

    def precision(self) -> tuple[int, bool]:
        return self.prec, self.prec_present

    def flag(self, c: int | str) -> bool:
        ch = chr(c) if isinstance(c, int) else c
        if ch == "-":
            return self.minus
        if ch == "+":
            return self.plus or self.plus_v
        if ch == "#":
            return self.sharp or self.sharp_v
        if ch == " ":
            return self.space
        if ch == "0":
            return self.zero
        return False

    # ---- format.go

    def write_padding(self, n: int) -> None:
        if n <= 0:
            return
        self.buf.append(("0" if self.zero and not self.minus else " ") * n)

    def pad(self, s: str) -> None:
        if not self.wid_present or self.wid == 0:
            self.buf.append(s)
            return
        width = self.wid - len(s)
        if not self.minus:
            self.write_padding(width)
            self.buf.append(s)
        else:
            self.buf.append(s)
            self.write_padding(width)

    pad_string = pad

    def fmt_boolean(self, v: bool) -> None:
        self.pad("true" if v else "false")

    def fmt_unicode(self, u: int) -> None:
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        u &= 2**64 - 1
        digits = f"{u:X}"
        if len(digits) < prec:
            digits = "0" * (prec - len(digits)) + digits
        text = "U+" + digits
        if self.sharp and u <= 0x10FFFF and strconv.is_print(u):
            text += " '" + chr(u) + "'"
        old = self.zero
        self.zero = False
        self.pad(text)
        self.zero = old

    def fmt_integer(self, u: int, base: int, is_signed: bool, verb: str, digits: str) -> None:
        if is_signed:
            negative = u < 0
        else:
            u &= 2**64 - 1
            negative = False
        if negative:
            u = -u
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old = self.zero
                self.zero = False
                self.write_padding(self.wid)
                self.zero = old
                return
        elif self.zero and not self.minus and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        if base == 10:
            body = str(u)
        elif base == 16:
            body = f"{u:x}" if digits is _LDIGITS else f"{u:X}"
        elif base == 8:
            body = f"{u:o}"
        else:
            body = f"{u:b}"
        if len(body) < prec:
            body = "0" * (prec - len(body)) + body
        if self.sharp:
            if base == 2:
                body = "0b" + body
            elif base == 8:
                if body[0] != "0":
                    body = "0" + body
            elif base == 16:
                body = "0" + digits[16] + body
        if verb == "O":
            body = "0o" + body
        if negative:
            body = "-" + body
        elif self.plus:
            body = "+" + body
        elif self.space:
            body = " " + body
        old = self.zero
        self.zero = False
        self.pad(body)
        self.zero = old

    def truncate_string(self, s: str) -> str:
        if self.prec_present and self.prec < len(s):
            return s[: self.prec]
        return s

    def fmt_s(self, s: str) -> None:
        self.pad(self.truncate_string(s))

    def fmt_sbx(self, data: bytes, digits: str) -> None:
        length = len(data)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.wid_present:
                self.write_padding(self.wid)
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.write_padding(self.wid - width)
        out = []
        if self.sharp:
            out.append("0" + digits[16])
        for i in range(length):
            if self.space and i > 0:
                out.append(" ")
                if self.sharp:
                    out.append("0" + digits[16])
            c = data[i]
            out.append(digits[c >> 4] + digits[c & 0xF])
        self.buf.append("".join(out))
        if self.wid_present and self.wid > width and self.minus:
            self.write_padding(self.wid - width)

    def fmt_q(self, s: str) -> None:
        s = self.truncate_string(s)
        if self.sharp and strconv.can_backquote(s):
            self.pad("`" + s + "`")
            return
        self.pad(strconv.quote_to_ascii(s) if self.plus else strconv.quote(s))

    def fmt_c(self, c: int) -> None:
        r = c & (2**64 - 1)
        if r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
            r = 0xFFFD
        self.pad(chr(r))

    def fmt_qc(self, c: int) -> None:
        r = c & (2**64 - 1)
        if r > 0x10FFFF:
            r = 0xFFFD
        self.pad(strconv.quote_rune_to_ascii(r) if self.plus else strconv.quote_rune(r))

    def fmt_float(self, v: float, size: int, verb: str, prec: int) -> None:
        if self.prec_present:
            prec = self.prec
        num = strconv.format_float(v, verb, prec, size)
        if num[0] in "+-":
            pass
        else:
            num = "+" + num
        if self.space and num[0] == "+" and not self.plus:
            num = " " + num[1:]
        if num[1] in "IN":
            old = self.zero
            self.zero = False
            if num[1] == "N" and not self.space and not self.plus:
                num = num[1:]
            self.pad(num)
            self.zero = old
            return
        if self.sharp and verb != "b":
            digits = 0
            if verb in "vgGx":
                digits = prec
                if digits == -1:
                    digits = 6
            tail = ""
            body = num
            has_point = False
            saw_nonzero = False
            i = 1
            while i < len(body):
                ch = body[i]
                if ch == ".":
                    has_point = True
                elif ch in "pP" or (ch in "eE" and verb not in "xX"):
                    tail = body[i:]
                    body = body[:i]
                    break
                else:
                    if ch != "0":
                        saw_nonzero = True
                    if saw_nonzero:
                        digits -= 1
                i += 1
            if not has_point:
                if len(body) == 2 and body[1] == "0":
                    digits -= 1
                body += "."
            if digits > 0:
                body += "0" * digits
            num = body + tail
        if self.plus or num[0] != "+":
            if self.zero and not self.minus and self.wid_present and self.wid > len(num):
                self.buf.append(num[0])
                self.write_padding(self.wid - len(num))
                self.buf.append(num[1:])
                return
            self.pad(num)
            return
        self.pad(num[1:])

    # ---- print.go

    def unknown_type(self, v: object) -> None:
        if v is None:
            self.buf.append(_NIL_ANGLE)
            return
        self.buf.append("?" + gt.go_type_of(v) + "?")

    def bad_verb(self, arg: object, verb: str) -> None:
        self.erroring = True
        self.buf.append("%!" + verb + "(")
        if arg is not None:
            self.buf.append(gt.go_type_of(arg) + "=")
            self.print_arg(arg, "v")
        else:
            self.buf.append(_NIL_ANGLE)
        self.buf.append(")")
        self.erroring = False

    def fmt_bool(self, arg: object, v: bool, verb: str) -> None:
        if verb in "tv":
            self.fmt_boolean(v)
        else:
            self.bad_verb(arg, verb)

    def fmt_0x64(self, v: int, leading0x: bool) -> None:
        sharp = self.sharp
        self.sharp = leading0x
        self.fmt_integer(v, 16, False, "v", _LDIGITS)
        self.sharp = sharp

    def fmt_int(self, arg: object, v: int, is_signed: bool, verb: str) -> None:
        if verb == "v":
            if self.sharp_v and not is_signed:
                self.fmt_0x64(v, True)
            else:
                self.fmt_integer(v, 10, is_signed, verb, _LDIGITS)
        elif verb == "d":
            self.fmt_integer(v, 10, is_signed, verb, _LDIGITS)
        elif verb == "b":
            self.fmt_integer(v, 2, is_signed, verb, _LDIGITS)
        elif verb in "oO":
            self.fmt_integer(v, 8, is_signed, verb, _LDIGITS)
        elif verb == "x":
            self.fmt_integer(v, 16, is_signed, verb, _LDIGITS)
        elif verb == "X":
            self.fmt_integer(v, 16, is_signed, verb, _UDIGITS)
        elif verb == "c":
            self.fmt_c(v)
        elif verb == "q":
            self.fmt_qc(v)
        elif verb == "U":
            self.fmt_unicode(v)
        else:
            self.bad_verb(arg, verb)

    def fmt_float_arg(self, arg: object, v: float, size: int, verb: str) -> None:
        if verb == "v":
            self.fmt_float(v, size, "g", -1)
        elif verb in "bgGxX":
            self.fmt_float(v, size, verb, -1)
        elif verb in "feE":
            self.fmt_float(v, size, verb, 6)
        elif verb == "F":
            self.fmt_float(v, size, "f", 6)
        else:
            self.bad_verb(arg, verb)

    def fmt_complex(self, arg: object, v: complex, size: int, verb: str) -> None:
        if verb in "vbgGxXfFeE":
            old_plus = self.plus
            self.buf.append("(")
            self.fmt_float_arg(arg, v.real, size // 2, verb)
            self.plus = True
            self.fmt_float_arg(arg, v.imag, size // 2, verb)
            self.buf.append("i)")
            self.plus = old_plus
        else:
            self.bad_verb(arg, verb)

    def fmt_string(self, arg: object, v: str, verb: str) -> None:
        if verb == "v":
            if self.sharp_v:
                self.fmt_q(v)
            else:
                self.fmt_s(v)
        elif verb == "s":
            self.fmt_s(v)
        elif verb == "x":
            self.fmt_sbx(v.encode("utf-8", "surrogateescape"), _LDIGITS)
        elif verb == "X":
            self.fmt_sbx(v.encode("utf-8", "surrogateescape"), _UDIGITS)
        elif verb == "q":
            self.fmt_q(v)
        else:
            self.bad_verb(arg, verb)

    def fmt_bytes(self, v: bytes | bytearray, verb: str, type_string: str) -> None:
        if verb in "vd":
            if self.sharp_v:
                self.buf.append(type_string + "{")
                for i, c in enumerate(v):
                    if i > 0:
                        self.buf.append(", ")
                    self.fmt_0x64(c, True)
                self.buf.append("}")
            else:
                self.buf.append("[")
                for i, c in enumerate(v):
                    if i > 0:
                        self.buf.append(" ")
                    self.fmt_integer(c, 10, False, verb, _LDIGITS)
                self.buf.append("]")
        elif verb == "s":
            self.pad(self.truncate_string(bytes(v).decode("utf-8", "surrogateescape")))
        elif verb == "x":
            self.fmt_sbx(bytes(v), _LDIGITS)
        elif verb == "X":
            self.fmt_sbx(bytes(v), _UDIGITS)
        elif verb == "q":
            self.fmt_q(bytes(v).decode("utf-8", "surrogateescape"))
        else:
            self.print_value([gt.Uint8(c) for c in v], verb, 0, type_string, False, elem_static="uint8")

    def fmt_pointer(self, arg: object, value: object, verb: str, static: str | None = None) -> None:
        u = 0 if value is None else gt.address(value)
        type_string = static or gt.go_type_of(value)
        if verb == "v":
            if self.sharp_v:
                self.buf.append("(" + type_string + ")(")
                if u == 0:
                    self.buf.append("nil")
                else:
                    self.fmt_0x64(u, True)
                self.buf.append(")")
            elif u == 0:
                self.pad(_NIL_ANGLE)
            else:
                self.fmt_0x64(u, not self.sharp)
        elif verb == "p":
            self.fmt_0x64(u, not self.sharp)
        elif verb in "bodxX":
            self.fmt_int(arg, u, False, verb)
        else:
            if value is None:
                self.erroring = True
                self.buf.append("%!" + verb + "(" + type_string + "=")
                self.pad(_NIL_ANGLE)
                self.buf.append(")")
                self.erroring = False
            else:
                self.bad_verb(value, verb)

    def catch_panic(self, arg: object, verb: str, method: str, exc: BaseException) -> None:
        from goexit import panics

        err = panics.recovered_value(exc)
        if self.panicking:
            raise exc
        old = self._flags()
        self.clearflags()
        self.buf.append("%!" + verb + "(PANIC=" + method + " method: ")
        self.panicking = True
        self.print_arg(err, "v")
        self.panicking = False
        self.buf.append(")")
        self._restore(old)

    def _call(self, arg: object, verb: str, method: str, fn: Callable[[], object]) -> object:
        from goexit import panics

        try:
            return fn()
        except panics.PASSTHROUGH:
            raise
        except BaseException as e:  # noqa: BLE001 - a panic in a method is printed, as Go's catchPanic does
            self.catch_panic(arg, verb, method, e)
            return _FAILED

    def handle_methods(self, arg: object, verb: str) -> bool:
        if self.erroring:
            return False
        if verb == "w":
            if not gt.is_error(arg) or not self.wrap_errs:
                self.bad_verb(arg, verb)
                return True
            verb = "v"
        formatter = gt.formatter(arg)
        if formatter is not None:
            self._call(arg, verb, "Format", lambda: formatter(self, verb))
            return True
        if self.sharp_v:
            go_stringer = gt.go_stringer(arg)
            if go_stringer is not None:
                text = self._call(arg, verb, "GoString", go_stringer)
                if text is not _FAILED:
                    self.fmt_s(str(text))
                return True
        elif verb in "vsxXq":
            if gt.is_error(arg):
                text = self._call(arg, verb, "Error", lambda: gt.error_message(arg))
                if text is not _FAILED:
                    self.fmt_string(arg, str(text), verb)
                return True
            stringer = gt.stringer(arg)
            if stringer is not None:
                text = self._call(arg, verb, "String", stringer)
                if text is not _FAILED:
                    self.fmt_string(arg, str(text), verb)
                return True
        return False

    def print_arg(self, arg: object, verb: str) -> None:
        if arg is None:
            if verb in "Tv":
                self.pad(_NIL_ANGLE)
            else:
                self.bad_verb(None, verb)
            return
        if verb == "T":
            self.fmt_s(gt.go_type_of(arg))
            return
        if verb == "p":
            self._fmt_p(arg)
            return
        cls = type(arg)
        if cls is bool:
            self.fmt_bool(arg, arg, verb)  # type: ignore[arg-type]
        elif cls is float:
            self.fmt_float_arg(arg, arg, 64, verb)  # type: ignore[arg-type]
        elif cls is complex:
            self.fmt_complex(arg, arg, 128, verb)  # type: ignore[arg-type]
        elif cls is int:
            self.fmt_int(arg, arg, True, verb)  # type: ignore[arg-type]
        elif cls is str:
            self.fmt_string(arg, arg, verb)  # type: ignore[arg-type]
        elif cls in (bytes, bytearray):
            self.fmt_bytes(arg, verb, "[]byte")  # type: ignore[arg-type]
        elif not self.handle_methods(arg, verb):
            self.print_value(arg, verb, 0, None, False)

    def _fmt_p(self, arg: object) -> None:
        kind = gt.kind_of(arg)
        if kind in (Kind.SLICE, Kind.MAP, Kind.SET, Kind.PTRSTRUCT, Kind.FUNC, Kind.CHAN, Kind.POINTER, Kind.BYTES):
            self.fmt_pointer(arg, arg, "p")
        else:
            self.bad_verb(arg, "p")

    def print_value(
        self,
        value: object,
        verb: str,
        depth: int,
        static: str | None,
        ro: bool,
        elem_static: str | None = None,
    ) -> None:
        """Go's printValue: ``static`` is the declared type of the slot (element, field), ``ro`` an unexported path."""
        if depth > 0 and value is not None and not ro and self.handle_methods(value, verb):
            return
        if value is None:
            self._print_nil(verb, depth, static)
            return
        kind = gt.kind_of(value)
        v: Any = value.value if isinstance(value, _Enum) else value
        under = getattr(value, "_go_underlying", None)
        if isinstance(value, BaseException) and callable(under):
            v = under()  # runtime.errorString, runtime.plainError: named strings (runtime/error.go)
        if kind is Kind.BOOL:
            self.fmt_bool(value, bool(value), verb)
        elif kind is Kind.INT or kind is Kind.UINT:
            self.fmt_int(value, int(v), kind is Kind.INT, verb)
        elif kind is Kind.FLOAT:
            self.fmt_float_arg(value, float(v), 64, verb)
        elif kind is Kind.COMPLEX:
            self.fmt_complex(value, complex(v), 128, verb)
        elif kind is Kind.STRING:
            self.fmt_string(value, str(v), verb)
        elif kind is Kind.BYTES:
            self.fmt_bytes(value, verb, gt.go_type_of(value))  # type: ignore[arg-type]
        elif kind is Kind.MAP or kind is Kind.SET:
            self._print_map(value, verb, depth, ro, static)
        elif kind is Kind.STRUCT:
            self._print_struct(value, verb, depth, ro, gt.go_type_of(value))
        elif kind is Kind.SLICE or kind is Kind.ARRAY:
            self._print_list(value, verb, depth, ro, static, elem_static)  # type: ignore[arg-type]
        elif kind is Kind.PTRSTRUCT:
            if depth == 0:
                self.buf.append("&")
                if isinstance(value, gt.Pointer):
                    self.print_value(gt.deref(value), verb, depth + 1, None, ro)
                    return
                type_string = gt.go_type_of(value).removeprefix("*")
                if verb == "w" and not self.erroring:
                    # The struct itself is not an error: its methods have pointer receivers.
                    self.erroring = True
                    self.buf.append("%!w(" + type_string + "=")
                    self._print_struct(value, "v", depth + 1, ro, type_string)
                    self.buf.append(")")
                    self.erroring = False
                    return
                self._print_struct(value, verb, depth + 1, ro, type_string)
                return
            self.fmt_pointer(None, value, verb)
        elif kind in (Kind.CHAN, Kind.FUNC, Kind.POINTER):
            self.fmt_pointer(None, value, verb)
        else:
            self.unknown_type(value)

    def _print_nil(self, verb: str, depth: int, static: str | None) -> None:
        if static is None or static.startswith("interface {") or static == "error" or static == "any":
            # A nil interface (print.go, case reflect.Interface).
            if self.sharp_v:
                self.buf.append((static or "interface {}") + _NIL_PAREN)
            elif depth == 0 and verb not in "v":
                self.bad_verb(None, verb)
            else:
                self.buf.append(_NIL_ANGLE)
            return
        if static.startswith("[]"):
            if self.sharp_v:
                self.buf.append(static + _NIL_PAREN)
            else:
                self.buf.append("[]")
            return
        if static.startswith("map["):
            if self.sharp_v:
                self.buf.append(static + _NIL_PAREN)
            else:
                self.buf.append("map[]")
            return
        self.fmt_pointer(None, None, verb, static)

    def _print_map(self, value: object, verb: str, depth: int, ro: bool, static: str | None) -> None:
        type_string = _container_type(value, static, "map[")
        key_static, val_static = _map_types(type_string)
        if isinstance(value, dict):
            items = list(value.items())
        else:
            items = [(k, _EMPTY_STRUCT) for k in value]  # type: ignore[attr-defined]
        if self.sharp_v:
            self.buf.append(type_string + "{")
        else:
            self.buf.append("map[")
        for i, (k, v) in enumerate(sort_map(items, key_static)):
            if i > 0:
                self.buf.append(", " if self.sharp_v else " ")
            self.print_value(k, verb, depth + 1, key_static, ro)
            self.buf.append(":")
            self.print_value(v, verb, depth + 1, val_static, ro)
        self.buf.append("}" if self.sharp_v else "]")

    def _print_struct(self, value: object, verb: str, depth: int, ro: bool, type_string: str) -> None:
        if value is _EMPTY_STRUCT:
            if self.sharp_v:
                self.buf.append("struct {}")
            self.buf.append("{}")
            return
        if self.sharp_v:
            self.buf.append(type_string)
        self.buf.append("{")
        for i, (name, field, static) in enumerate(gt.struct_fields(value)):
            if i > 0:
                self.buf.append(", " if self.sharp_v else " ")
            if self.plus_v or self.sharp_v:
                self.buf.append(name + ":")
            self.print_value(field, verb, depth + 1, static, ro or not gt.is_exported(name))
        self.buf.append("}")

    def _print_list(
        self,
        value: list[object] | tuple[object, ...],
        verb: str,
        depth: int,
        ro: bool,
        static: str | None,
        elem: str | None,
    ) -> None:
        type_string = _container_type(value, static, "[" if isinstance(value, tuple) else "[]")
        elem_static = elem or _slice_elem(type_string)
        if verb in "sqxX" and elem_static == "uint8":
            self.fmt_bytes(bytes(value), verb, type_string)  # type: ignore[arg-type]
            return
        if self.sharp_v:
            self.buf.append(type_string + "{")
            for i, v in enumerate(value):
                if i > 0:
                    self.buf.append(", ")
                self.print_value(v, verb, depth + 1, elem_static, ro)
            self.buf.append("}")
        else:
            self.buf.append("[")
            for i, v in enumerate(value):
                if i > 0:
                    self.buf.append(" ")
                self.print_value(v, verb, depth + 1, elem_static, ro)
            self.buf.append("]")

    # ---- argument handling (doPrintf)

    def arg_number(self, arg_num: int, fmt: str, i: int, num_args: int) -> tuple[int, int, bool]:
        if len(fmt) <= i or fmt[i] != "[":
            return arg_num, i, False
        self.reordered = True
        index, wid, ok = _parse_arg_number(fmt[i:])
        if ok and 0 <= index < num_args:
            return index, i + wid, True
        self.good_arg_num = False
        return arg_num, i + wid, ok

    def do_printf(self, fmt: str, a: tuple[object, ...]) -> None:
        end = len(fmt)
        arg_num = 0
        after_index = False
        self.reordered = False
        i = 0
        while i < end:
            self.good_arg_num = True
            lasti = i
            while i < end and fmt[i] != "%":
                i += 1
            if i > lasti:
                self.buf.append(fmt[lasti:i])
            if i >= end:
                break
            i += 1
            self.clearflags()
            simple = False
            while i < end:
                c = fmt[i]
                if c == "#":
                    self.sharp = True
                elif c == "0":
                    self.zero = True
                elif c == "+":
                    self.plus = True
                elif c == "-":
                    self.minus = True
                elif c == " ":
                    self.space = True
                else:
                    if "a" <= c <= "z" and arg_num < len(a):
                        if c == "w":
                            self.wrapped_errs.append(arg_num)
                        if c in "wv":
                            self.sharp_v = self.sharp
                            self.sharp = False
                            self.plus_v = self.plus
                            self.plus = False
                        self.print_arg(a[arg_num], c)
                        arg_num += 1
                        i += 1
                        simple = True
                    break
                i += 1
            if simple:
                continue
            arg_num, i, after_index = self.arg_number(arg_num, fmt, i, len(a))
            if i < end and fmt[i] == "*":
                i += 1
                self.wid, self.wid_present, arg_num = _int_from_arg(a, arg_num)
                if not self.wid_present:
                    self.buf.append("%!(BADWIDTH)")
                if self.wid < 0:
                    self.wid = -self.wid
                    self.minus = True
                    self.zero = False
                after_index = False
            else:
                self.wid, self.wid_present, i = _parsenum(fmt, i, end)
                if after_index and self.wid_present:
                    self.good_arg_num = False
            if i + 1 < end and fmt[i] == ".":
                i += 1
                if after_index:
                    self.good_arg_num = False
                arg_num, i, after_index = self.arg_number(arg_num, fmt, i, len(a))
                if i < end and fmt[i] == "*":
                    i += 1
                    self.prec, self.prec_present, arg_num = _int_from_arg(a, arg_num)
                    if self.prec < 0:
                        self.prec = 0
                        self.prec_present = False
                    if not self.prec_present:
                        self.buf.append("%!(BADPREC)")
                    after_index = False
                else:
                    self.prec, self.prec_present, i = _parsenum(fmt, i, end)
                    if not self.prec_present:
                        self.prec = 0
                        self.prec_present = True
            if not after_index:
                arg_num, i, after_index = self.arg_number(arg_num, fmt, i, len(a))
            if i >= end:
                self.buf.append("%!(NOVERB)")
                break
            verb = fmt[i]
            i += 1
            if verb == "%":
                self.buf.append("%")
            elif not self.good_arg_num:
                self.buf.append("%!" + verb + "(BADINDEX)")
            elif arg_num >= len(a):
                self.buf.append("%!" + verb + "(MISSING)")
            else:
                if verb == "w":
                    self.wrapped_errs.append(arg_num)
                if verb in "wv":
                    self.sharp_v = self.sharp
                    self.sharp = False
                    self.plus_v = self.plus
                    self.plus = False
                self.print_arg(a[arg_num], verb)
                arg_num += 1
        if not self.reordered and arg_num < len(a):
            self.clearflags()
            self.buf.append("%!(EXTRA ")
            for k, arg in enumerate(a[arg_num:]):
                if k > 0:
                    self.buf.append(", ")
                if arg is None:
                    self.buf.append(_NIL_ANGLE)
                else:
                    self.buf.append(gt.go_type_of(arg) + "=")
                    self.print_arg(arg, "v")
            self.buf.append(")")

    def do_print(self, a: tuple[object, ...]) -> None:
        prev_string = False
        for n, arg in enumerate(a):
            is_string = arg is not None and gt.kind_of(arg) is Kind.STRING
            if n > 0 and not is_string and not prev_string:
                self.buf.append(" ")
            self.print_arg(arg, "v")
            prev_string = is_string

    def do_println(self, a: tuple[object, ...]) -> None:
        for n, arg in enumerate(a):
            if n > 0:
                self.buf.append(" ")
            self.print_arg(arg, "v")
        self.buf.append("\n")


def _container_type(value: object, static: str | None, shape: str) -> str:
    """The Go type of a list, tuple or dict: its own ``go_type``, else the slot's declared type, else inferred."""
    if gt.declared_go_type(type(value)) is None and static is not None and static.startswith(shape):
        return static
    return gt.go_type_of(value)


def _split_type(text: str, start: int) -> int:
    """The index just past the Go type that starts at ``text[start]`` inside brackets."""
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c in "[{(":
            depth += 1
        elif c in "]})":
            if depth == 0:
                return i
            depth -= 1
    return len(text)


def _map_types(type_string: str) -> tuple[str | None, str | None]:
    """Key and element types of ``map[K]V`` (None for a named map type whose parts are unknown)."""
    if not type_string.startswith("map["):
        return None, None
    end = _split_type(type_string, 4)
    return type_string[4:end], type_string[end + 1 :]


def _slice_elem(type_string: str) -> str | None:
    """The element type of ``[]T`` or ``[N]T``."""
    if not type_string.startswith("["):
        return None
    end = type_string.find("]")
    return type_string[end + 1 :] if end >= 0 else None


_FAILED = object()
_EMPTY_STRUCT = object()
_Enum = enum.Enum


def _parsenum(s: str, start: int, end: int) -> tuple[int, bool, int]:
    if start >= end:
        return 0, False, end
    num = 0
    isnum = False
    newi = start
    while newi < end and "0" <= s[newi] <= "9":
        if _too_large(num):
            return 0, False, end
        num = num * 10 + ord(s[newi]) - 48
        isnum = True
        newi += 1
    return num, isnum, newi


def _parse_arg_number(fmt: str) -> tuple[int, int, bool]:
    if len(fmt) < 3:
        return 0, 1, False
    for i in range(1, len(fmt)):
        if fmt[i] == "]":
            width, ok, newi = _parsenum(fmt, 1, i)
            if not ok or newi != i:
                return 0, i + 1, False
            return width - 1, i + 1, True
    return 0, 1, False


def _int_from_arg(a: tuple[object, ...], arg_num: int) -> tuple[int, bool, int]:
    new_arg_num = arg_num
    num = 0
    is_int = False
    if arg_num < len(a):
        v = a[arg_num]
        if isinstance(v, int) and not isinstance(v, bool):
            num = int(v)
            is_int = -(2**63) <= num < 2**63
            if not is_int:
                num = 0
        new_arg_num = arg_num + 1
        if _too_large(num):
            num = 0
            is_int = False
    return num, is_int, new_arg_num


# --------------------------------------------------------------------------
# Map key order (internal/fmtsort)

# Go compares the keys of a map[any] by their types' descriptors' addresses first:
# in a go1.27 binary those come in this order (nil keys sort first).
_TYPE_ORDER = {"string": 0, "int": 1, "float64": 2, "bool": 3}


def _compare(a: object, b: object, static: str | None) -> int:
    """internal/fmtsort's compare for two keys of a map whose key type is ``static``."""
    if static is None or static.startswith("interface {"):
        if a is None or b is None:
            return (a is not None) - (b is not None)
        ta, tb = gt.go_type_of(a), gt.go_type_of(b)
        if ta != tb:
            oa, ob = _TYPE_ORDER.get(ta, 99), _TYPE_ORDER.get(tb, 99)
            if oa != ob:
                return -1 if oa < ob else 1
            return -1 if ta < tb else 1
        return _compare(a, b, ta)
    if a is None or b is None:
        return (a is not None) - (b is not None)
    ka = gt.kind_of(a)
    if ka in (Kind.INT, Kind.UINT, Kind.STRING, Kind.FLOAT):
        va: Any = a.value if isinstance(a, _Enum) else a
        vb: Any = b.value if isinstance(b, _Enum) else b
        # cmp.Compare: NaN sorts before every other value.
        if ka is Kind.FLOAT and (math.isnan(va) or math.isnan(vb)):
            return (not math.isnan(va)) - (not math.isnan(vb))
        return int(va > vb) - int(va < vb)
    if ka is Kind.BOOL:
        return (bool(a) > bool(b)) - (bool(a) < bool(b))
    if ka is Kind.COMPLEX:
        ca: complex = complex(a)  # type: ignore[call-overload]
        cb: complex = complex(b)  # type: ignore[call-overload]
        c = int(ca.real > cb.real) - int(ca.real < cb.real)
        return c or int(ca.imag > cb.imag) - int(ca.imag < cb.imag)
    if ka is Kind.ARRAY and isinstance(a, tuple) and isinstance(b, tuple):
        elem = gt.elem_type(a + b)
        for x, y in zip(a, b, strict=False):
            c = _compare(x, y, elem)
            if c:
                return c
        return 0
    if ka is Kind.STRUCT and type(a) is type(b):
        for (_, x, sx), (_, y, _) in zip(gt.struct_fields(a), gt.struct_fields(b), strict=False):
            c = _compare(x, y, sx or gt.go_type_of(x))
            if c:
                return c
        return 0
    # Pointers, channels: by address.
    return (id(a) > id(b)) - (id(a) < id(b))


def sort_map(items: Iterable[tuple[object, object]], key_static: str | None) -> list[tuple[object, object]]:
    """The entries of a map in the order ``fmt`` prints them (Go's ``internal/fmtsort.Sort``)."""

    def order(x: tuple[object, object], y: tuple[object, object]) -> int:
        return _compare(x[0], y[0], key_static)

    return sorted(items, key=functools.cmp_to_key(order))


# --------------------------------------------------------------------------
# The API


def sprintf(format: str, *a: object) -> str:  # noqa: A002 - Go's parameter name
    """Format ``a`` according to ``format`` and return the text (Go's ``fmt.Sprintf``).

    Every verb of Go's fmt is understood (``%v %+v %#v %T %t %d %b %o %O %x %X
    %c %q %U %e %E %f %F %g %G %s %p %w %%``), with flags ``+ - # 0`` and space,
    width and precision (``*`` takes them from the operands) and explicit operand
    indexes (``%[2]d``).  Mistakes print as Go prints them: ``%!d(string=x)``,
    ``%!v(MISSING)``, ``%!(EXTRA int=1)``, ``%!(BADWIDTH)``, ``%!(NOVERB)``.
    """
    p = _PP()
    p.do_printf(format, a)
    return p.text()


def sprint(*a: object) -> str:
    """The operands in their default formats, a space between two that are not strings (Go's ``fmt.Sprint``)."""
    p = _PP()
    p.do_print(a)
    return p.text()


def sprintln(*a: object) -> str:
    """The operands in their default formats, always separated by spaces, then a newline (Go's ``fmt.Sprintln``)."""
    p = _PP()
    p.do_println(a)
    return p.text()


def appendf(b: bytes, format: str, *a: object) -> bytes:  # noqa: A002
    """``b`` followed by `sprintf` of ``format`` and ``a``, as bytes (Go's ``fmt.Appendf``)."""
    return bytes(b) + sprintf(format, *a).encode("utf-8", "surrogateescape")


def append(b: bytes, *a: object) -> bytes:
    """``b`` followed by `sprint` of ``a``, as bytes (Go's ``fmt.Append``)."""
    return bytes(b) + sprint(*a).encode("utf-8", "surrogateescape")


def appendln(b: bytes, *a: object) -> bytes:
    """``b`` followed by `sprintln` of ``a``, as bytes (Go's ``fmt.Appendln``)."""
    return bytes(b) + sprintln(*a).encode("utf-8", "surrogateescape")


def fprintf(w: object, format: str, *a: object) -> tuple[int, BaseException | None]:  # noqa: A002
    """Write `sprintf` of ``format`` and ``a`` to ``w``; return ``(bytes written, error)`` (Go's ``fmt.Fprintf``).

    ``w`` is anything Go's ``io.Writer`` can model: `goexit.os.Stdout`, `goexit.os.Stderr`,
    a `goexit.bufio.Writer`, a `State`, an object with a ``write(b: bytes) -> (n, err)``
    method, or a Python text or binary stream.
    """
    return _os.write_to(w, sprintf(format, *a))


def fprint(w: object, *a: object) -> tuple[int, BaseException | None]:
    """Write `sprint` of ``a`` to ``w`` (Go's ``fmt.Fprint``)."""
    return _os.write_to(w, sprint(*a))


def fprintln(w: object, *a: object) -> tuple[int, BaseException | None]:
    """Write `sprintln` of ``a`` to ``w`` (Go's ``fmt.Fprintln``)."""
    return _os.write_to(w, sprintln(*a))


def printf(format: str, *a: object) -> tuple[int, BaseException | None]:  # noqa: A002
    """Write `sprintf` of ``format`` and ``a`` to standard output (Go's ``fmt.Printf``)."""
    return _os.Stdout.write_string(sprintf(format, *a))


def print_(*a: object) -> tuple[int, BaseException | None]:
    """Write `sprint` of ``a`` to standard output (Go's ``fmt.Print``; named ``print_`` to leave Python's alone)."""
    return _os.Stdout.write_string(sprint(*a))


def println(*a: object) -> tuple[int, BaseException | None]:
    """Write `sprintln` of ``a`` to standard output (Go's ``fmt.Println``)."""
    return _os.Stdout.write_string(sprintln(*a))


class _WrapError(Exception):
    """What `errorf` returns for one ``%w`` (Go's ``*fmt.wrapError``)."""

    go_type = "*fmt.wrapError"

    def __init__(self, msg: str, wrapped: BaseException | None) -> None:
        super().__init__(msg)
        self.msg = msg
        self.wrapped = wrapped

    def __str__(self) -> str:
        return self.msg

    def unwrap(self) -> BaseException | None:
        """The ``%w`` operand (Go's ``Unwrap() error``)."""
        return self.wrapped

    def _go_fields(self) -> list[tuple[str, object, str]]:
        return [("msg", self.msg, "string"), ("err", self.wrapped, "error")]


class _WrapErrors(Exception):  # noqa: N818 - Go's fmt.wrapErrors
    """What `errorf` returns for several ``%w`` (Go's ``*fmt.wrapErrors``)."""

    go_type = "*fmt.wrapErrors"

    def __init__(self, msg: str, errs: list[BaseException]) -> None:
        super().__init__(msg)
        self.msg = msg
        self.errs = errs

    def __str__(self) -> str:
        return self.msg

    def unwrap(self) -> list[BaseException]:
        """The ``%w`` operands, in operand order (Go's ``Unwrap() []error``)."""
        return list(self.errs)

    def _go_fields(self) -> list[tuple[str, object, str]]:
        return [("msg", self.msg, "string"), ("errs", self.errs, "[]error")]


def errorf(format: str, *a: object) -> BaseException:  # noqa: A002
    """An error whose message is `sprintf` of ``format`` and ``a`` (Go's ``fmt.Errorf``).

    With one ``%w`` verb the error wraps that operand (``errors.unwrap`` returns
    it); with several (Go 1.20) it wraps them all, and ``unwrap()`` returns them
    as a list, in operand order.  A ``%w`` operand that is not an error prints as
    ``%!w(int=1)`` and is not wrapped.  Without ``%w`` the result is a plain
    ``*errors.errorString``.
    """
    from goexit import errors

    if not a and "%" not in format:
        return errors.new(format)
    p = _PP()
    p.wrap_errs = True
    p.do_printf(format, a)
    s = p.text()
    if not p.wrapped_errs:
        return errors.new(s)
    if len(p.wrapped_errs) == 1:
        w = a[p.wrapped_errs[0]]
        return _WrapError(s, w if gt.is_error(w) else None)  # type: ignore[arg-type]
    idx = sorted(p.wrapped_errs) if p.reordered else p.wrapped_errs
    errs: list[BaseException] = []
    for k, arg_num in enumerate(idx):
        if k > 0 and idx[k - 1] == arg_num:
            continue
        e = a[arg_num]
        if gt.is_error(e):
            errs.append(e)  # type: ignore[arg-type]
    return _WrapErrors(s, errs)
