"""A server's shutdown: close the listener so the accept loop ends, then
close every open connection so each handler, blocked in Read, returns.
The WaitGroup says when the last handler is gone."""

from goexit import Chan, defer, errors, fmt, go, io, net, panic, run, sync


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    mu = sync.Mutex()
    conns: dict[net.Conn, bool] = {}
    reasons: Chan[str] = Chan(str, 3)
    wg = sync.WaitGroup()
    ready: Chan[bool] = Chan(bool)
    accept_err: Chan[BaseException | None] = Chan(None, 1)

    def handle(c: net.Conn) -> None:
        defer(wg.done)
        buf = bytearray(16)
        while True:
            n, err = c.read(buf)
            if n > 0:
                ready.send(True)
            if err is not None:
                reason = "EOF"
                if err is not io.EOF:
                    reason = fmt.sprint("closed: ", errors.is_(err, net.ErrClosed))
                reasons.send(reason)
                return

    def accept_loop() -> None:
        while True:
            c, err = ln.accept()
            if err is not None:
                accept_err.send(err)
                return
            mu.lock()
            conns[c] = True
            mu.unlock()
            wg.add(1)
            go(handle, c)

    go(accept_loop)

    clients: list[net.Conn] = []
    for _ in range(3):
        c, err = net.dial("tcp", ln.addr().string())
        if err is not None:
            panic(err)
        c.write(b"hi")
        ready.recv()  # its handler is running
        clients.append(c)
    clients[0].close()  # one client leaves by itself: its handler sees EOF
    fmt.println("first handler returned:", reasons.recv())
    ln.close()
    fmt.println("accept loop ended:", errors.is_(accept_err.recv(), net.ErrClosed))
    mu.lock()
    for conn in conns:
        conn.close()
    mu.unlock()
    wg.wait()
    fmt.println("the others returned:", reasons.recv(), "and", reasons.recv())
    for client in clients[1:]:
        _, err = client.read(bytearray(1))
        fmt.println("client sees:", err)
        client.close()


if __name__ == "__main__":
    run(main)
