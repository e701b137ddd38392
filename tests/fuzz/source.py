"""Source text for both languages: literals, and a writer that collects lines and dependencies.

A `Writer` emits one program in one language (``go`` or ``py``).  Statements of `fuzz.grammar`
write their Go and their Python through the same writer interface, side by side, so each
construct's two spellings can be read together.  The writer records what the emitted code
needs (Go imports, goexit names, named types, helper functions), and the program assembles the
file's header from that afterwards.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from fuzz.grammar import Helper, TypeDecl

Lang = Literal["go", "py"]


def _escape(s: str, quote: str, lang: Lang) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + quote)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")  # a byte in Go, the same code point in Python (both < 0x80)
        elif not ch.isprintable():
            out.append(f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}")
        else:
            out.append(ch)
    return "".join(out)


def go_str(s: str) -> str:
    """A Go interpreted string literal for ``s`` (valid UTF-8 text only: Python cannot hold other bytes)."""
    return '"' + _escape(s, '"', "go") + '"'


def py_str(s: str) -> str:
    """A Python string literal for ``s`` (ruff format may later change its quotes)."""
    return '"' + _escape(s, '"', "py") + '"'


def go_float(f: float) -> str:
    """A Go float64 literal, or a math call for what has no literal (-0, ±Inf, NaN)."""
    if math.isnan(f):
        return "math.NaN()"
    if math.isinf(f):
        return "math.Inf(1)" if f > 0 else "math.Inf(-1)"
    if f == 0 and math.copysign(1, f) < 0:
        return "math.Copysign(0, -1)"  # the constant -0.0 is +0 in Go: constants are exact
    return repr(f)  # Python's shortest repr round-trips, and Go parses it to the same float64


def py_float(f: float) -> str:
    if math.isnan(f):
        return "math.nan"
    if math.isinf(f):
        return "math.inf" if f > 0 else "-math.inf"
    return repr(f)


def float_needs_math(f: float) -> bool:
    return math.isnan(f) or math.isinf(f) or (f == 0 and math.copysign(1, f) < 0)


def float_deps(f: float) -> tuple[str, ...]:
    """What the literals of ``f`` need: Go's math for -0, ±Inf, NaN; Python's for ±Inf, NaN."""
    deps = ("go:math",) if float_needs_math(f) else ()
    return deps + (("py:math",) if math.isnan(f) or math.isinf(f) else ())


@dataclass(frozen=True)
class Val:
    """One Go value and its Python twin, as source text.

    ``deps`` names what the text needs: ``go:<import>``, ``py:<name>`` (a goexit name or
    module, or ``math`` / ``dataclass``) and ``type:<key>`` (a named type of the program).
    ``kind`` is the value's Go kind as the generator sees it (``int``, ``float``, ``string``,
    ``bool``, ``nil``, ``error``, ``stringer``, ``struct``, ``pointer``, ``slice``, ``map``,
    ``named``), used to choose what may be done with it.
    """

    go: str
    py: str
    kind: str
    deps: tuple[str, ...] = ()
    tag: str = ""  # the production that made it, when finer than ``kind`` (``error:join``)


@dataclass
class Writer:
    """Lines of one program in one language, and what they need."""

    lang: Lang
    index: int
    lines: list[str] = field(default_factory=list)
    depth: int = 0
    needs: set[str] = field(default_factory=set)
    types: dict[str, TypeDecl] = field(default_factory=dict)
    helpers: dict[str, Helper] = field(default_factory=dict)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def go(self) -> bool:
        return self.lang == "go"

    def line(self, text: str = "") -> None:
        unit = "\t" if self.go else "    "
        self.lines.append(unit * self.depth + text if text else "")

    @contextmanager
    def indent(self) -> Iterator[None]:
        self.depth += 1
        start = len(self.lines)
        try:
            yield
        finally:
            if not self.go and len(self.lines) == start:
                self.line("pass")
            self.depth -= 1

    def need(self, *deps: str) -> None:
        """Record dependencies, each ``go:x``, ``py:x`` or ``both:x`` (this writer keeps its own)."""
        for d in deps:
            side, _, name = d.partition(":")
            if side == self.lang or side == "both":
                self.needs.add(name)

    def val(self, v: Val) -> str:
        for d in v.deps:
            if d.startswith("type:"):
                self.use_type(d[5:])
            else:
                self.need(d)
        return v.go if self.go else v.py

    def vals(self, vs: list[Val]) -> str:
        return ", ".join(self.val(v) for v in vs)

    def use_type(self, key: str) -> None:
        from fuzz.grammar import TYPES

        if key not in self.types:
            self.types[key] = TYPES[key]

    def use_helper(self, h: Helper) -> str:
        self.helpers.setdefault(h.name, h)
        return h.name

    def fresh(self, base: str) -> str:
        """A new name for Python alone (a nested ``def``), unique in the program: ``deferred_3``.

        Names both languages share (variables that printed text names) come from `Stmt.uid`."""
        return f"{base}_{next(self._ids)}"

    def tname(self, key: str) -> str:
        """The Go (and Python) name of the program's named type ``key``: ``P17Err``."""
        self.use_type(key)
        return type_name(self.index, key)


def type_name(index: int, key: str) -> str:
    return f"P{index}{key}"
