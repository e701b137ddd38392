"""context.AfterFunc connects a context to a call that cannot watch it:
once ctx is cancelled, the function closes the connection and the
blocked Read returns at once. The reader then reports the context's
cause rather than the network error; stop() unregisters the function
when the Read finishes first."""

from goexit import Chan, context, defer, errors, fmt, go, net, panic, run


def read_ctx(ctx: context.Context, conn: net.Conn, buf: bytearray) -> tuple[int, BaseException | None]:
    stop = context.after_func(ctx, lambda: conn.close())
    try:  # Go's defer stop(), in a function that returns values
        n, err = conn.read(buf)
    finally:
        stop()
    if ctx.err() is not None:
        return n, context.cause(ctx)
    return n, err


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)

    ctx, cancel = context.with_cancel_cause(context.background())
    buf = bytearray(64)
    fmt.fprint(server, "hello")
    n, err = read_ctx(ctx, conn, buf)
    fmt.printf("first read: %q, err %v\n", buf[:n].decode(), err)

    result: Chan[BaseException | None] = Chan()

    def second() -> None:  # the server is silent now: this Read blocks
        _, err = read_ctx(ctx, conn, buf)
        result.send(err)

    go(second)
    cancel(errors.new("user pressed Stop"))
    fmt.println("second read:", result.recv())
    _, err = conn.read(buf)
    fmt.println("connection closed:", errors.is_(err, net.ErrClosed))


if __name__ == "__main__":
    run(main)
