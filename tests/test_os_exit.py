"""goexit.os.exit, tested on its own (the examples only show it): the process ends at once with
the status given, and nothing that would run on the way out of a Python program runs.

As Go's os.Exit: no deferred call (of the caller or of any other goroutine), no goroutine runs
on, and what a bufio.Writer still holds is lost, while what was written to standard output or
error stays written, in the order it was written. As Python would not: no ``finally`` block and
no ``atexit`` handler runs. Each program runs in a subprocess, without PYTHONUNBUFFERED (set in
this environment, it would hide output lost at exit), stdout and stderr in one stream."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import harness

PENDING_EVERYTHING = """
import atexit
import sys

from goexit import Chan, bufio, defer, fmt, go, os, run, time

atexit.register(lambda: sys.stdout.write("atexit handler ran\\n"))


def main() -> None:
    w = bufio.new_writer(sys.stdout)
    defer(w.flush)
    defer(fmt.println, "main's deferred call ran")
    started: Chan[None] = Chan()

    def blocked() -> None:
        defer(fmt.println, "blocked goroutine's deferred call ran")
        started.send(None)
        Chan().recv()

    def sleeper() -> None:
        time.sleep(50 * time.Millisecond)
        fmt.println("a goroutine ran on after os.exit")

    go(blocked)
    go(sleeper)
    started.recv()
    fmt.println("stdout before os.exit: kept")
    sys.stderr.write("stderr before os.exit: kept\\n")
    fmt.print_("no newline at the end: kept")
    w.write_string("held by the bufio.Writer: lost\\n")
    try:
        os.exit(3)
    finally:
        fmt.println("finally block ran")


run(main)
"""

FROM_ANOTHER_GOROUTINE = """
import atexit
import sys

from goexit import Chan, defer, fmt, go, os, run

atexit.register(lambda: sys.stdout.write("atexit handler ran\\n"))


def main() -> None:
    defer(fmt.println, "main's deferred call ran")

    def quitter() -> None:
        defer(fmt.println, "the exiting goroutine's deferred call ran")
        try:
            fmt.println("goroutine: calling os.exit(4)")
            os.exit(4)
        finally:
            fmt.println("the exiting goroutine's finally block ran")

    try:
        go(quitter)
        Chan().recv()  # blocks until the process ends
    finally:
        fmt.println("main's finally block ran")


run(main)
"""


def _run(tmp_path: Path, name: str, source: str) -> subprocess.Popen[bytes]:
    (tmp_path / name).write_text(source)
    return subprocess.Popen(
        [sys.executable, name],
        cwd=tmp_path,
        env=harness.python_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )


def _transcript(proc: subprocess.Popen[bytes]) -> str:
    out, _ = proc.communicate(timeout=harness.TIMEOUT)
    return harness.transcript(subprocess.CompletedProcess(proc.args, proc.returncode, out))


@pytest.mark.timeout(60)
def test_os_exit_runs_no_cleanup_and_keeps_what_was_written(tmp_path: Path) -> None:
    everything = _run(tmp_path, "pending.py", PENDING_EVERYTHING)
    other = _run(tmp_path, "other.py", FROM_ANOTHER_GOROUTINE)
    assert _transcript(everything) == (
        "stdout before os.exit: kept\nstderr before os.exit: kept\nno newline at the end: keptexit status 3\n"
    )
    assert _transcript(other) == "goroutine: calling os.exit(4)\nexit status 4\n"


def test_os_exit_wants_an_int() -> None:
    from goexit import os

    with pytest.raises(TypeError, match=r"os\.exit takes an int status code, got str"):
        os.exit("1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got bool"):
        os.exit(True)
