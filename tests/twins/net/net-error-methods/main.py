"""Every net error is a net.Error with Timeout and Temporary; only a
deadline (or a dial's timeout) is a timeout. A closed connection is not."""

from goexit import context, defer, errors, fmt, net, os, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)

    conn.set_read_deadline(time.now())
    _, deadline = conn.read(bytearray(1))
    conn.close()
    _, closed = conn.read(bytearray(1))
    ln.close()
    _, refused = net.dial("tcp", ln.addr().string())
    ctx, cancel = context.with_cancel(context.background())
    cancel()
    _, canceled = net.Dialer().dial_context(ctx, "tcp", ln.addr().string())
    _, bad_addr = net.dial("tcp", "nope")

    for name, e in [
        ("deadline", deadline),
        ("closed", closed),
        ("refused", refused),
        ("canceled", canceled),
        ("bad address", bad_addr),
    ]:
        if isinstance(e, net.Error):
            fmt.printf("%-12s net.Error %v timeout %v temporary %v\n", name, True, e.timeout(), e.temporary())
    ne = errors.as_(os.ErrDeadlineExceeded, net.Error)
    fmt.println("os.ErrDeadlineExceeded is a net.Error:", ne is not None, ne is not None and ne.timeout())
    ne = errors.as_(net.ErrClosed, net.Error)
    fmt.println("net.ErrClosed is a net.Error:", ne is not None, ne is not None and ne.timeout())
    fmt.println(os.ErrDeadlineExceeded, "|", net.ErrClosed)


if __name__ == "__main__":
    run(main)
