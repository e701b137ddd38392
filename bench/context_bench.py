"""Context cancellation and deadlines against their plain-CPython floors (issue: reference implementation, part 2).

- cancel a root whose 1,000 children are each awaited by a goroutine, until every one has
  observed Done, vs 1,000 threads each waiting on a ``threading.Event``, all set (target <= 1.2x);
- cancel a 10,000-node tree (and a 10,000-deep chain) with no waiters: µs per node;
- ``with_timeout(10ms)`` lateness (Done observed minus the deadline), p50 and p99 over 200 runs
  (target p99 <= 2 ms on an idle machine), measured before the others, in a quiet process.
"""

from __future__ import annotations

import statistics
import threading
import time as pytime
from typing import Any

from bench._util import clock, paired
from goexit import _sched, context, go, nil_recv, time

WAITERS = 1000
TREE = 10_000
LATENESS_RUNS = 200


class _Observed:
    """Counts waiters that have woken; the last one sets ``all``. The same for both sides."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.lock = threading.Lock()
        self.count = 0
        self.all = threading.Event()

    def one(self) -> None:
        with self.lock:
            self.count += 1
            if self.count == self.n:
                self.all.set()


def _parked(reason: str) -> int:
    with _sched.lock:
        return sum(1 for g in _sched.allg.values() if g.wait_reason == reason)


def goexit_fanout() -> float:
    """Seconds from cancel() until all 1,000 goroutines, each blocked on its own child's Done, have woken."""
    root, cancel = context.with_cancel(context.background())
    children = [context.with_cancel(root)[0] for _ in range(WAITERS)]
    seen = _Observed(WAITERS)

    def wait(ctx: context.Context) -> None:
        nil_recv(ctx.done())
        seen.one()

    base = _parked("chan receive")
    for ctx in children:
        go(wait, ctx)
    while _parked("chan receive") < base + WAITERS:
        pytime.sleep(0.001)
    pytime.sleep(0.02)  # let the threads settle, as the floor does
    start = clock()
    cancel()
    seen.all.wait()
    return clock() - start


def event_fanout() -> float:
    """The floor: seconds from setting 1,000 Events until the 1,000 threads waiting on them have woken."""
    events = [threading.Event() for _ in range(WAITERS)]
    seen = _Observed(WAITERS)
    ready = threading.Semaphore(0)

    def wait(ev: threading.Event) -> None:
        ready.release()
        ev.wait()
        seen.one()

    threads = [threading.Thread(target=wait, args=(ev,)) for ev in events]
    for t in threads:
        t.start()
    for _ in range(WAITERS):
        ready.acquire()
    pytime.sleep(0.02)  # let every thread reach ev.wait()
    start = clock()
    for ev in events:
        ev.set()
    seen.all.wait()
    elapsed = clock() - start
    for t in threads:
        t.join()
    return elapsed


def _tree(n: int, fanout: int) -> context.CancelFunc:
    root, cancel = context.with_cancel(context.background())
    nodes = [root]
    for i in range(1, n):
        nodes.append(context.with_cancel(nodes[(i - 1) // fanout])[0])
    return cancel


def cancel_tree(fanout: int) -> float:
    """Seconds per node to cancel a 10,000-node tree (``fanout`` children each; 1 = a chain), no waiters."""
    cancel = _tree(TREE, fanout)
    start = clock()
    cancel()
    return (clock() - start) / TREE


def lateness() -> list[float]:
    """For each run: when a goroutine blocked on Done woke, minus the deadline (seconds)."""
    out = []
    for _ in range(LATENESS_RUNS):
        ctx, cancel = context.with_timeout(context.background(), 10 * time.Millisecond)
        when = ctx._when  # type: ignore[attr-defined]  # the deadline on the monotonic clock
        nil_recv(ctx.done())
        out.append(pytime.monotonic() - when)
        cancel()
    return out


def _percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def figures(runs: int = 7) -> dict[str, Any]:
    """Every figure of this module: the paired fan-out, tree costs, and timer lateness (seconds)."""
    # Lateness first, on a quiet process: about 2 s after a burst of goroutines ends, their
    # idle threads all retire at once and, while they fight for the GIL, timers run late.
    late = lateness()
    goexit_fanout()  # warm the goroutine thread pool, as a long-running program's would be
    fan = paired(goexit_fanout, event_fanout, runs)
    tree = statistics.median(cancel_tree(4) for _ in range(runs))
    chain = statistics.median(cancel_tree(1) for _ in range(runs))
    return {
        "fanout": fan,
        "tree_per_node": tree,
        "chain_per_node": chain,
        "lateness_p50": _percentile(late, 50),
        "lateness_p99": _percentile(late, 99),
        "lateness_max": max(late),
    }


def main() -> None:
    f = figures()
    fan = f["fanout"]
    print(
        f"cancel 1,000 awaited contexts vs 1,000 threading.Event: goexit {fan['goexit'] * 1e3:.2f} ms "
        f"(±{fan['goexit_spread'] * 1e3:.2f}), floor {fan['floor'] * 1e3:.2f} ms (±{fan['floor_spread'] * 1e3:.2f}), "
        f"ratio {fan['ratio']:.2f}x [{fan['ratio_min']:.2f}-{fan['ratio_max']:.2f}] (target <= 1.2x)"
    )
    print(f"cancel a {TREE:,}-node tree, no waiters: {f['tree_per_node'] * 1e6:.2f} µs/node")
    print(f"cancel a {TREE:,}-deep chain, no waiters: {f['chain_per_node'] * 1e6:.2f} µs/node")
    print(
        f"with_timeout(10ms) lateness over {LATENESS_RUNS} runs: p50 {f['lateness_p50'] * 1e3:.3f} ms, "
        f"p99 {f['lateness_p99'] * 1e3:.3f} ms (target <= 2 ms), max {f['lateness_max'] * 1e3:.3f} ms"
    )


if __name__ == "__main__":
    main()
