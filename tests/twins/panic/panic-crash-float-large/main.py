"""A large float64 panic value switches to an exponent at 1e21, as %v does."""

from goexit import defer, fmt, func, panic, recover, run


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(1e21)
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(1e21)


if __name__ == "__main__":
    run(main)
