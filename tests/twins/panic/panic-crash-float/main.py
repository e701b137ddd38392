"""A float64 panic value prints in strconv's shortest form since Go 1.26 (not +1.500000e+000)."""

from goexit import defer, fmt, func, panic, recover, run


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(-2.5e-08)
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(-2.5e-08)


if __name__ == "__main__":
    run(main)
