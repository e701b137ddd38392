from goexit import Chan, context, defer, fmt, nil_recv, run, time


def main() -> None:
    ctx, cancel = context.with_timeout(context.background(), 30 * time.Millisecond)
    defer(cancel)
    nil_recv(ctx.done())
    fmt.println("woken by the deadline:", ctx.err())
    cancel()
    block: Chan[int] = Chan(int)
    block.recv()


if __name__ == "__main__":
    run(main)
