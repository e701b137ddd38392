"""Cancelling a tree of contexts with a cause; children see the parent's cancellation and cause."""

from goexit import context, defer, errors, fmt, run


def main() -> None:
    parent, cancel = context.with_cancel_cause(context.background())
    child, cancel_child = context.with_cancel(parent)
    defer(cancel_child)
    grandchild = context.with_value(child, "k", "v")

    fmt.println(parent.err(), child.err(), grandchild.err())
    cancel(errors.new("shutting down"))
    grandchild.done().recv()  # type: ignore[union-attr]
    fmt.println(parent.err(), child.err(), grandchild.err())
    fmt.println(context.cause(parent), context.cause(child), context.cause(grandchild))
    fmt.println(grandchild.value("k"), grandchild.value("missing"))
    fmt.println(errors.is_(grandchild.err(), context.Canceled))

    other, stop = context.with_cancel(context.background())
    stop()
    stop()
    fmt.println(other.err(), context.cause(other))


if __name__ == "__main__":
    run(main)
