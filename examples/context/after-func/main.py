"""AfterFunc runs a function in its own goroutine once the context is done;
stop() reports whether this call prevented the run. On a context that is already
done, the function starts at once."""

from goexit import Chan, context, fmt, run


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    ran: Chan[str] = Chan(str)
    stop_cleanup = context.after_func(ctx, lambda: ran.send("cleanup ran: " + str(ctx.err())))
    stop_never = context.after_func(ctx, lambda: fmt.println("never printed"))
    fmt.println("stop before cancel:", stop_never())
    fmt.println("stop it again:", stop_never())
    cancel()
    fmt.println(ran.recv())
    fmt.println("stop after it ran:", stop_cleanup())

    context.after_func(ctx, lambda: ran.send("ran at once"))
    fmt.println(ran.recv())


if __name__ == "__main__":
    run(main)
