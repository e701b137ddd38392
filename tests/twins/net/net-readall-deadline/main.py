"""io.ReadAll stops at the first error: with a read deadline it returns
what arrived before the deadline together with the timeout, not EOF."""

from goexit import defer, errors, fmt, io, net, os, panic, run, time


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

    server.write(b"partial answer")
    conn.set_read_deadline(time.now().add(40 * time.Millisecond))
    data, err = io.read_all(conn)
    fmt.printf("%q timeout=%v\n", data.decode(), errors.is_(err, os.ErrDeadlineExceeded))


if __name__ == "__main__":
    run(main)
