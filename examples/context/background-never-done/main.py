"""context.Background() can never be cancelled: its Done channel is nil and
there is no cancel function to call, so a long-running goroutine given it
has no way to hear "stop". Derive a cancellable context from Background
and pass that: Background belongs at the top of the tree (main, tests,
the start of a request), not in a goroutine that must end some day."""

from goexit import Chan, Recv, context, defer, fmt, go, run, select, time


def poll(ctx: context.Context, name: str, report: Chan[str]) -> None:
    ticker = time.new_ticker(10 * time.Millisecond)
    defer(ticker.stop)
    while True:
        got = select(Recv(ctx.done()), Recv(ticker.c))
        if got.case == 0:
            report.send(name + ": stopped: " + str(ctx.err()))
            return
        # one round of periodic work


def main() -> None:
    bg = context.background()
    fmt.println("Background: Done() == nil:", bg.done() is None, "| Err():", bg.err())
    never: Chan[str] = Chan(str)
    go(poll, bg, "on Background", never)
    got = select(Recv(never), Recv(time.after(50 * time.Millisecond)))
    if got.case == 0:
        fmt.println(got.value)
    else:
        fmt.println("on Background: still polling, and nothing can stop it")

    ctx, cancel = context.with_cancel(context.background())
    stopped: Chan[str] = Chan(str)
    go(poll, ctx, "on WithCancel(Background)", stopped)
    cancel()
    fmt.println(stopped.recv())


if __name__ == "__main__":
    run(main)
