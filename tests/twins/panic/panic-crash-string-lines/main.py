"""Every line after the first of a panic string is indented with a tab."""

from goexit import defer, fmt, func, panic, recover, run


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_("first line\nsecond line\n\nfourth")
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic("first line\nsecond line\n\nfourth")


if __name__ == "__main__":
    run(main)
