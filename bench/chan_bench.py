"""Channels and goroutines against their plain-CPython floors (issue: reference implementation, part 1).

- unbuffered round trip between two goroutines vs a ``threading.Condition`` rendezvous;
- buffered channel throughput vs ``queue.Queue``;
- spawn + wait of 1,000 goroutines vs ``threading.Thread`` start/join.
"""

from __future__ import annotations

import queue
import threading

from bench._util import clock, paired
from goexit import Chan, close, go, sync

ROUND_TRIPS = 5000
ITEMS = 50_000
SPAWN = 1000


def goexit_round_trip() -> float:
    ping: Chan[int] = Chan(int)
    pong: Chan[int] = Chan(int)

    def echo() -> None:
        for v in ping:
            pong.send(v)

    go(echo)
    start = clock()
    for i in range(ROUND_TRIPS):
        ping.send(i)
        pong.recv()
    elapsed = clock() - start
    close(ping)
    return elapsed / ROUND_TRIPS


class _Rendezvous:
    """An unbuffered hand-off built on one Condition: the floor a channel is measured against."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.value: int | None = None
        self.taken = False

    def send(self, v: int) -> None:
        with self.cond:
            while self.value is not None:
                self.cond.wait()
            self.value = v
            self.taken = False
            self.cond.notify_all()
            while not self.taken:
                self.cond.wait()

    def recv(self) -> int:
        with self.cond:
            while self.value is None:
                self.cond.wait()
            v = self.value
            self.value = None
            self.taken = True
            self.cond.notify_all()
            return v


def condition_round_trip() -> float:
    ping, pong = _Rendezvous(), _Rendezvous()

    def echo() -> None:
        for _ in range(ROUND_TRIPS):
            pong.send(ping.recv())

    t = threading.Thread(target=echo)
    t.start()
    start = clock()
    for i in range(ROUND_TRIPS):
        ping.send(i)
        pong.recv()
    elapsed = clock() - start
    t.join()
    return elapsed / ROUND_TRIPS


def goexit_buffered() -> float:
    ch: Chan[int] = Chan(int, 128)
    done: Chan[int] = Chan(int)

    def consume() -> None:
        n = 0
        for _ in ch:
            n += 1
        done.send(n)

    go(consume)
    start = clock()
    for i in range(ITEMS):
        ch.send(i)
    close(ch)
    done.recv()
    return (clock() - start) / ITEMS


def queue_buffered() -> float:
    q: queue.Queue[int | None] = queue.Queue(128)

    def consume() -> None:
        while q.get() is not None:
            pass

    t = threading.Thread(target=consume)
    t.start()
    start = clock()
    for i in range(ITEMS):
        q.put(i)
    q.put(None)
    t.join()
    return (clock() - start) / ITEMS


def goexit_spawn() -> float:
    wg = sync.WaitGroup()
    start = clock()
    for _ in range(SPAWN):
        wg.go(_nothing)
    wg.wait()
    return (clock() - start) / SPAWN


def _nothing() -> None:
    pass


def thread_spawn() -> float:
    start = clock()
    threads = [threading.Thread(target=_nothing) for _ in range(SPAWN)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return (clock() - start) / SPAWN


def run() -> list[tuple[str, dict[str, float], float]]:
    """Each benchmark's paired figures (seconds per operation) and its target ratio."""
    goexit_spawn()  # warm the goroutine thread pool, as a long-running program's would be
    return [
        ("unbuffered round trip vs threading.Condition", paired(goexit_round_trip, condition_round_trip), 1.15),
        ("buffered throughput vs queue.Queue", paired(goexit_buffered, queue_buffered), 1.2),
        ("spawn + wait 1,000 goroutines vs threading.Thread", paired(goexit_spawn, thread_spawn), 1.0),
    ]


def main() -> None:
    for name, r, target in run():
        print(
            f"{name}: goexit {r['goexit'] * 1e6:.2f} µs/op (±{r['goexit_spread'] * 1e6:.2f}), "
            f"floor {r['floor'] * 1e6:.2f} µs/op (±{r['floor_spread'] * 1e6:.2f}), "
            f"ratio {r['ratio']:.2f}x [{r['ratio_min']:.2f}-{r['ratio_max']:.2f}] (target <= {target}x)"
        )


if __name__ == "__main__":
    main()
