"""Atomic counters: fifty goroutines add a thousand each; atomic.Int64, CompareAndSwap, Swap."""

from goexit import atomic, fmt, go, run, sync


def main() -> None:
    ops = atomic.Uint64()
    wg = sync.WaitGroup()
    for _ in range(50):
        wg.add(1)

        def work() -> None:
            for _ in range(1000):
                ops.add(1)
            wg.done()

        go(work)
    wg.wait()
    fmt.println("ops:", ops.load())

    n = atomic.Int64()
    n.store(10)
    fmt.println(n.compare_and_swap(10, 20), n.compare_and_swap(10, 30), n.load())
    fmt.println(n.swap(5), n.add(-2))
    flag = atomic.Bool()
    fmt.println(flag.load(), flag.swap(True), flag.load())


if __name__ == "__main__":
    run(main)
