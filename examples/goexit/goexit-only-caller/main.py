"""runtime.Goexit ends only the goroutine that calls it: the other
goroutines, main included, go on as if nothing had happened."""

from goexit import Chan, close, defer, fmt, go, run, runtime, sync


def main() -> None:
    wg = sync.WaitGroup()
    quitter_gone: Chan[None] = Chan()
    wg.add(2)

    def quitter() -> None:
        defer(wg.done)
        defer(close, quitter_gone)
        fmt.println("quitter: calling runtime.Goexit")
        runtime.goexit()

    def worker() -> None:
        defer(wg.done)
        quitter_gone.recv()  # only so that the output order is fixed
        for i in range(1, 4):
            fmt.println("worker: still working, step", i)

    go(quitter)
    go(worker)
    wg.wait()
    fmt.println("main: still running")


if __name__ == "__main__":
    run(main)
