"""goexit.sync and goexit.atomic: RWMutex, Cond, Once functions and atomics under contention."""

from __future__ import annotations

import threading
import time as pytime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goexit import Chan, Panic, _sched, atomic, go, runtime, sync


def parked(reason: str) -> int:
    with _sched.lock:
        return sum(1 for g in _sched.allg.values() if g.wait_reason == reason)


def wait_until(cond: object, timeout: float = 10.0) -> None:
    deadline = pytime.monotonic() + timeout
    while not cond():  # type: ignore[operator]
        assert pytime.monotonic() < deadline, "timed out"
        pytime.sleep(0.001)


@pytest.mark.timeout(60)
def test_rwmutex_under_contention_keeps_its_invariant(no_leaks: None) -> None:
    """Many readers and writers: a writer is always alone, readers share, and everyone gets in."""
    rw = sync.RWMutex()
    state = {"readers": 0, "writers": 0, "max_readers": 0, "reads": 0, "writes": 0}
    guard = threading.Lock()
    bad: list[str] = []
    wg = sync.WaitGroup()

    def reader() -> None:
        for _ in range(200):
            rw.rlock()
            with guard:
                state["readers"] += 1
                state["max_readers"] = max(state["max_readers"], state["readers"])
                if state["writers"]:
                    bad.append("reader inside with a writer")
            runtime.gosched()
            with guard:
                state["readers"] -= 1
                state["reads"] += 1
            rw.runlock()

    def writer() -> None:
        for _ in range(100):
            rw.lock()
            with guard:
                state["writers"] += 1
                if state["writers"] != 1 or state["readers"]:
                    bad.append("writer not alone")
            runtime.gosched()
            with guard:
                state["writers"] -= 1
                state["writes"] += 1
            rw.unlock()

    for i in range(12):
        wg.go(writer if i % 4 == 0 else reader)
    wg.wait()
    assert bad == []
    assert state["reads"] == 9 * 200 and state["writes"] == 3 * 100
    assert rw.try_lock()
    rw.unlock()


def test_a_pending_writer_blocks_new_readers_and_is_not_starved(no_leaks: None) -> None:
    rw = sync.RWMutex()
    rw.rlock()
    order: list[str] = []
    done: Chan[None] = Chan(None, 2)

    def writer() -> None:
        rw.lock()
        order.append("writer")
        rw.unlock()
        done.send(None)

    def late_reader() -> None:
        rw.rlock()
        order.append("late reader")
        rw.runlock()
        done.send(None)

    go(writer)
    wait_until(lambda: parked("sync.RWMutex.Lock") == 1)
    assert not rw.try_rlock() and not rw.try_lock()
    go(late_reader)
    wait_until(lambda: parked("sync.RWMutex.RLock") == 1)
    rw.runlock()
    done.recv()
    done.recv()
    assert order == ["writer", "late reader"]


def test_rwmutex_misuse_is_fatal_outside_a_program_too() -> None:
    rw = sync.RWMutex()
    with pytest.raises(sync.FatalError, match="sync: RUnlock of unlocked RWMutex"):
        rw.runlock()
    rw2 = sync.RWMutex()
    with pytest.raises(sync.FatalError, match="sync: Unlock of unlocked RWMutex"):
        rw2.unlock()


def test_cond_signal_wakes_the_longest_waiter_and_is_lost_when_nobody_waits(no_leaks: None) -> None:
    mu = sync.Mutex()
    c = sync.new_cond(mu)
    c.signal()  # nobody waits: lost
    woke: list[int] = []
    done: Chan[None] = Chan(None, 3)

    def waiter(i: int) -> None:
        mu.lock()
        c.wait()
        woke.append(i)
        mu.unlock()
        done.send(None)

    for i in range(3):
        go(waiter, i)
        wait_until(lambda i=i: parked("sync.Cond.Wait") == i + 1)
    c.signal()
    done.recv()
    assert woke == [0]
    c.broadcast()
    done.recv()
    done.recv()
    assert sorted(woke) == [0, 1, 2]


def test_once_func_panics_with_the_same_value_every_time() -> None:
    boom = ValueError("boom")
    calls = []

    def f() -> None:
        calls.append(1)
        raise boom

    g = sync.once_func(f)
    for _ in range(3):
        with pytest.raises(Panic) as info:
            g()
        assert info.value.value is boom
    assert calls == [1]


def test_once_value_is_computed_once_under_contention(no_leaks: None) -> None:
    calls = atomic.Int32()

    def compute() -> int:
        calls.add(1)
        pytime.sleep(0.001)
        return 7

    v = sync.once_value(compute)
    wg = sync.WaitGroup()
    got: list[int] = []
    for _ in range(20):
        wg.go(lambda: got.append(v()))
    wg.wait()
    assert got == [7] * 20 and calls.load() == 1


def test_waitgroup_misuse_messages() -> None:
    wg = sync.WaitGroup()
    with pytest.raises(Panic, match="sync: negative WaitGroup counter"):
        wg.add(-1)
    with pytest.raises(TypeError):
        wg.add(1.5)  # type: ignore[arg-type]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", [atomic.Int32, atomic.Int64, atomic.Uint32, atomic.Uint64])
def test_atomic_adds_under_contention_lose_nothing(kind: type[atomic.Int64], no_leaks: None) -> None:
    n = kind()
    wg = sync.WaitGroup()

    def add() -> None:
        for _ in range(2000):
            n.add(1)
            n.add(-1)
            n.add(1)

    for _ in range(8):
        wg.go(add)
    wg.wait()
    assert n.load() == 16_000


@pytest.mark.timeout(60)
def test_compare_and_swap_counter_under_contention(no_leaks: None) -> None:
    n = atomic.Int64()
    wg = sync.WaitGroup()

    def inc() -> None:
        for _ in range(1000):
            while True:
                old = n.load()
                if n.compare_and_swap(old, old + 1):
                    break

    for _ in range(8):
        wg.go(inc)
    wg.wait()
    assert n.load() == 8000


@settings(max_examples=300, deadline=None)
@given(
    bits=st.sampled_from([(atomic.Int32, 32, True), (atomic.Uint32, 32, False), (atomic.Int64, 64, True)]),
    a=st.integers(-(2**64), 2**64),
    b=st.integers(-(2**64), 2**64),
)
def test_atomic_ints_wrap_like_go(bits: tuple[type[atomic.Int64], int, bool], a: int, b: int) -> None:
    kind, width, signed = bits

    def fit(v: int) -> int:
        v %= 1 << width
        return v - (1 << width) if signed and v >= 1 << (width - 1) else v

    x = kind()
    x.store(a)
    assert x.load() == fit(a)
    assert x.add(b) == fit(fit(a) + fit(b))
    old = x.load()
    assert x.and_(b) == old and x.load() == fit(old & fit(b))
    old = x.load()
    assert x.or_(a) == old and x.load() == fit(old | fit(a))


def test_atomic_value_type_rules() -> None:
    v = atomic.Value()
    assert v.load() is None
    with pytest.raises(Panic, match="store of nil value"):
        v.store(None)
    v.store(1)
    with pytest.raises(Panic, match="inconsistently typed value"):
        v.store(True)  # bool is not int in Go
    assert v.compare_and_swap(1, 2) and v.load() == 2
