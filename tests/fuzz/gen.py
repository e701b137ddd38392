"""The seeded generator: `generate(seed, index)` builds one `Program` of `fuzz.grammar`.

Each program depends only on ``(seed, index)`` (its own `random.Random`), so a batch can be
rebuilt, one program re-made, and a failure reproduced from two numbers.  The generator keeps
the rules that make a program deterministic in Go (see `fuzz.grammar`): only the goroutine
holding the token prints; a goroutine whose body may panic signals main with a plain statement
after the body, never with a deferred one; goroutines that block for ever are started first;
only main's flow and the goroutines it starts directly may block for ever, so a deadlock lists
at most one goroutine besides main and the leaked ones.

What the grammar leaves out, and why (docs/python.md, "What goexit cannot model"):

- named result parameters, and results of a function that recovers (#twin-idioms): Python has
  no result variables, and goexit's `func` returns None after a recovery;
- failing type assertions ``x.(T)`` (#twin-idioms), nil maps and nil pointers behind a static
  type (#static-types): Python values carry no static Go type;
- constant expressions (``0.1 + 0.2``, ``-0.0``; #static-types): Go folds them exactly at
  compile time, so every value here is a literal or a run-time computation;
- ``%x``/``%d`` of pointers, and widths around printed addresses (#printing-limits): the
  addresses differ and only ``0x...`` is normalised;
- two equal panic values computed at run time in one crash (#printing-limits): each re-panic
  and ``log.Panic`` message names its statement, so no two are equal;
- for determinism in Go itself, not Python's sake: ``runtime.NumGoroutine`` right after a
  goroutine signalled (it may not have ended yet).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from fuzz import grammar as g
from fuzz.source import Val, float_deps, float_needs_math, go_float, go_str, py_float, py_str, type_name

INTS = [0, 1, -1, 2, 7, 42, 65, 255, -128, 1000, 65536, 1_000_000, 0x1F600, 1 << 40, 2**63 - 1, -(2**63)]
FLOATS = [
    0.0, 1.0, -2.5, 3.14159, 0.1, 2.675, 1e6, 1e20, 1e21, 123456789.0, 1e-7, 0.000123, 100.0, 1 / 3,
    12345.678, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e308, -1e-300, 6.02214076e23,
    -0.0, float("inf"), float("-inf"), float("nan"),
]  # fmt: skip
STRINGS = [
    "boom", "", "a b", "tab\there", "two\nlines", 'say "hi"', "back\\slash", "ünïcödé", "日本語",
    "emoji 🙂", "nul\x00byte", "zero\u200bwidth", "100% sure", "  padded  ", "e\u0301", "del\x7f",
    "\ufeffbom", "it's", "a long string that keeps going for a while, past forty characters",
]  # fmt: skip
WORDS = ["alpha", "beta", "gamma", "delta", "omega", "x", "état", "中"]
VERBS = ["v", "v", "v", "+v", "#v", "T", "d", "s", "q", "x", "X", "o", "O", "b", "e", "E", "f", "F", "g", "G", "c",
         "U", "t", "p"]  # fmt: skip
METHOD_VERBS = {"v", "+v", "s", "q", "x", "X"}  # verbs for which fmt calls Error/String
VALUE_KINDS = [
    "int", "int", "float", "float", "string", "string", "bool", "nil", "error", "error", "stringer",
    "lvl", "num", "name", "temp", "struct", "pointer", "slice", "map", "box", "anyslice",
]  # fmt: skip
ADDRESS_KINDS = {"pointer", "error", "box"}  # may print an address with some verbs: no width then


_CONTEXTS = "main helper deferred goroutine loop"


def _each(prefix: str, names: str) -> list[str]:
    return [prefix + n for n in names.split()]


PRODUCTIONS = frozenset(
    _each("print:", " ".join(g.Print.GO))
    + _each("sprint:", "Sprintf Sprint Sprintln")
    + _each("", "call call-result loop print-param recover-outside defer-print defer-eval defer-closure")
    + _each("", "defer-closure-arg defer-helper defer-loop defer-loop-closure recover-print recover-if")
    + _each("", "recover-if-error repanic-same repanic-new goexit os-exit logger chan-state ping-pong relay")
    + _each("", "select-wait producer-range producer-vok goroutine@depth1 goroutine@depth2")
    + _each("recover@", "direct indirect outside")
    + _each("go-worker:", "close close-deferred send send-deferred wg wg-deferred wg-go")
    + _each("select:", "recv-ready recv-empty send-room send-full recv-closed")
    + _each("bufio:", "flush defer-flush none")
    + _each("runtime-error:", "divide index close-nil close-closed send-closed")
    + _each("log-end:", "Fatal Fatalf Fatalln Panic Panicf Panicln")
    + _each("block:", "recv send nil-recv select-none select-one select-two wait lock range")
    + _each("leak:", "recv send nil-recv select-none select-two wait lock")
    + _each("panic:", "int float string bool nil error stringer named struct pointer slice map box")
    + _each("value:", "int float float:special float:extreme string bool nil stringer struct pointer box")
    + _each("value:", "slice:int slice:string slice:any map:string map:int named:lvl named:num named:name named:temp")
    + _each("value:error:", "new custom verr errorf wrap wrap2 join join-nil")
    + [
        f"{t}@{c}"
        for t in ("panic", "runtime-error", "goexit", "os-exit", "log-end", "block")
        for c in _CONTEXTS.split()
    ]
    + _each("repanic@", "deferred helper loop")
)
"""Every production of the grammar, as `grammar.Program.productions` names them (tests/test_fuzz_gen.py
checks that each one is generated, and nothing else)."""


@dataclass(frozen=True)
class Ctx:
    """Where a block is being generated."""

    kind: str = "main"  # main, helper, deferred, goroutine, loop
    depth: int = 0  # functions and closures nested so far
    gdepth: int = 0  # goroutines nested so far (0: main's own flow)
    in_defer: bool = False  # runs as (or inside) a deferred call
    param: bool = False  # an ``n`` is in scope
    result: bool = False  # the function returns a value: it must not stop a panic


class Gen:
    """One program's generator; ``rng`` is seeded from ``(seed, index)`` alone."""

    def __init__(self, seed: int, index: int) -> None:
        self.seed = seed
        self.index = index
        self.rng = random.Random(f"goexit-fuzz:{seed}:{index}")
        self.helpers = 0
        self.budget = self.rng.randint(8, 40)  # statements left
        self.uses_log = False
        self.computed_panics: set[str] = set()  # Go text of the panic values computed at run time
        self.tags: set[str] = set()  # productions in their context (``goexit@deferred``), for the tests

    # ------------------------------------------------------------------ values

    def tn(self, key: str) -> str:
        return type_name(self.index, key)

    def value(self, kinds: list[str] | None = None, depth: int = 0) -> Val:
        r = self.rng
        kind = r.choice(kinds or VALUE_KINDS)
        if kind == "int":
            i = r.choice(INTS)
            return Val(str(i), str(i), "int")
        if kind == "float":
            f = r.choice(FLOATS)
            tag = "float:special" if float_needs_math(f) else "float:extreme" if f and not 1e-5 < abs(f) < 1e20 else ""
            return Val(go_float(f), py_float(f), "float", float_deps(f), tag)
        if kind == "string":
            s = r.choice(STRINGS)
            return Val(go_str(s), py_str(s), "string")
        if kind == "bool":
            b = r.random() < 0.5
            return Val(str(b).lower(), str(b), "bool")
        if kind == "nil":
            return Val("nil", "None", "nil")
        if kind == "error":
            return self.error(depth)
        if kind == "stringer":
            k = r.choice(INTS[:8])
            return Val(f"{self.tn('Str')}{{N: {k}}}", f"{self.tn('Str')}(N={k})", "stringer", ("type:Str",))
        if kind in ("lvl", "num"):
            key = "Lvl" if kind == "lvl" else "Num"
            k = r.choice([0, 1, 2, 7, -3])
            return Val(f"{self.tn(key)}({k})", f"{self.tn(key)}({k})", "named", (f"type:{key}",), f"named:{kind}")
        if kind == "name":
            s = r.choice(STRINGS)
            return Val(
                f"{self.tn('Name')}({go_str(s)})",
                f"{self.tn('Name')}({py_str(s)})",
                "named",
                ("type:Name",),
                "named:name",
            )
        if kind == "temp":
            f = r.choice(FLOATS)
            deps = ("type:Temp", *float_deps(f))
            return Val(f"{self.tn('Temp')}({go_float(f)})", f"{self.tn('Temp')}({py_float(f)})", "named", deps,
                       "named:temp")  # fmt: skip
        if kind in ("struct", "pointer"):
            x, y = r.choice(INTS[:8]), r.choice(STRINGS[:8])
            go = f"{self.tn('Pt')}{{X: {x}, Y: {go_str(y)}}}"
            py = f"{self.tn('Pt')}(X={x}, Y={py_str(y)})"
            if kind == "struct":
                return Val(go, py, "struct", ("type:Pt",))
            return Val("&" + go, f"ptr({py})", "pointer", ("type:Pt", "py:ptr"))
        if kind == "slice":
            if r.random() < 0.5:
                items = [r.choice(INTS) for _ in range(r.randint(1, 4))]
                return Val(
                    f"[]int{{{', '.join(map(str, items))}}}",
                    f"[{', '.join(map(str, items))}]",
                    "slice",
                    (),
                    "slice:int",
                )
            words = [r.choice(WORDS) for _ in range(r.randint(1, 3))]
            return Val(
                f"[]string{{{', '.join(map(go_str, words))}}}",
                f"[{', '.join(map(py_str, words))}]",
                "slice",
                (),
                "slice:string",
            )
        if kind == "anyslice":
            parts = [self.value(["int", "string", "nil", "bool", "float"], depth + 1) for _ in range(r.randint(1, 3))]
            if len({p.kind for p in parts}) == 1:
                parts.append(Val("nil", "None", "nil"))  # a Python list of one kind would be a []T (python.md)
            deps = tuple(d for p in parts for d in p.deps)
            go, py = ", ".join(p.go for p in parts), ", ".join(p.py for p in parts)
            return Val(f"[]any{{{go}}}", f"[{py}]", "slice", deps, "slice:any")
        if kind == "map":
            keys = r.sample(WORDS, r.randint(1, 4))
            if r.random() < 0.5:
                pairs = [(go_str(k), py_str(k), str(r.choice(INTS[:10]))) for k in keys]
                t = "map[string]int"
                return Val(
                    f"{t}{{{', '.join(f'{a}: {v}' for a, _, v in pairs)}}}",
                    f"{{{', '.join(f'{b}: {v}' for _, b, v in pairs)}}}",
                    "map",
                    (),
                    "map:string",
                )
            ints = r.sample([3, -1, 10, 2, 100, 0], r.randint(1, 4))
            return Val(
                f"map[int]string{{{', '.join(f'{k}: {go_str(w)}' for k, w in zip(ints, keys, strict=False))}}}",
                f"{{{', '.join(f'{k}: {py_str(w)}' for k, w in zip(ints, keys, strict=False))}}}",
                "map",
                (),
                "map:int",
            )
        if kind == "box":
            k = r.choice(INTS[:6])
            items = [r.choice(INTS[:8]) for _ in range(r.randint(1, 3))]
            err = self.error(depth + 1) if r.random() < 0.6 else Val("nil", "None", "nil")
            s = self.tn("Str")
            return Val(
                f"{self.tn('Box')}{{S: {s}{{N: {k}}}, L: []int{{{', '.join(map(str, items))}}}, E: {err.go}}}",
                f"{self.tn('Box')}(S={s}(N={k}), L=[{', '.join(map(str, items))}], E={err.py})",
                "box",
                ("type:Box", "type:Str", *err.deps),
            )
        raise ValueError(kind)

    def error(self, depth: int) -> Val:
        """An error value: errors.New, fmt.Errorf with and without %w, errors.Join, the program's own types."""
        forms = ["new", "new", "custom", "verr", "errorf"]
        if depth < 2:
            forms += ["wrap", "wrap2", "join", "join-nil"]
        form = self.rng.choice(forms)
        return replace(self._error(form, depth), tag=f"error:{form}")

    def _error(self, form: str, depth: int) -> Val:
        r = self.rng
        if form == "new":
            s = r.choice(STRINGS)
            return Val(f"errors.New({go_str(s)})", f"errors.new({py_str(s)})", "error", ("go:errors", "py:errors"))
        if form == "custom":
            k = r.choice(INTS[:8])
            return Val(f"&{self.tn('Err')}{{Code: {k}}}", f"{self.tn('Err')}(Code={k})", "error", ("type:Err",))
        if form == "verr":
            s = r.choice(STRINGS[:10])
            return Val(f"{self.tn('VErr')}{{Msg: {go_str(s)}}}", f"{self.tn('VErr')}(Msg={py_str(s)})", "error",
                       ("type:VErr",))  # fmt: skip
        if form == "errorf":
            v = self.value(["int", "string", "float", "bool"], depth + 1)
            text = r.choice(["failed: %v", "step %d failed", "%q went wrong", "value %v (%T)"])
            return Val(
                f"fmt.Errorf({go_str(text)}, {v.go})", f"fmt.errorf({py_str(text)}, {v.py})", "error",
                ("go:fmt", "py:fmt", *v.deps),
            )  # fmt: skip
        if form == "wrap":
            inner = self.error(depth + 1)
            text = r.choice(["context: %w", "layer %d: %w", "%w (wrapped)"])
            if "%d" in text:
                return Val(f"fmt.Errorf({go_str(text)}, 2, {inner.go})", f"fmt.errorf({py_str(text)}, 2, {inner.py})",
                           "error", ("go:fmt", "py:fmt", *inner.deps))  # fmt: skip
            return Val(f"fmt.Errorf({go_str(text)}, {inner.go})", f"fmt.errorf({py_str(text)}, {inner.py})",
                       "error", ("go:fmt", "py:fmt", *inner.deps))  # fmt: skip
        if form == "wrap2":
            a, b = self.error(depth + 1), self.error(depth + 1)
            return Val(f'fmt.Errorf("%w and %w", {a.go}, {b.go})', f'fmt.errorf("%w and %w", {a.py}, {b.py})',
                       "error", ("go:fmt", "py:fmt", *a.deps, *b.deps))  # fmt: skip
        parts = [self.error(depth + 1) for _ in range(r.randint(2, 3))]
        if form == "join-nil":
            parts.insert(r.randint(0, len(parts)), Val("nil", "None", "nil"))
        deps = ("go:errors", "py:errors", *(d for p in parts for d in p.deps))
        return Val(f"errors.Join({', '.join(p.go for p in parts)})", f"errors.join({', '.join(p.py for p in parts)})",
                   "error", deps)  # fmt: skip

    # ------------------------------------------------------------------ formats

    def spec(self, v: Val) -> tuple[str, list[Val]]:
        """One verb for ``v`` (with flags, width, precision), and the arguments it consumes."""
        r = self.rng
        verb = r.choice(VERBS)
        if v.kind in ADDRESS_KINDS and verb in ("d", "o", "O", "b"):
            verb = r.choice(["v", "s", "x", "T", "+v"])  # these print a nested pointer's address as a number
        plain = verb == "p" or (v.kind in ADDRESS_KINDS and verb not in METHOD_VERBS)
        flags = "" if plain else "".join(f for f in "+-# 0" if r.random() < 0.1)
        if verb[0] in "+#":  # %+v and %#v: the flag goes with the others, before any width
            flags = verb[0] + flags.replace(verb[0], "")
            verb = verb[1:]
        if "#" in flags and v.kind in ADDRESS_KINDS:
            plain = True  # %#v prints nested pointers as addresses, which a width would pad by their length
        args: list[Val] = []
        width = ""
        if not plain and r.random() < 0.35:
            if r.random() < 0.15:
                width = "*"
                k = r.choice([5, 12, -6, 0])
                args.append(Val(str(k), str(k), "int"))
            else:
                width = str(r.randint(1, 14))
        prec = ""
        if not plain and r.random() < 0.3:
            if r.random() < 0.1:
                prec = ".*"
                args.append(Val("3", "3", "int"))
            else:
                prec = f".{r.randint(0, 8)}"
        args.append(v)
        return f"%{flags}{width}{prec}{verb}", args

    def format(self, values: list[Val]) -> tuple[str, list[Val]]:
        """A Printf format for ``values``, with text between the verbs (and now and then a bad count)."""
        r = self.rng
        parts: list[str] = []
        args: list[Val] = []
        for v in values:
            if r.random() < 0.5:
                parts.append(r.choice(WORDS) + r.choice([" ", "=", ": ", "|"]))
            s, a = self.spec(v)
            parts.append(s)
            args += a
            # Never a letter right after a verb: an address it prints must end at a word boundary
            # to be normalised (0xc000012345 -> 0xADDR).
            parts.append(r.choice([" ", " ", "|", ", ", "%%", "/"]))
        if r.random() < 0.06:
            parts.append("%d")  # one verb too many: %!d(MISSING)
        if r.random() < 0.04 and args:
            args.append(self.value(["int", "string"]))  # %!(EXTRA ...)
        if r.random() < 0.04 and len(args) > 1:
            parts.append(f"%[{r.randint(1, len(args))}]v")
        text = "".join(parts)
        return (text.rstrip() + "\n", args) if r.random() < 0.9 else (text.rstrip() + " ", args)

    def print_stmt(self, printers: list[str] | None = None) -> g.Print:
        r = self.rng
        printer = r.choice(
            printers
            or ["Println"] * 4 + ["Printf"] * 6 + ["Print", "Fprintf.Stdout", "Fprintf.Stderr", "Fprintln.Stderr",
                                                   "Fprint.Stderr", "Fprintln.Stdout", "log.Print", "log.Println",
                                                   "log.Printf", "log.Printf", "println", "print"]
        )  # fmt: skip
        if printer.startswith("log."):
            self.uses_log = True
        if printer in ("println", "print"):
            values = [self.value(["int", "float", "string", "bool"]) for _ in range(r.randint(1, 3))]
            if printer == "print":
                values.append(Val(go_str("\n"), py_str("\n"), "string"))
            return g.Print(printer, values)
        values = [self.value() for _ in range(r.randint(1, 4))]
        if "printf" in printer.lower():
            fmt, args = self.format(values)
            return g.Print(printer, args, fmt)
        if printer in ("Print", "Fprint.Stderr", "log.Print"):
            values.append(Val(go_str("\n"), py_str("\n"), "string"))
        return g.Print(printer, values)

    # ------------------------------------------------------------------ statements

    def helper(self, ctx: Ctx, *, result: bool = False) -> g.Helper:
        self.helpers += 1
        h = g.Helper(f"p{self.index}f{self.helpers}", [], result)
        h.body = self.block(ctx, max_len=4)
        return h

    def block(self, ctx: Ctx, max_len: int = 4, terminal: float | None = None) -> g.Block:
        r = self.rng
        n = r.randint(1, max(1, max_len - ctx.depth // 2))
        out: g.Block = []
        for _ in range(n):
            if self.budget <= 0:
                break
            self.budget -= 1
            out.append(self.stmt(ctx))
            if isinstance(out[-1], g.Buffered) and out[-1].ending != "flush" and r.random() < 0.3:
                out.append(g.OsExit(r.choice([0, 1, 3])))  # what the buffer held is lost
                return out
        p = terminal if terminal is not None else {"main": 0.45, "deferred": 0.4}.get(ctx.kind, 0.3)
        if r.random() < p:
            t = self.terminal(ctx)
            if t is not None:
                out.append(t)
        return out

    def stmt(self, ctx: Ctx) -> g.Stmt:
        r = self.rng
        deep = ctx.depth >= 4 or self.budget < 3
        choices: list[tuple[str, float]] = [
            ("print", 6), ("sprint", 1.5), ("defer-print", 2.5), ("defer-eval", 1), ("defer-loop", 1.2),
            ("select-ready", 0.8), ("chan-state", 0.6), ("bufio", 1.2), ("logger", 0.5), ("recover-outside", 0.3),
        ]  # fmt: skip
        if ctx.param:
            choices.append(("print-param", 0.8))
        if not deep:
            choices += [("call", 3), ("call-result", 1.2), ("loop", 0.8)]
            if not ctx.result:
                choices += [("defer-closure", 4), ("defer-helper", 1.2)]
            if ctx.gdepth <= 1 and ctx.kind != "loop":
                choices += [("go-worker", 2.5), ("ping-pong", 0.7), ("producer", 0.8), ("relay", 0.6),
                            ("select-wait", 0.6)]  # fmt: skip
        if ctx.in_defer:
            choices += [("recover-print", 3), ("recover-if", 3)]
        else:
            choices += [("recover-print", 0.3), ("recover-if", 0.3)]
        if ctx.kind == "loop":
            choices = [c for c in choices if c[0] in ("print", "sprint", "defer-print", "defer-loop", "call",
                                                      "print-param", "recover-outside")]  # fmt: skip
        names, weights = zip(*choices, strict=True)
        what = r.choices(names, weights)[0]
        inner = replace(ctx, depth=ctx.depth + 1)
        if what == "print":
            return self.print_stmt()
        if what == "sprint":
            kind = r.choice(["Sprintf", "Sprintf", "Sprint", "Sprintln"])
            values = [self.value() for _ in range(r.randint(1, 3))]
            if kind == "Sprintf":
                fmt, args = self.format(values)
                return g.Sprint(kind, args, fmt.rstrip("\n"))
            return g.Sprint(kind, values)
        if what == "print-param":
            return g.PrintParam()
        if what == "recover-outside":
            return g.RecoverOutside()
        if what == "defer-print":
            return g.DeferPrint(self.print_stmt(["Println", "Printf", "Fprintln.Stderr", "Print"]))
        if what == "defer-eval":
            kinds = r.choice([["int"], ["string"], ["float"]])
            return g.DeferEval(self.value(kinds), self.value(kinds))
        if what == "defer-loop":
            return g.DeferLoop(r.randint(1, 3), r.random() < 0.5)
        if what == "defer-closure":
            arg = r.choice(INTS[:8]) if r.random() < 0.3 else None
            dctx = replace(inner, kind="deferred", in_defer=True, param=ctx.param or arg is not None, result=False)
            return g.DeferClosure(self.block(dctx, max_len=3), arg)
        if what == "defer-helper":
            dctx = Ctx("deferred", ctx.depth + 1, ctx.gdepth, True, True, False)
            return g.DeferHelper(self.helper(dctx), r.choice(INTS[:8]))
        if what == "call":
            hctx = Ctx("helper", ctx.depth + 1, ctx.gdepth, ctx.in_defer, True, False)
            return g.Call(self.helper(hctx), r.choice(INTS[:8]))
        if what == "call-result":
            hctx = Ctx("helper", ctx.depth + 1, ctx.gdepth, ctx.in_defer, True, True)
            return g.Call(self.helper(hctx, result=True), r.choice(INTS[:8]))
        if what == "loop":
            return g.Loop(r.randint(1, 3), self.block(replace(inner, kind="loop"), max_len=2, terminal=0.1))
        if what in ("recover-print", "recover-if"):
            # Directly in a deferred call recover stops a panic; in a function it calls, or outside, it returns nil.
            self.tags.add(
                "recover@" + ("direct" if ctx.kind == "deferred" else "indirect" if ctx.in_defer else "outside")
            )
            if what == "recover-if":
                return g.RecoverIf(r.random() < 0.4)
            k = r.randint(1, 3)
            fmt = " ".join(self.spec(Val("r", "r", "error"))[0] for _ in range(k))  # r may hold an address
            return g.RecoverPrint(r.choice(["recovered: ", "r = ", ""]) + fmt + "\n", k)
        if what == "select-ready":
            return g.SelectReady(r.choice(["recv-ready", "recv-empty", "send-room", "send-full", "recv-closed"]))
        if what == "chan-state":
            c = r.randint(1, 3)
            return g.ChanState(r.randint(0, c), c)
        if what == "bufio":
            items = [(r.random() < 0.7, r.choice(STRINGS[:12]) + f" #{k}") for k in range(r.randint(1, 4))]
            stream, size = r.choice(["Stdout", "Stdout", "Stderr"]), r.choice([0, 0, 16])
            if size:
                items = [(through, line_of(text, size) if through else text) for through, text in items]
            return g.Buffered(stream, size, items, r.choice(["flush", "defer-flush", "none"]))
        if what == "logger":
            return g.Logger(r.choice(["Stdout", "Stderr"]), r.choice(["[svc] ", "", "日志: "]), r.random() < 0.4,
                            [self.value() for _ in range(r.randint(1, 3))])  # fmt: skip
        if what == "go-worker":
            return self.go_worker(ctx)
        if what == "ping-pong":
            return g.PingPong(r.randint(1, 3), r.choice([0, 0, 1, 3]), r.choice([0, 0, 1]))
        if what == "producer":
            return g.Producer(r.randint(0, 4), r.choice([0, 0, 2, 5]), r.random() < 0.5)
        if what == "relay":
            return g.Relay(r.randint(1, 3), r.choice([0, 0, 1]))
        if what == "select-wait":
            return g.SelectWait(r.randint(0, 1))
        raise ValueError(what)

    def go_worker(self, ctx: Ctx) -> g.GoWorker:
        r = self.rng
        wctx = Ctx("goroutine", ctx.depth + 1, ctx.gdepth + 1, False, False, False)
        self.tags.add(f"goroutine@depth{wctx.gdepth}")
        sync = r.choice(["close", "send", "wg", "wg", "wg-go"])
        for _ in range(5):
            self.helpers += 1
            h = g.Helper(f"p{self.index}f{self.helpers}", [], False)
            h.body = self.block(wctx, max_len=4)
            panics, exits = may_panic(h.body), has(h.body, g.Goexit)
            # Nested deeper than main's own goroutines, a goroutine that may panic signals without
            # defer; if it also Goexits, its parent would block for ever next to main: two goroutines
            # in a deadlock listing whose order Go does not fix. Try again instead.
            if wctx.gdepth < 2 or not (panics and exits) or sync == "wg-go":
                return g.GoWorker(h, sync, not panics)
        h.body = [self.print_stmt(["Println"])]
        return g.GoWorker(h, sync, True)

    def panic_value(self) -> Val:
        """A value to panic with; one computed at run time (``math.Inf(1)``) only once per program.

        Go prints two equal constants panicked in one crash as one value, but two equal values
        computed at run time as two; goexit cannot tell them apart (docs/python.md#printing-limits).
        """
        for _ in range(10):
            v = self.value()
            if "math." not in v.go or v.go not in self.computed_panics:
                break
        else:
            v = Val("1", "1", "int")
        if "math." in v.go:
            self.computed_panics.add(v.go)
        return v

    def terminal(self, ctx: Ctx) -> g.Stmt | None:
        r = self.rng
        choices: list[tuple[str, float]] = [("panic", 5), ("runtime-error", 2), ("goexit", 1.3), ("os-exit", 0.8),
                                            ("log-end", 0.8)]  # fmt: skip
        if ctx.gdepth <= 1:
            choices.append(("block", 0.8))
        if ctx.in_defer:
            choices.append(("repanic", 3))
        names, weights = zip(*choices, strict=True)
        what = r.choices(names, weights)[0]
        self.tags.add(f"{what}@{ctx.kind}")
        if what == "panic":
            return g.Panic(self.panic_value())
        if what == "runtime-error":
            return g.RuntimeError(r.choice(["divide", "divide", "index", "index", "close-nil", "close-closed",
                                            "send-closed"]))  # fmt: skip
        if what == "goexit":
            return g.Goexit()
        if what == "os-exit":
            return g.OsExit(r.choice([0, 1, 2, 3, 42, 125]))
        if what == "log-end":
            self.uses_log = True
            kind = r.choice(["Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"])
            return g.LogEnd(kind, [self.value(["int", "string", "error", "float"]) for _ in range(2)])
        if what == "block":
            return g.BlockForever(r.choice(["recv", "send", "nil-recv", "select-none", "select-one", "select-two",
                                            "wait", "lock", "range"]))  # fmt: skip
        if what == "repanic":
            return g.Repanic(r.random() < 0.5)
        raise ValueError(what)

    # ------------------------------------------------------------------ programs

    def program(self) -> g.Program:
        r = self.rng
        leaks = []
        if r.random() < 0.15:
            leaks = [g.Leak(r.choice(["recv", "send", "nil-recv", "select-none", "select-two", "wait", "lock"]))
                     for _ in range(r.randint(1, 2))]  # fmt: skip
        main = self.block(Ctx(), max_len=6)
        prog = g.Program(self.seed, self.index, main, leaks, tags=self.tags)
        for uid, s in enumerate(g.walk(main), 1):
            s.uid = uid
        for k, lk in enumerate(leaks, 1):
            lk.uid = k
        if self.uses_log:
            prog.log_prefix = r.choice(["", "app: ", "[fuzz] "])
            prog.log_msgprefix = r.random() < 0.3
        return prog


def line_of(text: str, size: int) -> str:
    """``text`` cut or padded so that with its newline it is ``size`` bytes of UTF-8.

    A small bufio.Writer then flushes whole lines only: a line cut by a flush would run into
    whatever is printed next, and an address printed there would not start at a word boundary,
    where the normalisation finds it (0xc000012345 -> 0xADDR).
    """
    out = ""
    for ch in text:
        if len((out + ch).encode()) > size - 1:
            break
        out += ch
    return out + "." * (size - 1 - len(out.encode()))


def has(block: g.Block, kind: type[g.Stmt]) -> bool:
    return any(isinstance(s, kind) for s in g.walk(block))


def may_panic(block: g.Block) -> bool:
    """Might running ``block`` end in a panic that escapes it? (Conservative: any panic source counts.)"""
    for s in g.walk(block):
        if isinstance(s, g.Panic | g.Repanic | g.RuntimeError):
            return True
        if isinstance(s, g.LogEnd) and s.kind.startswith("Panic"):
            return True
    return False


def generate(seed: int, index: int) -> g.Program:
    """Program ``index`` of the batch ``seed``: the same two numbers always give the same program."""
    return Gen(seed, index).program()
