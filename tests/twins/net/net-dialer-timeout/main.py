"""A Dialer's Timeout and Deadline limit the dial like a context deadline.
A negative Timeout counts too (Go keeps it for historical reasons): the
dial times out before it starts. DialTimeout is the same shortcut."""

import re

from goexit import context, defer, errors, fmt, net, panic, run, time

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    addr = ln.addr().string()

    for d in [
        net.Dialer(timeout=-time.Nanosecond),
        net.Dialer(deadline=time.now().add(-time.Second)),
        net.Dialer(timeout=time.Second),
    ]:
        conn, err = d.dial("tcp", addr)
        if err is not None:
            fmt.println(port.sub(":PORT", str(err)), errors.is_(err, context.DeadlineExceeded))
            continue
        fmt.println("connected")
        conn.close()
        s, _ = ln.accept()
        s.close()
    _, err = net.dial_timeout("tcp", addr, -1)
    fmt.println(port.sub(":PORT", str(err)))


if __name__ == "__main__":
    run(main)
