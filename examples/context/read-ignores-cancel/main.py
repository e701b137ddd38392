"""A Read blocked on a connection watches no context. Even a connection
made with DialContext does not: that context governs the dial only. After
cancel the Read is still blocked; closing the connection (or giving it a
deadline) is what makes it return."""

from goexit import Chan, Recv, context, defer, errors, fmt, go, net, panic, run, select, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)

    ctx, cancel = context.with_cancel(context.background())
    d = net.Dialer()
    conn, err = d.dial_context(ctx, "tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()  # the other end: it never writes
    if err is not None:
        panic(err)
    defer(server.close)

    read_err: Chan[BaseException | None] = Chan()

    def reader() -> None:
        _, err = conn.read(bytearray(1))
        read_err.send(err)

    go(reader)
    cancel()
    fmt.println("ctx:", ctx.err())
    got = select(Recv(read_err), Recv(time.after(50 * time.Millisecond)))
    if got.case == 0:
        fmt.println("Read returned:", got.value)
    else:
        fmt.println("Read: still blocked 50ms after cancel")
    conn.close()
    fmt.println("after Close, Read returned net.ErrClosed:", errors.is_(read_err.recv(), net.ErrClosed))


if __name__ == "__main__":
    run(main)
