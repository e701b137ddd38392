"""CloseWrite shuts one direction: the server reads the request to EOF with
io.ReadAll, then answers on the same connection; the client can still
read, but may no longer write."""

import re

from goexit import defer, fmt, go, io, net, panic, run

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)

    def serve() -> None:
        s, err = ln.accept()
        if err is not None:
            return
        defer(s.close)
        req, err = io.read_all(s)
        fmt.printf("server got %q, err %v\n", req.decode(), err)
        io.write_string(s, req.decode().upper())

    go(serve)

    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    defer(conn.close)
    fmt.fprint(conn, "hello, ")
    fmt.fprint(conn, "server")
    close_err = conn.close_write()
    _, write_err = conn.write(b"more")
    reply, err = io.read_all(conn)  # the server has printed its line by the time its reply ends
    fmt.printf("client got %q, err %v\n", reply.decode(), err)
    fmt.println("CloseWrite:", close_err)
    fmt.println(port.sub(":PORT", str(write_err)))


if __name__ == "__main__":
    run(main)
