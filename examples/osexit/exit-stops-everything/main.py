"""os.Exit ends the whole program at once: the goroutine that calls it,
main, and every other goroutine stop where they are. No deferred call
runs, in any goroutine."""

from goexit import Chan, close, defer, go, os, run, select


def main() -> None:
    defer(print, "main: deferred call (never printed)")
    ready: Chan[None] = Chan()

    def worker() -> None:
        defer(print, "worker: deferred call (never printed)")
        print("worker: started, waiting for work")
        close(ready)
        select()  # waits for ever

    go(worker)
    ready.recv()
    print("main: calling os.Exit(3)")
    os.exit(3)


if __name__ == "__main__":
    run(main)
