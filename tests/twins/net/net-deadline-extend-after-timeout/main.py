"""After a deadline has passed, the connection still works: setting a
deadline in the future refreshes it (an idle timeout is built this way)."""

from goexit import defer, errors, fmt, net, os, panic, run, time


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

    buf = bytearray(8)
    for i, wait in enumerate([10 * time.Millisecond, time.Second, 10 * time.Millisecond]):
        conn.set_read_deadline(time.now().add(wait))
        if i == 1:
            server.write(b"ping")
        n, err = conn.read(buf)
        fmt.printf("read %d: %q timeout=%v\n", i, buf[:n].decode(), errors.is_(err, os.ErrDeadlineExceeded))


if __name__ == "__main__":
    run(main)
