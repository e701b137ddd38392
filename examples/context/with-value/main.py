"""Values travel down the tree and the nearest WithValue wins; keys of
different types never collide. WithoutCancel keeps the values and drops
the cancellation."""

from goexit import context, fmt, run


class Key(str):
    pass


def main() -> None:
    ctx = context.with_value(context.background(), Key("user"), "alice")
    ctx = context.with_value(ctx, "user", "a plain string key")
    ctx, cancel = context.with_cancel(ctx)
    inner = context.with_value(ctx, Key("user"), "bob")
    fmt.println(inner.value(Key("user")), ctx.value(Key("user")), ctx.value("user"))
    fmt.println(ctx.value(Key("missing")))
    fmt.println(inner)

    detached = context.without_cancel(inner)
    cancel()
    fmt.println(inner.err(), detached.err(), detached.value(Key("user")))
    fmt.println(detached.done() is None, detached)


if __name__ == "__main__":
    run(main)
