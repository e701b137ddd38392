"""A Write into a connection nobody reads blocks once the kernel's buffers
are full. A write deadline ends it with a timeout and a short count; a
Close from another goroutine ends the next one with net.ErrClosed."""

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
    server, err = ln.accept()  # it never reads
    if err is not None:
        panic(err)
    defer(server.close)

    big = bytes(64 << 20)
    conn.set_write_deadline(time.now().add(30 * time.Millisecond))
    n, err = conn.write(big)
    fmt.println("short:", n < len(big), "timeout:", errors.is_(err, os.ErrDeadlineExceeded))
    fmt.println(port.sub(":PORT", str(err)))

    conn.set_write_deadline(None)
    done: Chan[BaseException | None] = Chan()

    def writer() -> None:
        _, err = conn.write(big)
        done.send(err)

    go(writer)
    time.sleep(20 * time.Millisecond)
    conn.close()
    err = done.recv()
    fmt.println("closed:", errors.is_(err, net.ErrClosed), port.sub(":PORT", str(err)))


if __name__ == "__main__":
    run(main)
