"""goexit.os.exit, tested on its own (the examples only show it): the process ends at once with
the status given, and nothing that would run on the way out of a Python program runs.

As Go's os.Exit: no deferred call (of the caller or of any other goroutine), no goroutine runs
on, and what a bufio.Writer still holds is lost, while what was written to standard output or
error stays written, in the order it was written. As Python would not: no ``finally`` block and
no ``atexit`` handler runs. Each program runs in a subprocess, without PYTHONUNBUFFERED (set in
this environment, it would hide output lost at exit), stdout and stderr in one stream."""

from __future__ import annotations

import re
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


# What each line a program above prints after os.exit would mean: cleanup Go's os.Exit never runs.
RAN_ON = {
    "main's deferred call ran": "a deferred call of the goroutine that called os.exit ran",
    "the exiting goroutine's deferred call ran": "a deferred call of the goroutine that called os.exit ran",
    "blocked goroutine's deferred call ran": "a deferred call of another goroutine ran",
    "a goroutine ran on after os.exit": "another goroutine kept running",
    "finally block ran": "a finally block ran",
    "the exiting goroutine's finally block ran": "a finally block ran",
    "main's finally block ran": "a finally block of another goroutine ran",
    "atexit handler ran": "an atexit handler ran",
    "held by the bufio.Writer: lost": "what a bufio.Writer held was flushed (a deferred flush ran)",
}
FIX = (
    "goexit.os.exit must end the process at once, as Go's os.Exit does (src/os/proc.go): fix "
    "goexit.os.exit / goexit._sched.die (src/goexit/os.py, src/goexit/_sched.py), not this test"
)


def exit_problems(got: str, want: str) -> list[str]:
    """What differs between a program's transcript and what Go's os.Exit leaves, each in words."""
    problems: list[str] = []
    want_lines = want.splitlines()
    got_status = re.search(r"exit status (\d+)\n?$", got)
    want_status = re.search(r"exit status (\d+)\n?$", want)
    assert want_status, want
    for line in got.splitlines():
        for printed, meaning in RAN_ON.items():
            if printed in line and printed not in want:
                problems.append(f"{meaning}: {printed!r} was printed")
    for line in want_lines:
        kept = line.removesuffix(want_status.group(0).rstrip("\n"))
        if kept and kept not in got:
            problems.append(
                f"written before os.exit and lost: {kept!r} (flush standard output and error on the way out)"
            )
    if got_status is None or got_status.group(1) != want_status.group(1):
        shown = f"exit status {got_status.group(1)}" if got_status else "no exit status line"
        problems.append(f"the process ended with {shown}, not {want_status.group(0).strip()}")
    if not problems and got != want:
        problems.append("the output differs in order or in text")
    return problems


def _check(name: str, got: str, want: str) -> None:
    if problems := exit_problems(got, want):
        pytest.fail(
            f"{name}: os.exit did not end the process the way Go's os.Exit does:\n  - "
            + "\n  - ".join(problems)
            + f"\n{FIX}\n--- what Go's os.Exit leaves\n{want}--- what the program printed\n{got}",
            pytrace=False,
        )


@pytest.mark.timeout(60)
def test_os_exit_runs_no_cleanup_and_keeps_what_was_written(tmp_path: Path) -> None:
    everything = _run(tmp_path, "pending.py", PENDING_EVERYTHING)
    other = _run(tmp_path, "other.py", FROM_ANOTHER_GOROUTINE)
    _check(
        "os.exit(3) in main with pending deferred calls",
        _transcript(everything),
        "stdout before os.exit: kept\nstderr before os.exit: kept\nno newline at the end: keptexit status 3\n",
    )
    _check(
        "os.exit(4) in a goroutine while main waits",
        _transcript(other),
        "goroutine: calling os.exit(4)\nexit status 4\n",
    )


def test_the_check_names_what_ran_and_the_fix() -> None:
    # What an os.exit that raised SystemExit printed (the deferred calls and finally blocks ran).
    want = "kept\nexit status 3\n"
    broken = "kept\nfinally block ran\nmain's deferred call ran\npanic: SystemExit: 3\nexit status 2\n"
    assert exit_problems(broken, want) == [
        "a finally block ran: 'finally block ran' was printed",
        'a deferred call of the goroutine that called os.exit ran: "main\'s deferred call ran" was printed',
        "the process ended with exit status 2, not exit status 3",
    ]
    assert exit_problems("exit status 3\n", want) == [
        "written before os.exit and lost: 'kept' (flush standard output and error on the way out)"
    ]
    assert exit_problems(want, want) == []
    with pytest.raises(
        pytest.fail.Exception, match=r"(?s)os.exit did not end.*a finally block ran.*fix goexit.os.exit"
    ):
        _check("a broken os.exit", broken, want)


def test_os_exit_wants_an_int() -> None:
    from goexit import os

    with pytest.raises(TypeError, match=r"os\.exit takes an int status code, got str"):
        os.exit("1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got bool"):
        os.exit(True)
