"""SetDeadline sets the read and the write deadline at once: a Read and a
Write blocked on the same connection both wake with a timeout."""

from goexit import Chan, defer, errors, fmt, go, net, os, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(conn.close)
    server, err = ln.accept()  # silent, and it never reads
    if err is not None:
        panic(err)
    defer(server.close)

    read: Chan[BaseException | None] = Chan()
    wrote: Chan[BaseException | None] = Chan()

    def reader() -> None:
        _, err = conn.read(bytearray(1))
        read.send(err)

    def writer() -> None:
        _, err = conn.write(bytes(64 << 20))
        wrote.send(err)

    go(reader)
    go(writer)
    time.sleep(30 * time.Millisecond)
    conn.set_deadline(time.now())
    rerr, werr = read.recv(), wrote.recv()
    fmt.println("read timed out:", errors.is_(rerr, os.ErrDeadlineExceeded))
    fmt.println("write timed out:", errors.is_(werr, os.ErrDeadlineExceeded))
    rop, wop = errors.as_(rerr, net.OpError), errors.as_(werr, net.OpError)
    assert rop is not None and wop is not None
    fmt.println("ops:", rop.op, wop.op)


if __name__ == "__main__":
    run(main)
