"""Type assertions: the comma-ok form never panics; x.(T) on the wrong type or on nil panics with
*runtime.TypeAssertionError."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from goexit import defer, fmt, func, recover, run, runtime, type_assert


class Shape(Protocol):
    def area(self) -> float: ...


@dataclass
class Square:
    side: float

    def area(self) -> float:
        return self.side * self.side


@dataclass
class Label:
    text: str


@func
def check(name: str, f: Callable[[], object]) -> None:
    def handler() -> None:
        r = recover()
        is_runtime = isinstance(r, runtime.Error)
        fmt.printf("%s: %v (runtime.Error: %t, %T)\n", name, r, is_runtime, r)

    defer(handler)
    f()


def main() -> None:
    x: object = "text"
    if not isinstance(x, int):
        fmt.println("not an int:", 0, False)
    s = type_assert(x, str)
    fmt.println("string:", s)
    check("int", lambda: fmt.println(type_assert(x, int)))

    def nil_() -> None:
        y: object = None
        fmt.println(type_assert(y, str))

    check("nil", nil_)

    def shape() -> None:
        v: object = Square(2)
        fmt.println(type_assert(v, Shape).area())  # type: ignore[type-abstract]

    check("shape", shape)

    def label() -> None:
        v: object = Label("hi")
        fmt.println(type_assert(v, Shape).area())  # type: ignore[type-abstract]

    check("label", label)
    v: object = Label("x")
    type_assert(v, Square)


if __name__ == "__main__":
    run(main)
