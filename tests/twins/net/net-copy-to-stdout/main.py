"""io.Copy from a connection to os.Stdout: it copies until the peer closes
(EOF is the normal end, so the error is nil) and says how many bytes."""

from goexit import defer, fmt, go, io, net, os, panic, run


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)

    def serve() -> None:
        c, err = ln.accept()
        if err is not None:
            return
        fmt.fprintln(c, "line one")
        fmt.fprintf(c, "line %s\n", "two")
        c.close()

    go(serve)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(conn.close)
    n, err = io.copy(os.Stdout, conn)
    fmt.println("copied", n, "bytes, err", err)


if __name__ == "__main__":
    run(main)
