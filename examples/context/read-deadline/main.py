"""WithTimeout for I/O. A blocking Read cannot watch ctx.Done(), but it
honours a deadline on the connection: give the connection the context's
deadline and the Read returns by itself, at once when the server has
answered, with a timeout error when it never does."""

from goexit import context, defer, errors, fmt, func, net, os, panic, run, time


def read_reply(ctx: context.Context, conn: net.Conn) -> tuple[str, BaseException | None]:
    deadline, ok = ctx.deadline()
    if ok:
        err = conn.set_read_deadline(deadline)
        if err is not None:
            return "", err
    buf = bytearray(64)
    n, err = conn.read(buf)
    return buf[:n].decode(), err


@func
def ask(ln: net.Listener, answer: bool, timeout: time.Duration) -> None:
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(conn.close)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)
    if answer:
        fmt.fprint(server, "pong")

    ctx, cancel = context.with_timeout(context.background(), timeout)
    defer(cancel)
    reply, err = read_reply(ctx, conn)
    fmt.printf("reply %q, timed out %v\n", reply, errors.is_(err, os.ErrDeadlineExceeded))


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)

    ask(ln, True, time.Second)  # the server answers at once
    ask(ln, False, 50 * time.Millisecond)  # the server never answers


if __name__ == "__main__":
    run(main)
