"""A return leaves only the function that executes it, and its caller
carries on. runtime.Goexit leaves every function on the goroutine's
stack: the caller never resumes. Deferred calls run in both cases."""

from collections.abc import Callable

from goexit import Chan, close, defer, fmt, func, go, run, runtime


@func
def with_return() -> None:
    defer(fmt.println, "  withReturn: deferred call")
    fmt.println("  withReturn: returns")


@func
def with_goexit() -> None:
    defer(fmt.println, "  withGoexit: deferred call")
    fmt.println("  withGoexit: calls runtime.Goexit")
    runtime.goexit()


def run_in_goroutine(name: str, leave: Callable[[], object]) -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        defer(fmt.println, "  goroutine: deferred call")
        leave()
        fmt.println("  goroutine: carries on after", name)

    go(worker)
    done.recv()


def main() -> None:
    fmt.println("return:")
    run_in_goroutine("withReturn", with_return)
    fmt.println("runtime.Goexit:")
    run_in_goroutine("withGoexit", with_goexit)


if __name__ == "__main__":
    run(main)
