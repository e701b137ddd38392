"""Running a batch of generated programs on Go and on goexit, and comparing what they print.

- **Go**: every program of the batch is one function (``p17main``) of ONE generated Go file,
  chosen by the command-line argument, so one ``go build`` (cached by `harness.build_go`) pays
  for thousands of programs.  Each program runs twice, with GOMAXPROCS=1 and with the machine's
  default: a generated program must print the same both times, or the generator is wrong.
- **Python**: the twins run in forked children of two `fuzz.forkserver` processes (one per
  core), which imported goexit once, so no program pays for interpreter start-up and imports.
- Transcripts are what `harness.transcript` makes of a run (stdout and stderr merged, then
  ``exit status N`` when N is not 0), compared after `harness.normalise` (`harness.mismatch`).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import harness
from fuzz import grammar as g
from fuzz.gen import generate

ROOT = harness.ROOT
FORKSERVER = Path(__file__).with_name("forkserver.py")
TIMEOUT = 20.0  # seconds for one program on one side; the generated programs need milliseconds
WORKERS = 2  # the machine's cores


@dataclass
class Case:
    """One generated program: the tree, its standalone Go source and its Python twin (ruff-formatted)."""

    program: g.Program
    go: str
    py: str

    @property
    def name(self) -> str:
        return self.program.name


@dataclass
class Outcome:
    """What each side printed for one case."""

    case: Case
    go: str  # with the machine's GOMAXPROCS
    go_one_p: str  # with GOMAXPROCS=1
    py: str

    @property
    def deterministic(self) -> bool:
        return harness.normalise(self.go) == harness.normalise(self.go_one_p)

    def diff(self) -> str | None:
        return harness.mismatch(self.go, self.py, f"what Go printed ({self.case.name}/main.go)",
                                f"what goexit printed ({self.case.name}/main.py)")  # fmt: skip

    def report(self) -> str:
        """The seed, the index, both programs and the labelled diff (or Go's two differing runs)."""
        p = self.case.program
        head = f"seed {p.seed}, program {p.index} ({p.name}; rebuild it with fuzz.gen.generate({p.seed}, {p.index}))"
        if not self.deterministic:
            why = harness.mismatch(self.go_one_p, self.go, "Go with GOMAXPROCS=1", "Go with the default GOMAXPROCS")
            body = f"the generated program is not deterministic in Go: fix the generator\n{why}"
        else:
            body = f"goexit does not print what Go prints (Go is the judge: fix goexit)\n{self.diff()}"
        return f"{head}: {body}\n--- main.go ---\n{self.case.go}\n--- main.py ---\n{self.case.py}"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is missing: run `make test` to set up .venv")
    return found


def ruff_format(sources: list[str]) -> list[str]:
    """The sources as ``ruff format`` (the repository's settings) leaves them: one ruff run for all."""
    with tempfile.TemporaryDirectory() as d:
        paths = [Path(d) / f"p{i}.py" for i in range(len(sources))]
        for p, s in zip(paths, sources, strict=True):
            p.write_text(s, encoding="utf-8")
        proc = subprocess.run([tool("ruff"), "format", "--quiet", "--config", str(ROOT / "pyproject.toml"), d],
                              capture_output=True, text=True, check=False, timeout=120)  # fmt: skip
        if proc.returncode != 0:
            raise RuntimeError(f"ruff format failed on generated Python:\n{proc.stderr}")
        return [p.read_text(encoding="utf-8") for p in paths]


def cases_of(programs: list[g.Program]) -> list[Case]:
    return [Case(p, p.go_source(), py) for p, py in zip(programs, ruff_format([p.py_source() for p in programs]),
                                                       strict=True)]  # fmt: skip


def make_cases(seed: int, count: int) -> list[Case]:
    """Programs 0..count-1 of batch ``seed``."""
    return cases_of([generate(seed, i) for i in range(count)])


# --------------------------------------------------------------------------- Go


def go_mod_line() -> str:
    """The ``go`` line of tests/twins/go.mod: the regression twins are built with it, so the batch is too."""
    for line in (harness.TWINS / "go.mod").read_text(encoding="utf-8").splitlines():
        if line.startswith("go "):
            return line
    raise RuntimeError("tests/twins/go.mod has no go line")


def go_batch_source(programs: list[g.Program]) -> str:
    """One Go file holding every program: ``p{i}main`` each, and a main that runs the one named by os.Args[1]."""
    imports: set[str] = {"os"}
    chunks: list[str] = []
    for p in programs:
        needs, decls, body = p.go_parts()
        imports |= needs
        chunks.append(f"// {p.name}\n")
        for d in decls:
            chunks.append(d + "\n")
        chunks.append("\n".join([f"func p{p.index}main() {{", *body, "}", ""]))
    out = ["// Code generated by tests/fuzz; DO NOT EDIT.", "", "package main", "", *g.go_imports(imports)]
    out += ["\n".join(chunks), "func main() {", "\tswitch os.Args[1] {"]
    for p in programs:
        out += [f'\tcase "{p.index}":', f"\t\tp{p.index}main()"]
    out += ["\t}", "}", ""]
    return "\n".join(out)


def build(cases: list[Case]) -> Path:
    """The batch's Go binary (one cached ``go build -trimpath``, keyed by the source)."""
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        (root / "go.mod").write_text(f"module goexit.dev/fuzz\n\n{go_mod_line()}\n", encoding="utf-8")
        (root / "batch").mkdir()
        (root / "batch" / "main.go").write_text(go_batch_source([c.program for c in cases]), encoding="utf-8")
        return harness.build_go(None, root, 1, name="fuzz-batch")["batch"]


def run_go(binary: Path, index: int | None, gomaxprocs: int | None = None) -> str:
    """One run of program ``index`` of a batch binary (None: a standalone program)."""
    env = dict(os.environ, GOMAXPROCS=str(gomaxprocs)) if gomaxprocs else None
    args = [] if index is None else [str(index)]
    try:
        proc = subprocess.run([str(binary), *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, env=env, timeout=TIMEOUT, check=False,
                              preexec_fn=harness.default_signals)  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"<Go did not finish in {TIMEOUT:g} s>\n"
    return harness.transcript(proc)


def run_go_all(binary: Path, cases: list[Case], gomaxprocs: int | None = None) -> list[str]:
    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(lambda c: run_go(binary, c.program.index, gomaxprocs), cases))


# --------------------------------------------------------------------------- Python


class ForkServer:
    """One `fuzz.forkserver` process serving the twins of a batch."""

    def __init__(self, spec: Path) -> None:
        env = harness.python_env()
        if os.environ.get("FUZZ_GOEXIT_SRC"):  # try another worktree's goexit (a helper's branch)
            env["PYTHONPATH"] = os.environ["FUZZ_GOEXIT_SRC"]
        self.proc = subprocess.Popen(
            [sys.executable, str(FORKSERVER), str(spec)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=env, cwd=ROOT, preexec_fn=harness.default_signals,
        )  # fmt: skip
        self.ready = False

    def _answer(self) -> dict[str, object]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
            raise RuntimeError(f"the fork server died:\n{err}")
        answer: dict[str, object] = json.loads(line)
        return answer

    def run(self, position: int) -> str:
        assert self.proc.stdin is not None
        if not self.ready:
            self._answer()
            self.ready = True
        self.proc.stdin.write(f"{position}\n".encode())
        self.proc.stdin.flush()
        a = self._answer()
        if a["timeout"]:
            return f"<goexit did not finish in {TIMEOUT:g} s>\n"
        out = base64.b64decode(str(a["out"])).decode("utf-8", errors="replace")
        rc = int(str(a["rc"]))
        return out + (f"exit status {rc}\n" if rc != 0 else "")

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for f in (self.proc.stdout, self.proc.stderr):
            if f:
                f.close()


@contextmanager
def fork_servers(cases: list[Case], workers: int = WORKERS) -> Iterator[list[ForkServer]]:
    with tempfile.TemporaryDirectory() as d:
        spec = Path(d) / "twins.json"
        names = [f"{c.name}/main.py" for c in cases]
        spec.write_text(json.dumps({"names": names, "sources": [c.py for c in cases], "timeout": TIMEOUT}))
        servers = [ForkServer(spec) for _ in range(workers)]
        try:
            yield servers
        finally:
            for s in servers:
                s.close()


def run_python_all(cases: list[Case], workers: int = WORKERS) -> list[str]:
    """Each twin's transcript, from forked children of ``workers`` servers working in parallel."""
    results: list[str] = [""] * len(cases)
    todo = iter(range(len(cases)))
    lock = threading.Lock()
    errors: list[BaseException] = []

    def serve(server: ForkServer) -> None:
        try:
            while True:
                with lock:
                    k = next(todo, None)
                if k is None:
                    return
                results[k] = server.run(k)
        except BaseException as e:
            errors.append(e)

    with fork_servers(cases, workers) as servers:
        threads = [threading.Thread(target=serve, args=(s,)) for s in servers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return results


def run_python_fresh(case: Case) -> str:
    """One twin in a fresh interpreter, as test_twins.py runs a twin (to check the fork server against)."""
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "main.py").write_text(case.py, encoding="utf-8")
        return harness.run_python(harness.Example(Path(d)))


# --------------------------------------------------------------------------- both


def run_cases(cases: list[Case]) -> list[Outcome]:
    """Build, run both sides, and pair the transcripts (in the cases' order)."""
    binary = build(cases)
    go = run_go_all(binary, cases)
    go1 = run_go_all(binary, cases, 1)
    py = run_python_all(cases)
    return [Outcome(c, a, b, p) for c, a, b, p in zip(cases, go, go1, py, strict=True)]


def failures(outcomes: Iterable[Outcome]) -> list[Outcome]:
    return [o for o in outcomes if not o.deterministic or o.diff() is not None]
