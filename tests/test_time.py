"""goexit.time against Go: Duration arithmetic and printing (checked value by value against a Go
run), Go 1.23 timer semantics, and deadlock detection with timers pending (stress)."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time as pytime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import harness
from goexit import DEFAULT, Chan, Deadlock, Recv, _sched, go, select, time

I64 = st.integers(-(2**63), 2**63 - 1)

GO_DURATIONS = """package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		n, _ := strconv.ParseInt(sc.Text(), 10, 64)
		d := time.Duration(n)
		m := time.Duration(n%7919 + 3)
		fmt.Println(d, d.Round(m), d.Truncate(m), d.Abs(), d.Milliseconds(), d.Microseconds(), d+m, d*3, d/m, d%m)
		fmt.Println(strconv.FormatFloat(d.Seconds(), 'g', -1, 64), strconv.FormatFloat(d.Minutes(), 'g', -1, 64),
			strconv.FormatFloat(d.Hours(), 'g', -1, 64))
	}
}
"""

GO_PARSE = """package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		d, err := time.ParseDuration(sc.Text())
		fmt.Println(int64(d), err)
	}
}
"""


def _go_run(tmp_path: Path, source: str, stdin: str) -> list[str]:
    (tmp_path / "go.mod").write_text("module probe\n\ngo 1.25\n")
    (tmp_path / "main.go").write_text(source)
    env = harness.go_env()  # and the build flags below: the standard library as the other builds compiled it
    out = subprocess.run(
        [harness.go_tool(), "run", *harness.GO_BUILD_FLAGS, "."],
        cwd=tmp_path,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


@pytest.mark.timeout(300)
def test_duration_methods_match_go_value_by_value(tmp_path: Path) -> None:
    rng = random.Random(20261128)
    values = [0, 1, -1, 999, 1000, 1500, 2**63 - 1, -(2**63), 10**9, -(10**9), 3_600_000_000_000]
    values += [rng.randrange(-(2**63), 2**63) for _ in range(150)]
    values += [rng.randrange(-(10**13), 10**13) for _ in range(150)]
    values += [rng.randrange(-(10**7), 10**7) for _ in range(100)]
    go_lines = _go_run(tmp_path, GO_DURATIONS, "\n".join(map(str, values)) + "\n")
    py_lines: list[str] = []
    for n in values:
        d = time.Duration(n)
        m = time.Duration(time._rem(n, 7919) + 3)
        row = [d, d.round(m), d.truncate(m), d.abs(), d.milliseconds(), d.microseconds(), d + m, d * 3, d / m, d % m]
        py_lines.append(" ".join(str(x) for x in row))
        floats = (d.seconds(), d.minutes(), d.hours())
        py_lines.append(" ".join(repr(x) for x in floats))
    for i, (go_line, py_line) in enumerate(zip(go_lines, py_lines, strict=True)):
        if i % 2:  # the float line: compare values, the printing of floats is fmt's business
            assert [float(x) for x in go_line.split()] == [float(x) for x in py_line.split()], values[i // 2]
        else:
            assert go_line == py_line, values[i // 2]


@pytest.mark.timeout(300)
def test_parse_duration_matches_go(tmp_path: Path) -> None:
    rng = random.Random(7)
    pieces = ["1", "0", "15", ".5", "1.", "007", "9223372036854775807", "9223372036854775808", ".000000001"]
    units = ["h", "m", "s", "ms", "us", "µs", "μs", "ns", "x", "", " ", "e3", "."]
    inputs = [
        "",
        "0",
        "+0",
        "-0",
        "-",
        "+",
        ".",
        "1h2m3s4ms5us6ns",
        "2562047h47m16.854775807s",
        "-2562047h47m16.854775808s",
    ]
    for _ in range(400):
        s = rng.choice(["", "-", "+"]) + "".join(
            rng.choice(pieces) + rng.choice(units) for _ in range(rng.randint(1, 3))
        )
        inputs.append(s)
    go_lines = _go_run(tmp_path, GO_PARSE, "\n".join(inputs) + "\n")
    for s, go_line in zip(inputs, go_lines, strict=True):
        d, err = time.parse_duration(s)
        assert f"{int(d)} {err if err is not None else '<nil>'}" == go_line, repr(s)


@settings(max_examples=300, deadline=None)
@given(a=I64, b=I64)
def test_duration_arithmetic_is_int64_arithmetic(a: int, b: int) -> None:
    def wrap(v: int) -> int:
        return (v + 2**63) % 2**64 - 2**63

    da, db = time.Duration(a), time.Duration(b)
    assert isinstance(da + db, time.Duration) and da + db == wrap(a + b)
    assert da - db == wrap(a - b) and da * b == wrap(a * b) and b * da == wrap(a * b)
    assert isinstance(3 * da, time.Duration) and isinstance(-da, time.Duration)
    if b:
        q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        assert da / db == wrap(q) and da // db == wrap(q)
        assert da % db == a - b * q  # the sign of the dividend, as in Go
    assert str(da) == da.string() and f"{da}" == str(da) and f"{da:d}" == str(a)


def test_duration_rejects_what_go_would_not_compile() -> None:
    with pytest.raises(TypeError, match="parse_duration"):
        time.Duration("1s")
    with pytest.raises(TypeError, match="nanoseconds"):
        time.sleep(0.5)  # type: ignore[arg-type]
    assert isinstance(time.Second * 1.5, float)  # Go would need a conversion: a float is what Python gives


# -- Go 1.23 timers ---------------------------------------------------------------------


def pending_timers() -> int:
    with _sched.lock:
        return _sched.timers


def test_a_timer_channel_is_in_the_heap_only_while_waited_on(no_leaks: None) -> None:
    before = pending_timers()
    t = time.new_timer(time.Hour)
    tk = time.new_ticker(time.Hour)
    assert pending_timers() == before  # nobody waits: no timer in the heap
    assert t.c is not None
    c = t.c
    started: Chan[None] = Chan()
    stop: Chan[None] = Chan()

    def waiter() -> None:
        started.send(None)
        select(Recv(c), Recv(tk.c), Recv(stop))

    go(waiter)
    started.recv()
    deadline = pytime.monotonic() + 5
    while pending_timers() != before + 2 and pytime.monotonic() < deadline:
        pytime.sleep(0.001)
    assert pending_timers() == before + 2  # the waiter put both in the heap
    stop.send(None)
    # the waiter stopped waiting: the timers are zombies, dropped when it ends
    deadline = pytime.monotonic() + 5
    while pending_timers() != before and pytime.monotonic() < deadline:
        pytime.sleep(0.001)
    assert pending_timers() == before
    assert t.stop() is True
    tk.stop()


def test_after_func_and_sleep_are_in_the_heap_until_they_run(no_leaks: None) -> None:
    before = pending_timers()
    ran: Chan[int] = Chan(int, 1)
    f = time.after_func(time.Hour, lambda: None)
    g = time.after_func(time.Millisecond, lambda: ran.send(1))
    assert pending_timers() >= before + 1
    assert ran.recv() == 1
    assert f.stop() is True and g.stop() is False
    with _sched.lock:
        _sched.check_deadlock()
        assert _sched.timers == before


def test_stop_and_reset_results_follow_go_1_23(no_leaks: None) -> None:
    t = time.new_timer(time.Hour)
    assert t.c is not None
    assert (t.stop(), t.stop(), t.reset(time.Millisecond)) == (True, False, False)
    t.c.recv()
    assert (t.stop(), t.reset(time.Millisecond)) == (False, False)
    pytime.sleep(0.005)  # expired, value not received: still pending for Stop and Reset
    assert t.reset(time.Hour) is True
    assert select(Recv(t.c), default=True).case == DEFAULT
    assert t.stop() is True


def test_timer_value_is_the_time_it_was_due() -> None:
    start = time.now()
    t = time.new_timer(2 * time.Millisecond)
    assert t.c is not None
    pytime.sleep(0.03)
    v = t.c.recv()  # produced lazily at the receive, dated when it was due (Go's sendTime)
    assert v.sub(start) < 20 * time.Millisecond and not v.is_zero()


def test_ticker_delivers_one_tick_for_many_missed(no_leaks: None) -> None:
    tk = time.new_ticker(time.Millisecond)
    pytime.sleep(0.02)
    tk.c.recv()
    got = select(Recv(tk.c), default=True).case
    tk.stop()
    # at most one further tick can have come due in the meantime, never the 20 missed ones
    assert got in (0, DEFAULT)
    assert select(Recv(tk.c), default=True).case == DEFAULT


def test_timer_channel_is_receive_only() -> None:
    c = time.after(time.Hour)
    with pytest.raises(_sched.UsageError, match="receive-only"):
        c.send(time.now())
    with pytest.raises(_sched.UsageError, match="receive-only"):
        c.close()


# -- deadlock detection with timers -------------------------------------------------------


def _run_program(code: str, timeout: float = 30) -> tuple[str, int, float]:
    start = pytime.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=harness.python_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc.stdout + proc.stderr, proc.returncode, pytime.monotonic() - start


def test_a_reset_abandoned_timer_keeps_the_program_alive_until_it_fires() -> None:
    out, rc, elapsed = _run_program(
        """
        import time as pytime
        from goexit import Chan, Recv, _sched, go, run, select, time
        T0 = pytime.monotonic()

        def main():
            t = time.new_timer(time.Hour)
            ch = Chan(int)
            me = _sched.current()

            def sender():
                while me.wait_reason != "select":  # main waits on t.C: the timer is in the heap
                    pytime.sleep(0.001)
                ch.send(1)

            go(sender)
            select(Recv(t.c), Recv(ch))
            t.reset(300 * time.Millisecond)  # still in the heap: a zombie revived
            go(lambda: print("blocked after", round(pytime.monotonic() - T0, 1), flush=True) or ch.recv())
            ch.recv()

        run(main)
        """
    )
    assert rc == 2 and "all goroutines are asleep - deadlock!" in out, out
    assert elapsed >= 0.3  # the deadlock was reported only once the reset timer had fired


def test_an_abandoned_timer_does_not_delay_the_report() -> None:
    out, rc, elapsed = _run_program(
        """
        from goexit import Chan, Recv, go, run, select, time

        def main():
            t = time.new_timer(5 * time.Second)
            ch = Chan(int)
            go(lambda: ch.send(1))
            select(Recv(t.c), Recv(ch))
            ch.recv()

        run(main)
        """
    )
    assert rc == 2 and "all goroutines are asleep - deadlock!" in out, out
    assert elapsed < 4


@pytest.mark.timeout(120)
def test_stress_deadlock_is_reported_only_after_every_timer() -> None:
    """Many goroutines sleep, run AfterFuncs and wait on timers; when the last has woken and
    every goroutine blocks for good, the deadlock is reported, never before."""
    out, rc, _ = _run_program(
        """
        import random
        from goexit import Chan, Recv, go, run, select, sync, time

        def main():
            rng = random.Random(5)
            woke = Chan(int, 1000)
            never = Chan(int)
            wg = sync.WaitGroup()
            for i in range(60):
                kind = i % 3
                d = rng.randrange(1, 40) * time.Millisecond
                if kind == 0:
                    def sleeper(d=d, i=i):
                        time.sleep(d)
                        woke.send(i)
                        never.recv()
                    go(sleeper)
                elif kind == 1:
                    time.after_func(d, lambda i=i: woke.send(i))
                else:
                    def waiter(d=d, i=i):
                        select(Recv(time.after(d)), Recv(never))
                        woke.send(i)
                        select(Recv(never), Recv(never))
                    go(waiter)
            def count():
                for _ in range(60):
                    woke.recv()
                print("all 60 woke", flush=True)
            go(count)
            never.recv()

        run(main)
        """
    )
    assert rc == 2, out
    assert out.index("all 60 woke") < out.index("fatal error: all goroutines are asleep - deadlock!"), out


def test_outside_a_program_a_sleeper_is_not_deadlocked(no_leaks: None) -> None:
    ch: Chan[int] = Chan(int)

    def late() -> None:
        time.sleep(30 * time.Millisecond)
        ch.send(1)

    go(late)
    assert ch.recv() == 1
    never: Chan[int] = Chan(int)
    with pytest.raises(Deadlock):
        never.recv()
