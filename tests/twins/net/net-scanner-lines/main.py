"""A bufio.Scanner over a connection: Scan blocks in Read until a whole
line is there. At the peer's close, Scan returns false and Err is nil
(EOF is the normal end); when the reader's own side is closed, Err is
the net.ErrClosed error."""

from goexit import bufio, defer, errors, fmt, go, net, panic, run


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

    def peer() -> None:
        fmt.fprint(server, "one\r\ntwo\n\nthree without newline")
        server.close()

    go(peer)
    sc = bufio.new_scanner(conn)
    while sc.scan():
        fmt.printf("line %q\n", sc.text())
    fmt.println("err at EOF:", sc.err())
    conn.close()

    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)
    fmt.fprint(server, "hello\n")
    sc = bufio.new_scanner(conn)
    sc.scan()
    fmt.printf("line %q\n", sc.text())
    conn.close()
    fmt.println("scan after Close:", sc.scan(), "closed:", errors.is_(sc.err(), net.ErrClosed))

    c2, _ = net.dial("tcp", ln.addr().string())
    s2, _ = ln.accept()
    fmt.fprint(s2, "alpha  beta\tgamma\n")
    s2.close()
    words = bufio.new_scanner(c2)
    words.split(bufio.scan_words)
    while words.scan():
        fmt.printf("word %q\n", words.text())
    c2.close()


if __name__ == "__main__":
    run(main)
