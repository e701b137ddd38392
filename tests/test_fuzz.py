"""The differential fuzzer's fixed-seed batch: every generated program prints on goexit what it prints on Go.

The batch (`SEED`, `COUNT` programs, tests/fuzz/) is built into one Go binary and its Python
twins run in forked children of a server that imported goexit once (tests/fuzz/run.py). Each
program is a test of its own; a failure shows the seed, the program's index, both programs
and a labelled diff. A program whose two Go runs (GOMAXPROCS=1 and the default) differ is a
generator bug, reported as such. `make fuzz N=...` runs random seeds instead.
"""

from __future__ import annotations

import pytest

import harness
from fuzz import run

SEED = 20261202
COUNT = 320
FRESH_SAMPLE = range(3, COUNT, 20)  # programs also run in a fresh interpreter, to check the fork server

# One worker runs the whole group: the batch is built and run once, by the fixture.
pytestmark = pytest.mark.xdist_group("fuzz")


@pytest.fixture(scope="module")
def outcomes() -> list[run.Outcome]:
    return run.run_cases(run.make_cases(SEED, COUNT))


@pytest.mark.timeout(600)  # the first test pays for the batch (a cold Go build included)
@pytest.mark.parametrize("index", range(COUNT), ids=[f"fuzz-{SEED}-{i}" for i in range(COUNT)])
def test_goexit_prints_what_go_prints(index: int, outcomes: list[run.Outcome]) -> None:
    o = outcomes[index]
    if not o.deterministic or o.diff() is not None:
        pytest.fail(o.report(), pytrace=False)


@pytest.mark.timeout(300)
def test_a_forked_child_prints_what_a_fresh_interpreter_prints(outcomes: list[run.Outcome]) -> None:
    """The fork server is only a shortcut if a twin cannot tell it from ``python main.py``."""
    problems = []
    for i in FRESH_SAMPLE:
        o = outcomes[i]
        diff = harness.mismatch(run.run_python_fresh(o.case), o.py, f"{o.case.name}: python main.py",
                                f"{o.case.name}: forked child of the fork server")  # fmt: skip
        if diff:
            problems.append(diff)
    assert not problems, "\n".join(problems)


def test_the_batch_covers_the_grammar(outcomes: list[run.Outcome]) -> None:
    """The fixed batch is not a trivial one: it ends programs in every way the grammar has."""
    endings = {"exit 0": 0, "panic": 0, "deadlock": 0, "goexit deadlock": 0, "os.Exit": 0, "status 1": 0}
    for o in outcomes:
        out = o.go
        if "fatal error: no goroutines (main called runtime.Goexit)" in out:
            endings["goexit deadlock"] += 1
        elif "fatal error: all goroutines are asleep" in out:
            endings["deadlock"] += 1
        elif "\npanic: " in "\n" + out:
            endings["panic"] += 1
        elif out.endswith("exit status 1\n"):
            endings["status 1"] += 1
        elif "exit status" in out:
            endings["os.Exit"] += 1
        else:
            endings["exit 0"] += 1
    assert all(n >= 3 for n in endings.values()), endings
