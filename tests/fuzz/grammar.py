"""The fuzzer's grammar: statements that write themselves as Go and as the goexit twin.

Every node writes its Go and its Python through one `Writer` (``w.go`` says which), so the two
spellings of a construct sit side by side.  The Python is the port docs/python.md describes:
``defer(f, args)`` for ``defer f(args)``, a nested ``def`` (decorated ``@func`` when it defers)
for a deferred or ``go`` closure, ``Chan``/``close``/``select`` for channels, goexit's ``fmt``,
``log``, ``bufio``, ``os`` and ``runtime`` for Go's packages, dataclasses and ``int``/``str``/
``float`` subclasses for Go's named types, ``ptr`` for ``&T{}``.

A program is a tree: `Program` holds main's `Block` (a list of `Stmt`), statements hold the
blocks of their closures, loops and helper functions.  Every statement is self-contained (it
declares and uses its own variables), so the minimiser (`fuzz.minimise`) may drop any
statement of any block and the program still compiles and type-checks.

Determinism, by construction (the rules `fuzz.gen` follows, checked again by running Go twice):
only the goroutine holding the "token" prints.  ``main`` hands it to a goroutine and blocks
until it comes back: a goroutine signals with a deferred ``close``/``Done`` registered first
(so it runs last) when its body cannot panic, and otherwise with a plain statement after a
helper call that holds the body, so an unrecovered panic crashes the program while ``main``
still waits (a deferred signal would let ``main`` run on during the crash).  Goroutines that
block for ever are started first (`Program.leaks`), so a deadlock lists them in creation order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from fuzz.source import Val, Writer, go_str, py_str, type_name

Block = list["Stmt"]


# --------------------------------------------------------------------------- named types


@dataclass(frozen=True)
class TypeDecl:
    """A named type a program may use; ``key`` is its name without the program's prefix."""

    key: str
    needs: tuple[str, ...] = ()

    def emit(self, w: Writer) -> None:
        n = type_name(w.index, self.key)
        w.need(*self.needs)
        if self.key == "Str":  # a struct with a value-receiver String method (a Stringer)
            if w.go:
                w.line(f"type {n} struct {{\n\tN int\n}}\n")
                w.line(f'func (s {n}) String() string {{ return fmt.Sprintf("str#%d", s.N) }}')
            else:
                w.line("@dataclass")
                w.line(f"class {n}:")
                w.line("    N: int\n")
                w.line("    def __str__(self) -> str:")
                w.line('        return fmt.sprintf("str#%d", self.N)')
        elif self.key == "Err":  # an error type used through a pointer (pointer receiver)
            if w.go:
                w.line(f"type {n} struct {{\n\tCode int\n}}\n")
                w.line(f'func (e *{n}) Error() string {{ return fmt.Sprintf("failure code %d", e.Code) }}')
            else:
                w.line("@dataclass")
                w.line(f"class {n}(Exception):")
                w.line("    Code: int\n")
                w.line("    def __str__(self) -> str:")
                w.line('        return fmt.sprintf("failure code %d", self.Code)')
        elif self.key == "VErr":  # an error type with a value receiver: go_type names it
            if w.go:
                w.line(f"type {n} struct {{\n\tMsg string\n}}\n")
                w.line(f'func (e {n}) Error() string {{ return "verr: " + e.Msg }}')
            else:
                w.line("@dataclass")
                w.line(f"class {n}(Exception):")
                w.line(f'    go_type = "main.{n}"')
                w.line("    Msg: str\n")
                w.line("    def __str__(self) -> str:")
                w.line('        return "verr: " + self.Msg')
        elif self.key == "Lvl":  # a named int with a String method
            if w.go:
                w.line(f"type {n} int\n")
                w.line(f"func (l {n}) String() string {{")
                w.line('\tswitch l {\n\tcase 0:\n\t\treturn "low"\n\tcase 1:\n\t\treturn "high"\n\t}')
                w.line(f'\treturn fmt.Sprintf("{n}(%d)", int(l))')
                w.line("}")
            else:
                w.line(f"class {n}(int):")
                w.line("    def __str__(self) -> str:")
                w.line('        if self == 0:\n            return "low"')
                w.line('        if self == 1:\n            return "high"')
                w.line(f'        return fmt.sprintf("{n}(%d)", int(self))')
        elif self.key in ("Num", "Name", "Temp"):  # named basic types without methods
            go_base, py_base = {"Num": ("int", "int"), "Name": ("string", "str"), "Temp": ("float64", "float")}[
                self.key
            ]
            if w.go:
                w.line(f"type {n} {go_base}")
            else:
                w.line(f"class {n}({py_base}):")
                w.line("    pass")
        elif self.key == "Pt":  # a plain struct
            if w.go:
                w.line(f"type {n} struct {{\n\tX int\n\tY string\n}}")
            else:
                w.line("@dataclass")
                w.line(f"class {n}:")
                w.line("    X: int")
                w.line("    Y: str")
        elif self.key == "Box":  # a struct holding a Stringer, a slice and an error
            s = w.tname("Str")
            if w.go:
                w.line(f"type {n} struct {{\n\tS {s}\n\tL []int\n\tE error\n}}")
            else:
                w.line("@dataclass")
                w.line(f"class {n}:")
                w.line(f"    S: {s}")
                w.line("    L: list[int]")
                w.line("    E: BaseException | None")
        else:
            raise ValueError(self.key)


TYPES: dict[str, TypeDecl] = {
    "Str": TypeDecl("Str", ("go:fmt", "py:fmt", "py:dataclass")),
    "Err": TypeDecl("Err", ("go:fmt", "py:fmt", "py:dataclass")),
    "VErr": TypeDecl("VErr", ("py:dataclass",)),
    "Lvl": TypeDecl("Lvl", ("go:fmt", "py:fmt")),
    "Num": TypeDecl("Num"),
    "Name": TypeDecl("Name"),
    "Temp": TypeDecl("Temp"),
    "Pt": TypeDecl("Pt", ("py:dataclass",)),
    "Box": TypeDecl("Box", ("py:dataclass",)),
}
TYPE_ORDER = list(TYPES)  # declaration order: a type is declared after the types it uses


# --------------------------------------------------------------------------- statements


class Stmt:
    """One statement (or a small self-contained group) of a block."""

    production: ClassVar[str] = ""
    terminal: ClassVar[bool] = False
    """Ends its block: nothing may follow it (Python's type checker would call it unreachable)."""
    go_terminating: ClassVar[bool] = False
    """A Go terminating statement (a ``panic`` call): a function with a result needs no return after it."""
    py_noreturn: ClassVar[bool] = False
    """Typed NoReturn in goexit (panic, os.exit, runtime.goexit, log.fatal...): no return may follow it."""
    defers: ClassVar[bool] = False
    """Defers in the enclosing function (which then needs ``@func`` in Python)."""

    uid: int = 0
    """Numbers the names this statement declares (set once the program is generated, the same in both languages)."""

    def n(self, base: str) -> str:
        return f"{base}{self.uid}"

    def emit(self, w: Writer) -> None:
        raise NotImplementedError

    def blocks(self) -> list[Block]:
        """The nested blocks the minimiser may shrink."""
        return []

    def name(self) -> str:
        return self.production


def emit_block(w: Writer, block: Block) -> None:
    for s in block:
        s.emit(w)


def walk(block: Block) -> Iterator[Stmt]:
    """Every statement of ``block`` and of the blocks nested in it, helpers' bodies included."""
    for s in block:
        yield s
        for b in s.blocks():
            yield from walk(b)


def defers_directly(block: Block) -> bool:
    return any(s.defers for s in block)


@dataclass
class Helper:
    """A top-level function, called from one place: ``func p3f2(n int) [int]``."""

    name: str
    body: Block
    result: bool = False

    def emit(self, w: Writer) -> None:
        last = self.body[-1] if self.body else None
        if w.go:
            w.line(f"func {self.name}(n int){' int' if self.result else ''} {{")
            with w.indent():
                emit_block(w, self.body)
                if self.result and not (last is not None and last.go_terminating):
                    w.line("return n * 2")
            w.line("}")
        else:
            if defers_directly(self.body):
                w.need("py:func")
                w.line("@func")
            w.line(f"def {self.name}(n: int) -> {'int' if self.result else 'None'}:")
            with w.indent():
                emit_block(w, self.body)
                if self.result and not (last is not None and last.py_noreturn):
                    w.line("return n * 2")


def closure(w: Writer, base: str, body: Block, *, param: bool = False) -> str:
    """Write a nested Python ``def`` for a Go closure's body; returns its name (Python only)."""
    name = w.fresh(base)
    if defers_directly(body):
        w.need("py:func")
        w.line("@func")
    w.line(f"def {name}({'n: int' if param else ''}) -> None:")
    with w.indent():
        emit_block(w, body)
    w.line()
    return name


# ---- printing


@dataclass
class Print(Stmt):
    """A print through fmt, log or the builtin println: ``printer`` says which."""

    production = "print"
    printer: str
    args: list[Val]
    format: str | None = None

    GO: ClassVar[dict[str, str]] = {
        "Println": "fmt.Println",
        "Print": "fmt.Print",
        "Printf": "fmt.Printf",
        "Fprintf.Stdout": "fmt.Fprintf",
        "Fprintf.Stderr": "fmt.Fprintf",
        "Fprintln.Stderr": "fmt.Fprintln",
        "Fprint.Stderr": "fmt.Fprint",
        "Fprintln.Stdout": "fmt.Fprintln",
        "log.Print": "log.Print",
        "log.Println": "log.Println",
        "log.Printf": "log.Printf",
        "println": "println",
        "print": "print",
    }
    PY: ClassVar[dict[str, str]] = {
        "Println": "fmt.println",
        "Print": "fmt.print_",
        "Printf": "fmt.printf",
        "Fprintf.Stdout": "fmt.fprintf",
        "Fprintf.Stderr": "fmt.fprintf",
        "Fprintln.Stderr": "fmt.fprintln",
        "Fprint.Stderr": "fmt.fprint",
        "Fprintln.Stdout": "fmt.fprintln",
        "log.Print": "log.print_",
        "log.Println": "log.println",
        "log.Printf": "log.printf",
        "println": "println",
        "print": "print_",
    }

    def name(self) -> str:
        return f"print:{self.printer}"

    def call(self, w: Writer) -> tuple[str, str]:
        """The function and its argument list (for a plain call, or a defer)."""
        fn = self.GO[self.printer] if w.go else self.PY[self.printer]
        if fn.startswith("fmt."):
            w.need("go:fmt", "py:fmt")
        elif fn.startswith("log."):
            w.need("go:log", "py:log")
        else:
            w.need(f"py:{fn}")
        parts = []
        if "." in self.printer and not self.printer.startswith("log."):
            w.need("go:os", "py:os")
            parts.append("os." + self.printer.split(".")[1])
        if self.format is not None:
            parts.append(go_str(self.format) if w.go else py_str(self.format))
        args = w.vals(self.args)
        if args:
            parts.append(args)
        return fn, ", ".join(parts)

    def emit(self, w: Writer) -> None:
        fn, args = self.call(w)
        w.line(f"{fn}({args})")


@dataclass
class Sprint(Stmt):
    """``fmt.Println(fmt.Sprintf(...))`` and its Sprint/Sprintln variants."""

    production = "sprint"
    kind: str  # Sprintf, Sprint, Sprintln
    args: list[Val]
    format: str | None = None

    def name(self) -> str:
        return f"sprint:{self.kind}"

    def emit(self, w: Writer) -> None:
        w.need("go:fmt", "py:fmt")
        parts = []
        if self.format is not None:
            parts.append(go_str(self.format) if w.go else py_str(self.format))
        args = w.vals(self.args)
        if args:
            parts.append(args)
        inner = f"fmt.{self.kind if w.go else self.kind.lower()}({', '.join(parts)})"
        if w.go:
            w.line(f"fmt.{'Print' if self.kind == 'Sprintln' else 'Println'}({inner})")
        else:
            w.line(f"fmt.{'print_' if self.kind == 'Sprintln' else 'println'}({inner})")


@dataclass
class RecoverOutside(Stmt):
    """``recover()`` outside a deferred call: always nil."""

    production = "recover-outside"

    def emit(self, w: Writer) -> None:
        w.need("go:fmt", "py:fmt", "py:recover")
        w.line('fmt.Println("recover outside a deferred call:", recover())' if w.go else
               'fmt.println("recover outside a deferred call:", recover())')  # fmt: skip


@dataclass
class PrintParam(Stmt):
    """Print the enclosing function's parameter ``n`` (only where there is one)."""

    production = "print-param"

    def emit(self, w: Writer) -> None:
        w.need("go:fmt", "py:fmt")
        w.line('fmt.Println("n =", n)' if w.go else 'fmt.println("n =", n)')


# ---- calls


@dataclass
class Call(Stmt):
    """A call of a helper function; with a result, its value is printed."""

    production = "call"
    helper: Helper
    arg: int

    def blocks(self) -> list[Block]:
        return [self.helper.body]

    def name(self) -> str:
        return "call-result" if self.helper.result else "call"

    def emit(self, w: Writer) -> None:
        name = w.use_helper(self.helper)
        if self.helper.result:
            w.need("go:fmt", "py:fmt")
            w.line(f'{"fmt.Println" if w.go else "fmt.println"}("{name} returned", {name}({self.arg}))')
        else:
            w.line(f"{name}({self.arg})")


@dataclass
class Loop(Stmt):
    """``for i := 0; i < k; i++ { ... }`` (Go 1.22: a new ``i`` each iteration)."""

    production = "loop"
    count: int
    body: Block
    var: str = "i"

    @property
    def defers(self) -> bool:  # type: ignore[override]
        return defers_directly(self.body)

    def blocks(self) -> list[Block]:
        return [self.body]

    def emit(self, w: Writer) -> None:
        v = self.n(self.var)
        if w.go:
            w.line(f"for {v} := 0; {v} < {self.count}; {v}++ {{")
            with w.indent():
                emit_block(w, self.body)
            w.line("}")
        else:
            w.line(f"for _{v} in range({self.count}):")
            with w.indent():
                emit_block(w, self.body)


# ---- defer


@dataclass
class DeferPrint(Stmt):
    """``defer fmt.Println(args)``: the arguments are evaluated at the defer statement."""

    production = "defer-print"
    defers = True
    print: Print

    def emit(self, w: Writer) -> None:
        fn, args = self.print.call(w)
        if w.go:
            w.line(f"defer {fn}({args})")
        else:
            w.need("py:defer")
            w.line(f"defer({fn}{', ' + args if args else ''})")


@dataclass
class DeferEval(Stmt):
    """A variable changed after ``defer``: the deferred call's argument keeps the old value, a closure sees the new."""

    production = "defer-eval"
    defers = True
    first: Val
    second: Val

    def emit(self, w: Writer) -> None:
        x = self.n("x")
        a, b = w.val(self.first), w.val(self.second)
        w.need("go:fmt", "py:fmt", "py:defer")
        if w.go:
            w.line(f"{x} := {a}")
            w.line(f'defer fmt.Println("{x} at the defer statement:", {x})')
            w.line("defer func() {")
            w.line(f'\tfmt.Println("{x} when the deferred closure runs:", {x})')
            w.line("}()")
            w.line(f"{x} = {b}")
        else:
            w.line(f"{x} = {a}")
            w.line(f'defer(fmt.println, "{x} at the defer statement:", {x})')
            name = w.fresh("deferred")
            w.line()
            w.line(f"def {name}() -> None:")
            w.line(f'    fmt.println("{x} when the deferred closure runs:", {x})')
            w.line()
            w.line(f"defer({name})")
            w.line(f"{x} = {b}")


@dataclass
class DeferClosure(Stmt):
    """``defer func() { ... }()``, or ``defer func(n int) { ... }(arg)``."""

    production = "defer-closure"
    defers = True
    body: Block
    arg: int | None = None

    def blocks(self) -> list[Block]:
        return [self.body]

    def name(self) -> str:
        return "defer-closure-arg" if self.arg is not None else "defer-closure"

    def emit(self, w: Writer) -> None:
        if w.go:
            w.line(f"defer func({'n int' if self.arg is not None else ''}) {{")
            with w.indent():
                emit_block(w, self.body)
            w.line(f"}}({self.arg if self.arg is not None else ''})")
        else:
            w.need("py:defer")
            w.line()
            name = closure(w, "deferred", self.body, param=self.arg is not None)
            w.line(f"defer({name}{f', {self.arg}' if self.arg is not None else ''})")


@dataclass
class DeferHelper(Stmt):
    """``defer p3f2(arg)``: a helper deferred directly (its ``recover`` works)."""

    production = "defer-helper"
    defers = True
    helper: Helper
    arg: int

    def blocks(self) -> list[Block]:
        return [self.helper.body]

    def emit(self, w: Writer) -> None:
        name = w.use_helper(self.helper)
        if w.go:
            w.line(f"defer {name}({self.arg})")
        else:
            w.need("py:defer")
            w.line(f"defer({name}, {self.arg})")


@dataclass
class DeferLoop(Stmt):
    """A loop of defers: of a call with the loop variable as argument, or of a closure that captures it."""

    production = "defer-loop"
    defers = True
    count: int
    capture: bool

    def name(self) -> str:
        return "defer-loop-closure" if self.capture else "defer-loop"

    def emit(self, w: Writer) -> None:
        i = self.n("i")
        w.need("go:fmt", "py:fmt", "py:defer")
        if w.go:
            head = f"{i} := range {self.count}" if self.capture else f"{i} := 0; {i} < {self.count}; {i}++"
            w.line(f"for {head} {{")
            if self.capture:
                w.line("\tdefer func() {")
                w.line(f'\t\tfmt.Println("closure over {i}:", {i})')
                w.line("\t}()")
            else:
                w.line(f'\tdefer fmt.Println("deferred in a loop:", {i})')
            w.line("}")
        else:
            w.line(f"for {i} in range({self.count}):")
            with w.indent():
                if self.capture:
                    # Go 1.22 gives each iteration its own variable: a default argument binds it.
                    name = w.fresh("deferred")
                    w.line()
                    w.line(f"def {name}({i}: int = {i}) -> None:")
                    w.line(f'    fmt.println("closure over {i}:", {i})')
                    w.line()
                    w.line(f"defer({name})")
                else:
                    w.line(f'defer(fmt.println, "deferred in a loop:", {i})')


# ---- recover (in deferred calls)


@dataclass
class RecoverPrint(Stmt):
    """``r := recover()`` and a Printf of it with several verbs."""

    production = "recover-print"
    format: str
    count: int  # how many times r is passed

    def emit(self, w: Writer) -> None:
        r = self.n("r")
        w.need("go:fmt", "py:fmt", "py:recover")
        args = ", ".join([r] * self.count)
        if w.go:
            w.line(f"{r} := recover()")
            w.line(f"fmt.Printf({go_str(self.format)}, {args})")
        else:
            w.line(f"{r} = recover()")
            w.line(f"fmt.printf({py_str(self.format)}, {args})")


@dataclass
class RecoverIf(Stmt):
    """``if r := recover(); r != nil { ... } else { ... }``, optionally asserting ``r.(error)``."""

    production = "recover-if"
    as_error: bool

    def name(self) -> str:
        return "recover-if-error" if self.as_error else "recover-if"

    def emit(self, w: Writer) -> None:
        r = self.n("r")
        w.need("go:fmt", "py:fmt", "py:recover")
        if w.go:
            w.line(f"if {r} := recover(); {r} != nil {{")
            if self.as_error:
                w.line(f"\tif err, ok := {r}.(error); ok {{")
                w.line('\t\tfmt.Println("recovered an error:", err.Error())')
                w.line("\t} else {")
                w.line(f'\t\tfmt.Println("recovered a non-error:", {r})')
                w.line("\t}")
            else:
                w.line(f'\tfmt.Println("recovered:", {r})')
            w.line("} else {")
            w.line('\tfmt.Println("nothing to recover")')
            w.line("}")
        else:
            w.line(f"{r} = recover()")
            w.line(f"if {r} is not None:")
            if self.as_error:
                w.line(f"    if isinstance({r}, Exception):")
                w.line(f'        fmt.println("recovered an error:", str({r}))')
                w.line("    else:")
                w.line(f'        fmt.println("recovered a non-error:", {r})')
            else:
                w.line(f'    fmt.println("recovered:", {r})')
            w.line("else:")
            w.line('    fmt.println("nothing to recover")')


# ---- terminal statements


@dataclass
class Panic(Stmt):
    """``panic(v)``."""

    production = "panic"
    terminal = True
    go_terminating = True
    py_noreturn = True
    value: Val

    def name(self) -> str:
        return f"panic:{self.value.kind}"

    def emit(self, w: Writer) -> None:
        w.need("py:panic")
        w.line(f"panic({w.val(self.value)})")


@dataclass
class Repanic(Stmt):
    """In a deferred call: recover, then panic again with the same value, or a new one made from it."""

    production = "repanic"
    terminal = True
    go_terminating = True
    py_noreturn = True
    same: bool

    def name(self) -> str:
        return "repanic-same" if self.same else "repanic-new"

    def emit(self, w: Writer) -> None:
        r = self.n("r")
        w.need("py:recover", "py:panic")
        if self.same:
            w.line(f"{r} := recover()" if w.go else f"{r} = recover()")
            w.line(f"panic({r})")
        else:
            w.need("go:fmt", "py:fmt")
            w.line(f"{r} := recover()" if w.go else f"{r} = recover()")
            sprintf = "fmt.Sprintf" if w.go else "fmt.sprintf"
            # The text names the statement: two equal strings made at run time are two values in Go, one in
            # goexit (docs/python.md#printing-limits), so no two re-panics may make the same text.
            w.line(f'panic({sprintf}("re-panic {self.uid} of %v", {r}))')


@dataclass
class RuntimeError(Stmt):  # noqa: A001 - Go's term
    """A run-time error: integer division by zero, an index out of range, or a misused channel."""

    production = "runtime-error"
    terminal = True
    kind: str  # divide, index, close-nil, close-closed, send-closed

    def name(self) -> str:
        return f"runtime-error:{self.kind}"

    def emit(self, w: Writer) -> None:
        v = self.n("v")
        if self.kind == "divide":
            w.need("go:fmt", "py:fmt")
            if w.go:
                w.line(f"{v} := 0")
                w.line(f'fmt.Println("quotient:", 10/{v})')
            else:
                w.line(f"{v} = 0")
                w.line(f'fmt.println("quotient:", 10 // {v})')
        elif self.kind == "index":
            w.need("go:fmt", "py:fmt")
            if w.go:
                w.line(f"{v} := []int{{1, 2, 3}}")
                w.line(f"k{v} := 5")
                w.line(f'fmt.Println("element:", {v}[k{v}])')
            else:
                w.line(f"{v} = [1, 2, 3]")
                w.line(f"k{v} = 5")
                w.line(f'fmt.println("element:", {v}[k{v}])')
        elif self.kind == "close-nil":
            w.need("py:close", "py:Chan")
            if w.go:
                w.line(f"var {v} chan int")
            else:
                w.line(f"{v}: Chan[int] | None = None")
            w.line(f"close({v})")
        elif self.kind == "close-closed":
            w.need("py:close", "py:Chan")
            w.line(f"{v} := make(chan int)" if w.go else f"{v}: Chan[int] = Chan(int)")
            w.line(f"close({v})")
            w.line(f"close({v})")
        elif self.kind == "send-closed":
            w.need("py:close", "py:Chan")
            w.line(f"{v} := make(chan int, 1)" if w.go else f"{v}: Chan[int] = Chan(int, 1)")
            w.line(f"close({v})")
            w.line(f"{v} <- 1" if w.go else f"{v}.send(1)")
        else:
            raise ValueError(self.kind)


@dataclass
class Goexit(Stmt):
    """``runtime.Goexit()``."""

    production = "goexit"
    terminal = True
    py_noreturn = True

    def emit(self, w: Writer) -> None:
        w.need("go:runtime", "py:runtime")
        w.line("runtime.Goexit()" if w.go else "runtime.goexit()")


@dataclass
class OsExit(Stmt):
    """``os.Exit(code)``: no deferred call runs."""

    production = "os-exit"
    terminal = True
    py_noreturn = True
    code: int

    def emit(self, w: Writer) -> None:
        w.need("go:os", "py:os")
        w.line(f"os.Exit({self.code})" if w.go else f"os.exit({self.code})")


@dataclass
class LogEnd(Stmt):
    """``log.Fatal*`` (exit status 1, no deferred call) or ``log.Panic*`` (a panic with the message)."""

    production = "log-end"
    terminal = True
    py_noreturn = True
    kind: str  # Fatal, Fatalf, Fatalln, Panic, Panicf, Panicln
    args: list[Val]

    def name(self) -> str:
        return f"log-end:{self.kind}"

    def emit(self, w: Writer) -> None:
        w.need("go:log", "py:log")
        args = w.vals(self.args)
        # The message names the statement: log.Panic panics with a string made at run time, and two equal
        # ones are two values in Go, one in goexit (docs/python.md#printing-limits).
        if self.kind.endswith("f"):
            text = f"ended {self.uid}: %v %v"
            args = f"{go_str(text) if w.go else py_str(text)}, {args}"
        else:
            args = f"{go_str(f'#{self.uid}') if w.go else py_str(f'#{self.uid}')}, {args}"
        w.line(f"log.{self.kind}({args})" if w.go else f"log.{self.kind.lower()}({args})")


@dataclass
class BlockForever(Stmt):
    """A statement that blocks its goroutine for ever (a deadlock, once every goroutine does)."""

    production = "block"
    terminal = True
    kind: str  # recv, send, nil-recv, select-none, select-one, select-two, wait, lock

    def name(self) -> str:
        return f"block:{self.kind}"

    def emit(self, w: Writer) -> None:
        v = self.n("never")
        go, py = {
            "recv": (f"{v} := make(chan int)\n<-{v}", f"{v}: Chan[int] = Chan(int)\n{v}.recv()"),
            "send": (f"{v} := make(chan int)\n{v} <- 1", f"{v}: Chan[int] = Chan(int)\n{v}.send(1)"),
            "nil-recv": (f"var {v} chan int\n<-{v}", f"{v}: Chan[int] | None = None\nnil_recv({v})"),
            "select-none": ("select {}", "select()"),
            "select-one": (
                f"{v} := make(chan int)\nselect {{\ncase <-{v}:\n}}",
                f"{v}: Chan[int] = Chan(int)\nselect(Recv({v}))",
            ),
            "select-two": (
                f'{v} := make(chan int)\n{v}b := make(chan string)\nselect {{\ncase <-{v}:\ncase {v}b <- "x":\n}}',
                f'{v}: Chan[int] = Chan(int)\n{v}b: Chan[str] = Chan(str)\nselect(Recv({v}), Send({v}b, "x"))',
            ),
            "wait": (
                f"var {v} sync.WaitGroup\n{v}.Add(1)\n{v}.Wait()",
                f"{v} = sync.WaitGroup()\n{v}.add(1)\n{v}.wait()",
            ),
            "lock": (f"var {v} sync.Mutex\n{v}.Lock()\n{v}.Lock()", f"{v} = sync.Mutex()\n{v}.lock()\n{v}.lock()"),
            "range": (
                f"{v} := make(chan int)\nfor range {v} {{\n}}",
                f"{v}: Chan[int] = Chan(int)\nfor _ in {v}:\n    pass",
            ),
        }[self.kind]
        if self.kind in ("wait", "lock"):
            w.need("go:sync", "py:sync")
        elif self.kind == "nil-recv":
            w.need("py:nil_recv", "py:Chan")
        elif self.kind.startswith("select"):
            w.need("py:select", *(["py:Chan", "py:Recv"] if self.kind != "select-none" else []))
            if self.kind == "select-two":
                w.need("py:Send")
        else:
            w.need("py:Chan")
        for line in (go if w.go else py).split("\n"):
            w.line(line)


# ---- goroutines


@dataclass
class GoWorker(Stmt):
    """A goroutine that runs ``body`` while main waits for its signal.

    ``sync`` is ``close`` (a done channel), ``send`` (a value on it), ``wg`` (a WaitGroup) or
    ``wg-go`` (WaitGroup.Go).  When ``deferred`` the signal is the goroutine's first deferred
    call (so it runs last); otherwise the body is a helper call followed by the signal.
    """

    production = "go-worker"
    helper: Helper
    sync: str
    deferred: bool

    def name(self) -> str:
        return f"go-worker:{self.sync}{'-deferred' if self.deferred and self.sync != 'wg-go' else ''}"

    def blocks(self) -> list[Block]:
        return [self.helper.body]

    def emit(self, w: Writer) -> None:
        d = self.n("done")
        body = self.helper.body
        go_signal = {"close": f"close({d})", "send": f"{d} <- true", "wg": f"{d}.Done()"}.get(self.sync, "")
        py_signal = {"close": f"close({d})", "send": f"{d}.send(True)", "wg": f"{d}.done()"}.get(self.sync, "")
        if self.sync != "wg-go":
            w.need("py:go")
        if self.sync in ("wg", "wg-go"):
            w.need("go:sync", "py:sync")
            w.line(f"var {d} sync.WaitGroup" if w.go else f"{d} = sync.WaitGroup()")
        else:
            w.need("py:Chan")
            w.line(f"{d} := make(chan bool)" if w.go else f"{d}: Chan[bool] = Chan(bool)")
        if self.sync == "close":
            w.need("py:close")
        if self.sync == "wg":
            w.line(f"{d}.Add(1)" if w.go else f"{d}.add(1)")
        if self.deferred or self.sync == "wg-go":
            # the body inline, the signal deferred first
            if w.go:
                w.line(f"{d}.Go(func() {{" if self.sync == "wg-go" else "go func() {")
                with w.indent():
                    if self.sync == "send":
                        w.line(f"defer func() {{ {go_signal} }}()")
                    elif self.sync != "wg-go":
                        w.line(f"defer {go_signal}")
                    emit_block(w, body)
                w.line("})" if self.sync == "wg-go" else "}()")
            else:
                name = w.fresh("worker")
                if self.sync == "wg-go" and defers_directly(body):
                    w.need("py:func")
                    w.line("@func")  # WaitGroup.go's function is called inside goexit's own goroutine function
                w.line(f"def {name}() -> None:")
                with w.indent():
                    if self.sync != "wg-go":
                        w.need("py:defer")
                        if self.sync == "close":
                            w.line(f"defer(close, {d})")
                        elif self.sync == "send":
                            w.line(f"defer({d}.send, True)")
                        else:
                            w.line(f"defer({d}.done)")
                    emit_block(w, body)
                w.line()
                w.line(f"{d}.go({name})" if self.sync == "wg-go" else f"go({name})")
        else:
            h = w.use_helper(self.helper)
            if w.go:
                w.line("go func() {")
                w.line(f"\t{h}(0)")
                w.line(f"\t{go_signal}")
                w.line("}()")
            else:
                name = w.fresh("worker")
                w.line(f"def {name}() -> None:")
                w.line(f"    {h}(0)")
                w.line(f"    {py_signal}")
                w.line()
                w.line(f"go({name})")
        if self.sync in ("wg", "wg-go"):
            w.line(f"{d}.Wait()" if w.go else f"{d}.wait()")
        else:
            w.line(f"<-{d}" if w.go else f"{d}.recv()")


@dataclass
class PingPong(Stmt):
    """Two goroutines take turns over two channels (buffered or not); main closes, the other closes back."""

    production = "ping-pong"
    rounds: int
    cap_ping: int
    cap_pong: int

    def emit(self, w: Writer) -> None:
        p, q, i, v = self.n("ping"), self.n("pong"), self.n("i"), self.n("v")
        w.need("go:fmt", "py:fmt", "py:Chan", "py:close", "py:go")
        cp = f", {self.cap_ping}" if self.cap_ping else ""
        cq = f", {self.cap_pong}" if self.cap_pong else ""
        if w.go:
            w.line(f"{p} := make(chan int{cp})")
            w.line(f"{q} := make(chan int{cq})")
            w.line("go func() {")
            w.line(f"\tfor {v} := range {p} {{")
            w.line(f'\t\tfmt.Println("{p} got", {v})')
            w.line(f"\t\t{q} <- {v} * 10")
            w.line("\t}")
            w.line(f'\tfmt.Println("{p} closed")')
            w.line(f"\tclose({q})")
            w.line("}()")
            w.line(f"for {i} := 0; {i} < {self.rounds}; {i}++ {{")
            w.line(f"\t{p} <- {i}")
            w.line(f'\tfmt.Println("{q} got", <-{q})')
            w.line("}")
            w.line(f"close({p})")
            w.line(f"{v}, ok := <-{q}")
            w.line(f'fmt.Println("{q} after close:", {v}, ok)')
        else:
            w.line(f"{p}: Chan[int] = Chan(int{cp})")
            w.line(f"{q}: Chan[int] = Chan(int{cq})")
            name = w.fresh("player")
            w.line()
            w.line(f"def {name}() -> None:")
            w.line(f"    for {v} in {p}:")
            w.line(f'        fmt.println("{p} got", {v})')
            w.line(f"        {q}.send({v} * 10)")
            w.line(f'    fmt.println("{p} closed")')
            w.line(f"    close({q})")
            w.line()
            w.line(f"go({name})")
            w.line(f"for {i} in range({self.rounds}):")
            w.line(f"    {p}.send({i})")
            w.line(f'    fmt.println("{q} got", {q}.recv())')
            w.line(f"close({p})")
            w.line(f"{v}, ok{v} = {q}.recv_ok()")
            w.line(f'fmt.println("{q} after close:", {v}, ok{v})')


@dataclass
class Producer(Stmt):
    """A silent producer goroutine sends and closes; main receives with range, or with ``v, ok``."""

    production = "producer"
    count: int
    cap: int
    vok: bool

    def name(self) -> str:
        return "producer-vok" if self.vok else "producer-range"

    def emit(self, w: Writer) -> None:
        ch, i, v = self.n("ch"), self.n("i"), self.n("v")
        w.need("go:fmt", "py:fmt", "py:Chan", "py:close", "py:go")
        c = f", {self.cap}" if self.cap else ""
        if w.go:
            w.line(f"{ch} := make(chan string{c})")
            w.line("go func() {")
            w.line(f"\tfor {i} := range {self.count} {{")
            w.line(f'\t\t{ch} <- fmt.Sprint("item ", {i})')
            w.line("\t}")
            w.line(f"\tclose({ch})")
            w.line("}()")
            if self.vok:
                w.line("for {")
                w.line(f"\t{v}, ok := <-{ch}")
                w.line("\tif !ok {")
                w.line(f'\t\tfmt.Printf("%q closed\\n", {v})')
                w.line("\t\tbreak")
                w.line("\t}")
                w.line(f'\tfmt.Println("received", {v}, len({ch}) <= cap({ch}))')
                w.line("}")
            else:
                w.line(f"for {v} := range {ch} {{")
                w.line(f'\tfmt.Println("received", {v})')
                w.line("}")
        else:
            w.line(f"{ch}: Chan[str] = Chan(str{c})")
            name = w.fresh("producer")
            w.line()
            w.line(f"def {name}() -> None:")
            w.line(f"    for {i} in range({self.count}):")
            w.line(f'        {ch}.send(fmt.sprint("item ", {i}))')
            w.line(f"    close({ch})")
            w.line()
            w.line(f"go({name})")
            if self.vok:
                w.need("py:cap")
                w.line("while True:")
                w.line(f"    {v}, ok{v} = {ch}.recv_ok()")
                w.line(f"    if not ok{v}:")
                w.line(f'        fmt.printf("%q closed\\n", {v})')
                w.line("        break")
                w.line(f'    fmt.println("received", {v}, len({ch}) <= cap({ch}))')
            else:
                w.line(f"for {v} in {ch}:")
                w.line(f'    fmt.println("received", {v})')


@dataclass
class Relay(Stmt):
    """A chain of goroutines, each started with ``go stage(id, in, out)``: a value passes down, printed at each."""

    production = "relay"
    stages: int
    cap: int

    def emit(self, w: Writer) -> None:
        stage = f"p{w.index}stage"
        w.helpers.setdefault(stage, _Stage(stage))
        c = f", {self.cap}" if self.cap else ""
        chans = [f"c{self.uid}s{k}" for k in range(self.stages + 1)]
        w.need("go:fmt", "py:fmt", "py:Chan", "py:go")
        for ch in chans:
            w.line(f"{ch} := make(chan int{c})" if w.go else f"{ch}: Chan[int] = Chan(int{c})")
        for k in range(self.stages):
            a, b = chans[k], chans[k + 1]
            w.line(f"go {stage}({k + 1}, {a}, {b})" if w.go else f"go({stage}, {k + 1}, {a}, {b})")
        w.line(f"{chans[0]} <- 1" if w.go else f"{chans[0]}.send(1)")
        end = chans[-1]
        w.line(f'fmt.Println("relay result:", <-{end})' if w.go else f'fmt.println("relay result:", {end}.recv())')


class _Stage(Helper):
    """The relay's stage function (written once per program)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, [], False)

    def emit(self, w: Writer) -> None:
        if w.go:
            w.line(f"func {self.name}(id int, in <-chan int, out chan<- int) {{")
            w.line("\tv := <-in")
            w.line('\tfmt.Printf("stage %d got %d\\n", id, v)')
            w.line("\tout <- v * 2")
            w.line("}")
        else:
            w.line(f"def {self.name}(ident: int, inp: Chan[int], out: Chan[int]) -> None:")
            w.line("    v = inp.recv()")
            w.line('    fmt.printf("stage %d got %d\\n", ident, v)')
            w.line("    out.send(v * 2)")


@dataclass
class SelectReady(Stmt):
    """A select with a default and one case that is, or is not, ready (main alone, so no race)."""

    production = "select-ready"
    kind: str  # recv-ready, recv-empty, send-room, send-full, recv-closed

    def name(self) -> str:
        return f"select:{self.kind}"

    def emit(self, w: Writer) -> None:
        ch, v = self.n("sel"), self.n("v")
        w.need("go:fmt", "py:fmt", "py:Chan", "py:select", "py:DEFAULT")
        recv = self.kind.startswith("recv")
        w.need("py:Recv" if recv else "py:Send")
        if w.go:
            w.line(f"{ch} := make(chan int, 1)")
            if self.kind in ("recv-ready", "send-full"):
                w.line(f"{ch} <- 42")
            if self.kind == "recv-closed":
                w.line(f"close({ch})")
            w.line("select {")
            if recv:
                w.line(f"case {v}, ok := <-{ch}:")
                w.line(f'\tfmt.Println("select received", {v}, ok)')
            else:
                w.line(f"case {ch} <- 7:")
                w.line(f'\tfmt.Println("select sent; buffered:", len({ch}))')
            w.line("default:")
            w.line('\tfmt.Println("select took the default")')
            w.line("}")
        else:
            w.line(f"{ch}: Chan[int] = Chan(int, 1)")
            if self.kind in ("recv-ready", "send-full"):
                w.line(f"{ch}.send(42)")
            if self.kind == "recv-closed":
                w.need("py:close")
                w.line(f"close({ch})")
            if recv:
                w.line(f"case{v}, {v}, ok{v} = select(Recv({ch}), default=True)")
            else:
                w.line(f"case{v}, _, _ = select(Send({ch}, 7), default=True)")
            w.line(f"if case{v} == DEFAULT:")
            w.line('    fmt.println("select took the default")')
            w.line("else:")
            if recv:
                w.line(f'    fmt.println("select received", {v}, ok{v})')
            else:
                w.line(f'    fmt.println("select sent; buffered:", len({ch}))')


@dataclass
class SelectWait(Stmt):
    """Main blocks in a two-case select; a silent goroutine makes exactly one case ready."""

    production = "select-wait"
    which: int  # 0 or 1: the case the goroutine makes ready

    def emit(self, w: Writer) -> None:
        a, b, v = self.n("a"), self.n("b"), self.n("v")
        target = a if self.which == 0 else b
        w.need("go:fmt", "py:fmt", "py:Chan", "py:select", "py:Recv", "py:go")
        if w.go:
            w.line(f"{a} := make(chan int)")
            w.line(f"{b} := make(chan string)")
            w.line("go func() {")
            w.line(f"\t{target} <- {'5' if self.which == 0 else go_str('five')}")
            w.line("}()")
            w.line("select {")
            w.line(f"case {v} := <-{a}:")
            w.line(f'\tfmt.Println("case a:", {v})')
            w.line(f"case {v} := <-{b}:")
            w.line(f'\tfmt.Println("case b:", {v})')
            w.line("}")
        else:
            w.line(f"{a}: Chan[int] = Chan(int)")
            w.line(f"{b}: Chan[str] = Chan(str)")
            name = w.fresh("sender")
            w.line()
            w.line(f"def {name}() -> None:")
            w.line(f"    {target}.send({'5' if self.which == 0 else py_str('five')})")
            w.line()
            w.line(f"go({name})")
            w.line(f"case{v}, {v}, _ = select(Recv({a}), Recv({b}))")
            w.line(f"if case{v} == 0:")
            w.line(f'    fmt.println("case a:", {v})')
            w.line(f"elif case{v} == 1:")
            w.line(f'    fmt.println("case b:", {v})')


@dataclass
class ChanState(Stmt):
    """A buffered channel, filled, closed and drained with ``v, ok``; len and cap printed."""

    production = "chan-state"
    fill: int
    cap: int

    def emit(self, w: Writer) -> None:
        ch, v = self.n("buf"), self.n("v")
        w.need("go:fmt", "py:fmt", "py:Chan", "py:close", "py:cap")
        if w.go:
            w.line(f"{ch} := make(chan int, {self.cap})")
            for k in range(self.fill):
                w.line(f"{ch} <- {k + 1}")
            w.line(f'fmt.Println("len", len({ch}), "cap", cap({ch}))')
            w.line(f"close({ch})")
            w.line(f"for {v} := 0; {v} <= {self.fill}; {v}++ {{")
            w.line(f"\tx, ok := <-{ch}")
            w.line('\tfmt.Println("drained", x, ok)')
            w.line("}")
        else:
            w.line(f"{ch}: Chan[int] = Chan(int, {self.cap})")
            for k in range(self.fill):
                w.line(f"{ch}.send({k + 1})")
            w.line(f'fmt.println("len", len({ch}), "cap", cap({ch}))')
            w.line(f"close({ch})")
            w.line(f"for _{v} in range({self.fill + 1}):")
            w.line(f"    x{v}, ok{v} = {ch}.recv_ok()")
            w.line(f'    fmt.println("drained", x{v}, ok{v})')


# ---- bufio and loggers


@dataclass
class Buffered(Stmt):
    """A bufio.Writer on stdout or stderr: prints through it, direct prints between, and a flush or not."""

    production = "bufio"
    stream: str  # Stdout, Stderr
    size: int  # 0: bufio.NewWriter
    items: list[tuple[bool, str]]  # (through the buffer?, text)
    ending: str  # flush, defer-flush, none

    @property
    def defers(self) -> bool:  # type: ignore[override]
        return self.ending == "defer-flush"

    def name(self) -> str:
        return f"bufio:{self.ending}"

    def emit(self, w: Writer) -> None:
        b = self.n("w")
        w.need("go:bufio", "py:bufio", "go:os", "py:os", "go:fmt", "py:fmt")
        if w.go:
            size = f"Size(os.{self.stream}, {self.size})" if self.size else f"(os.{self.stream})"
            w.line(f"{b} := bufio.NewWriter{size}")
        else:
            size = f"_size(os.{self.stream}, {self.size})" if self.size else f"(os.{self.stream})"
            w.line(f"{b} = bufio.new_writer{size}")
        if self.ending == "defer-flush":
            w.need("py:defer")
            w.line(f"defer {b}.Flush()" if w.go else f"defer({b}.flush)")
        for buffered, text in self.items:
            s = go_str(text) if w.go else py_str(text)
            if buffered:
                w.line(f'fmt.Fprintf({b}, {s}+"\\n")' if w.go else f'fmt.fprintf({b}, {s} + "\\n")')
            else:
                w.line(f"fmt.Println({s}, {b}.Buffered())" if w.go else f"fmt.println({s}, {b}.buffered())")
        if self.ending == "flush":
            w.line(f"{b}.Flush()" if w.go else f"{b}.flush()")


@dataclass
class Logger(Stmt):
    """``log.New(os.Stdout|os.Stderr, prefix, flags)`` and a line through it."""

    production = "logger"
    stream: str
    prefix: str
    msgprefix: bool
    args: list[Val]

    def emit(self, w: Writer) -> None:
        lg = self.n("logger")
        w.need("go:log", "py:log", "go:os", "py:os")
        flags = "log.Lmsgprefix" if self.msgprefix else "0"
        if w.go:
            w.line(f"{lg} := log.New(os.{self.stream}, {go_str(self.prefix)}, {flags})")
            w.line(f"{lg}.Println({w.vals(self.args)})")
        else:
            w.line(f"{lg} = log.new(os.{self.stream}, {py_str(self.prefix)}, {flags})")
            w.line(f"{lg}.println({w.vals(self.args)})")


# --------------------------------------------------------------------------- leaks (prologue)


@dataclass
class Leak:
    """A goroutine started first that blocks for ever, silently (listed if the program deadlocks)."""

    kind: str  # recv, send, nil-recv, select-none, select-two, wait, lock
    uid: int = 0

    def emit(self, w: Writer) -> None:
        v = f"leak{self.uid}"
        w.need("py:go")
        name = w.fresh("leaked")
        setup_go, setup_py, block_go, block_py = {
            "recv": (f"{v} := make(chan int)", f"{v}: Chan[int] = Chan(int)", f"<-{v}", f"{v}.recv()"),
            "send": (f"{v} := make(chan int)", f"{v}: Chan[int] = Chan(int)", f"{v} <- 1", f"{v}.send(1)"),
            "nil-recv": ("", "", f"var {v} chan int\n<-{v}", f"{v}: Chan[int] | None = None\nnil_recv({v})"),
            "select-none": ("", "", "select {}", "select()"),
            "select-two": (
                f"{v} := make(chan int)",
                f"{v}: Chan[int] = Chan(int)",
                f"select {{\ncase <-{v}:\ncase {v} <- 2:\n}}",
                f"select(Recv({v}), Send({v}, 2))",
            ),
            "wait": (
                f"var {v} sync.WaitGroup\n{v}.Add(1)",
                f"{v} = sync.WaitGroup()\n{v}.add(1)",
                f"{v}.Wait()",
                f"{v}.wait()",
            ),
            "lock": (
                f"var {v} sync.Mutex\n{v}.Lock()",
                f"{v} = sync.Mutex()\n{v}.lock()",
                f"{v}.Lock()",
                f"{v}.lock()",
            ),
        }[self.kind]
        if self.kind in ("wait", "lock"):
            w.need("go:sync", "py:sync")
        elif self.kind == "nil-recv":
            w.need("py:nil_recv", "py:Chan")
        elif self.kind == "select-none":
            w.need("py:select")
        elif self.kind == "select-two":
            w.need("py:select", "py:Recv", "py:Send", "py:Chan")
        else:
            w.need("py:Chan")
        setup = setup_go if w.go else setup_py
        for line in setup.split("\n") if setup else []:
            w.line(line)
        if w.go:
            w.line("go func() {")
            with w.indent():
                for line in block_go.split("\n"):
                    w.line(line)
            w.line("}()")
        else:
            w.line()
            w.line(f"def {name}() -> None:")
            with w.indent():
                for line in block_py.split("\n"):
                    w.line(line)
            w.line()
            w.line(f"go({name})")


# --------------------------------------------------------------------------- programs


@dataclass
class Program:
    """One generated program: main's block, goroutines that leak first, and how log is set up."""

    seed: int
    index: int
    main: Block
    leaks: list[Leak] = field(default_factory=list)
    log_prefix: str | None = None  # None: log is not set up (flags 0 and this prefix when it is)
    log_msgprefix: bool = False
    tags: set[str] = field(default_factory=set)  # productions in context, as the generator chose them

    @property
    def name(self) -> str:
        return f"fuzz-{self.seed}-{self.index}"

    def productions(self) -> set[str]:
        """The grammar productions this program uses (for the reachability test)."""
        found = {s.name() for s in walk(self.main)}
        found |= {f"leak:{lk.kind}" for lk in self.leaks}
        for s in walk(self.main):
            for v in _vals(s):
                found.add(f"value:{v.tag or v.kind}")
        return found | self.tags

    # ---- emission

    def uses_log(self) -> bool:
        """Does a statement print through the standard logger (which the program then sets up)?"""
        return any(
            (isinstance(s, Print) and s.printer.startswith("log.")) or isinstance(s, LogEnd) for s in walk(self.main)
        )

    def _emit_main(self, w: Writer) -> None:
        with w.indent():
            if self.log_prefix is not None and self.uses_log():
                w.need("go:log", "py:log")
                if w.go:
                    w.line("log.SetFlags(log.Lmsgprefix)" if self.log_msgprefix else "log.SetFlags(0)")
                    w.line(f"log.SetPrefix({go_str(self.log_prefix)})")
                else:
                    w.line("log.set_flags(log.Lmsgprefix)" if self.log_msgprefix else "log.set_flags(0)")
                    w.line(f"log.set_prefix({py_str(self.log_prefix)})")
            for lk in self.leaks:
                lk.emit(w)
            emit_block(w, self.main)

    def _emit_decls(self, w: Writer, body: list[str]) -> list[str]:
        """Helpers (found while emitting) then types, as top-level declarations."""
        funcs: list[str] = []
        done: set[str] = set()
        while len(done) < len(w.helpers):
            for name, h in list(w.helpers.items()):
                if name in done:
                    continue
                done.add(name)
                saved, w.lines, w.depth = w.lines, [], 0
                h.emit(w)
                funcs.append("\n".join(w.lines))
                w.lines = saved
        types: list[str] = []
        for key in TYPE_ORDER:
            if key in w.types:
                saved, w.lines, w.depth = w.lines, [], 0
                TYPES[key].emit(w)
                types.append("\n".join(w.lines))
                w.lines = saved
        return types + funcs

    def go_parts(self) -> tuple[set[str], list[str], list[str]]:
        """(imports, top-level declarations, main's body lines) of the Go program."""
        w = Writer("go", self.index)
        self._emit_main(w)
        body = w.lines
        decls = self._emit_decls(w, body)
        return w.needs, decls, body

    def go_source(self) -> str:
        """The standalone Go program (a regression twin's main.go)."""
        imports, decls, body = self.go_parts()
        out = [f"// {self.name}: generated by tests/fuzz (seed {self.seed}, program {self.index}).", "package main", ""]
        out += go_imports(imports)
        for d in decls:
            out += [d, ""]
        out += ["func main() {", *body, "}", ""]
        return "\n".join(out)

    def py_source(self) -> str:
        """The Python twin (before ruff format)."""
        w = Writer("py", self.index)
        w.lines.append("def main() -> None:")
        self._emit_main(w)
        body = w.lines
        decls = self._emit_decls(w, body)
        out = [f'"""{self.name}: generated by tests/fuzz (seed {self.seed}, program {self.index})."""', ""]
        out += py_imports(w.needs)
        out += [""]
        for d in decls:
            out += ["", d, ""]
        out += ["", *body, "", "", 'if __name__ == "__main__":', "    run(main)", ""]
        return "\n".join(out)


def _vals(s: Stmt) -> list[Val]:
    out: list[Val] = []
    for attr in ("args", "value", "first", "second"):
        v = getattr(s, attr, None)
        if isinstance(v, Val):
            out.append(v)
        elif isinstance(v, list):
            out += [x for x in v if isinstance(x, Val)]
    p = getattr(s, "print", None)
    if isinstance(p, Print):
        out += p.args
    return out


def go_imports(needs: set[str]) -> list[str]:
    pkgs = sorted(needs)
    if not pkgs:
        return []
    if len(pkgs) == 1:
        return [f'import "{pkgs[0]}"', ""]
    return ["import (", *[f'\t"{p}"' for p in pkgs], ")", ""]


def py_imports(needs: set[str]) -> list[str]:
    """The import lines (isort's order, as ruff wants it; ruff format wraps long ones)."""
    std: list[str] = []
    if "math" in needs:
        std.append("import math")
    if "dataclass" in needs:
        std.append("from dataclasses import dataclass")
    names = sorted((n for n in needs | {"run"} if n not in ("math", "dataclass")), key=_isort_key)
    lines = std + ([""] if std else []) + [f"from goexit import {', '.join(names)}"]
    return lines


def _isort_key(name: str) -> tuple[int, str]:
    # isort's force-sort-within-sections off, order-by-type: CONSTANTS, Classes, then the rest.
    if name.isupper():
        return (0, name)
    if name[0].isupper():
        return (1, name)
    return (2, name)
