from goexit import context, defer, fmt, func, recover, run


class Key(int):
    go_type = "main.key"


class Other(int):
    go_type = "main.other"


def main() -> None:
    ctx = context.with_value(context.background(), Key(1), "outer")
    ctx = context.with_value(ctx, Key(1), "inner")
    ctx = context.with_value(ctx, "name", "gopher")
    c, cancel = context.with_cancel(ctx)
    defer(cancel)
    d = context.without_cancel(c)
    fmt.println(d.value(Key(1)), d.value("name"), d.value(Other(1)), d.value(1), d.value("missing"))
    cancel()
    fmt.println("values survive cancel:", c.value(Key(1)), c.err(), d.err())

    @func
    def nil_key() -> None:
        defer(lambda: fmt.println("recovered:", recover()))
        context.with_value(ctx, None, 1)

    @func
    def unhashable_key() -> None:
        defer(lambda: fmt.println("recovered:", recover()))
        context.with_value(ctx, [1], 1)

    nil_key()
    unhashable_key()


if __name__ == "__main__":
    run(main)
