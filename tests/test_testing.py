"""goexit.testing and goexit.synctest, beyond what the examples and twins compare with Go:
the exact file:line of log lines (normalised away there), the import path go test names a
package by, and misuse that goexit reports itself."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import harness

pytestmark = pytest.mark.timeout(120)


def run_tests(tmp_path: Path, source: str, go_mod: bool = True) -> subprocess.CompletedProcess[str]:
    folder = tmp_path / "pkg"
    folder.mkdir()
    if go_mod:
        (tmp_path / "go.mod").write_text("module example.com/m\n\ngo 1.25\n")
    (folder / "main.py").write_text(textwrap.dedent(source))
    return subprocess.run(
        [sys.executable, "main.py"], cwd=folder, env=harness.python_env(), capture_output=True, text=True, timeout=60
    )


def test_log_lines_name_the_caller_and_skip_helpers(tmp_path: Path) -> None:
    proc = run_tests(
        tmp_path,
        """\
        from goexit import testing


        def check(t: testing.T, ok: bool) -> None:
            t.helper()
            if not ok:
                t.error("check failed")


        def TestA(t: testing.T) -> None:
            t.log("plain")
            check(t, False)
            t.run("sub", lambda t: check(t, False))


        if __name__ == "__main__":
            testing.main()
        """,
    )
    lines = proc.stdout.splitlines()
    assert "    main.py:11: plain" in lines
    assert "    main.py:12: check failed" in lines  # the helper's caller, not the helper
    assert "    main.py:13: check failed" in lines  # a helper called by a subtest's lambda: the lambda's line
    assert lines[-2:] == ["FAIL\texample.com/m/pkg\t" + lines[-2].rsplit("\t", 1)[1], "FAIL"]
    assert proc.returncode == 1


def test_outside_a_module_the_package_is_command_line_arguments(tmp_path: Path) -> None:
    proc = run_tests(
        tmp_path,
        """\
        from goexit import testing


        def TestA(t: testing.T) -> None:
            pass


        def Testlower(t: testing.T) -> None:  # not a test: a lower-case letter after Test
            t.fatal("ran")


        if __name__ == "__main__":
            testing.main()
        """,
        go_mod=False,
    )
    assert proc.stdout.startswith("=== RUN   TestA\n--- PASS: TestA (")
    assert "Testlower" not in proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("ok  \tcommand-line-arguments\t")
    assert proc.returncode == 0


def test_parallel_is_refused_with_what_to_do(tmp_path: Path) -> None:
    proc = run_tests(
        tmp_path,
        """\
        from goexit import testing


        def TestA(t: testing.T) -> None:
            t.parallel()


        if __name__ == "__main__":
            testing.main()
        """,
    )
    assert "t.parallel() is not modelled by goexit: run the tests sequentially" in proc.stdout + proc.stderr
    assert proc.returncode == 1


def test_a_bubbles_clock_starts_in_2000_and_an_hour_of_sleep_is_an_hour(tmp_path: Path) -> None:
    proc = run_tests(
        tmp_path,
        """\
        from goexit import go, synctest, testing, time


        def TestSleep(t: testing.T) -> None:
            def bubbled(t: testing.T) -> None:
                start = time.now()
                go(time.sleep, 30 * time.Minute)
                time.sleep(time.Hour)
                t.log(start.utc(), time.since(start), time.now().sub(start))

            synctest.test(t, bubbled)
            t.log("outside the bubble, the year is", time.now().year() > 2000)


        if __name__ == "__main__":
            testing.main()
        """,
    )
    assert "    main.py:9: 2000-01-01 00:00:00 +0000 UTC 1h0m0s 1h0m0s\n" in proc.stdout
    assert "    main.py:12: outside the bubble, the year is true\n" in proc.stdout
    assert proc.returncode == 0
