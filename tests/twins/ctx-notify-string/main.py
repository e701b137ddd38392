from goexit import context, defer, errors, fmt, nil_recv, recover, run, signal


def main() -> None:
    parent, cancel = context.with_cancel_cause(context.background())
    ctx, stop = signal.notify_context(parent, signal.SIGINT, signal.SIGTERM)
    fmt.println(ctx)
    cancel(errors.new("parent gone"))
    nil_recv(ctx.done())
    fmt.println(ctx.err(), context.cause(ctx))
    stop()
    ctx2, stop2 = signal.notify_context(context.todo(), signal.SIGHUP, signal.SIGUSR1)
    fmt.println(ctx2)
    stop2()
    fmt.println(ctx2.err(), context.cause(ctx2))
    nilctx: context.Context | None = None
    defer(lambda: fmt.println("recovered:", recover()))
    ctx3, stop3 = signal.notify_context(nilctx)  # type: ignore[arg-type]
    defer(stop3)
    fmt.println(ctx3)


if __name__ == "__main__":
    run(main)
