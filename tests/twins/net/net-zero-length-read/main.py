"""A zero-length Read returns 0, nil at once, without waiting and without
looking at the socket: not even an expired deadline or the peer's close
shows. Only a closed connection makes it fail."""

from goexit import defer, fmt, net, panic, run, time


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
    n, err = conn.read(bytearray())
    fmt.println("nothing sent:", n, err)
    conn.set_read_deadline(time.now().add(-time.Second))
    n, err = conn.read(None)
    fmt.println("deadline passed:", n, err)
    conn.set_read_deadline(None)
    server.close()
    time.sleep(10 * time.Millisecond)
    n, err = conn.read(bytearray(0))
    fmt.println("peer closed:", n, err)
    n, err = conn.read(bytearray(1))
    fmt.println("one byte:", n, err)
    n, err = conn.write(b"")
    fmt.println("zero-length Write:", n, err)
    conn.close()
    n, err = conn.read(None)
    fmt.println("closed:", n, err is not None)


if __name__ == "__main__":
    run(main)
