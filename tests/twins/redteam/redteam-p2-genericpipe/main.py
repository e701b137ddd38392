"""A generic pipeline: Map and Filter stages over channels, then a Reduce."""

from collections.abc import Callable
from typing import TypeVar

from goexit import Chan, close, defer, fmt, go, run

T = TypeVar("T")
U = TypeVar("U")
A = TypeVar("A")


def source(*xs: T) -> Chan[T]:
    out: Chan[T] = Chan()

    def body() -> None:
        defer(close, out)
        for x in xs:
            out.send(x)

    go(body)
    return out


def map_(inp: Chan[T], f: Callable[[T], U]) -> Chan[U]:
    out: Chan[U] = Chan()

    def body() -> None:
        defer(close, out)
        for x in inp:
            out.send(f(x))

    go(body)
    return out


def filter_(inp: Chan[T], keep: Callable[[T], bool]) -> Chan[T]:
    out: Chan[T] = Chan()

    def body() -> None:
        defer(close, out)
        for x in inp:
            if keep(x):
                out.send(x)

    go(body)
    return out


def reduce_(inp: Chan[T], acc: A, f: Callable[[A, T], A]) -> A:
    for x in inp:
        acc = f(acc, x)
    return acc


def main() -> None:
    squares = map_(source(1, 2, 3, 4, 5, 6), lambda x: x * x)
    even = filter_(squares, lambda x: x % 2 == 0)
    fmt.println(reduce_(even, 0, lambda a, x: a + x))
    words = map_(source("go", "is", "fun"), lambda s: s + "!")
    start: list[str] = []
    fmt.println(reduce_(words, start, lambda a, s: [*a, s]))
    fmt.printf("%v %.2f\n", reduce_(source(1.5, 2.25), 0.0, lambda a, x: a + x), 3.0)


if __name__ == "__main__":
    run(main)
