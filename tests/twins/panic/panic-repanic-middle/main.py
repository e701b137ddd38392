"""Three panics, the middle one re-panicked as it was: inner [recovered], middle [recovered, repanicked], outer."""

from goexit import defer, errors, fmt, panic, recover, run


def main() -> None:
    def outer() -> None:
        panic("outer")

    def repanic() -> None:
        r = recover()
        fmt.println("re-panicking", r)
        panic(r)

    def middle() -> None:
        fmt.println("recovered", recover())
        panic(errors.new("middle"))

    defer(outer)
    defer(repanic)
    defer(middle)
    panic("inner")


if __name__ == "__main__":
    run(main)
