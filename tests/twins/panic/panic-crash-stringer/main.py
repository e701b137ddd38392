"""A Stringer panic value prints its String() text."""

from dataclasses import dataclass

from goexit import defer, fmt, func, panic, recover, run


@dataclass
class Point:
    X: int
    Y: int

    def __str__(self) -> str:
        return fmt.sprintf("(%d,%d)", self.X, self.Y)


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(Point(3, 4))
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(Point(3, 4))


if __name__ == "__main__":
    run(main)
