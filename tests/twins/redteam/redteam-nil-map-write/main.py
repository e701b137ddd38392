"""Reading a nil map gives zero values; writing to one panics "assignment to entry in nil map", m[k]++ included."""

from collections.abc import Callable

from goexit import defer, fmt, func, recover, run


@func
def try_(name: str, f: Callable[[], None]) -> None:
    def handler() -> None:
        r = recover()
        if r is not None:
            fmt.printf("%s: %v (%T)\n", name, r, r)

    defer(handler)
    f()
    fmt.println(name, "ok")


def main() -> None:
    counts: dict[str, int] | None = None
    fmt.println((counts or {}).get("x", 0), len(counts or {}))

    def increment() -> None:
        counts["x"] += 1  # type: ignore[index]

    def add() -> None:
        counts["y"] += 2  # type: ignore[index]

    def assign() -> None:
        counts["z"] = 1  # type: ignore[index]

    squares: list[int] | None = None

    def slice_() -> None:
        squares[3] = 9  # type: ignore[index]

    by_key: dict[int, bool] | None = None

    def int_key() -> None:
        by_key[3] = True  # type: ignore[index]

    try_("increment", increment)
    try_("add", add)
    try_("assign", assign)
    try_("slice", slice_)
    try_("int key", int_key)
    counts = {}
    counts["x"] = counts.get("x", 0) + 1
    counts["x"] += 2
    fmt.println(counts)
    by_id: dict[int, str] | None = None
    by_id[3] += "!"  # type: ignore[index]


if __name__ == "__main__":
    run(main)
