from goexit import context, defer, errors, fmt, run, time


def main() -> None:
    ctx, cancel = context.with_timeout(context.background(), 2 * time.Millisecond)
    defer(cancel)
    ctx.done().recv()  # type: ignore[union-attr]
    err = ctx.err()
    fmt.println(err, errors.is_(err, context.DeadlineExceeded), errors.is_(err, context.Canceled))
    timeout = getattr(err, "timeout", None)
    fmt.println("Timeout():", callable(timeout) and timeout())
    fmt.println("cause:", context.cause(ctx))
    slow = errors.new("backend too slow")
    ctx2, cancel2 = context.with_timeout_cause(context.background(), 2 * time.Millisecond, slow)
    defer(cancel2)
    ctx2.done().recv()  # type: ignore[union-attr]
    fmt.println(ctx2.err(), "| cause:", context.cause(ctx2), context.cause(ctx2) is slow)
    child, cancel_child = context.with_cancel(ctx2)
    defer(cancel_child)
    fmt.println("child of an expired parent:", child.err(), "| cause:", context.cause(child))
    ctx3, cancel3 = context.with_timeout(context.background(), time.Hour)
    cancel3()
    fmt.println("cancelled first:", ctx3.err(), context.cause(ctx3))


if __name__ == "__main__":
    run(main)
