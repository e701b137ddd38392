"""A fatal error in a deferred call while panicking also prints the panics in flight, their values as they are."""

from goexit import defer, errors, fmt, panic, run, sync


def main() -> None:
    mu = sync.Mutex()

    def second() -> None:
        panic(errors.new("second"))

    defer(mu.unlock)
    defer(second)
    fmt.println("about to panic")
    panic("first")


if __name__ == "__main__":
    run(main)
