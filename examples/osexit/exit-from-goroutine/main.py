"""os.Exit called from any goroutine ends the whole program, main
included: main never resumes and its deferred calls are skipped."""

from goexit import Chan, close, defer, fmt, go, os, run


def main() -> None:
    defer(fmt.println, "main: deferred call (never printed)")
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)  # never runs
        fmt.println("worker: certificate is corrupt, calling os.Exit(4)")
        os.exit(4)

    go(worker)
    done.recv()
    fmt.println("main: after the worker (never printed)")


if __name__ == "__main__":
    run(main)
