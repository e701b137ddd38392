"""The runtime model: select's result, one-case selects, runtime.main's wait for panicking goroutines,
GOMAXPROCS, GODEBUG=panicnil, and defer's nil-function rule."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time as pytime

import pytest

import harness
from goexit import DEFAULT, Chan, Panic, Recv, Selected, Send, _sched, defer, func, go, runtime, select


def _program(code: str, env: dict[str, str] | None = None, timeout: float = 30) -> tuple[str, int]:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env={**harness.python_env(), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
    )
    return proc.stdout, proc.returncode


# -- select's result ---------------------------------------------------------------------


def test_select_result_has_exactly_case_value_ok() -> None:
    ch: Chan[int] = Chan(int, 1)
    ch.send(5)
    r = select(Recv(ch))
    assert (r.case, r.value, r.ok) == (0, 5, True)
    i, v, ok = r
    assert (i, v, ok) == (0, 5, True) and r == (0, 5, True) and r[1] == 5 and len(r) == 3
    with pytest.raises(AttributeError, match=r"no attribute 'index'.*\.case"):
        r.index  # noqa: B018 - the trap a NamedTuple left open
    with pytest.raises(AttributeError, match=r"no attribute 'count'"):
        r.count  # noqa: B018
    with pytest.raises(AttributeError, match="cannot be changed"):
        r.case = 1
    assert not hasattr(r, "index") and not hasattr(r, "_fields")
    match select(Recv(ch), default=True):
        case (case, _, _) if case == DEFAULT:
            pass
        case _:
            pytest.fail("the default case was not matched")
    assert repr(Selected(1, "x", True)) == "Selected(case=1, value='x', ok=True)"


def _reasons() -> list[str]:
    with _sched.lock:
        return [g.wait_reason for g in _sched.allg.values() if g.wait_reason]


def test_one_case_select_waits_as_the_plain_operation(no_leaks: None) -> None:
    ch: Chan[int] = Chan(int)
    go(lambda: select(Send(ch, 1)))
    deadline = pytime.monotonic() + 10
    while "chan send" not in _reasons():
        assert pytime.monotonic() < deadline
        pytime.sleep(0.001)
    assert "select" not in _reasons()
    assert ch.recv() == 1


# -- runtime.main and panicking goroutines ------------------------------------------------


def test_main_waits_while_a_panicking_goroutine_runs_its_deferred_calls() -> None:
    out, rc = _program(
        """
        from goexit import Chan, close, defer, fmt, go, panic, run

        def main():
            done = Chan(bool)
            def worker():
                def cleanup():
                    total = sum(i * i for i in range(300_000))  # ~50 ms of Python: it runs
                    fmt.println("cleanup computed", total > 0)
                defer(cleanup)
                defer(close, done)
                panic("worker failed")
            go(worker)
            done.recv()

        run(main)
        """
    )
    assert rc == 2 and "cleanup computed true" in out and "panic: worker failed" in out, out


def test_main_exits_at_once_when_the_panicking_goroutine_blocks() -> None:
    out, rc = _program(
        """
        from goexit import Chan, close, defer, fmt, go, panic, run, time

        def main():
            done = Chan(bool)
            def worker():
                defer(lambda: time.sleep(10 * time.Second))
                defer(close, done)
                panic("never printed")
            go(worker)
            done.recv()
            fmt.println("main returns")

        run(main)
        """,
        timeout=5,
    )
    assert rc == 0 and out == "main returns\n", out


# -- GOMAXPROCS, NumGoroutine ---------------------------------------------------------------


def test_gomaxprocs_comes_from_the_environment_and_returns_the_previous_value() -> None:
    out, rc = _program(
        "from goexit import runtime; print(runtime.gomaxprocs(0), runtime.gomaxprocs(5), runtime.gomaxprocs(0))",
        env={"GOMAXPROCS": "3"},
    )
    assert (rc, out.split()) == (0, ["3", "3", "5"])
    with pytest.raises(TypeError):
        runtime.gomaxprocs(1.5)  # type: ignore[arg-type]
    assert runtime.num_cpu() >= 1


def test_num_goroutine_counts_the_caller_and_live_goroutines(no_leaks: None) -> None:
    base = runtime.num_goroutine()
    release: Chan[None] = Chan()
    for _ in range(3):
        go(release.recv)
    assert runtime.num_goroutine() == base + 3
    for _ in range(3):
        release.send(None)


# -- panic(nil), defer(nil) ---------------------------------------------------------------


def test_godebug_panicnil_makes_panic_nil_a_nil_panic() -> None:
    code = """
        from goexit import defer, fmt, func, panic, recover, run

        def main():
            @func
            def f():
                defer(lambda: fmt.println("recovered:", recover()))
                panic(None)
            f()
            fmt.println("the panic stopped")

        run(main)
        """
    out, rc = _program(code, env={"GODEBUG": "panicnil=1"})
    assert (rc, out) == (0, "recovered: <nil>\nthe panic stopped\n")
    out, rc = _program(code, env={"GODEBUG": "panicnil=0"})
    assert (rc, out) == (0, "recovered: runtime error: panic called with nil argument\nthe panic stopped\n")


def test_defer_none_is_a_nil_func_but_defer_of_a_call_result_is_refused() -> None:
    ran: list[str] = []

    @func
    def nil_func() -> None:
        f = None
        defer(f)
        ran.append("body")

    with pytest.raises(Panic) as info:
        nil_func()
    assert ran == ["body"] and isinstance(info.value.value, runtime.Error)
    assert str(info.value.value) == "runtime error: invalid memory address or nil pointer dereference"

    @func
    def call_result() -> None:
        defer(print("looks like defer(print('x'))"))

    with pytest.raises(Panic) as info:
        call_result()
    assert isinstance(info.value.value, TypeError) and "not defer(f(arg1, arg2))" in str(info.value.value)
