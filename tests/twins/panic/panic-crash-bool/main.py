"""A bool panic value prints as false or true."""

from goexit import defer, fmt, func, panic, recover, run


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(False)
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(False)


if __name__ == "__main__":
    run(main)
