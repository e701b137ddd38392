"""Only a loop that does nothing but poll ctx.Err() busy-waits: it keeps a
CPU busy for the whole wait. When a goroutine has nothing to do until the
context is done, it blocks on <-ctx.Done() (alone or in a select) and
sleeps until the channel is closed."""

from goexit import context, defer, fmt, nil_recv, run, time


def main() -> None:
    ctx, cancel = context.with_timeout(context.background(), 50 * time.Millisecond)
    defer(cancel)
    checks = 0
    while ctx.err() is None:
        checks += 1  # nothing else to do: this loop spins
    fmt.println("polling: Err checked more than 100 times in 50ms:", checks > 100)

    ctx2, cancel2 = context.with_timeout(context.background(), 50 * time.Millisecond)
    defer(cancel2)
    nil_recv(ctx2.done())  # one receive, asleep until the close
    fmt.println("blocking on Done: woke once, with", ctx2.err())


if __name__ == "__main__":
    run(main)
