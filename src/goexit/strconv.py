"""Go's ``strconv``: numbers and quoted strings as Go writes and reads them.

goexit's ``fmt`` and the runtime's panic printing format through these
functions, so a float prints with the digits Go picks (shortest round-trip for
``%v``, correctly rounded for a precision) and a quoted string escapes what Go
escapes.  Models ``src/strconv/quote.go``, ``src/strconv/number.go`` and
``src/internal/strconv/ftoa.go``, ``atoi.go``, ``atof.go``, ``atob.go``.

```py
from goexit import strconv

print(strconv.format_float(1e6, "g", -1, 64), strconv.format_float(2.5, "f", 0, 64))
#> 1e+06 2
print(strconv.quote('tab\there "q" é'), strconv.quote_to_ascii("é"))
#> "tab\there \"q\" é" "\u00e9"
n, err = strconv.atoi("12a")
print(n, err)
#> 0 strconv.Atoi: parsing "12a": invalid syntax
```
"""

from __future__ import annotations

import math
import struct
import unicodedata

__all__ = [
    "ErrRange",
    "ErrSyntax",
    "IntSize",
    "NumError",
    "atoi",
    "can_backquote",
    "format_bool",
    "format_float",
    "format_int",
    "format_uint",
    "is_print",
    "itoa",
    "parse_bool",
    "parse_float",
    "parse_int",
    "parse_uint",
    "quote",
    "quote_rune",
    "quote_rune_to_ascii",
    "quote_to_ascii",
    "unquote",
]

IntSize = 64
"""The size in bits of Go's ``int`` on the platforms goexit models."""

_LOWERHEX = "0123456789abcdef"
_UPPERHEX = "0123456789ABCDEF"


# --------------------------------------------------------------------------
# Errors


class _ErrorString(Exception):  # noqa: N818 - Go's errors.errorString
    go_type = "*errors.errorString"

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text

    def _go_fields(self) -> list[tuple[str, object]]:
        return [("s", self.text)]


ErrRange = _ErrorString("value out of range")
"""A value is out of range for its type (Go's ``strconv.ErrRange``)."""
ErrSyntax = _ErrorString("invalid syntax")
"""A value does not have the right syntax (Go's ``strconv.ErrSyntax``)."""


class NumError(Exception):
    """A failed conversion (Go's ``*strconv.NumError``): ``strconv.Atoi: parsing "x": invalid syntax``.

    Its fields keep Go's names, as a struct's do: ``Func`` is the failing
    function's Go name (``"Atoi"``), ``Num`` the input and ``Err`` the reason
    (`ErrSyntax` or `ErrRange`); ``func_``, ``num`` and ``err`` read the same
    fields in snake case.  ``unwrap()`` returns ``Err``.  Models src/strconv/atoi.go.
    """

    go_type = "*strconv.NumError"

    def __init__(self, func: str, num: str, err: BaseException) -> None:
        super().__init__(func, num, err)
        self.Func = func
        self.Num = num
        self.Err = err

    @property
    def func_(self) -> str:
        """``Func``, the failing function's Go name (``func`` is a goexit decorator's name)."""
        return self.Func

    @property
    def num(self) -> str:
        """``Num``, the input."""
        return self.Num

    @property
    def err(self) -> BaseException:
        """``Err``, the reason: `ErrSyntax` or `ErrRange`."""
        return self.Err

    def __str__(self) -> str:
        return f"strconv.{self.Func}: parsing {quote(self.Num)}: {self.Err}"

    def unwrap(self) -> BaseException:
        """The reason, `ErrSyntax` or `ErrRange` (Go's ``Unwrap``)."""
        return self.Err


# --------------------------------------------------------------------------
# Integers


def _digits(u: int, base: int) -> str:
    if u == 0:
        return "0"
    out = []
    while u:
        u, r = divmod(u, base)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    return "".join(reversed(out))


def format_int(i: int, base: int) -> str:
    """``i`` in ``base`` (2 to 36), lower-case letters for digits above 9 (Go's ``strconv.FormatInt``)."""
    if not 2 <= base <= 36:
        raise ValueError("strconv: illegal AppendInt/FormatInt base")  # Go panics with this text
    return ("-" if i < 0 else "") + _digits(abs(i), base)


def format_uint(i: int, base: int) -> str:
    """Go's ``strconv.FormatUint``: ``i`` taken as an unsigned 64-bit value."""
    return format_int(i & (2**64 - 1), base)


def itoa(i: int) -> str:
    """``i`` in decimal (Go's ``strconv.Itoa``)."""
    return format_int(i, 10)


def format_bool(b: bool) -> str:
    """``"true"`` or ``"false"`` (Go's ``strconv.FormatBool``)."""
    return "true" if b else "false"


def _underscore_ok(s: str) -> bool:
    # Go's underscoreOK: underscores only between digits, and only with a base prefix.
    saw = "^"
    i = 0
    if len(s) >= 1 and s[0] in "+-":
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == "0" and s[1].lower() in "box":
        i = 2
        saw = "0"
        hexa = s[1].lower() == "x"
    while i < len(s):
        c = s[i]
        if c.isdigit() or (hexa and c.lower() in "abcdef"):
            saw = "0"
        elif c == "_":
            if saw != "0":
                return False
            saw = "_"
        else:
            if saw == "_":
                return False
            saw = "!"
        i += 1
    return saw != "_"


def parse_uint(s: str, base: int, bit_size: int) -> tuple[int, BaseException | None]:
    """Go's ``strconv.ParseUint``: ``(value, None)`` or ``(0 or the maximum, *NumError)``."""
    return _parse_uint("ParseUint", s, base, bit_size)


def _parse_uint(fn: str, s: str, base: int, bit_size: int) -> tuple[int, BaseException | None]:
    if s == "":
        return 0, NumError(fn, s, ErrSyntax)
    base0 = base == 0
    s0 = s
    if 2 <= base <= 36:
        pass
    elif base == 0:
        base = 10
        if s[0] == "0":
            if len(s) >= 3 and s[1].lower() == "b":
                base, s = 2, s[2:]
            elif len(s) >= 3 and s[1].lower() == "o":
                base, s = 8, s[2:]
            elif len(s) >= 3 and s[1].lower() == "x":
                base, s = 16, s[2:]
            else:
                base, s = 8, s[1:]
    else:
        return 0, NumError(fn, s0, _ErrorString(f"invalid base {base}"))
    if bit_size == 0:
        bit_size = IntSize
    elif bit_size < 0 or bit_size > 64:
        return 0, NumError(fn, s0, _ErrorString(f"invalid bit size {bit_size}"))
    max_val = (1 << bit_size) - 1
    n = 0
    underscores = False
    for c in s:
        if c == "_" and base0:
            underscores = True
            continue
        d = "0123456789abcdefghijklmnopqrstuvwxyz".find(c.lower()) if c.isascii() else -1
        if d < 0 or d >= base:
            return 0, NumError(fn, s0, ErrSyntax)
        n = n * base + d
    if s == "" and not base0:
        return 0, NumError(fn, s0, ErrSyntax)
    if underscores and not _underscore_ok(s0):
        return 0, NumError(fn, s0, ErrSyntax)
    if n > max_val:
        return max_val, NumError(fn, s0, ErrRange)
    return n, None


def parse_int(s: str, base: int, bit_size: int) -> tuple[int, BaseException | None]:
    """Go's ``strconv.ParseInt``: base 0 reads the ``0x``/``0o``/``0b``/``0`` prefixes and ``_`` separators.

    Returns ``(value, None)``; on a syntax error ``(0, *NumError)``; out of range,
    the nearest limit and a `NumError` wrapping `ErrRange`.
    """
    return _parse_int("ParseInt", s, base, bit_size)


def _parse_int(fn: str, s: str, base: int, bit_size: int) -> tuple[int, BaseException | None]:
    if s == "":
        return 0, NumError(fn, s, ErrSyntax)
    s0 = s
    neg = False
    if s[0] in "+-":
        neg = s[0] == "-"
        s = s[1:]
    un, err = _parse_uint(fn, s, base, bit_size)
    if err is not None and isinstance(err, NumError) and err.Err is not ErrRange:
        err.Num = s0
        return 0, err
    if bit_size == 0:
        bit_size = IntSize
    cutoff = 1 << (bit_size - 1)
    if not neg and un >= cutoff:
        return cutoff - 1, NumError(fn, s0, ErrRange)
    if neg and un > cutoff:
        return -cutoff, NumError(fn, s0, ErrRange)
    return (-un if neg else un), None


def atoi(s: str) -> tuple[int, BaseException | None]:
    """Go's ``strconv.Atoi``: ``parse_int(s, 10, 0)``, with ``Atoi`` named in its errors."""
    n, err = _parse_int("Atoi", s, 10, 0)
    if isinstance(err, NumError):
        err.Func = "Atoi"
    return n, err


def parse_bool(s: str) -> tuple[bool, BaseException | None]:
    """Go's ``strconv.ParseBool``: 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False."""
    if s in ("1", "t", "T", "true", "TRUE", "True"):
        return True, None
    if s in ("0", "f", "F", "false", "FALSE", "False"):
        return False, None
    return False, NumError("ParseBool", s, ErrSyntax)


def parse_float(s: str, bit_size: int) -> tuple[float, BaseException | None]:
    """Go's ``strconv.ParseFloat``: decimal, hexadecimal (``0x1p-2``), ``inf``/``infinity``/``nan``, any case.

    Underscores are accepted between digits, as in Go; no surrounding spaces.
    Out of range gives ``±Inf`` and a `NumError` wrapping `ErrRange`.
    """
    fn = "ParseFloat"
    body = s[1:] if s[:1] in ("+", "-") else s
    low = body.lower()
    if low in ("inf", "infinity"):
        return (-math.inf if s[0] == "-" else math.inf), None
    if low == "nan" and body == s:
        return math.nan, None
    if not body or body != body.strip() or not all(c.isascii() for c in body):
        return 0.0, NumError(fn, s, ErrSyntax)
    text = s
    if "_" in s:
        if not _underscore_ok(s):
            return 0.0, NumError(fn, s, ErrSyntax)
        text = s.replace("_", "")
    try:
        if low.startswith("0x"):
            if "p" not in low:
                return 0.0, NumError(fn, s, ErrSyntax)
            value = float.fromhex(text)
        else:
            if any(c not in "0123456789.eE+-" for c in text.lstrip("+-")):
                return 0.0, NumError(fn, s, ErrSyntax)
            value = float(text)
    except (ValueError, OverflowError):
        if low.startswith("0x"):
            return (-math.inf if s[0] == "-" else math.inf), NumError(fn, s, ErrRange)
        return 0.0, NumError(fn, s, ErrSyntax)
    if bit_size == 32:
        value = _to_float32(value)
    if math.isinf(value):
        return value, NumError(fn, s, ErrRange)
    return value, None


# --------------------------------------------------------------------------
# Floats


_FLOAT32_MAX = 3.4028234663852886e38
_FLOAT32_OVERFLOW = 2.0**128 - 2.0**103  # from here on, rounding to float32 gives infinity


def _to_float32(f: float) -> float:
    """``float32(f)``: round to the nearest float32 (ties to even), infinity beyond its range."""
    if abs(f) > _FLOAT32_MAX and not math.isinf(f):
        return math.copysign(math.inf if abs(f) >= _FLOAT32_OVERFLOW else _FLOAT32_MAX, f)
    return float(struct.unpack("<f", struct.pack("<f", f))[0])


def _parse_digits(text: str) -> tuple[str, int]:
    """Digits (no leading or trailing zeros) and decimal-point position of a positive decimal string."""
    if "e" in text:
        mant, exp_text = text.split("e")
        exp = int(exp_text)
    else:
        mant, exp = text, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    digits = ip + fp
    dp = len(ip) + exp
    stripped = digits.lstrip("0")
    dp -= len(digits) - len(stripped)
    stripped = stripped.rstrip("0")
    if not stripped:
        return "", 0
    return stripped, dp


def _shortest(f: float, bit_size: int) -> tuple[str, int]:
    if bit_size == 32:
        target = _to_float32(f)
        for p in range(1, 10):
            text = f"{target:.{p - 1}e}"
            if _to_float32(float(text)) == target:
                return _parse_digits(text)
    return _parse_digits(repr(f))


def _fmt_efg(neg: bool, s: str, dp: int, nd: int, prec: int, fmt: str, shortest: bool) -> str:
    # Go's fmtEFG (src/internal/strconv/ftoa.go), line for line.
    if fmt in "gG":
        eprec = prec
        if eprec > nd and nd >= dp:
            eprec = nd
        if shortest:
            eprec = 6
        exp = dp - 1
        if exp < -4 or exp >= eprec:
            if prec > nd:
                prec = nd
            prec -= 1
            fmt = "e" if fmt == "g" else "E"
        else:
            if prec > dp:
                prec = nd
            prec = max(prec - dp, 0)
            fmt = "f"
    out = ["-"] if neg else []
    if fmt in "eE":
        out.append(s[0] if nd else "0")
        if prec > 0:
            out.append(".")
            m = min(nd, prec + 1)
            out.append(s[1:m] if m > 1 else "")
            out.append("0" * (prec + 1 - max(m, 1)))
        out.append(fmt)
        exp = dp - 1 if nd else 0
        out.append("-" if exp < 0 else "+")
        exp = abs(exp)
        out.append(f"{exp:02d}")
        return "".join(out)
    # %f
    if dp > 0:
        m = min(nd, dp)
        out.append(s[:m])
        out.append("0" * (dp - m))
    else:
        out.append("0")
    if prec > 0:
        out.append(".")
        lz = min(prec, max(0, -dp))
        off = dp + lz
        m = min(prec - lz, max(0, nd - off))
        tz = max(0, prec - lz - m)
        out.append("0" * lz)
        out.append(s[off : off + m])
        out.append("0" * tz)
    return "".join(out)


def _fmt_b(neg: bool, mant: int, exp: int) -> str:
    return ("-" if neg else "") + str(mant) + "p" + ("+" if exp >= 0 else "") + str(exp)


def _fmt_x(prec: int, fmt: str, neg: bool, mant: int, exp: int, mant_bits: int) -> str:
    # Go's fmtX: -0x1.yyyyp±dd
    if mant == 0:
        exp = 0
    mant <<= 60 - mant_bits
    while mant != 0 and mant & (1 << 60) == 0:
        mant <<= 1
        exp -= 1
    if 0 <= prec < 15:
        shift = prec * 4
        extra = (mant << shift) & ((1 << 60) - 1)
        mant >>= 60 - shift
        if extra | (mant & 1) > 1 << 59:
            mant += 1
        mant <<= 60 - shift
        if mant & (1 << 61):
            mant >>= 1
            exp += 1
    digits = _UPPERHEX if fmt == "X" else _LOWERHEX
    out = ["-"] if neg else []
    out.append("0" + fmt + str((mant >> 60) & 1))
    mant = (mant << 4) & ((1 << 64) - 1)
    if prec < 0 and mant != 0:
        out.append(".")
        while mant != 0:
            out.append(digits[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    elif prec > 0:
        out.append(".")
        for _ in range(prec):
            out.append(digits[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    out.append("P" if fmt == "X" else "p")
    out.append("-" if exp < 0 else "+")
    out.append(f"{abs(exp):02d}")
    return "".join(out)


def format_float(f: float, fmt: str, prec: int, bit_size: int) -> str:
    """``f`` as text, the way Go's ``strconv.FormatFloat`` writes it.

    ``fmt`` is ``'e'``, ``'E'``, ``'f'``, ``'g'``, ``'G'``, ``'b'``, ``'x'`` or ``'X'``;
    ``prec`` is the number of digits (after the point for e/f, significant for g),
    or -1 for the fewest digits that read back as ``f`` exactly.  ``bit_size`` is
    64, or 32 to round ``f`` to a float32 first.  Infinities are ``+Inf``/``-Inf``,
    NaN is ``NaN``.
    """
    if bit_size == 32:
        f = _to_float32(f)
        bits = struct.unpack("<I", struct.pack("<f", f))[0]
        exp_bits, mant_bits, bias = 8, 23, -127
        total = 32
    else:
        bits = struct.unpack("<Q", struct.pack("<d", f))[0]
        exp_bits, mant_bits, bias = 11, 52, -1023
        total = 64
    neg = bool(bits >> (total - 1))
    exp = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mant = bits & ((1 << mant_bits) - 1)
    if exp == (1 << exp_bits) - 1:
        if mant != 0:
            return "NaN"
        return "-Inf" if neg else "+Inf"
    if exp == 0:
        exp += 1
    else:
        mant |= 1 << mant_bits
    exp += bias
    if fmt == "b":
        return _fmt_b(neg, mant, exp - mant_bits)
    if fmt in "xX":
        return _fmt_x(prec, fmt, neg, mant, exp, mant_bits)
    if fmt not in "eEfgG":
        return "%" + fmt
    if mant == 0:
        return _fmt_efg(neg, "", 0, 0, prec, fmt, prec < 0)
    a = abs(f)
    if prec < 0:
        s, dp = _shortest(a, bit_size)
        nd = len(s)
        if fmt in "eE":
            prec = max(nd - 1, 0)
        elif fmt == "f":
            prec = max(nd - dp, 0)
        else:
            prec = nd
        return _fmt_efg(neg, s, dp, nd, prec, fmt, True)
    if fmt in "eE":
        s, dp = _parse_digits(f"{a:.{prec}e}")
    elif fmt == "f":
        s, dp = _parse_digits(f"{a:.{prec}f}")
    else:
        if prec == 0:
            prec = 1
        s, dp = _parse_digits(f"{a:.{prec - 1}e}")
    return _fmt_efg(neg, s, dp, len(s), prec, fmt, False)


# --------------------------------------------------------------------------
# Quoting


def is_print(r: int) -> bool:
    """Go's ``strconv.IsPrint``: letters, marks, numbers, punctuation, symbols and the ASCII space."""
    if r == 0x20:
        return True
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return False
    return unicodedata.category(chr(r))[0] in "LMNPS"


def _valid_rune(r: int) -> bool:
    return 0 <= r <= 0x10FFFF and not 0xD800 <= r <= 0xDFFF


def _escaped_rune(r: int, quote: str, ascii_only: bool) -> str:
    if r == ord(quote) or r == 0x5C:
        return "\\" + chr(r)
    if ascii_only:
        if r < 0x80 and is_print(r):
            return chr(r)
    elif is_print(r):
        return chr(r)
    simple = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v"}
    if r in simple:
        return simple[r]
    if r < 0x20 or r == 0x7F:
        return f"\\x{r:02x}"
    if not _valid_rune(r):
        r = 0xFFFD
    if r < 0x10000:
        return f"\\u{r:04x}"
    return f"\\U{r:08x}"


def _quote_with(s: str, quote: str, ascii_only: bool) -> str:
    out = [quote]
    for ch in s:
        r = ord(ch)
        if 0xDC80 <= r <= 0xDCFF:
            # A byte that was not valid UTF-8, kept by Python's surrogateescape.
            out.append(f"\\x{r - 0xDC00:02x}")
            continue
        out.append(_escaped_rune(r, quote, ascii_only))
    out.append(quote)
    return "".join(out)


def quote(s: str) -> str:
    """``s`` as a double-quoted Go string literal (Go's ``strconv.Quote``).

    Printable characters stay as they are; ``\\a \\b \\f \\n \\r \\t \\v``, ``\\\\``
    and ``\\"`` are escaped by name, other control characters as ``\\xNN``, other
    non-printable characters as ``\\uNNNN`` or ``\\UNNNNNNNN``.
    """
    return _quote_with(s, '"', False)


def quote_to_ascii(s: str) -> str:
    """`quote`, with every non-ASCII character escaped too (Go's ``strconv.QuoteToASCII``)."""
    return _quote_with(s, '"', True)


def quote_rune(r: int | str) -> str:
    """The rune ``r`` as a single-quoted Go character literal (Go's ``strconv.QuoteRune``).

    An invalid rune (a surrogate, or beyond U+10FFFF) gives ``'�'``.
    """
    code = ord(r) if isinstance(r, str) else r
    if not _valid_rune(code):
        code = 0xFFFD
    return "'" + _escaped_rune(code, "'", False) + "'"


def quote_rune_to_ascii(r: int | str) -> str:
    """`quote_rune` with non-ASCII characters escaped (Go's ``strconv.QuoteRuneToASCII``)."""
    code = ord(r) if isinstance(r, str) else r
    if not _valid_rune(code):
        code = 0xFFFD
    return "'" + _escaped_rune(code, "'", True) + "'"


def can_backquote(s: str) -> bool:
    """Whether ``s`` can be written as a raw string literal unchanged (Go's ``strconv.CanBackquote``)."""
    for ch in s:
        r = ord(ch)
        if r >= 0x80:
            if r == 0xFEFF or 0xD800 <= r <= 0xDFFF:
                return False
            continue
        if (r < 0x20 and r != 9) or r == 0x60 or r == 0x7F:
            return False
    return True


def unquote(s: str) -> tuple[str, BaseException | None]:
    """Go's ``strconv.Unquote`` for double-quoted, single-quoted and back-quoted literals.

    Returns ``(text, None)``, or ``("", ErrSyntax)`` for an invalid literal.
    """
    if len(s) < 2 or s[0] != s[-1] or s[0] not in "\"'`":
        return "", ErrSyntax
    q = s[0]
    body = s[1:-1]
    if q == "`":
        if "`" in body:
            return "", ErrSyntax
        return body.replace("\r", ""), None
    if "\n" in body:
        return "", ErrSyntax
    out = []
    i = 0
    simple = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
    while i < len(body):
        c = body[i]
        if c == q:
            return "", ErrSyntax
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= len(body):
            return "", ErrSyntax
        c = body[i]
        i += 1
        if c in simple:
            out.append(simple[c])
        elif c == q:
            out.append(c)
        elif c in "xuU":
            n = {"x": 2, "u": 4, "U": 8}[c]
            hexits = body[i : i + n]
            if len(hexits) != n or any(h not in "0123456789abcdefABCDEF" for h in hexits):
                return "", ErrSyntax
            v = int(hexits, 16)
            i += n
            if c == "x":
                out.append(chr(v) if v < 0x80 else chr(0xDC00 + v))
            elif not _valid_rune(v):
                return "", ErrSyntax
            else:
                out.append(chr(v))
        elif c in "01234567":
            octal = body[i - 1 : i + 2]
            if len(octal) != 3 or any(o not in "01234567" for o in octal):
                return "", ErrSyntax
            v = int(octal, 8)
            if v > 255:
                return "", ErrSyntax
            out.append(chr(v) if v < 0x80 else chr(0xDC00 + v))
            i += 2
        else:
            return "", ErrSyntax
    text = "".join(out)
    if q == "'" and len(text) != 1:
        return "", ErrSyntax
    return text, None
