"""A named int type without methods prints with its type: panic: main.Level(3)."""

from goexit import defer, fmt, func, panic, recover, run


class Level(int):
    pass


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(Level(3))
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(Level(3))


if __name__ == "__main__":
    run(main)
