"""runtime.Goexit in main ends the main goroutine only: main's deferred
calls run, and the other goroutines go on. The program cannot end
normally any more (it ends when main returns), so when the last
goroutine finishes, the runtime stops it with a fatal error, status 2."""

from goexit import Chan, close, defer, fmt, go, run, runtime


def main() -> None:
    main_gone: Chan[None] = Chan()

    def worker() -> None:
        main_gone.recv()
        for i in range(1, 4):
            fmt.println("worker: step", i)
        fmt.println("worker: done")

    go(worker)
    defer(close, main_gone)
    defer(fmt.println, "main: deferred call runs")
    runtime.goexit()
    fmt.println("main: after Goexit (never printed)")  # type: ignore[unreachable]


if __name__ == "__main__":
    run(main)
