"""A whole float64 panic value prints without a fraction: panic: 100."""

from goexit import defer, fmt, func, panic, recover, run


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(100.0)
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(100.0)


if __name__ == "__main__":
    run(main)
