"""Listening on a port that is taken fails with "bind: address already in
use" (syscall.EADDRINUSE); once the first listener is closed the port
can be listened on again at once."""

import re

from goexit import errors, fmt, net, panic, run, syscall

port = re.compile(r":\d+")


def main() -> None:
    first, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    addr = first.addr().string()
    c, _ = net.dial("tcp", addr)  # a connection, so the port has been used
    s, _ = first.accept()
    c.close()
    s.close()

    _, err = net.listen("tcp", addr)
    fmt.println(port.sub(":PORT", str(err)))
    fmt.println("EADDRINUSE:", errors.is_(err, syscall.EADDRINUSE))
    op = errors.as_(err, net.OpError)
    assert op is not None
    fmt.println("Op:", op.op, "Addr is the one asked for:", str(op.addr) == addr, "Source:", op.source)

    first.close()
    again, err = net.listen("tcp", addr)
    fmt.println("again:", err, again.addr().string() == addr)
    again.close()


if __name__ == "__main__":
    run(main)
