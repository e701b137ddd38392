from goexit import context, defer, errors, fmt, run


def main() -> None:
    root, cancel_root = context.with_cancel_cause(context.background())
    child, cancel_child = context.with_cancel_cause(root)
    grand, cancel_grand = context.with_cancel(child)
    defer(cancel_grand)
    fmt.println(grand)
    cancel_child(errors.new("child stopped"))
    fmt.println("child:", child.err(), "|", context.cause(child))
    fmt.println("grand:", grand.err(), "|", context.cause(grand))
    fmt.println("root:", root.err(), "|", context.cause(root))
    cancel_root(errors.new("too late"))
    fmt.println("root:", root.err(), "|", context.cause(root))
    fmt.println("child keeps its cause:", context.cause(child))
    c, cancel = context.with_cancel_cause(context.background())
    cancel(None)
    fmt.println("nil cause:", context.cause(c), errors.is_(context.cause(c), context.Canceled))


if __name__ == "__main__":
    run(main)
