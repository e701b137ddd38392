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
TESTS = [ex for ex in EXAMPLES if ex.is_test]


def test_corpus_is_not_empty() -> None:
    assert EXAMPLES, "no example found under examples/"


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_example_is_complete(example: harness.Example) -> None:
    missing = [f for f in (example.go_file, "main.py", "output.txt") if not (example.path / f).exists()]
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


def _verdict(example: harness.Example, side: str, diffs: list[str | None], fix: str) -> None:
    """Fail with the first differing run's diff: "not deterministic" if another run matched."""
    failed = [d for d in diffs if d]
    if not failed:
        return
    if len(failed) < len(diffs):
        pytest.fail(
            f"examples/{example.name}/{side} prints output.txt in {len(diffs) - len(failed)} of {len(diffs)} runs "
            f"only: it is not deterministic; synchronise (WaitGroup, channels), never sleep and hope.\n{failed[0]}",
            pytrace=False,
        )
    pytest.fail(f"examples/{example.name}/{side} does not print output.txt: {fix}\n{failed[0]}", pytrace=False)


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_python_twin_matches_output(example: harness.Example) -> None:
    diffs = [
        harness.mismatch(
            example.expected,
            harness.run_python(example),
            "output.txt (what Go printed)",
            f"what the Python twin printed (run {run} of {RUNS})",
        )
        for run in range(1, RUNS + 1)
    ]
    _verdict(
        example,
        "main.py",
        diffs,
        "Go is the judge: fix the twin or goexit (unless main.go does not print output.txt either: then "
        f"output.txt is stale or was edited by hand; {harness.record_hint(example)}).",
    )


@GO_BUILD_TIMEOUT
def test_examples_build_with_go() -> None:
    # The one place a compile error is shown, once (failing outside the except clause, so that
    # pytest does not print it again as the context of the failure): each example's test below
    # then only points here.
    try:
        harness.build_go()
    except harness.GoBuildError as exc:
        message = str(exc)
    else:
        return
    pytest.fail(message, pytrace=False)


@GO_BUILD_TIMEOUT
@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_go_program_matches_output(example: harness.Example, go_binaries: dict[str, Path]) -> None:
    diffs = [
        harness.mismatch(
            example.expected,
            harness.run_binary(go_binaries[example.slug], example, procs),
            "output.txt",
            f"what Go printed (run {run} of {RUNS}, GOMAXPROCS={procs})",
        )
        for run, procs in enumerate(GOMAXPROCS, 1)
    ]
    _verdict(example, "main.go", diffs, f"if the change is meant, {harness.record_hint(example)}")


@GO_BUILD_TIMEOUT
@pytest.mark.parametrize("example", TESTS, ids=[ex.name for ex in TESTS])
def test_a_test_runs_as_go_test_runs_it(example: harness.Example, go_binaries: dict[str, Path]) -> None:
    # The other checks run a test's cached binary the way go test does (harness.run_binary): here
    # the real `go test -v` prints the same transcript, the go command's own lines included.
    real = harness.run_go_test(example)
    assert (
        harness.mismatch(real, harness.run_binary(go_binaries[example.slug], example), "go test -v", "harness") is None
    )
    assert harness.mismatch(example.expected, real, "output.txt", "go test -v") is None


def test_a_race_is_reported_as_one(tmp_path: Path) -> None:
    # The verdict on a racy example: some runs match, one does not.
    (tmp_path / "output.txt").write_text("a\nb\n")
    racy = harness.Example(tmp_path)
    same = harness.mismatch("a\nb\n", "a\nb\n", "output.txt", "run 1")
    other = harness.mismatch("a\nb\n", "b\na\n", "output.txt", "what Go printed (run 2 of 3, GOMAXPROCS=2)")
    assert same is None and other is not None
    assert other.splitlines()[:2] == ["--- output.txt", "+++ what Go printed (run 2 of 3, GOMAXPROCS=2)"]
    with pytest.raises(pytest.fail.Exception, match=r"in 2 of 3 runs only: it is not deterministic"):
        _verdict(racy, "main.go", [same, other, same], "re-record")
    with pytest.raises(pytest.fail.Exception, match=r"main.go does not print output.txt: re-record"):
        _verdict(racy, "main.go", [other, other, other], "re-record")
    spaced = harness.mismatch("a\nb\n", "a \nb\n", "output.txt", "what Go printed")
    assert spaced and spaced.endswith(
        "differ only in spaces or tabs at the end of a line, which the diff cannot show)\n"
    )
    assert "cannot show" not in (other or "")


@GO_BUILD_TIMEOUT
def test_go_sources_are_gofmt_clean() -> None:
    go = harness.go_tool()
    goroot = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()
    gofmt = str(Path(goroot) / "bin" / "gofmt")
    out = subprocess.run([gofmt, "-l", "."], cwd=harness.EXAMPLES, capture_output=True, text=True, check=True)
    assert out.stdout == "", f"not gofmt-clean:\n{out.stdout}"


@GO_BUILD_TIMEOUT
def test_go_sources_pass_vet() -> None:
    with harness.one_go_build_at_a_time():
        out = subprocess.run(
            [harness.go_tool(), "vet", *harness.GO_COMPILE_FLAGS, "./..."],
            cwd=harness.EXAMPLES,
            capture_output=True,
            text=True,
            check=False,
            env=harness.go_env(),  # as the build compiled them: vet reuses its packages from GOCACHE
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
    # What go test -v prints: times, and the file:line of a log line.
    go_test = (
        "=== RUN   TestX\n    main_test.go:9: hi\n--- FAIL: TestX (0.01s)\nFAIL\nFAIL\tgoexit.dev/e/t\t0.004s\nFAIL\n"
    )
    py_test = "=== RUN   TestX\n    main.py:12: hi\n--- FAIL: TestX (0.00s)\nFAIL\nFAIL\tgoexit.dev/e/t\t0.120s\nFAIL\n"
    assert harness.normalise(go_test) == harness.normalise(py_test)
    assert "    FILE:LINE: hi\n--- FAIL: TestX (TIME)\n" in harness.normalise(go_test)
    assert harness.normalise(go_test) != harness.normalise(go_test.replace("FAIL: TestX", "PASS: TestX"))
    assert harness.normalise("ok  \tgoexit.dev/e/t\t0.004s\n") == "ok  \tgoexit.dev/e/t\tTIME\n"
    # A panic's stack listing ends at the go command's line for the package.
    crash = "panic: x\n\ngoroutine 7 [running]:\nmain.f()\n\tx.go:1\nFAIL\tgoexit.dev/e/t\t0.004s\nFAIL\n"
    assert harness.normalise(crash) == "panic: x\n\ngoroutine N [running]:\nFAIL\tgoexit.dev/e/t\tTIME\nFAIL\n"


def test_a_go_build_failure_is_shown_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The compiler's message is the failure text, and pytest has no context to print it again under.
    def broken() -> dict[str, Path]:
        raise harness.GoBuildError("channels/x/main.go:23:16: undefined: undefinedThing")

    monkeypatch.setattr(harness, "build_go", broken)
    with pytest.raises(pytest.fail.Exception) as failure:
        test_examples_build_with_go()
    assert str(failure.value) == "channels/x/main.go:23:16: undefined: undefinedThing"
    assert failure.value.__context__ is None, "the message would be printed twice"
