from goexit import context, defer, errors, fmt, run


class CtxKey:
    go_type = "main.ctxKey"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CtxKey)

    def __hash__(self) -> int:
        return 0


def main() -> None:
    bg = context.background()
    c1, cancel1 = context.with_cancel(bg)
    defer(cancel1)
    c2, cancel2 = context.with_cancel_cause(c1)
    defer(cancel2, errors.new("done"))
    c3 = context.without_cancel(c2)
    c4 = context.with_value(c3, CtxKey(), "v")
    c5, cancel5 = context.with_cancel(c4)
    defer(cancel5)
    fmt.println(c1)
    fmt.println(c2)
    fmt.println(c3)
    fmt.println(c4)
    fmt.println(c5)
    fmt.println(context.todo(), context.without_cancel(context.todo()))
    stop = context.after_func(c5, lambda: None)
    defer(stop)
    fmt.println("AfterFunc returns no context; c5 is still", c5)
    cancel1()
    fmt.println("after cancel the names stay:", c2, c2.err())


if __name__ == "__main__":
    run(main)
