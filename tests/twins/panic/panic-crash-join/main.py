"""An errors.Join panic prints one error per line, each line after the first indented with a tab."""

from goexit import defer, errors, fmt, func, panic, recover, run


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(
        errors.join(
            errors.new("first"), None, fmt.errorf("second: %w", errors.new("inner")), errors.new("third\nmultiline")
        )
    )
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(
        errors.join(
            errors.new("first"), None, fmt.errorf("second: %w", errors.new("inner")), errors.new("third\nmultiline")
        )
    )


if __name__ == "__main__":
    run(main)
