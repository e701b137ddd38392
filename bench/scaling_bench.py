"""How cost grows with the number of goroutines: a token passed round a ring of N goroutines
(time per hop), and cancelling a root context whose N children are each awaited by a goroutine
(time until all have seen Done), for N = 10, 100, 1,000 and 10,000."""

from __future__ import annotations

import statistics
import threading

from bench._util import clock
from goexit import Chan, context, go, sync

SIZES = (10, 100, 1000, 10_000)
HOPS = 20_000


def ring(n: int) -> float:
    """Seconds per hop of a token going round a ring of ``n`` goroutines."""
    # Capacity 1 lets the last relay drop the final token without a receiver; every hop
    # still wakes the next goroutine, which is what is measured.
    chans: list[Chan[int]] = [Chan(int, 1) for _ in range(n)]
    wg = sync.WaitGroup()
    for i in range(n):
        src, dst = chans[i], chans[(i + 1) % n]

        def relay(src: Chan[int] = src, dst: Chan[int] = dst) -> None:
            for v in src:
                if v == 0:
                    dst.send(0)
                    return
                dst.send(v - 1)

        wg.go(relay)
    hops = max(HOPS, n)
    start = clock()
    chans[0].send(hops)
    # after `hops` hops the token is 0; it then goes round once more as every relay stops
    wg.wait()
    elapsed = clock() - start
    for ch in chans:
        if len(ch):
            ch.recv()
    return elapsed / (hops + n)


def fanout(n: int) -> float:
    """Seconds from cancelling a root to every one of ``n`` waiting goroutines seeing Done."""
    root, cancel = context.with_cancel(context.background())
    ready = sync.WaitGroup()
    done = sync.WaitGroup()
    cancels = []
    for _ in range(n):
        ctx, c = context.with_cancel(root)
        cancels.append(c)
        ready.add(1)
        done.add(1)

        def wait(ctx: context.Context = ctx) -> None:
            ready.done()
            ch = ctx.done()
            assert ch is not None
            ch.recv()
            done.done()

        go(wait)
    ready.wait()
    start = clock()
    cancel()
    done.wait()
    elapsed = clock() - start
    for c in cancels:
        c()
    return elapsed


def run(sizes: tuple[int, ...] = SIZES, runs: int = 3) -> dict[str, dict[int, float]]:
    """Median of ``runs`` for each size: {"ring": {n: s/hop}, "fanout": {n: s}}."""
    threading.stack_size(256 * 1024)  # 10,000 goroutine threads need small stacks
    out: dict[str, dict[int, float]] = {"ring": {}, "fanout": {}}
    for n in sizes:
        out["ring"][n] = statistics.median(ring(n) for _ in range(runs))
        out["fanout"][n] = statistics.median(fanout(n) for _ in range(runs))
    return out


def main() -> None:
    res = run()
    for n in SIZES:
        print(f"n={n:>6}: ring {res['ring'][n] * 1e6:8.2f} µs/hop   cancel fan-out {res['fanout'][n] * 1e3:8.2f} ms")


if __name__ == "__main__":
    main()
