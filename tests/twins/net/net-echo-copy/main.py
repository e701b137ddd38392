"""An echo server built on io.Copy: it copies the connection to itself until
the client half-closes, then reports how many bytes it moved. The client
reads the echo line by line with bufio.Reader.ReadString."""

from goexit import Chan, bufio, defer, fmt, go, io, net, panic, run


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    copied: Chan[str] = Chan(str)

    def serve() -> None:
        c, err = ln.accept()
        if err is not None:
            return
        n, err = io.copy(c, c)
        c.close()
        copied.send(fmt.sprintf("server copied %d bytes, err %v", n, err))

    go(serve)

    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(conn.close)
    r = bufio.new_reader(conn)
    for msg in ["ping\n", "pong\n", "no newline"]:
        io.write_string(conn, msg)
        if msg[-1] == "\n":
            line, err = r.read_string("\n")
            fmt.printf("echo %q %v\n", line, err)
    conn.close_write()
    rest, err = r.read_string("\n")
    fmt.printf("rest %q %v\n", rest, err)
    fmt.println(copied.recv())


if __name__ == "__main__":
    run(main)
