"""Run-time errors are recoverable panics whose value is a runtime.Error with Go's message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from goexit import defer, errors, fmt, func, panic, recover, run, runtime


@dataclass
class Node:
    Val: int
    Next: Node | None


@func
def try_(name: str, f: Callable[[], object]) -> None:
    def report() -> None:
        r = recover()
        is_err = isinstance(r, BaseException)
        is_runtime = isinstance(r, runtime.Error)
        fmt.printf("%s: %v | %T | error=%v runtime.Error=%v\n", name, r, r, is_err, is_runtime)
        if is_err:
            fmt.printf("  Error() = %q\n", str(r))
            fmt.println("  errors.As:", errors.as_(r, runtime.Error) is not None)  # type: ignore[arg-type]

    defer(report)
    f()


def main() -> None:
    s = [1, 2, 3]
    i, j = 5, 3
    try_("index", lambda: fmt.println(s[i]))
    try_("index at len", lambda: fmt.println(s[j]))

    def assign() -> None:
        s[i] = 1

    try_("index on assignment", assign)
    str_ = "abc"
    try_("string index", lambda: fmt.println(str_[i]))
    empty: list[str] = []
    try_("nil slice index", lambda: fmt.println(empty[0]))
    n: Node | None = None
    try_("nil pointer field", lambda: fmt.println(n.Val))  # type: ignore[union-attr]
    head = Node(1, None)
    try_("nil pointer chain", lambda: fmt.println(head.Next.Val))  # type: ignore[union-attr]
    f: Callable[[], None] | None = None
    try_("nil func call", lambda: f())  # type: ignore[misc]
    m: dict[str, int] | None = None

    def write() -> None:
        m["k"] = 1  # type: ignore[index]

    try_("nil map write", write)
    fmt.println("nil map read:", (m or {}).get("k", 0), len(m or {}))
    zero = 0
    try_("divide", lambda: fmt.println(10 // zero))
    try_("modulo", lambda: fmt.println(10 % zero))
    grid = [[1, 2], [3]]
    try_("nested index", lambda: fmt.println(grid[1][1]))
    k = 2
    try_("computed index", lambda: fmt.println(s[k * 2 + 1]))
    try_("plain panic", lambda: panic("not a runtime error"))
    fmt.println("all recovered")


if __name__ == "__main__":
    run(main)
