"""Every example prints, in Go and in Python, exactly what its output.txt says."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import harness

# A cold Go build of the corpus takes about a minute on a 2-core machine; the first test
# that needs it pays for it, so these tests get a longer, still finite, timeout.
GO_BUILD_TIMEOUT = pytest.mark.timeout(600)
EXAMPLES = harness.discover()
IDS = [ex.name for ex in EXAMPLES]


def test_corpus_is_not_empty() -> None:
    assert EXAMPLES, "no example found under examples/"


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_example_is_complete(example: harness.Example) -> None:
    missing = [f for f in ("main.go", "main.py", "output.txt") if not (example.path / f).exists()]
    assert not missing, f"{example.name} lacks {', '.join(missing)}"


def test_slugs_are_unique() -> None:
    slugs = [ex.slug for ex in EXAMPLES]
    dupes = sorted({s for s in slugs if slugs.count(s) > 1})
    assert not dupes, f"example folder names must be unique (one go build names binaries by them): {dupes}"


# Each example runs this many times per side, and every run must print output.txt: an example
# whose goroutines race shows it as a run that differs (`make soak` runs each a hundred times).
RUNS = 3
# The Go side's runs vary what can vary: one processor, then two (goroutines truly in parallel).
GOMAXPROCS = (1, 2, 2)


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_python_twin_matches_output(example: harness.Example) -> None:
    for run in range(1, RUNS + 1):
        diff = harness.mismatch(
            example.expected, harness.run_python(example), "output.txt (what Go printed)",
            f"what the Python twin printed (run {run} of {RUNS})",
        )  # fmt: skip
        if diff:
            pytest.fail(
                f"examples/{example.name}/main.py does not print output.txt"
                + (" every time (it races: synchronise, never sleep and hope)" if run > 1 else "")
                + f"; Go is the judge: fix the twin or goexit.\n{diff}",
                pytrace=False,
            )


@GO_BUILD_TIMEOUT
def test_examples_build_with_go() -> None:
    # The one place a compile error is shown: each example's test below then only points here.
    try:
        harness.build_go()
    except harness.GoBuildError as exc:
        pytest.fail(str(exc), pytrace=False)


@GO_BUILD_TIMEOUT
@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_go_program_matches_output(example: harness.Example, go_binaries: dict[str, Path]) -> None:
    for run, procs in enumerate(GOMAXPROCS, 1):
        diff = harness.mismatch(
            example.expected, harness.run_binary(go_binaries[example.slug], example, procs),
            "output.txt", f"what Go printed (run {run} of {RUNS}, GOMAXPROCS={procs})",
        )  # fmt: skip
        if diff:
            if run > 1:
                pytest.fail(
                    f"examples/{example.name}/main.go prints output.txt in some runs only: it is not "
                    f"deterministic; synchronise (WaitGroup, channels), never sleep and hope.\n{diff}",
                    pytrace=False,
                )
            pytest.fail(
                f"examples/{example.name}/main.go does not print output.txt: if the change is meant, "
                f"{harness.record_hint(example)}\n{diff}",
                pytrace=False,
            )


@GO_BUILD_TIMEOUT
def test_go_sources_are_gofmt_clean() -> None:
    go = harness.go_tool()
    goroot = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()
    gofmt = str(Path(goroot) / "bin" / "gofmt")
    out = subprocess.run([gofmt, "-l", "."], cwd=harness.EXAMPLES, capture_output=True, text=True, check=True)
    assert out.stdout == "", f"not gofmt-clean:\n{out.stdout}"


@GO_BUILD_TIMEOUT
def test_go_sources_pass_vet() -> None:
    out = subprocess.run(
        [harness.go_tool(), "vet", "./..."],
        cwd=harness.EXAMPLES,
        capture_output=True,
        text=True,
        check=False,
        env=None,
    )
    assert out.returncode == 0, out.stderr


def test_normalise_rule() -> None:
    go_side = "panic: boom\n\ngoroutine 7 [running]:\nmain.main.func1()\n\t/x/main.go:10 +0x99\nexit status 2\n"
    py_side = "panic: boom\n\ngoroutine 3 [running]:\nmain.main.<locals>.f()\n\t/y/main.py:4\nexit status 2\n"
    assert (
        harness.normalise(go_side)
        == harness.normalise(py_side)
        == "panic: boom\n\ngoroutine N [running]:\nexit status 2\n"
    )
    assert harness.normalise("(main.T) 0xc000012345") == "(main.T) 0xADDR"
    assert harness.normalise("a\nb") != harness.normalise("a\nc")
