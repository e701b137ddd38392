"""A TCPListener has a deadline too: Accept returns an i/o timeout when
nobody dials in time, and works again once the deadline is cleared."""

import re

from goexit import defer, errors, fmt, net, os, panic, run, time

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    tl = ln
    tl.set_deadline(time.now().add(20 * time.Millisecond))
    c, err = ln.accept()
    fmt.println(c is None, port.sub(":PORT", str(err)))
    fmt.println("timeout:", errors.is_(err, os.ErrDeadlineExceeded), isinstance(err, net.Error) and err.timeout())

    tl.set_deadline(None)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(conn.close)
    s, err = ln.accept()
    fmt.println("accepted:", err, s.local_addr().string() == ln.addr().string())
    s.close()


if __name__ == "__main__":
    run(main)
