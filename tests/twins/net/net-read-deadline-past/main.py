"""A read deadline in the past fails the next Read at once with a timeout,
even though data is waiting; clearing it (the zero time) lets the data
through."""

import re

from goexit import defer, errors, fmt, net, os, panic, run, time

port = re.compile(r":\d+")


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

    server.write(b"waiting")
    buf = bytearray(16)
    n, err = conn.read(memoryview(buf)[:1])  # the data has arrived
    fmt.printf("%d %q %v\n", n, buf[:n].decode(), err)

    fmt.println("set:", conn.set_read_deadline(time.now().add(-time.Second)))
    n, err = conn.read(buf)
    fmt.println(n, port.sub(":PORT", str(err)))
    fmt.println(
        "deadline exceeded:",
        errors.is_(err, os.ErrDeadlineExceeded),
        "timeout:",
        isinstance(err, net.Error) and err.timeout(),
    )
    n, err = conn.read(buf)  # still expired
    fmt.println(n, errors.is_(err, os.ErrDeadlineExceeded))

    n, err = conn.write(b"writes have their own deadline")
    fmt.println("write:", n, err)
    fmt.println("set:", conn.set_read_deadline(None))
    n, err = conn.read(buf)
    fmt.printf("%d %q %v\n", n, buf[:n].decode(), err)


if __name__ == "__main__":
    run(main)
