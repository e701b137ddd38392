"""runtime.Goexit called inside a deferred function does not deadlock.
The rest of that deferred function is skipped, the remaining deferred
calls still run, the function does not return to its caller, and the
goroutine ends."""

from goexit import Chan, close, defer, fmt, func, go, run, runtime


@func
def save() -> None:
    defer(fmt.println, "save: deferred 1, still runs")

    def deferred2() -> None:
        fmt.println("save: deferred 2 calls runtime.Goexit")
        runtime.goexit()
        fmt.println("save: deferred 2 after Goexit (never printed)")  # type: ignore[unreachable]

    defer(deferred2)
    defer(fmt.println, "save: deferred 3, runs first")
    fmt.println("save: returning")


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        defer(fmt.println, "goroutine: deferred call runs")
        save()
        fmt.println("goroutine: after save (never printed)")

    go(worker)
    done.recv()
    fmt.println("main: the goroutine ended, no deadlock")


if __name__ == "__main__":
    run(main)
