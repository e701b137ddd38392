"""goexit.signal: real SIGINT / SIGTERM sent to a child Python process (tests/signal_child.py).

In process, nothing here would be safe: once a signal is relayed, a process never again
reports a deadlock (as in Go), which the other tests rely on."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

import harness

CHILD = Path(__file__).parent / "signal_child.py"


def start(mode: str) -> tuple[subprocess.Popen[str], list[str]]:
    """Start the child in ``mode``; return it and what it printed before ``ready``."""
    proc = subprocess.Popen(
        [sys.executable, "-u", str(CHILD), mode],
        env=harness.python_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=harness.default_signals,
    )
    assert proc.stdout is not None
    before: list[str] = []
    for line in proc.stdout:
        if line.strip() == "ready":
            return proc, before
        before.append(line.rstrip("\n"))
    proc.kill()
    raise AssertionError(f"the child never got ready: {proc.communicate(timeout=10)}")


@pytest.mark.parametrize(("sig", "name"), [(signal.SIGINT, "interrupt"), (signal.SIGTERM, "terminated")])
def test_a_real_signal_cancels_the_context(sig: signal.Signals, name: str) -> None:
    proc, before = start("wait")
    assert before == ["signal.NotifyContext(context.Background, [interrupt terminated])"]
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert out.splitlines() == [f"context canceled | {name} signal received | true", "true"]


def test_after_stop_sigint_is_pythons_again() -> None:
    proc, _ = start("after-stop")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode != 0 and "KeyboardInterrupt" in err


def test_stop_from_another_thread_gives_the_signal_back_when_it_arrives() -> None:
    proc, _ = start("stop-elsewhere")
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=20)
    assert proc.returncode == -signal.SIGTERM


def test_a_program_relaying_signals_is_never_reported_deadlocked() -> None:
    proc, _ = start("no-deadlock")
    with pytest.raises(subprocess.TimeoutExpired):
        proc.communicate(timeout=1.0)
    proc.kill()
    proc.communicate(timeout=10)


def test_notify_off_the_main_thread_is_a_usage_error() -> None:
    out = subprocess.run(
        [sys.executable, str(CHILD), "goroutine"], env=harness.python_env(), capture_output=True, text=True, timeout=20
    )
    assert out.returncode == 0 and out.stdout == "true\n", out.stderr


def test_a_signal_another_thread_takes_still_reaches_its_channel() -> None:
    """Python runs a handler on the main thread only, when a signal interrupts it there; a signal
    the kernel gives to another thread (as it does to the second of two sent at once) must reach
    the channel anyway, though the main thread waits on and never runs a handler for it."""
    proc, _ = start("other-thread")
    proc.send_signal(signal.SIGUSR1)
    try:
        out, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("SIGUSR1, taken by a thread other than the main one, never reached the channel", pytrace=False)
    assert proc.returncode == 0, err
    assert out.splitlines() == ["user defined signal 1 signal received"]


def test_a_program_with_its_own_wakeup_descriptor_keeps_it_and_still_gets_the_signal() -> None:
    proc, _ = start("own-wakeup")
    proc.send_signal(signal.SIGUSR1)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert out.splitlines() == ["user defined signal 1 signal received | true"], "goexit took the program's descriptor"


def test_each_context_gets_the_signals_it_asked_for() -> None:
    proc, _ = start("two")
    proc.send_signal(signal.SIGUSR2)  # only b listens to it
    proc.send_signal(signal.SIGUSR1)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert out.splitlines()[-1] in (
        "user defined signal 1 signal received | user defined signal 2 signal received",
        "user defined signal 1 signal received | user defined signal 1 signal received",
    )
