"""Closing a Listener from another goroutine unblocks its pending Accept,
which returns an error wrapping net.ErrClosed; connections accepted
before stay open."""

import re

from goexit import Chan, defer, errors, fmt, go, net, panic, run, time

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    client, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(client.close)

    accepted: Chan[net.Conn] = Chan()
    done: Chan[BaseException | None] = Chan()

    def accept_loop() -> None:
        while True:
            c, err = ln.accept()
            if err is not None:
                done.send(err)
                return
            accepted.send(c)

    go(accept_loop)
    first = accepted.recv()
    time.sleep(20 * time.Millisecond)  # the loop waits in Accept again
    fmt.println("close:", ln.close())
    err = done.recv()
    fmt.println(port.sub(":PORT", str(err)))
    fmt.println("is net.ErrClosed:", errors.is_(err, net.ErrClosed))

    client.write(b"still open")
    buf = bytearray(32)
    n, err = first.read(buf)
    fmt.printf("accepted conn: %q %v\n", buf[:n].decode(), err)
    first.close()
    _, err = net.dial("tcp", ln.addr().string())
    fmt.println(port.sub(":PORT", str(err)))


if __name__ == "__main__":
    run(main)
