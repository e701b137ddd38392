"""When the peer closes, Read first returns what it sent, then io.EOF
itself (not wrapped), and keeps returning it."""

from goexit import defer, errors, fmt, io, net, panic, run


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
    server.write(b"bye")
    server.close()

    buf = bytearray(2)
    for _ in range(4):
        n, err = conn.read(buf)
        fmt.printf("%d %q %v eof=%v is=%v\n", n, buf[:n].decode(), err, err is io.EOF, errors.is_(err, io.EOF))
    _, err = conn.read(buf)
    fmt.println("an OpError:", errors.as_(err, net.OpError) is not None)


if __name__ == "__main__":
    run(main)
