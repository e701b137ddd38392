"""context.AfterFunc runs a function in its own goroutine once the context is done; stop prevents it."""

from goexit import context, defer, fmt, run, sync


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    wg = sync.WaitGroup()
    wg.add(1)

    def cleanup() -> None:
        defer(wg.done)
        fmt.println("cleanup ran:", ctx.err())

    stop1 = context.after_func(ctx, cleanup)
    ctx2, cancel2 = context.with_cancel(context.background())
    stop2 = context.after_func(ctx2, lambda: fmt.println("never printed"))
    fmt.println("stop2:", stop2())
    cancel()
    cancel2()
    wg.wait()
    fmt.println("stop1 after it ran:", stop1())
    fmt.println("stop2 again:", stop2())


if __name__ == "__main__":
    run(main)
