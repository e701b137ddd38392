"""A panic raised while another unwinds prints once when its value is the same interface value as the one before."""

from dataclasses import dataclass

from goexit import Chan, close, defer, errors, panic, run


@dataclass
class Point:
    X: int
    Y: str


def index_past_end() -> None:
    a = [1]
    i = 5
    _ = a[i]


def close_nil() -> None:
    c: Chan[int] | None = None
    close(c)


def divide_by_zero() -> None:
    z = 0
    _ = 1 // z


def main() -> None:
    defer(lambda: panic(errors.new("made twice")))
    defer(lambda: panic(errors.new("made twice")))
    defer(index_past_end)
    defer(index_past_end)
    defer(lambda: panic(None))
    defer(lambda: panic(None))
    defer(lambda: panic(Point(1, "a")))
    defer(lambda: panic(Point(1, "a")))
    defer(lambda: panic(1.5))
    defer(lambda: panic(1.5))
    defer(lambda: panic("a b c"))
    defer(lambda: panic("a b c"))
    defer(lambda: panic(300))
    defer(lambda: panic(300))
    defer(close_nil)
    defer(close_nil)
    defer(divide_by_zero)
    z = 0
    _ = 1 // z


if __name__ == "__main__":
    run(main)
