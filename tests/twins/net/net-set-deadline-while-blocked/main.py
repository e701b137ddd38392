"""A deadline set while a Read is blocked applies to that Read: setting one
in the past from another goroutine wakes it at once with a timeout."""

from goexit import Chan, Recv, defer, errors, fmt, go, net, os, panic, run, select, time


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

    done: Chan[BaseException | None] = Chan()

    def reader() -> None:
        _, err = conn.read(bytearray(8))  # no deadline: it would wait for ever
        done.send(err)

    go(reader)
    got = select(Recv(done), Recv(time.after(30 * time.Millisecond)))
    if got.case == 0:
        fmt.println("returned early:", got.value)
    else:
        fmt.println("still blocked after 30ms")
    conn.set_deadline(time.now())  # now: already passed
    err = done.recv()
    fmt.println("woken by the deadline:", errors.is_(err, os.ErrDeadlineExceeded))

    conn.set_deadline(None)
    go(reader)
    time.sleep(10 * time.Millisecond)
    conn.set_read_deadline(time.now().add(20 * time.Millisecond))  # in the future: it fires later
    err = done.recv()
    fmt.println("woken by a deadline set later:", errors.is_(err, os.ErrDeadlineExceeded))


if __name__ == "__main__":
    run(main)
