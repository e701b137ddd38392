"""Each Python twin is a port of its Go program, not a transcript of its output.

A twin (examples/*/*/main.py, tests/twins/**/main.py, tests/errgroup_twins/*/main.py) must import
goexit, end in ``run(main)`` (a test's twin, beside main_test.go: in ``testing.main()``), and use
goexit's counterpart of every construct its main.go uses:
``go``, ``defer``, a channel send or receive (a range over a channel included), ``select``,
``close``, ``panic``, ``recover``, ``runtime.Goexit``, ``os.Exit``, and the fmt and log printers
(a twin prints through goexit's fmt and log, never Python's ``print``). The Go side is read by
tools/twinshape (go/ast; built once, cached in .gobuild/), the Python side by Python's ast.

One construct needs no counterpart: a ``panic`` that is the whole body of ``if err != nil``
(Go's way of stopping on an error, which a Python twin meets as an exception).
"""

from __future__ import annotations

import ast
import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import harness

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "twinshape"
CORPORA = [ROOT / "examples", ROOT / "tests" / "twins", ROOT / "tests" / "errgroup_twins"]
# goexit's modules that re-export into the package: goexit.chan.close is goexit.close.
_FLAT = ("goexit.chan.", "goexit.goroutine.", "goexit.panics.")

_SNAKE = {"Print": "print_", "Println": "println", "Printf": "printf", "Fprint": "fprint", "Fprintln": "fprintln",
          "Fprintf": "fprintf", "Fatal": "fatal", "Fatalf": "fatalf", "Fatalln": "fatalln", "Panic": "panic",
          "Panicf": "panicf", "Panicln": "panicln"}  # fmt: skip
WANTS = {
    "go": "goexit.go",
    "defer": "goexit.defer",
    "select": "goexit.select",
    "close": "goexit.close (or ch.close())",
    "panic": "goexit.panic",
    "recover": "goexit.recover",
    "runtime.Goexit": "goexit.runtime.goexit",
    "os.Exit": "goexit.os.exit",
    "send": "ch.send(v) or goexit.Send",
    "receive": "ch.recv(), ch.recv_ok(), goexit.Recv or a for loop over a Chan",
    **{f"{pkg}.{name}": f"goexit.{pkg}.{snake}" for pkg in ("fmt", "log") for name, snake in _SNAKE.items()},
}


@dataclass
class PyShape:
    """What a twin's Python source shows, as far as the checks need."""

    imports_goexit: bool = False
    ends_in_run_main: bool = False
    ends_in_testing_main: bool = False  # testing.main(): a test file's twin (go test's generated main)
    refs: set[str] = field(default_factory=set)  # goexit names it refers to: goexit.defer, goexit.fmt.println
    methods: set[str] = field(default_factory=set)  # attributes it calls or passes on: send, recv, close, ...
    chan_loops: int = 0  # for loops over something it made or annotated as a Chan
    prints: list[int] = field(default_factory=list)  # lines that call Python's print()


def _canon(name: str) -> str:
    for flat in _FLAT:
        if name.startswith(flat):
            return "goexit." + name[len(flat) :]
    return name


def py_shape(source: str) -> PyShape:
    tree = ast.parse(source)
    shape = PyShape()
    alias: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "goexit" or a.name.startswith("goexit."):
                    shape.imports_goexit = True
                    alias[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "goexit":
            shape.imports_goexit = True
            for a in node.names:
                alias[a.asname or a.name] = _canon(f"{node.module}.{a.name}")

    def dotted(expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Name):
            return alias.get(expr.id)
        if isinstance(expr, ast.Attribute) and (base := dotted(expr.value)):
            return _canon(f"{base}.{expr.attr}")
        return None

    def is_chan(expr: ast.expr | None) -> bool:
        return expr is not None and any(dotted(n) == "goexit.Chan" for n in ast.walk(expr) if isinstance(n, ast.expr))

    chans: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and is_chan(node.annotation):
            chans.add(node.target.id)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and is_chan(node.value.func):
            chans.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.arg) and is_chan(node.annotation):
            chans.add(node.arg)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name | ast.Attribute) and (name := dotted(node)):
            shape.refs.add(name)
        if isinstance(node, ast.Attribute):  # called (ch.send(1)) or passed on (go(ch.send, 1))
            shape.methods.add(node.attr)
        if isinstance(node, ast.Name) and node.id == "print" and "print" not in alias:  # or defer(print, ...)
            shape.prints.append(node.lineno)
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Name) and node.iter.id in chans:
            shape.chan_loops += 1

    last = tree.body[-1] if tree.body else None
    if (
        isinstance(last, ast.If)
        and isinstance(last.test, ast.Compare)
        and isinstance(last.test.left, ast.Name)
        and last.test.left.id == "__name__"
    ):
        last = last.body[-1]
    shape.ends_in_run_main = (
        isinstance(last, ast.Expr)
        and isinstance(last.value, ast.Call)
        and dotted(last.value.func) == "goexit.run"
        and [ast.unparse(a) for a in last.value.args] == ["main"]
    )
    shape.ends_in_testing_main = (
        isinstance(last, ast.Expr)
        and isinstance(last.value, ast.Call)
        and dotted(last.value.func) == "goexit.testing.main"
    )
    return shape


def mirrors(construct: str, shape: PyShape) -> bool:
    """Does the twin use goexit's counterpart of ``construct``?"""
    if construct == "send":
        return "send" in shape.methods or "goexit.Send" in shape.refs or "goexit.nil_send" in shape.refs
    if construct == "receive":
        return (
            bool({"recv", "recv_ok"} & shape.methods)
            or bool({"goexit.Recv", "goexit.nil_recv"} & shape.refs)
            or shape.chan_loops > 0
        )
    if construct == "close":
        return "goexit.close" in shape.refs or "close" in shape.methods
    if construct in WANTS:
        return WANTS[construct] in shape.refs
    return True


def offences(go_uses: list[dict[str, object]], source: str, go_file: str = "main.go") -> list[str]:
    """What the twin lacks, one line each: ``defer (main.go:12): no goexit.defer``."""
    shape = py_shape(source)
    problems = []
    if not shape.imports_goexit:
        problems.append("does not import goexit: a twin runs the Go program's logic on goexit")
    if go_file == harness.TEST_FILE:
        if not shape.ends_in_testing_main:
            problems.append("does not end in testing.main() (goexit.testing): a test runs as go test runs it")
    elif not shape.ends_in_run_main:
        problems.append("does not end in run(main) (goexit.run): main must behave like Go's")
    missing: dict[str, list[object]] = {}
    for use in go_uses:
        construct = str(use["construct"])
        if not mirrors(construct, shape):
            missing.setdefault(construct, []).append(use["line"])
    for construct, lines in missing.items():
        where = ", ".join(f"{go_file}:{n}" for n in lines[:3]) + (", ..." if len(lines) > 3 else "")
        problems.append(f"{construct} ({where}): no {WANTS[construct]} in main.py")
    if shape.prints:
        shape.prints.sort()
        where = ", ".join(f"main.py:{n}" for n in shape.prints[:3]) + (", ..." if len(shape.prints) > 3 else "")
        problems.append(f"print() ({where}): print through goexit's fmt (fmt.println, fmt.fprintln(os.Stderr, ...))")
    return problems


# --------------------------------------------------------------------------- the Go side


@pytest.fixture(scope="module")
def twinshape() -> Path:
    try:
        return harness.build_go(None, TOOL, None, name="tools-twinshape")["twinshape"]
    except harness.GoBuildError as exc:
        pytest.fail(str(exc), pytrace=False)


def go_uses(tool: Path, files: list[Path]) -> dict[Path, list[dict[str, object]]]:
    out = subprocess.run([str(tool), *map(str, files)], capture_output=True, text=True, check=True, timeout=120)
    found = {}
    for line in out.stdout.splitlines():
        report = json.loads(line)
        assert not report.get("error"), f"twinshape cannot read {report['file']}: {report['error']}"
        found[Path(report["file"])] = report["uses"]
    return found


def twins() -> list[Path]:
    """The Go source of every twin: main.go, or main_test.go for a test."""
    return sorted(
        p for corpus in CORPORA for name in ("main.go", harness.TEST_FILE)
        for p in corpus.rglob(name) if (p.parent / "main.py").exists()
    )  # fmt: skip


@pytest.mark.timeout(300)  # a cold build of the tool
def test_every_twin_mirrors_its_go_program(twinshape: Path) -> None:
    sources = twins()
    assert len(sources) > 60
    uses = go_uses(twinshape, sources)
    problems = []
    for source in sources:
        folder = source.parent
        for problem in offences(uses[source], (folder / "main.py").read_text(encoding="utf-8"), source.name):
            problems.append(f"{folder.relative_to(ROOT)}/main.py: {problem}")
    assert not problems, "\n".join(problems)


GO_PROGRAM = """\
package main

import (
\t"fmt"
\t"os"
\t"runtime"
)

type box struct{ ch chan int }

func worker(jobs <-chan int, done chan<- struct{}) {
\tdefer close(done)
\tfor j := range jobs {
\t\tfmt.Println("job", j)
\t}
}

func main() {
\tjobs := make(chan int, 1)
\tdone := make(chan struct{})
\tgo worker(jobs, done)
\tjobs <- 1
\tclose(jobs)
\t<-done
\tb := box{ch: make(chan int)}
\tselect {
\tcase <-b.ch:
\tdefault:
\t}
\tdefer func() { _ = recover() }()
\tif len(os.Args) > 5 {
\t\truntime.Goexit()
\t}
\tfmt.Printf("%d\\n", 2)
\tpanic("boom")
\tos.Exit(3)
}

func check(err error) {
\tif err != nil {
\t\tpanic(err)
\t}
}
"""

FAKE_TWIN = '''\
"""Prints what the Go program prints, without running any of it."""

print("job 1")
print(2)
'''

HALF_TWIN = """\
import sys

from goexit import Chan, fmt, go, run


def main() -> None:
    jobs: Chan[int] = Chan(int, 1)
    go(lambda: None)
    jobs.send(1)
    for j in jobs:
        fmt.println("job", j)
    print("2", file=sys.stderr)


if __name__ == "__main__":
    run(main)
"""


@pytest.mark.timeout(300)
def test_the_check_finds_a_fake_twin_and_each_missing_construct(tmp_path: Path, twinshape: Path) -> None:
    (tmp_path / "main.go").write_text(GO_PROGRAM)
    uses = go_uses(twinshape, [tmp_path / "main.go"])[tmp_path / "main.go"]
    constructs = "defer close receive fmt.Println go send select recover runtime.Goexit fmt.Printf panic os.Exit"
    constructs += " panic-on-error"  # check(err): needs no counterpart
    assert sorted({str(u["construct"]) for u in uses}) == sorted(constructs.split())
    assert [u["line"] for u in uses if u["construct"] == "receive"] == [13, 24, 27]  # range, <-done, case <-b.ch

    fake = offences(uses, FAKE_TWIN)
    assert fake[:2] == [
        "does not import goexit: a twin runs the Go program's logic on goexit",
        "does not end in run(main) (goexit.run): main must behave like Go's",
    ]
    assert "defer (main.go:12, main.go:30): no goexit.defer in main.py" in fake
    assert (
        "print() (main.py:3, main.py:4): print through goexit's fmt (fmt.println, fmt.fprintln(os.Stderr, ...))" in fake
    )

    half = offences(uses, HALF_TWIN)
    assert half == [
        "defer (main.go:12, main.go:30): no goexit.defer in main.py",
        "close (main.go:12, main.go:23): no goexit.close (or ch.close()) in main.py",
        "select (main.go:26): no goexit.select in main.py",
        "recover (main.go:30): no goexit.recover in main.py",
        "runtime.Goexit (main.go:32): no goexit.runtime.goexit in main.py",
        "fmt.Printf (main.go:34): no goexit.fmt.printf in main.py",
        "panic (main.go:35): no goexit.panic in main.py",
        "os.Exit (main.go:36): no goexit.os.exit in main.py",
        "print() (main.py:12): print through goexit's fmt (fmt.println, fmt.fprintln(os.Stderr, ...))",
    ], half
