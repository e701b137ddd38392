"""Every operation on a closed connection or listener fails with an error
wrapping net.ErrClosed, a second Close included; each names its
operation, and SetDeadline names only the local address."""

import re

from goexit import defer, errors, fmt, net, panic, run, time

port = re.compile(r":\d+")


def show(what: str, err: BaseException | None) -> None:
    fmt.printf("%-16s %v %s\n", what, errors.is_(err, net.ErrClosed), port.sub(":PORT", str(err)))


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)

    fmt.println("first close:", conn.close(), ln.close())
    _, err = conn.read(bytearray(4))
    show("Read", err)
    n, err = conn.read(bytearray())
    fmt.println("zero-length Read:", n, err is not None)
    _, err = conn.write(b"x")
    show("Write", err)
    show("Close", conn.close())
    show("SetDeadline", conn.set_deadline(time.now()))
    show("SetReadDeadline", conn.set_read_deadline(None))
    show("CloseWrite", conn.close_write())
    _, err = ln.accept()
    show("Accept", err)
    show("Listener.Close", ln.close())
    fmt.println("addresses kept:", conn.local_addr() is not None, conn.remote_addr() is not None, ln.addr() is not None)


if __name__ == "__main__":
    run(main)
