"""WithCancelCause records why a context was cancelled. The first
cancellation wins: its cause reaches every descendant and later causes are
ignored. Err stays context.Canceled; Cause tells the story."""

from goexit import context, errors, fmt, run

err_shutdown = errors.new("server shutting down")


def main() -> None:
    parent, cancel_parent = context.with_cancel_cause(context.background())
    child, cancel_child = context.with_cancel_cause(parent)
    fmt.println("before:     ", context.cause(child))

    cancel_parent(err_shutdown)
    cancel_child(errors.new("too late"))
    fmt.println("child err:  ", child.err())
    fmt.println("child cause:", context.cause(child))
    fmt.println("is shutdown:", errors.is_(context.cause(child), err_shutdown))

    other, cancel_other = context.with_cancel_cause(context.background())
    cancel_other(None)
    fmt.println("nil cause:  ", context.cause(other))


if __name__ == "__main__":
    run(main)
