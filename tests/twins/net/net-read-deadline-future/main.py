"""A read deadline in the future: the Read that waits past it returns an
i/o timeout. It is os.ErrDeadlineExceeded, not context.DeadlineExceeded."""

from goexit import context, defer, errors, fmt, net, os, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(conn.close)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)

    start = time.now()
    conn.set_read_deadline(start.add(30 * time.Millisecond))
    n, err = conn.read(bytearray(8))
    waited = time.now() - start
    fmt.println("n:", n, "waited at least 30ms:", waited >= 30 * time.Millisecond)
    fmt.println("os.ErrDeadlineExceeded:", errors.is_(err, os.ErrDeadlineExceeded))
    fmt.println("context.DeadlineExceeded:", errors.is_(err, context.DeadlineExceeded))
    ne = errors.as_(err, net.Error)
    if ne is not None:
        fmt.println("Timeout():", ne.timeout())
    op = errors.as_(err, net.OpError)
    if op is not None:
        fmt.println("Op:", op.op, "Net:", op.net, "Err:", op.err)
        fmt.println("source is local:", str(op.source) == conn.local_addr().string())
        fmt.println("addr is remote:", str(op.addr) == conn.remote_addr().string())
        fmt.println("unwrap:", errors.unwrap(err) is os.ErrDeadlineExceeded)


if __name__ == "__main__":
    run(main)
