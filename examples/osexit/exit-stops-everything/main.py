"""os.Exit ends the whole program at once: the goroutine that calls it,
main, and every other goroutine stop where they are. No deferred call
runs, in any goroutine."""

from goexit import Chan, close, defer, fmt, go, os, run, select


def main() -> None:
    defer(fmt.println, "main: deferred call (never printed)")
    ready: Chan[None] = Chan()

    def worker() -> None:
        defer(fmt.println, "worker: deferred call (never printed)")
        fmt.println("worker: started, waiting for work")
        close(ready)
        select()  # waits for ever

    go(worker)
    ready.recv()
    fmt.println("main: calling os.Exit(3)")
    os.exit(3)


if __name__ == "__main__":
    run(main)
