"""A named string type prints quoted with its type, its newlines still followed by a tab."""

from goexit import defer, fmt, func, panic, recover, run


class Name(str):
    pass


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(Name("two\nlines"))
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(Name("two\nlines"))


if __name__ == "__main__":
    run(main)
