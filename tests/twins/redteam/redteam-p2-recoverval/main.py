"""Recover returns the panic value; a function that recovers returns normally, with its named result."""

from goexit import defer, fmt, func, panic, recover, run


def may_panic(kind: int) -> None:
    if kind == 0:
        panic("a problem")
    elif kind == 1:
        panic(fmt.errorf("wrapped: %w", fmt.errorf("inner")))
    elif kind == 2:
        arr: list[int] = []
        _ = arr[kind]


def safely(kind: int) -> str:
    msg = ""

    @func
    def body() -> None:
        nonlocal msg

        def handler() -> None:
            nonlocal msg
            r = recover()
            if r is not None:
                msg = fmt.sprint("Recovered. Error:\n ", r)

        defer(handler)
        may_panic(kind)
        msg = "no panic"

    body()
    return msg


def main() -> None:
    for k in range(4):
        fmt.println(safely(k))
    fmt.println("After mayPanic()")


if __name__ == "__main__":
    run(main)
