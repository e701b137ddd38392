"""The rules every test run here follows, as pytest hooks (tests/conftest.py imports them).

In CI a check that did not run is a failed check, and no run may hang:

- a skip, anywhere (a test, a fixture, ``pytest.importorskip`` at module level, a module that
  skips itself at collection), fails;
- ``xfail`` fails too, whether the test then fails (XFAIL) or passes (XPASS): an expected
  failure is still a failure, and a passing one hides that the marker is stale;
- a collection error stops the run with a non-zero status (pytest's own rule: nothing here may
  pass ``--continue-on-collection-errors``);
- tests marked ``xdist_group`` run in one worker under ``--dist loadgroup`` (see
  pytest_collection_modifyitems);
- every test has a time limit: the global ``timeout`` of pyproject.toml, or its own
  ``@pytest.mark.timeout(N)`` with 0 < N <= MAX_TEST_TIMEOUT. ``timeout(0)`` means no limit at
  all, so it fails, before the test runs, like a limit above the maximum.

tests/test_suite_rules.py runs a small suite that breaks each rule and checks that it fails.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path

import pytest

MAX_TEST_TIMEOUT = 600  # seconds; a cold Go build of a corpus takes about a minute on 2 cores


def timeout_problem(value: object) -> str | None:
    """Why a per-test timeout is not allowed, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"timeout({value!r}) is not a number of seconds"
    if value <= 0:
        return f"timeout({value}) is no time limit at all (0 disables it): give 0 < N <= {MAX_TEST_TIMEOUT}"
    if value > MAX_TEST_TIMEOUT:
        return f"timeout({value}) is above the suite's limit of {MAX_TEST_TIMEOUT} s: make the test faster"
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    marker = item.get_closest_marker("timeout")
    if marker is not None:
        value = marker.args[0] if marker.args else marker.kwargs.get("timeout")
        if problem := timeout_problem(value):
            pytest.fail(f"{item.nodeid}: {problem}", pytrace=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, object, None]:
    """A skipped check is a failed check, and so is an expected failure (xfail, xpass)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if hasattr(report, "wasxfail"):
        state = "failed as expected" if report.skipped else "passed although marked to fail"
        report.outcome = "failed"
        report.longrepr = (
            f"marked xfail ({report.wasxfail or 'no reason'}) and {state}: an expected failure is a failed "
            "check here; fix the code or the test and remove the marker"
        )
        # pytest counts a failed report towards the exit status only without ``wasxfail``
        # (Session.pytest_runtest_logreport): kept, the run would say "1 failed" and exit 0.
        del report.wasxfail
    elif report.skipped:
        report.outcome = "failed"
        where = report.longrepr
        if isinstance(where, tuple) and len(where) == 3:  # (path, line, "Skipped: reason")
            where = f"{where[0]}:{where[1]}: {where[2]}"
        report.longrepr = (
            f"skipped, and skips are failures here: {where}: make the check run here (`make test` installs "
            "what it needs) or delete it; remove the skip (pytest.skip, skipif, importorskip)"
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, object, None]:
    """A module that skips itself (``pytest.importorskip`` at module level) is a collection error."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed and (hint := missing_package_hint(str(report.longrepr))):
        report.longrepr = f"{report.longrepr}\n\n{hint}"
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = (
            f"{collector.nodeid} skipped itself at collection ({reason}): skips are failures here; "
            "a missing package is installed by `make test` (add it to pyproject.toml if it is new)"
        )


def missing_package_hint(error: str) -> str | None:
    """What to do about a module that failed to import because a package is missing, or None."""
    found = re.search(r"ModuleNotFoundError: No module named '([\w.]+)'", error)
    if not found:
        return None
    name = found.group(1).split(".")[0]
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    pinned = re.search(rf'^\s*"{re.escape(name).replace("_", "[-_]")}[=<>~\[]', pyproject, re.M | re.I)
    if pinned:
        return (
            f"missing package: {name!r} is pinned in pyproject.toml but not installed in this venv: "
            "`rm .venv/.installed-*` and run `make test`, which reinstalls every pinned package"
        )
    return (
        f"missing package: no package named {name!r} in pyproject.toml: add the one that provides it, pinned, "
        "to [project.optional-dependencies] (make test then rebuilds the venv); if it is there under another "
        "name (yaml is PyYAML), `rm .venv/.installed-*` and run `make test`"
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``--dist loadgroup``, made to work: pytest-xdist 3.8 groups tests by appending ``@group`` to
    ``item._nodeid``, which pytest 9.2 no longer reads (an item's id lives in ``item._id``), so its
    groups are silently ignored. Do what xdist means, the way pytest 9.2 keeps ids (in the workers,
    where xdist sets ``loadgroup``). tests/test_suite_rules.py checks that the grouping holds."""
    if not getattr(config.option, "loadgroup", False):
        return
    from _pytest.nodeid import NodeId

    for item in items:
        groups = {
            str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")
        }
        if groups and "@" not in item.nodeid.rsplit("]", 1)[-1]:
            item._id = NodeId.parse(f"{item.nodeid}@{'_'.join(sorted(groups))}")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("continue_on_collection_errors", False):
        raise pytest.UsageError("--continue-on-collection-errors would let a module that does not import pass")
    ini = config.getini("timeout")
    if ini not in (None, "") and (problem := timeout_problem(float(ini))):
        raise pytest.UsageError(f"pyproject.toml [tool.pytest.ini_options] {problem}")
