"""Close from another goroutine unblocks a pending Read with an error that
wraps net.ErrClosed; the ports vary from run to run, so they are masked."""

import re

from goexit import Chan, defer, errors, fmt, go, net, os, panic, run, time

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)

    done: Chan[tuple[int, BaseException | None]] = Chan()

    def reader() -> None:
        buf = bytearray(16)
        n, err = conn.read(buf)
        done.send((n, err))

    go(reader)
    time.sleep(20 * time.Millisecond)  # the reader is blocked by now (or reads after Close: same error)
    fmt.println("close:", conn.close())
    n, err = done.recv()
    fmt.println("read returned", n, "bytes")
    fmt.println(port.sub(":PORT", str(err)))
    fmt.println("is net.ErrClosed:", errors.is_(err, net.ErrClosed))
    fmt.println("is os.ErrDeadlineExceeded:", errors.is_(err, os.ErrDeadlineExceeded))
    ne = errors.as_(err, net.Error)
    fmt.println("net.Error:", ne is not None, "timeout:", ne is not None and ne.timeout())


if __name__ == "__main__":
    run(main)
