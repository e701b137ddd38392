"""examples/versions.json (written by `make versions`) against the examples and the table of Go
changes (hooks/versions.py): the data is current, every difference it records is explained, and
every explanation is shown by an example. (The pages against the data: test_versions_site.py.)"""

from __future__ import annotations

import sys
from typing import Any

import toolchains
import version_matrix

import harness

sys.path.insert(0, str(harness.ROOT / "hooks"))
import versions

DATA = versions.load()
EXAMPLES = harness.discover()
STALE = "examples/versions.json is stale: run `make versions` (it rebuilds every example on Go 1.21 ... 1.27)"


def test_data_is_current() -> None:
    assert sorted(DATA["examples"]) == sorted(ex.name for ex in EXAMPLES), STALE
    assert DATA["go_line"] == toolchains.go_line(), STALE
    assert DATA["newest"] == toolchains.newest(), STALE
    assert [c["toolchain"] for c in DATA["configs"]][: len(toolchains.RELEASES)] == list(toolchains.RELEASES.values())
    changed = [ex.name for ex in EXAMPLES if DATA["examples"][ex.name]["digest"] != version_matrix.digest(ex)]
    assert not changed, f"{STALE}; changed since: {changed}"


def test_every_difference_is_explained() -> None:
    unexplained = [
        (name, diff["configs"], diff["unexplained"] or "no change named")
        for name, entry in DATA["examples"].items()
        for diff in entry["differences"]
        if diff["unexplained"] or not diff["changes"]
    ]
    assert not unexplained


def test_every_explanation_is_shown_by_an_example() -> None:
    assert set(DATA["changes"]) <= set(versions.CHANGES), "the data names a change the table does not have"
    idle = sorted(key for key in versions.CHANGES if not DATA["changes"].get(key))
    assert not idle, f"these explanations name no example in the data (remove them, or rerun make versions): {idle}"
    for key, names in DATA["changes"].items():
        for name in names:
            assert any(key in d["changes"] for d in DATA["examples"][name]["differences"])


def test_minimum_release_agrees_with_lowered_go_lines() -> None:
    # The oldest toolchain that builds an example, and the oldest go line at which the newest
    # toolchain compiles it with `go vet -stdversion` quiet: two measures of one thing (one release
    # apart only where the release before had the API behind a GOEXPERIMENT, such as synctest).
    disagree = {
        name: (e["min_release"], e["min_go_line"])
        for name, e in DATA["examples"].items()
        if not version_matrix.minimums_agree(e)
    }
    assert not disagree


def test_go_line_is_the_oldest_release_on_which_every_example_holds() -> None:
    own = [c for c in DATA["configs"] if not (c["toolchain"] == DATA["newest"] and c["go_line"] != DATA["go_line"])]

    def holds_on(e: dict[str, Any], c: dict[str, str]) -> bool:
        # An example whose minimum release is newer (a build line gates it) is not claimed there.
        least = e["min_release"]
        newer = least is not None and toolchains.minor(least) > toolchains.minor(c["toolchain"])
        return bool(e["status"][c["key"]] == (versions.NO_BUILD if newer else versions.SAME))

    holds = [all(holds_on(e, c) for e in DATA["examples"].values()) for c in own]
    # From the go line's release on, every release holds (each example from its minimum release on);
    # the release before it does not.
    first = holds.index(True)
    assert all(holds[first:]), [c["key"] for c, ok in zip(own, holds, strict=True) if not ok]
    assert toolchains.release_of(own[first]["toolchain"]) == toolchains.go_line()


# ----------------------------------------------------------------------------- the attribution rules


def test_a_toggle_claims_the_lines_it_makes_go_away() -> None:
    config = version_matrix.Config("1.27.3", "1.21")
    expected = "a\nb\nc\n"
    got = "a\nB\nC\n"  # two lines differ; rebuilt with the toggle, only the second still does
    found, left = version_matrix.explain_output(config, expected, got, {"loopvar": ["a\nb\nC\n"]})
    assert found == {"loopvar": ["-b", "+B"]}
    assert left == ["-c", "+C"]  # nothing else explains these: the data would record them


def test_a_change_needs_both_of_its_lines_and_an_older_go() -> None:
    change = versions.Change(
        key="x", release="1.26", depends_on="toolchain", source="", title={}, explain={}, now=("new",), then=("old",)
    )
    assert change.pattern_complete(["-new", "+old"]) and not change.pattern_complete(["-new"])
    assert version_matrix.applies(change, version_matrix.Config("1.25.5", "1.25"))
    assert not version_matrix.applies(change, version_matrix.Config("1.26.6", "1.26"))
    assert not version_matrix.applies(change, version_matrix.Config("1.27.3", "1.21"))  # the toolchain is new


def test_compiler_messages_are_read_by_example() -> None:
    text = (
        "# goexit.dev/examples/channels/x\n"
        "channels/x/main.go:15:6: wg.Go undefined (type sync.WaitGroup has no field or method Go)\n"
        "vet: context/y/main.go:3:1: cannot range over 3 (untyped int constant): requires go1.22 or later\n"
        "noise\n"
    )
    assert version_matrix.messages_by_example(text) == {
        "channels/x": ["wg.Go undefined (type sync.WaitGroup has no field or method Go)"],
        "context/y": ["cannot range over 3 (untyped int constant): requires go1.22 or later"],
    }


def test_an_example_gated_by_a_build_line_starts_with_it() -> None:
    # A change with build_tag has no API: only the example's own //go:build line keeps older releases
    # from building it, and so makes its badge's minimum release (and test_versions' claim) true.
    by_name = {ex.name: ex for ex in EXAMPLES}
    for key, change in versions.CHANGES.items():
        if not change.build_tag:
            continue
        for name in DATA["changes"].get(key, []):
            source = (by_name[name].path / by_name[name].go_file).read_text(encoding="utf-8")
            assert source.startswith(change.build_tag + "\n"), f"{name} needs {key}: start it with {change.build_tag}"
