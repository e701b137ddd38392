"""SetLinger(0) makes Close reset the connection instead of ending it
gracefully: the peer's Read fails with "connection reset by peer"
(syscall.ECONNRESET) instead of returning io.EOF."""

import re

from goexit import defer, errors, fmt, io, net, panic, run, syscall

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    for linger in [-1, 0]:
        conn, err = net.dial("tcp", ln.addr().string())
        if err is not None:
            panic(err)
        server, err = ln.accept()
        if err is not None:
            panic(err)
        server.set_linger(linger)
        server.close()
        _, err = conn.read(bytearray(4))
        fmt.printf(
            "linger %d: EOF %v, ECONNRESET %v: %s\n",
            linger,
            err is io.EOF,
            errors.is_(err, syscall.ECONNRESET),
            port.sub(":PORT", str(err)),
        )
        conn.close()


if __name__ == "__main__":
    run(main)
