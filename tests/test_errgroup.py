"""goexit.errgroup: unit tests, and Go twins built against the real golang.org/x/sync/errgroup.

The Go toolchain vendors x/sync (for cmd/go) at GOROOT/src/cmd/vendor; the twins in
tests/errgroup_twins/ are built in a temporary module whose ``replace`` directive points
at a copy of it, so no download is needed and the errgroup is the one Go itself uses.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time as pytime
from pathlib import Path

import pytest

import harness
from goexit import Chan, Panic, close, context, errgroup, errors, select, sync
from goexit.chan import DEFAULT, Recv

TWINS = Path(__file__).parent / "errgroup_twins"
CASES = harness.discover(TWINS, 1)


def _goroot() -> Path:
    out = subprocess.run([harness.go_tool(), "env", "GOROOT"], capture_output=True, text=True, check=True, timeout=60)
    return Path(out.stdout.strip())


@pytest.fixture(scope="module")
def errgroup_binaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    vendor = _goroot() / "src" / "cmd" / "vendor"
    version = re.search(r"^# golang\.org/x/sync (v\S+)", (vendor / "modules.txt").read_text(), re.M)
    assert version, "the Go toolchain no longer vendors golang.org/x/sync"
    root = tmp_path_factory.mktemp("errgroup")
    xsync = root / "xsync"
    shutil.copytree(vendor / "golang.org" / "x" / "sync" / "errgroup", xsync / "errgroup")
    (xsync / "go.mod").write_text("module golang.org/x/sync\n\ngo 1.25\n")
    mod = root / "mod"
    mod.mkdir()
    (mod / "go.mod").write_text(
        f"module twins\n\ngo 1.25\n\nrequire golang.org/x/sync {version.group(1)}\n\n"
        "replace golang.org/x/sync => ../xsync\n"
    )
    for case in CASES:
        (mod / case.slug).mkdir()
        shutil.copy(case.path / "main.go", mod / case.slug / "main.go")
    return harness.build_go(None, mod, 1, name="errgroup-twins")  # cached, keyed by the sources


def test_there_are_errgroup_twins() -> None:
    assert len(CASES) >= 6


@pytest.mark.timeout(600)  # the first one pays for a cold Go build
@pytest.mark.parametrize("case", CASES, ids=[c.slug for c in CASES])
def test_python_prints_what_go_prints(case: harness.Example, errgroup_binaries: dict[str, Path]) -> None:
    diff = harness.mismatch(
        harness.run_binary(errgroup_binaries[case.slug], case), harness.run_python(case),
        f"what Go printed (tests/errgroup_twins/{case.slug}/main.go)", "what the Python twin printed",
    )  # fmt: skip
    if diff:
        pytest.fail(f"tests/errgroup_twins/{case.slug}: Go is the judge: fix goexit.errgroup.\n{diff}", pytrace=False)


# -- in process ----------------------------------------------------------------------


def test_wait_returns_the_first_error_and_cancels_with_it_as_cause(no_leaks: None) -> None:
    g, ctx = errgroup.with_context(context.background())
    first, second = errors.new("first"), errors.new("second")
    gate: Chan[None] = Chan()

    def fails_first() -> BaseException | None:
        return first

    def fails_later() -> BaseException | None:
        ctx.done().recv()  # type: ignore[union-attr]
        gate.recv()
        return second

    g.go(fails_later)
    g.go(fails_first)
    ctx.done().recv()  # type: ignore[union-attr]
    close(gate)
    assert g.wait() is first
    assert ctx.err() is context.Canceled and context.cause(ctx) is first


def test_wait_with_no_error_cancels_with_canceled(no_leaks: None) -> None:
    g, ctx = errgroup.with_context(context.background())
    for _ in range(10):
        g.go(lambda: None)
    assert ctx.err() is None or ctx.err() is context.Canceled
    assert g.wait() is None
    assert context.cause(ctx) is context.Canceled


def test_zero_group_has_no_context_and_no_limit(no_leaks: None) -> None:
    g = errgroup.Group()
    release: Chan[None] = Chan()
    for _ in range(20):
        g.go(release.recv)
    assert g.try_go(lambda: None)
    close(release)
    assert g.wait() is None


def test_limit_blocks_go_and_refuses_try_go(no_leaks: None) -> None:
    g = errgroup.Group()
    g.set_limit(1)
    release: Chan[None] = Chan()
    g.go(release.recv)
    assert g.try_go(lambda: None) is False
    blocked: Chan[None] = Chan(None, 1)

    def second_go() -> None:
        g.go(lambda: None)
        blocked.send(None)

    sync_wg = sync.WaitGroup()
    sync_wg.go(second_go)
    pytime.sleep(0.05)
    assert select(Recv(blocked), default=True).case == DEFAULT  # still waiting for a slot
    close(release)
    blocked.recv()
    sync_wg.wait()
    assert g.wait() is None
    g.set_limit(-1)
    assert g.try_go(lambda: None)
    assert g.wait() is None


def test_set_limit_while_active_panics_with_errgroups_message(no_leaks: None) -> None:
    g = errgroup.Group()
    g.set_limit(2)
    release: Chan[None] = Chan()
    g.go(release.recv)
    with pytest.raises(Panic) as info:
        g.set_limit(3)
    assert str(info.value.value) == "errgroup: modify limit while 1 goroutines in the group are still active"
    close(release)
    assert g.wait() is None


def test_a_context_cancelled_from_outside_reaches_the_group(no_leaks: None) -> None:
    parent, cancel = context.with_cancel(context.background())
    g, ctx = errgroup.with_context(parent)
    g.go(lambda: ctx.done().recv() or ctx.err())  # type: ignore[union-attr]
    cancel()
    assert g.wait() is context.Canceled


def test_misuse_is_explained() -> None:
    g = errgroup.Group()
    with pytest.raises(TypeError, match=r"not g\.go"):
        g.go(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        g.set_limit("2")  # type: ignore[arg-type]


def test_a_task_returning_a_non_error_crashes_with_a_clear_message(tmp_path: Path) -> None:
    script = tmp_path / "main.py"
    script.write_text(
        "from goexit import errgroup, run\n"
        "def main() -> None:\n"
        "    g = errgroup.Group()\n"
        "    g.go(lambda: 'oops')\n"
        "    g.wait()\n"
        "if __name__ == '__main__':\n"
        "    run(main)\n"
    )
    proc = subprocess.run(
        [sys.executable, str(script)],
        env=harness.python_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 2
    assert "must return an error (an exception instance) or None, got str" in proc.stderr


def test_python_twins_pass_mypy_strict(tmp_path: Path) -> None:
    """Like tests/test_typecheck.py, for these twins (excluded from the project-wide mypy run)."""
    from mypy import api

    for case in CASES:
        (tmp_path / f"errgroup_twin_{case.slug.replace('-', '_')}.py").symlink_to(case.path / "main.py")
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--python-version", "3.11", "--warn-unreachable", str(tmp_path)]
    )
    assert status == 0, out + err
