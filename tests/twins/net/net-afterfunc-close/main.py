"""context.AfterFunc ties a blocking Read to a context: when the context is
cancelled, the registered function closes the connection and the Read
returns. The Read's own error says "closed"; the context says why."""

from goexit import Chan, context, defer, errors, fmt, go, net, panic, run


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
    stop = context.after_func(ctx, lambda: conn.close())
    defer(stop)

    done: Chan[BaseException | None] = Chan()

    def reader() -> None:
        _, err = conn.read(bytearray(8))
        done.send(err)

    go(reader)
    cancel(errors.new("shutting down"))
    err = done.recv()
    fmt.println("read closed:", errors.is_(err, net.ErrClosed))
    fmt.println("cause:", context.cause(ctx))
    fmt.println("stop after it ran:", stop())


if __name__ == "__main__":
    run(main)
