"""Resetting the deadline to the zero time while a Read waits cancels it:
the Read goes on waiting, past the old deadline, and gets the data."""

from goexit import Chan, defer, fmt, go, net, panic, run, time


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

    conn.set_read_deadline(time.now().add(200 * time.Millisecond))
    done: Chan[tuple[str, BaseException | None]] = Chan()

    def reader() -> None:
        buf = bytearray(8)
        n, err = conn.read(buf)
        done.send((buf[:n].decode(), err))

    go(reader)
    conn.set_read_deadline(None)  # before it fires
    time.sleep(250 * time.Millisecond)  # past the old deadline
    server.write(b"late")
    data, err = done.recv()
    fmt.printf("%q %v\n", data, err)


if __name__ == "__main__":
    run(main)
