"""A Read returns what has arrived, not what the reader asked for: half a
message comes back short. io.ReadFull keeps reading until the buffer is
full; if the peer stops half-way, it reports io.ErrUnexpectedEOF."""

from goexit import Chan, defer, fmt, go, io, net, panic, run


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

    next_: Chan[bool] = Chan(bool)

    def peer() -> None:
        server.write(b"hel")
        next_.recv()
        server.write(b"lo, wor")
        next_.recv()
        server.close()

    go(peer)

    buf = bytearray(5)
    n, err = conn.read(buf)
    fmt.printf("Read: %d %q %v\n", n, buf[:n].decode(), err)
    next_.send(True)
    n, err = io.read_full(conn, buf)
    fmt.printf("ReadFull: %d %q %v\n", n, buf[:n].decode(), err)
    next_.send(True)
    n, err = io.read_full(conn, buf)
    fmt.printf("ReadFull: %d %q %v\n", n, buf[:n].decode(), err)
    n, err = io.read_full(conn, buf)
    fmt.printf("ReadFull: %d %q %v\n", n, buf[:n].decode(), err)


if __name__ == "__main__":
    run(main)
