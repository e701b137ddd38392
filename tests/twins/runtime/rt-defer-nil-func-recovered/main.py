from collections.abc import Callable

from goexit import defer, fmt, func, recover, run, runtime


@func
def work(f: Callable[[], object] | None) -> None:
    def catch() -> None:
        r = recover()
        if r is not None:
            is_runtime = isinstance(r, runtime.Error)
            fmt.println("recovered:", r, "| runtime.Error:", is_runtime)

    defer(catch)
    defer(fmt.println, "deferred before f: runs last")
    defer(f)
    defer(fmt.println, "deferred after f: runs first")
    fmt.println("the body runs: deferring a nil func does not panic yet")


def main() -> None:
    f: Callable[[], object] | None = None
    work(f)
    work(lambda: fmt.println("f runs"))


if __name__ == "__main__":
    run(main)
