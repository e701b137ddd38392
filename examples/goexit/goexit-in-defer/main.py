"""runtime.Goexit called inside a deferred function does not deadlock.
The rest of that deferred function is skipped, the remaining deferred
calls still run, the function does not return to its caller, and the
goroutine ends."""

from goexit import Chan, close, defer, func, go, run, runtime


@func
def save() -> None:
    defer(print, "save: deferred 1, still runs")

    def deferred2() -> None:
        print("save: deferred 2 calls runtime.Goexit")
        runtime.goexit()
        print("save: deferred 2 after Goexit (never printed)")  # type: ignore[unreachable]

    defer(deferred2)
    defer(print, "save: deferred 3, runs first")
    print("save: returning")


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        defer(print, "goroutine: deferred call runs")
        save()
        print("goroutine: after save (never printed)")

    go(worker)
    done.recv()
    print("main: the goroutine ended, no deadlock")


if __name__ == "__main__":
    run(main)
