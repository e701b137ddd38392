"""A panic in a deferred call during a panic: each earlier panic is printed first, the later ones indented."""

from goexit import defer, fmt, panic, run


class Code(int):
    def __str__(self) -> str:
        return fmt.sprintf("code-%d", int(self))


def cleanup(step: int) -> None:
    fmt.println("cleanup", step)
    panic(fmt.sprintf("cleanup %d failed", step))


def main() -> None:
    def code() -> None:
        panic(Code(7))

    defer(cleanup, 2)
    defer(code)
    defer(cleanup, 1)
    defer(fmt.println, "plain deferred print")
    panic(3.25)


if __name__ == "__main__":
    run(main)
