"""panic(nil) is a *runtime.PanicNilError since Go 1.21."""

from goexit import defer, fmt, func, panic, recover, run


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(None)
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(None)


if __name__ == "__main__":
    run(main)
