"""WithCancel is for stopping by hand: the consumer takes what it needs and
calls cancel; the producer, blocked on its next send, sees ctx.Done()
in its select and returns. Still defer cancel: it releases the context
on every path out of the function."""

from goexit import Chan, Recv, Send, context, defer, fmt, run, select, sync


def count(ctx: context.Context, out: Chan[int]) -> None:
    n = 1
    while True:
        got = select(Send(out, n), Recv(ctx.done()))
        if got.case == 1:
            fmt.println("count: stopped:", ctx.err())
            return
        n += 1


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    defer(cancel)
    numbers: Chan[int] = Chan(int)
    wg = sync.WaitGroup()
    wg.go(lambda: count(ctx, numbers))

    for n in numbers:
        fmt.println("main: got", n)
        if n == 3:
            break
    cancel()
    wg.wait()
    fmt.println("main: count has returned")


if __name__ == "__main__":
    run(main)
