"""Channel semantics against a sequential model (hypothesis), and stress under concurrency."""

from __future__ import annotations

import threading
from collections import deque

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goexit import DEFAULT, Chan, Panic, Recv, Send, close, go, runtime, select, sync

OPS = st.lists(
    st.one_of(st.tuples(st.just("send"), st.integers(0, 99)), st.just(("recv", 0)), st.just(("close", 0))),
    max_size=40,
)


# Every goroutine a test starts must have ended when it returns (goexit.leak).
pytestmark = pytest.mark.usefixtures("no_leaks")


@settings(max_examples=200, deadline=None)
@given(capacity=st.integers(0, 4), ops=OPS)
def test_nonblocking_ops_follow_the_sequential_model(capacity: int, ops: list[tuple[str, int]]) -> None:
    """select with default never blocks; what it does matches a queue with Go's close rules."""
    ch: Chan[int] = Chan(int, capacity)
    model: deque[int] = deque()
    closed = False
    for op, value in ops:
        if op == "send":
            if closed:
                with pytest.raises(Panic, match="send on closed channel"):
                    select(Send(ch, value), default=True)
                continue
            sent = select(Send(ch, value), default=True).case == 0
            assert sent == (len(model) < capacity)
            if sent:
                model.append(value)
        elif op == "recv":
            got = select(Recv(ch), default=True)
            if model:
                assert got == (0, model.popleft(), True)
            elif closed:
                assert got == (0, 0, False)
            else:
                assert got.case == DEFAULT
        else:
            if closed:
                with pytest.raises(Panic, match="close of closed channel"):
                    close(ch)
            else:
                close(ch)
                closed = True
        assert len(ch) == len(model)


@settings(max_examples=25, deadline=None)
@given(
    capacity=st.integers(0, 3),
    producers=st.integers(1, 4),
    per_producer=st.integers(0, 30),
)
def test_every_value_is_received_exactly_once_in_order_per_sender(
    capacity: int, producers: int, per_producer: int
) -> None:
    ch: Chan[tuple[int, int]] = Chan(None, capacity)
    wg = sync.WaitGroup()
    for p in range(producers):

        def produce(p: int = p) -> None:
            for i in range(per_producer):
                ch.send((p, i))

        wg.go(produce)

    def closer() -> None:
        wg.wait()
        close(ch)

    go(closer)
    received = list(ch)
    assert sorted(received) == sorted((p, i) for p in range(producers) for i in range(per_producer))
    for p in range(producers):
        assert [i for q, i in received if q == p] == list(range(per_producer))


def test_stress_select_with_close_many_goroutines() -> None:
    """300 goroutines loop on select over a shared work channel and a quit channel; close(quit) ends all."""
    work: Chan[int] = Chan(int, 16)
    quit_: Chan[None] = Chan()
    results: Chan[int] = Chan(int, 300)
    wg = sync.WaitGroup()
    threads_before = threading.active_count()

    def worker() -> None:
        handled = 0
        while True:
            chosen = select(Recv(work), Recv(quit_))
            if chosen.case == 1:
                results.send(handled)
                return
            handled += 1

    for _ in range(300):
        wg.go(worker)
    for i in range(3000):
        work.send(i)
    while len(work):
        runtime.gosched()
    close(quit_)
    wg.wait()
    assert sum(results.recv() for _ in range(300)) == 3000
    assert threading.active_count() <= threads_before + 300


def test_stress_unbuffered_ping_pong() -> None:
    ping: Chan[int] = Chan(int)
    pong: Chan[int] = Chan(int)
    n = 5000

    def echo() -> None:
        for v in ping:
            pong.send(v + 1)

    go(echo)
    total = 0
    for i in range(n):
        ping.send(i)
        total += pong.recv()
    close(ping)
    assert total == sum(range(1, n + 1))
