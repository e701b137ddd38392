"""The fuzz harness catches a goexit that prints wrong: faults injected into a copy of goexit must be reported.

A fuzzer that cannot fail proves nothing.  Each test copies src/goexit/ to a temporary directory,
changes one rule there (the kind of slip a fix elsewhere could make), points the fork servers at
the copy (``FUZZ_GOEXIT_SRC``, read by `fuzz.run.ForkServer`) and runs a small batch of the
generator's programs: the faulty goexit must diverge from Go, and the report must carry what a
reader needs (the seed and index, both programs, a labelled diff).  The same batch on the copy
without the fault passes (a control: the copy itself is sound).  `fuzz.__main__.handle` then
writes a divergence as a regression twin that tests/test_twins.py would pick up.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import harness
from fuzz import __main__ as fuzz_main
from fuzz import run

SEED = 20261202  # tests/test_fuzz.py's seed: a batch known to pass on goexit as it is
COUNT = 48

# (file, text, replacement): one rule of Go each, broken.
FAULTS = {
    "printpanics-indent": (
        "panics.py",
        'lines.append(("\\t" if lines else "") + text)',
        'lines.append(("    " if lines else "") + text)',
    ),
    "println-separator": (
        "fmt.py",
        'self.buf.append(" ")\n            self.print_arg(arg, "v")\n        self.buf.append("\\n")',
        'self.buf.append("  ")\n            self.print_arg(arg, "v")\n        self.buf.append("\\n")',
    ),
    "deferred-order": ("panics.py", "call = frame.defers.pop()", "call = frame.defers.pop(0)"),
}

pytestmark = pytest.mark.xdist_group("fuzz")


def goexit_copy(root: Path, fault: str | None) -> Path:
    src = root / "src"
    shutil.copytree(harness.ROOT / "src" / "goexit", src / "goexit", ignore=shutil.ignore_patterns("__pycache__"))
    if fault is not None:
        name, old, new = FAULTS[fault]
        path = src / "goexit" / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"the fault {fault!r} no longer applies to goexit/{name}: update FAULTS"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def cases() -> list[run.Case]:
    return run.make_cases(SEED, COUNT)


@pytest.mark.timeout(300)
def test_the_copy_without_a_fault_passes(
    cases: list[run.Case], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FUZZ_GOEXIT_SRC", str(goexit_copy(tmp_path, None)))
    bad = run.failures(run.run_cases(cases))
    assert not bad, bad[0].report()


@pytest.mark.timeout(300)
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_fault_in_goexit_is_reported(
    fault: str, cases: list[run.Case], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FUZZ_GOEXIT_SRC", str(goexit_copy(tmp_path, fault)))
    bad = run.failures(run.run_cases(cases))
    assert bad, f"{COUNT} programs on a goexit with the fault {fault!r}, and the fuzzer saw nothing"
    o = bad[0]
    assert o.deterministic  # Go printed the same twice: the fault is goexit's, not the generator's
    report = o.report()
    p = o.case.program
    assert report.startswith(f"seed {SEED}, program {p.index} ")
    assert "goexit does not print what Go prints" in report
    assert f"--- what Go printed ({p.name}/main.go)" in report
    assert f"+++ what goexit printed ({p.name}/main.py)" in report
    assert "\n--- main.go ---\n" + o.case.go in report
    assert "\n--- main.py ---\n" + o.case.py in report
    if fault == "printpanics-indent":
        monkeypatch.setattr(fuzz_main, "OUT", tmp_path / "twins")
        line = fuzz_main.handle(o, minimising=False)
        folder = tmp_path / "twins" / p.name
        assert line == f"{p.name}: written to {folder}"
        go, py = (folder / "main.go").read_text(), (folder / "main.py").read_text()
        assert f"make fuzz found it diverging (seed {SEED}, program {p.index})" in go
        assert py == o.case.py
