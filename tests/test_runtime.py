"""Unit tests of the reference implementation, in process (no program: deadlocks raise Deadlock).

Behaviours that end the process are tested against Go in test_twins.py."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time as pytime
from collections import Counter
from collections.abc import Callable

import pytest

import goexit
from goexit import (
    DEFAULT,
    Chan,
    Deadlock,
    Panic,
    Recv,
    Send,
    UsageError,
    close,
    defer,
    func,
    go,
    panic,
    recover,
    runtime,
    select,
    sync,
    time,
)

# Every goroutine a test starts must have ended when it returns (goexit.leak).
pytestmark = pytest.mark.usefixtures("no_leaks")


# -- defer / panic / recover ----------------------------------------------------


def test_defers_run_lifo_on_return() -> None:
    out: list[str] = []

    @func
    def f() -> str:
        defer(out.append, "first registered")
        defer(out.append, "second registered")
        out.append("body")
        return "result"

    assert f() == "result"
    assert out == ["body", "second registered", "first registered"]


def test_defer_arguments_are_evaluated_at_defer_time() -> None:
    out: list[int] = []

    @func
    def f() -> None:
        x = 1
        defer(out.append, x)
        x = 2
        out.append(x)

    f()
    assert out == [2, 1]


def test_recover_stops_panic_and_function_returns_none() -> None:
    seen: list[object] = []

    @func
    def f() -> int:
        defer(lambda: seen.append(recover()))
        panic("boom")

    assert f() is None
    assert seen == ["boom"]


def test_recover_outside_panic_is_none_and_not_from_nested_call() -> None:
    seen: list[object] = []

    def helper() -> None:
        seen.append(recover())

    @func
    def f() -> None:
        defer(lambda: seen.append(recover()))
        defer(lambda: helper())
        panic("p")

    assert recover() is None
    f()
    assert seen == [None, "p"]


def test_unrecovered_panic_reaches_a_foreign_caller_after_defers() -> None:
    out: list[str] = []

    @func
    def inner() -> None:
        defer(out.append, "inner defer")
        panic(ValueError("v"))

    @func
    def outer() -> None:
        defer(out.append, "outer defer")
        inner()

    with pytest.raises(Panic) as info:
        outer()
    assert isinstance(info.value.value, ValueError)
    assert out == ["inner defer", "outer defer"]


def test_panic_is_not_caught_by_except_exception() -> None:
    @func
    def f() -> str:
        try:
            panic("not an Exception")
        except Exception:
            return "swallowed"

    with pytest.raises(Panic):
        f()


def test_python_exception_becomes_a_recoverable_panic() -> None:
    seen: list[object] = []

    @func
    def f() -> None:
        defer(lambda: seen.append(recover()))
        empty: dict[str, int] = {}
        empty["missing"]

    f()
    assert isinstance(seen[0], KeyError)


def test_repanic_links_panics() -> None:
    @func
    def f() -> None:
        def again() -> None:
            r = recover()
            panic(f"again: {r}")

        defer(again)
        panic("first")

    with pytest.raises(Panic) as info:
        f()
    assert str(info.value) == "panic: first [recovered]\n\tpanic: again: first"


def test_defer_outside_a_defer_scope_says_what_to_do() -> None:
    def plain() -> None:
        defer(print, "x")

    with pytest.raises(UsageError, match=r"decorate plain with @goexit\.func"):
        plain()


def test_defer_of_a_call_result_is_refused() -> None:
    def nothing() -> None:
        return None

    @func
    def f() -> None:
        defer(nothing())  # type: ignore[func-returns-value]

    with pytest.raises(Panic) as info:
        f()
    assert isinstance(info.value.value, TypeError)
    assert "defer(f, arg1, arg2)" in str(info.value.value)


def test_deferring_a_nil_function_panics_when_the_call_runs() -> None:
    ran: list[str] = []

    @func
    def f() -> None:
        g = None
        defer(ran.append, "first deferred")
        defer(g)
        defer(ran.append, "deferred after nil")
        ran.append("body")

    with pytest.raises(Panic) as info:
        f()
    assert ran == ["body", "deferred after nil", "first deferred"]
    assert isinstance(info.value.value, runtime.Error)
    assert str(info.value.value) == "runtime error: invalid memory address or nil pointer dereference"


def test_go_needs_a_callable() -> None:
    with pytest.raises(TypeError, match=r"go\(f, arg1, arg2\)"):
        go(42)  # type: ignore[arg-type]


def test_goexit_outside_a_goroutine_says_what_to_do() -> None:
    with pytest.raises(UsageError, match=r"goexit\.go"):
        runtime.goexit()


# -- Goexit -------------------------------------------------------------------------


def run_goroutine(fn: object) -> None:
    done: Chan[None] = Chan()

    @func
    def body() -> None:
        defer(close, done)
        fn()  # type: ignore[operator]

    go(body)
    done.recv()


def test_goexit_runs_every_defer_and_nothing_after() -> None:
    out: list[str] = []

    @func
    def deep(n: int) -> None:
        defer(out.append, f"defer {n}")
        if n == 0:
            runtime.goexit()
        deep(n - 1)
        out.append(f"after {n}")

    run_goroutine(lambda: deep(3))
    assert out == ["defer 0", "defer 1", "defer 2", "defer 3"]


def test_goexit_is_not_swallowed_by_except_exception_and_recover_is_none() -> None:
    out: list[object] = []

    @func
    def body() -> None:
        defer(lambda: out.append(recover()))
        for i in range(3):
            try:
                out.append(i)
                runtime.goexit()
            except Exception:
                out.append("swallowed")

    run_goroutine(body)
    assert out == [0, None]


def test_goexit_in_a_defer_during_panic_aborts_the_panic() -> None:
    out: list[object] = []

    @func
    def body() -> None:
        defer(lambda: out.append(("recover", recover())))
        defer(runtime.goexit)
        panic("boom")

    run_goroutine(body)
    assert out == [("recover", None)]


def test_panic_recovered_during_goexit_goexit_continues() -> None:
    out: list[object] = []

    @func
    def inner() -> None:
        defer(lambda: panic("in goexit"))
        runtime.goexit()

    @func
    def body() -> None:
        defer(out.append, "outer defer")
        defer(lambda: out.append(recover()))
        inner()
        out.append("never")

    run_goroutine(body)
    assert out == ["in goexit", "outer defer"]


# -- channels -----------------------------------------------------------------------


def test_buffered_values_survive_close_then_zero_and_not_ok() -> None:
    ch: Chan[int] = Chan(int, 3)
    ch.send(1)
    ch.send(2)
    close(ch)
    assert len(ch) == 2 and goexit.cap(ch) == 3
    assert ch.recv_ok() == (1, True)
    assert ch.recv_ok() == (2, True)
    assert ch.recv_ok() == (0, False)
    assert ch.recv() == 0


def _send_after_close(ch: Chan[int]) -> None:
    close(ch)
    ch.send(1)


def _close_twice(ch: Chan[int]) -> None:
    close(ch)
    close(ch)


def _close_nil(ch: Chan[int]) -> None:
    close(None)


def _select_send_after_close(ch: Chan[int]) -> None:
    close(ch)
    select(Send(ch, 1))


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (_send_after_close, "send on closed channel"),
        (_close_twice, "close of closed channel"),
        (_close_nil, "close of nil channel"),
        (_select_send_after_close, "send on closed channel"),
    ],
)
def test_misuse_panics_with_gos_message(action: Callable[[Chan[int]], None], message: str) -> None:
    with pytest.raises(Panic) as info:
        action(Chan(int, 1))
    assert str(info.value.value) == message
    assert isinstance(info.value.value, runtime.Error)


def test_close_wakes_every_receiver() -> None:
    ch: Chan[int] = Chan(int)
    results: Chan[tuple[int, bool]] = Chan(None, 50)
    for _ in range(50):
        go(lambda: results.send(ch.recv_ok()))
    close(ch)
    assert [results.recv() for _ in range(50)] == [(0, False)] * 50


def test_range_ends_at_close() -> None:
    ch: Chan[int] = Chan(int)

    @func
    def producer() -> None:
        defer(close, ch)
        for i in range(5):
            ch.send(i)

    go(producer)
    assert list(ch) == [0, 1, 2, 3, 4]


def test_unbuffered_send_waits_for_receiver() -> None:
    ch: Chan[str] = Chan(str)
    order: list[str] = []
    done: Chan[None] = Chan()

    @func
    def receiver() -> None:
        defer(close, done)
        time.sleep(20 * time.Millisecond)
        order.append("receiving")
        order.append(ch.recv())

    go(receiver)
    ch.send("value")
    order.append("sent")
    done.recv()
    assert order.index("receiving") < order.index("sent")


def test_select_default_and_nil_cases() -> None:
    ch: Chan[int] = Chan(int)
    assert select(Recv(ch), Recv(None), Send(None, 1), default=True).case == DEFAULT
    buf: Chan[int] = Chan(int, 1)
    assert select(Recv(None), Send(buf, 5)) == (1, None, False)
    assert select(Recv(None), Recv(buf)) == (1, 5, True)


def test_select_chooses_uniformly_among_ready_cases() -> None:
    a: Chan[int] = Chan(int, 1)
    b: Chan[int] = Chan(int, 1)
    c: Chan[int] = Chan(int, 1)
    counts: Counter[int] = Counter()
    for _ in range(3000):
        for ch in (a, b, c):
            if len(ch) == 0:
                ch.send(0)
        counts[select(Recv(a), Recv(b), Recv(c)).case] += 1
    # each case expects 1000; a fair choice lands within +-150 with overwhelming probability
    assert all(850 < counts[i] < 1150 for i in range(3)), counts


def test_blocked_select_is_woken_by_close_and_withdraws_from_other_channels() -> None:
    work: Chan[int] = Chan(int)
    quit_: Chan[None] = Chan()
    got: Chan[int] = Chan(int, 1)

    def worker() -> None:
        got.send(select(Recv(work), Recv(quit_)).case)

    go(worker)
    time.sleep(10 * time.Millisecond)
    close(quit_)
    assert got.recv() == 1
    assert select(Send(work, 1), default=True).case == DEFAULT  # no stale waiter took it


def test_typed_zero_value_and_bad_capacity() -> None:
    ch: Chan[str] = Chan(str)
    close(ch)
    assert ch.recv_ok() == ("", False)
    with pytest.raises(TypeError, match="capacity must be an int"):
        Chan(int, 1.5)  # type: ignore[arg-type]
    with pytest.raises(Panic, match="makechan: size out of range"):
        Chan(int, -1)
    with pytest.raises(TypeError, match=r"Recv\(ch\) and Send\(ch, v\)"):
        select(ch)  # type: ignore[arg-type]


# -- deadlock detection outside a program ------------------------------------------------


def test_deadlock_raises_in_a_test_instead_of_hanging() -> None:
    with pytest.raises(Deadlock, match="all goroutines are asleep"):
        Chan(int).recv()


def test_deadlock_wakes_every_parked_goroutine() -> None:
    ch: Chan[int] = Chan(int)
    wg = sync.WaitGroup()
    wg.add(1)
    go(ch.recv)
    with pytest.raises(Deadlock, match=r"sync\.WaitGroup\.Wait.*chan receive|chan receive.*sync\.WaitGroup\.Wait"):
        wg.wait()
    wg.done()
    # the blocked goroutine was woken too, and has ended (the fixture checks it)


def test_no_false_deadlock_while_a_timer_is_pending() -> None:
    ch: Chan[int] = Chan(int)
    time.after_func(30 * time.Millisecond, lambda: ch.send(9))
    assert ch.recv() == 9


def test_no_false_deadlock_while_a_goroutine_runs_python_code() -> None:
    ch: Chan[int] = Chan(int)

    def busy() -> None:
        total = sum(range(300_000))
        ch.send(total)

    go(busy)
    assert ch.recv() == sum(range(300_000))


def test_no_false_deadlock_while_a_goroutine_sleeps() -> None:
    ch: Chan[int] = Chan(int)

    def sleeper() -> None:
        time.sleep(30 * time.Millisecond)
        ch.send(1)

    go(sleeper)
    assert ch.recv() == 1


# -- sync ---------------------------------------------------------------------------


def test_waitgroup_go_and_negative_counter() -> None:
    wg = sync.WaitGroup()
    hits: list[int] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        with lock:
            hits.append(i)

    for i in range(20):
        wg.go(lambda i=i: work(i))  # type: ignore[misc]
    wg.wait()
    assert sorted(hits) == list(range(20))
    with pytest.raises(Panic, match="sync: negative WaitGroup counter"):
        wg.done()


def test_mutex_excludes_and_hands_over() -> None:
    mu = sync.Mutex()
    wg = sync.WaitGroup()
    counter = [0]

    def inc() -> None:
        for _ in range(200):
            mu.lock()
            v = counter[0]
            runtime.gosched()
            counter[0] = v + 1
            mu.unlock()

    for _ in range(5):
        wg.go(inc)
    wg.wait()
    assert counter[0] == 1000
    assert mu.try_lock() and not mu.try_lock()
    mu.unlock()
    with pytest.raises(sync.FatalError, match="unlock of unlocked mutex"):
        mu.unlock()


def test_once_runs_once_even_if_f_panics() -> None:
    once = sync.Once()
    calls: list[int] = []

    def boom() -> None:
        calls.append(1)
        panic("in once")

    with pytest.raises(Panic):
        once.do(boom)
    once.do(boom)
    assert calls == [1]


# -- time -------------------------------------------------------------------------------


def test_timer_stop_and_reset() -> None:
    t = time.new_timer(time.Hour)
    assert t.stop() is True
    assert t.stop() is False
    assert t.reset(10 * time.Millisecond) is False
    assert t.c is not None
    t.c.recv()
    t2 = time.new_timer(time.Millisecond)
    assert t2.c is not None
    pytime.sleep(0.005)
    # Go 1.23: len and cap are 0; an expired timer whose value nobody received is
    # stopped by Stop (True), and no stale value is received afterwards.
    assert len(t2.c) == 0 and t2.c.cap() == 0
    assert t2.stop() is True
    assert select(Recv(t2.c), default=True).case == DEFAULT


def test_ticker_ticks_until_stopped() -> None:
    tk = time.new_ticker(5 * time.Millisecond)
    for _ in range(3):
        tk.c.recv()
    tk.stop()
    assert select(Recv(tk.c), default=True).case == DEFAULT
    with pytest.raises(Panic, match="non-positive interval"):
        time.new_ticker(0)
    assert time.tick(0) is None


def test_duration_must_be_int_nanoseconds() -> None:
    with pytest.raises(TypeError, match="nanoseconds"):
        time.sleep(0.5)  # type: ignore[arg-type]


def test_after_timeout_in_select() -> None:
    ch: Chan[int] = Chan(int)
    start = pytime.monotonic()
    assert select(Recv(ch), Recv(time.after(20 * time.Millisecond))).case == 1
    assert pytime.monotonic() - start >= 0.019


def test_no_false_deadlock_before_the_starting_thread_first_blocks() -> None:
    """Goroutines parked before the thread that started them touches a channel are not deadlocked:
    that thread counts as a goroutine from its first go(). (A fresh process: here pytest's own
    thread is already a goroutine and would hide the bug.)"""
    code = textwrap.dedent(
        """
        import time
        from goexit import Chan, sync
        a = Chan(int, 1)
        b = Chan(int, 1)
        wg = sync.WaitGroup()
        wg.go(lambda: b.send(a.recv() + 1))
        wg.go(lambda: None)
        time.sleep(0.05)  # the goroutines have parked or ended by now
        a.send(1)
        wg.wait()
        print(b.recv())
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=False)
    assert (out.returncode, out.stdout) == (0, "2\n"), out.stderr


def test_a_thread_that_touched_a_channel_and_ended_does_not_hide_a_deadlock() -> None:
    ch: Chan[int] = Chan(int, 1)
    t = threading.Thread(target=lambda: ch.send(1))  # adopted as a goroutine, then ends
    t.start()
    t.join()
    assert ch.recv() == 1
    with pytest.raises(Deadlock):
        ch.recv()
