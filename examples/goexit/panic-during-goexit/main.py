"""A deferred call may panic while runtime.Goexit unwinds. If another
deferred call recovers that panic, Goexit carries on: the goroutine
still ends, and its caller never resumes."""

from goexit import Chan, close, defer, fmt, func, go, panic, recover, run, runtime


@func
def cleanup() -> None:
    def report() -> None:
        fmt.println("cleanup: recovered:", recover())

    defer(report)

    def close_connection() -> None:
        panic("closing the connection failed")

    defer(close_connection)
    fmt.println("cleanup: calling runtime.Goexit")
    runtime.goexit()


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        defer(fmt.println, "goroutine: deferred call runs")
        cleanup()
        fmt.println("goroutine: after cleanup (never printed)")

    go(worker)
    done.recv()
    fmt.println("main: the goroutine ended all the same")


if __name__ == "__main__":
    run(main)
