from collections.abc import Callable

from goexit import defer, errors, fmt, func, panic, recover, run, sync


@func
def call(i: int, f: Callable[[], None]) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("call %d: recovered %v (same error: %v)\n", i, r, r is not None)

    defer(report)
    f()


def main() -> None:
    calls = 0

    def body() -> None:
        nonlocal calls
        calls += 1
        fmt.println("body runs")
        panic(errors.new("bad config"))

    f = sync.once_func(body)
    for i in range(3):
        call(i, f)
    fmt.println("body ran", calls, "time(s)")
    g = sync.once_func(lambda: fmt.println("g once"))
    g()
    g()


if __name__ == "__main__":
    run(main)
