"""The fuzzer's generator on its own: deterministic per seed, every production reachable, and what
it writes is valid source a reviewer would accept as a twin (gofmt-clean Go; Python that passes
ruff, mypy --strict and the twin-structure check that tests/test_twin_structure.py applies).

The comparison with Go itself is tests/test_fuzz.py's."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest
from mypy import api
from test_twin_structure import TOOL, go_uses, offences

import harness
from fuzz import grammar as g
from fuzz import minimise, run
from fuzz.gen import PRODUCTIONS, generate

SEED = 424242
SAMPLE = 120  # programs checked as source


@pytest.fixture(scope="module")
def cases() -> list[run.Case]:
    return run.make_cases(SEED, SAMPLE)


def test_the_same_seed_and_index_give_the_same_program() -> None:
    for i in range(40):
        a, b = generate(SEED, i), generate(SEED, i)
        assert a.go_source() == b.go_source() and a.py_source() == b.py_source()
    others = sum(generate(SEED, i).go_source() != generate(SEED + 1, i).go_source() for i in range(40))
    assert others >= 38  # another seed, other programs (a tiny program may come out the same)


def test_every_production_is_generated_and_no_other() -> None:
    seen: set[str] = set()
    for i in range(3000):
        seen |= generate(11, i).productions()
    assert sorted(PRODUCTIONS - seen) == [], "never generated"
    assert sorted(seen - PRODUCTIONS) == [], "generated but not listed in fuzz.gen.PRODUCTIONS"


def gofmt() -> str:
    out = subprocess.run([harness.go_tool(), "env", "GOROOT"], capture_output=True, text=True, check=True,
                         env=harness.go_env(), timeout=60)  # fmt: skip
    return str(Path(out.stdout.strip()) / "bin" / "gofmt")


def test_the_go_is_gofmt_clean(cases: list[run.Case], tmp_path: Path) -> None:
    for c in cases:
        (tmp_path / f"{c.name}.go").write_text(c.go, encoding="utf-8")
    (tmp_path / "batch.go").write_text(run.go_batch_source([c.program for c in cases]), encoding="utf-8")
    proc = subprocess.run([gofmt(), "-l", str(tmp_path)], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "", f"not gofmt-clean:\n{proc.stdout}"


def twins_dir(cases: list[run.Case], root: Path) -> list[Path]:
    folders = []
    for c in cases:
        folder = root / c.name
        folder.mkdir()
        (folder / "main.go").write_text(c.go, encoding="utf-8")
        (folder / "main.py").write_text(c.py, encoding="utf-8")
        folders.append(folder)
    return folders


def test_the_python_passes_ruff(cases: list[run.Case], tmp_path: Path) -> None:
    # The rules tests/twins/ lives under (pyproject.toml), these files being written there.
    config = tomllib.loads((harness.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    ignores = config["tool"]["ruff"]["lint"]["per-file-ignores"]["tests/twins/**/main.py"]
    twins_dir(cases, tmp_path)
    ruff, cfg = run.tool("ruff"), str(harness.ROOT / "pyproject.toml")
    check = subprocess.run([ruff, "check", "--config", cfg, "--extend-ignore", ",".join(ignores), "--no-cache",
                            str(tmp_path)], capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = subprocess.run([ruff, "format", "--check", "--config", cfg, "--no-cache", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


@pytest.mark.timeout(300)
def test_the_python_passes_mypy_strict(cases: list[run.Case], tmp_path: Path) -> None:
    for c in cases[:60]:
        (tmp_path / f"twin_{c.name.replace('-', '_')}.py").write_text(c.py, encoding="utf-8")
    out, err, status = api.run(["--strict", "--no-incremental", "--python-version", "3.11", "--warn-unreachable",
                                str(tmp_path)])  # fmt: skip
    assert status == 0, out + err


@pytest.mark.timeout(300)
def test_the_python_mirrors_its_go_program(cases: list[run.Case], tmp_path: Path) -> None:
    tool = harness.build_go(None, TOOL, None, name="tools-twinshape")["twinshape"]
    folders = twins_dir(cases, tmp_path)
    uses = go_uses(tool, [f / "main.go" for f in folders])
    problems = [
        f"{f.name}: {p}" for f in folders for p in offences(uses[f / "main.go"], (f / "main.py").read_text())
    ]  # fmt: skip
    assert not problems, "\n".join(problems)


def test_ddmin_finds_the_smallest_failing_subset() -> None:
    calls = []

    def test(candidates: list[list[object]]) -> int | None:
        calls.append(len(candidates))
        for i, c in enumerate(candidates):
            if 3 in c and 7 in c:
                return i
        return None

    assert minimise.ddmin(list(range(10)), test) == [3, 7]
    assert minimise.ddmin([5], lambda cs: next((i for i, c in enumerate(cs) if c == []), None)) == []


def test_dropping_any_statement_keeps_a_program_that_builds(tmp_path: Path) -> None:
    """The minimiser's premise: statements are self-contained (checked on one program, every statement)."""
    p = max((generate(SEED, i) for i in range(30)), key=minimise.statements)
    variants = []
    for k, block in enumerate(minimise.blocks(p)):
        for j in range(len(block)):
            variants.append(minimise.with_block(p, k, block[:j] + block[j + 1 :]))
    (tmp_path / "go.mod").write_text(f"module goexit.dev/drop\n\n{run.go_mod_line()}\n")
    for i, v in enumerate(variants):
        (tmp_path / f"v{i}").mkdir()
        (tmp_path / f"v{i}" / "main.go").write_text(v.go_source())
    harness.build_go(tmp_path / "bin", tmp_path, 1)  # raises GoBuildError with the compiler's message
    assert len(variants) == minimise.statements(p) and all(isinstance(s, g.Stmt) for s in g.walk(p.main))
