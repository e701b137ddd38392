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
def twin_binaries() -> dict[str, Path]:
    try:
        return harness.build_go(None, TWINS, None)
    except harness.GoBuildError:
        pytest.fail("the Go build of tests/twins/ failed: see test_twins_build_with_go", pytrace=False)


@pytest.mark.timeout(600)  # a cold build of the twins
def test_twins_build_with_go() -> None:
    try:
        harness.build_go(None, TWINS, None)
    except harness.GoBuildError as exc:
        pytest.fail(str(exc), pytrace=False)


def test_there_are_twins() -> None:
    assert len(CASES) >= 15


def test_twin_folder_names_are_unique() -> None:
    # One go build names each binary after its folder: prefix a case with its package (fmt-width-flags).
    slugs = [c.slug for c in CASES]
    dupes = sorted({s for s in slugs if slugs.count(s) > 1})
    assert not dupes, f"twin folder names must be unique under tests/twins/: {dupes}"


# The Go side runs once, the Python side this many times (each run must print what Go printed).
PYTHON_RUNS = 2


@pytest.mark.timeout(600)  # the first one pays for a cold Go build
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_python_prints_what_go_prints(case: harness.Example, twin_binaries: dict[str, Path]) -> None:
    go_side = harness.run_binary(twin_binaries[case.slug], case)
    for run in range(1, PYTHON_RUNS + 1):
        diff = harness.mismatch(
            go_side, harness.run_python(case), f"what Go printed (tests/twins/{case.name}/main.go)",
            f"what the Python twin printed (run {run} of {PYTHON_RUNS})",
        )  # fmt: skip
        if diff:
            pytest.fail(
                f"tests/twins/{case.name}: the Python twin does not print what Go prints"
                + (" every time" if run > 1 else "")
                + f"; Go is the judge: fix goexit (never bend the twin around a gap).\n{diff}",
                pytrace=False,
            )
