"""Go is the judge: each tests/twins/[<package>/]<case>/main.go runs on the real toolchain, its main.py
against goexit, and the two transcripts (output and exit status) must match after normalisation.

These are the evidence for the behaviours of the reference implementation that end or
crash a program (panics, fatal errors, deadlocks, Goexit in main, signals) and that the
example corpus (examples/, verified the same way) does not already show."""

from __future__ import annotations

from pathlib import Path

import pytest

import harness

TWINS = Path(__file__).parent / "twins"
CASES = harness.discover(TWINS, None)


@pytest.fixture(scope="module")
def twin_binaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return harness.build_go(tmp_path_factory.mktemp("twins"), TWINS, None)


def test_there_are_twins() -> None:
    assert len(CASES) >= 15


def test_twin_folder_names_are_unique() -> None:
    # One go build names each binary after its folder: prefix a case with its package (fmt-width-flags).
    slugs = [c.slug for c in CASES]
    dupes = sorted({s for s in slugs if slugs.count(s) > 1})
    assert not dupes, f"twin folder names must be unique under tests/twins/: {dupes}"


@pytest.mark.timeout(600)  # the first one pays for a cold Go build
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_python_prints_what_go_prints(case: harness.Example, twin_binaries: dict[str, Path]) -> None:
    go_side = harness.normalise(harness.run_binary(twin_binaries[case.slug], case))
    py_side = harness.normalise(harness.run_python(case))
    assert py_side == go_side
