"""GOTRACEBACK, which a twin cannot set for itself: two twins run with each value, on go1.27.3 and against goexit.

``none``, ``single``, ``all`` and the numbers must print the same after normalisation, with the
same status.  ``system`` and ``crash`` print runtime frames, ``gp=``/``m=`` fields in the goroutine
headers and the runtime's own goroutines, which goexit does not have: for those the panic or fatal
error lines before the first goroutine header and the exit status must match (``crash`` dies of
SIGABRT on both sides).  See goexit.debug and docs/python.md, "What goexit cannot model".
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import harness

TWINS = Path(__file__).parent / "twins"
CASES = {
    "panic-gotraceback-env": TWINS / "panic" / "panic-gotraceback-env",
    "deadlock-lists-goroutines": TWINS / "deadlock-lists-goroutines",
}
EXACT = ["none", "single", "all", "0", "1", ""]
PREFIX_ONLY = ["system", "crash", "2"]


@pytest.fixture(scope="module")
def binaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("gotraceback")
    env = harness.go_env()
    pkgs = ["./" + p.relative_to(TWINS).as_posix() for p in CASES.values()]
    cmd = [harness.go_tool(), "build", *harness.GO_BUILD_FLAGS, "-o", str(out) + os.sep, *pkgs]
    with harness.one_go_build_at_a_time():
        subprocess.run(cmd, cwd=TWINS, env=env, check=True, timeout=600)
    return {name: out / name for name in CASES}


def _child() -> None:
    harness.default_signals()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # GOTRACEBACK=crash aborts: no core file in the tree


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[str, int]:
    proc = subprocess.run(
        cmd,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        timeout=harness.TIMEOUT,
        check=False,
        preexec_fn=_child,
    )
    return harness.normalise(harness.transcript(proc)), proc.returncode


def _both(name: str, level: str, binaries: dict[str, Path]) -> tuple[tuple[str, int], tuple[str, int]]:
    folder = CASES[name]
    go_env = dict(os.environ, GOTRACEBACK=level)
    py_env = dict(harness.python_env(), GOTRACEBACK=level)
    go = _run([str(binaries[name])], folder, go_env)
    py = _run([sys.executable, "main.py"], folder, py_env)
    return go, py


@pytest.mark.timeout(600)
@pytest.mark.parametrize("level", EXACT)
@pytest.mark.parametrize("name", sorted(CASES))
def test_gotraceback_prints_what_go_prints(name: str, level: str, binaries: dict[str, Path]) -> None:
    go, py = _both(name, level, binaries)
    assert py == go


def _head_and_status(run: tuple[str, int]) -> tuple[list[str], int]:
    text, status = run
    head = []
    for line in text.splitlines():
        if line.startswith("goroutine ") or line.startswith("SIGABRT") or line == "":
            break
        head.append(line)
    return head, status


@pytest.mark.timeout(600)
@pytest.mark.parametrize("level", PREFIX_ONLY)
@pytest.mark.parametrize("name", sorted(CASES))
def test_gotraceback_system_and_crash_keep_the_message_and_status(
    name: str, level: str, binaries: dict[str, Path]
) -> None:
    go, py = _both(name, level, binaries)
    assert _head_and_status(py) == _head_and_status(go)
    if level == "crash":
        assert go[1] == -6, go[0][-300:]
