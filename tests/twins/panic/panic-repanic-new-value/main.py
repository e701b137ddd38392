"""Recovering and panicking with a new value: panic: first [recovered], then the new panic, indented."""

from goexit import defer, errors, fmt, func, panic, recover, run


@func
def work() -> BaseException | None:
    def handler() -> None:
        r = recover()
        if r is not None:
            panic(fmt.errorf("work failed: %v", r))

    defer(handler)
    panic(errors.new("disk full"))


def main() -> None:
    fmt.println("calling work")
    work()


if __name__ == "__main__":
    run(main)
