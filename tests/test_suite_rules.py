"""The suite's rules hold (tests/suite_rules.py): a skip, an xfail, an xpass, a module-level
importorskip, a collection error and a test without a time limit each fail the run; tests of one
xdist group share a worker; and no timeout marker in tests/ asks for 0 or for more than the limit.

Each rule is broken on purpose in a small suite under a temporary folder, run by pytest with the
same plugin the real suite uses (``-p suite_rules``)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from suite_rules import MAX_TEST_TIMEOUT, missing_package_hint, timeout_problem

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"

BROKEN = {
    "test_skip.py": "import pytest\n\ndef test_skips():\n    pytest.skip('not today')\n",
    "test_xfail.py": "import pytest\n\n@pytest.mark.xfail(reason='known bug')\ndef test_fails():\n    assert False\n",
    "test_xpass.py": "import pytest\n\n@pytest.mark.xfail(reason='stale')\ndef test_passes():\n    assert True\n",
    "test_no_limit.py": "import time, pytest\n\n@pytest.mark.timeout(0)\ndef test_sleeps():\n    time.sleep(30)\n",
    "test_too_long.py": f"import pytest\n\n@pytest.mark.timeout({MAX_TEST_TIMEOUT + 1})\ndef test_slow():\n    pass\n",
    "test_fine.py": "def test_passes():\n    assert True\n",
}
UNCOLLECTABLE = {
    "test_importorskip.py": "import pytest\n\nnothing = pytest.importorskip('no_such_package_here')\n\n"
    "def test_never_runs():\n    pass\n",
    "test_broken_import.py": "import no_such_module_either\n\ndef test_never_runs():\n    pass\n",
}


def _pytest(folder: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(TESTS))
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "suite_rules", "-p", "no:cacheprovider", "--timeout=20", "-rA", *args],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _suite(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    (folder / "pytest.ini").write_text("[pytest]\n")  # its own rootdir: not this project's settings
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


@pytest.mark.timeout(120)
def test_every_broken_rule_fails_the_run(tmp_path: Path) -> None:
    runs = {
        "broken": _pytest(_suite(tmp_path / "broken", BROKEN)),
        "uncollectable": _pytest(_suite(tmp_path / "uncollectable", UNCOLLECTABLE)),
        "grouped": _pytest(_suite(tmp_path / "grouped", GROUPED), "-n", "2", "--dist", "loadgroup"),
    }
    out = {name: proc.communicate(timeout=90)[0] for name, proc in runs.items()}
    codes = {name: proc.returncode for name, proc in runs.items()}

    broken = out["broken"]
    assert codes["broken"] == 1, broken
    for message in (
        "skipped, and skips are failures here",
        "marked xfail (known bug) and failed as expected: an expected failure is a failed check here",
        "marked xfail (stale) and passed although marked to fail",
        "test_no_limit.py::test_sleeps: timeout(0) is no time limit at all",
        f"test_too_long.py::test_slow: timeout({MAX_TEST_TIMEOUT + 1}) is above the suite's limit",
    ):
        assert message in broken, f"{message!r} not in:\n{broken}"
    # The two timeouts fail in setup (an error), before the test could hang.
    assert re.search(r"\b3 failed, 1 passed, 2 errors\b", broken), broken

    uncollectable = out["uncollectable"]
    assert codes["uncollectable"] == 2, uncollectable  # pytest: interrupted by collection errors
    assert "test_importorskip.py skipped itself at collection" in uncollectable, uncollectable
    assert "ModuleNotFoundError: No module named 'no_such_module_either'" in uncollectable, uncollectable
    assert "missing package: no package named 'no_such_module_either' in pyproject.toml" in uncollectable, uncollectable
    assert "Interrupted: 2 errors during collection" in uncollectable, uncollectable

    assert codes["grouped"] == 0, out["grouped"]
    workers = (tmp_path / "grouped" / "workers.txt").read_text().split()
    assert len(workers) == 6 and len(set(workers)) == 1, f"the group ran on {workers}: --dist loadgroup is broken"


@pytest.mark.timeout(120)
def test_each_broken_rule_alone_makes_the_exit_status_non_zero(tmp_path: Path) -> None:
    # A report turned "failed" must also count: alone in a run, each rule still fails it (pytest
    # ignores a failed report that keeps its ``wasxfail`` when it computes the exit status).
    alone = {
        "skip": BROKEN["test_skip.py"],
        "skipif": "import pytest\n\n@pytest.mark.skipif(True, reason='flaky')\ndef test_skipped():\n    pass\n",
        "xfail": BROKEN["test_xfail.py"],
        "xpass": BROKEN["test_xpass.py"],
        "xfail_strict": "import pytest\n\n@pytest.mark.xfail(strict=False)\ndef test_passes():\n    pass\n",
    }
    runs = {
        name: _pytest(_suite(tmp_path / name, {f"test_{name}.py": text, "test_fine.py": BROKEN["test_fine.py"]}))
        for name, text in alone.items()
    }
    out = {name: proc.communicate(timeout=90)[0] for name, proc in runs.items()}
    for name, proc in runs.items():
        assert proc.returncode == 1, f"a run whose only problem is {name} exited {proc.returncode}:\n{out[name]}"
        if name.startswith("skip"):
            assert re.search(rf"test_{name}.py:\d+: Skipped: .*: make the check run here", out[name]), out[name]
        assert re.search(r"\b(1 failed, 1 passed|1 passed, 1 error)\b", out[name]), out[name]


GROUPED = {
    "test_group.py": (
        "import os, pytest\n\n"
        "pytestmark = pytest.mark.xdist_group('browser')\n\n"
        "@pytest.mark.parametrize('i', range(6))\n"
        "def test_in_group(i):\n"
        "    with open('workers.txt', 'a') as f:\n"
        "        f.write(os.environ['PYTEST_XDIST_WORKER'] + '\\n')\n"
    ),
    "test_other.py": "import pytest\n\n@pytest.mark.parametrize('i', range(6))\ndef test_anywhere(i):\n    pass\n",
}


# --------------------------------------------------------------------------- timeouts, read from the source


def timeout_markers(source: str) -> list[tuple[int, object]]:
    """Every ``pytest.mark.timeout(...)`` in a module: (line, its value, or the source text if not a literal)."""
    found: list[tuple[int, object]] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "timeout"
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "mark"
        ):
            arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "timeout"), None)
            try:
                value = ast.literal_eval(arg) if arg is not None else None
            except ValueError:
                value = ast.unparse(arg) if arg is not None else None
            found.append((node.lineno, value))
    return sorted(found, key=lambda f: f[0])


def test_a_missing_package_is_named_with_what_to_do() -> None:
    pinned = missing_package_hint("E   ModuleNotFoundError: No module named 'hypothesis'")
    assert pinned and "'hypothesis' is pinned in pyproject.toml but not installed" in pinned and "make test" in pinned
    stranger = missing_package_hint("E   ModuleNotFoundError: No module named 'tomli_w.sub'")
    assert stranger and "no package named 'tomli_w' in pyproject.toml: add" in stranger
    assert missing_package_hint("E   AssertionError: no") is None


def test_no_timeout_marker_is_zero_or_above_the_limit() -> None:
    bad = []
    for module in sorted(TESTS.rglob("*.py")):
        if module == Path(__file__).resolve():
            continue  # its fixtures break the rule on purpose
        for line, value in timeout_markers(module.read_text(encoding="utf-8")):
            if problem := timeout_problem(value):
                bad.append(f"{module.relative_to(ROOT)}:{line}: {problem}")
    assert not bad, "\n".join(bad)


def test_the_timeout_scan_finds_each_kind() -> None:
    source = (
        "import pytest\nSLOW = pytest.mark.timeout(600)\n"
        "@pytest.mark.timeout(0)\ndef test_a(): pass\n"
        "pytestmark = [pytest.mark.timeout(timeout=5000)]\n"
        "@pytest.mark.timeout(LIMIT)\ndef test_b(): pass\n"
    )
    found = timeout_markers(source)
    assert found == [(2, 600), (3, 0), (5, 5000), (6, "LIMIT")], found
    assert [timeout_problem(v) is None for _, v in found] == [True, False, False, False]


def test_the_whole_run_is_bounded() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    per_test = re.search(r"^timeout = (\d+)$", config, re.M)
    assert per_test and timeout_problem(int(per_test.group(1))) is None, "pyproject.toml: timeout = N (0 < N)"
    session = re.search(r"^session_timeout = (\d+)$", config, re.M)
    assert session and int(session.group(1)) > 0, "pyproject.toml: set session_timeout (pytest-timeout) for the run"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert not re.search(r"--timeout[= ]0\b|--session-timeout[= ]0\b|-p no:timeout", makefile), "Makefile lifts a limit"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^timeout .*make test$", ci, re.M), ".ci/run: run `make test` under `timeout`"
