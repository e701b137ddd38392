"""A recovered run-time error shows [recovered] when a deferred call then dereferences nil; the signal line follows."""

from __future__ import annotations

from dataclasses import dataclass

from goexit import defer, fmt, recover, run


@dataclass
class T:
    A: int


def main() -> None:
    def handler() -> None:
        r = recover()
        fmt.printf("%v|%T\n", r, r)
        p: T | None = None
        fmt.println(p.A)  # type: ignore[union-attr]

    defer(handler)
    s = [1, 2, 3]
    i = 5
    fmt.println(s[i])


if __name__ == "__main__":
    run(main)
