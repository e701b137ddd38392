"""Calling Done more often than Add panics with "sync: negative WaitGroup counter"."""

from goexit import defer, fmt, go, run, sync


def main() -> None:
    wg = sync.WaitGroup()
    wg.add(1)

    def work() -> None:
        defer(wg.done)
        fmt.println("working")

    go(work)
    wg.wait()
    defer(fmt.println, "deferred before the crash")
    wg.done()


if __name__ == "__main__":
    run(main)
