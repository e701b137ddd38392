"""Two goroutines read the same connection: Reads are serialised, so one
byte goes to exactly one of them; Close then wakes the other with
net.ErrClosed."""

from goexit import Chan, Recv, defer, errors, fmt, go, net, panic, run, select, time


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

    results: Chan[tuple[str, BaseException | None]] = Chan()

    def reader() -> None:
        buf = bytearray(8)
        n, err = conn.read(buf)
        results.send((buf[:n].decode(), err))

    for _ in range(2):
        go(reader)
    time.sleep(20 * time.Millisecond)
    server.write(b"x")
    data, err = results.recv()
    fmt.printf("one reader got %q, err %v\n", data, err)
    got = select(Recv(results), Recv(time.after(30 * time.Millisecond)))
    if got.case == 0:
        fmt.println("the other returned too:", got.value)
    else:
        fmt.println("the other still waits")
    conn.close()
    data, err = results.recv()
    fmt.printf("after Close: %q, closed: %v\n", data, errors.is_(err, net.ErrClosed))


if __name__ == "__main__":
    run(main)
