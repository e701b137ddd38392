"""A named float type prints with its type and the shortest digits."""

from goexit import defer, fmt, func, panic, recover, run


class Ratio(float):
    pass


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(Ratio(0.125))
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(Ratio(0.125))


if __name__ == "__main__":
    run(main)
