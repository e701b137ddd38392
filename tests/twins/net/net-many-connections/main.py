"""Many connections at once: an accept loop starts one goroutine per
connection, each echoes one line doubled; 100 clients dial in parallel
and collect the answers, then everything is closed and the server stops."""

from goexit import Chan, bufio, defer, errors, fmt, go, net, panic, run, sync


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    handlers = sync.WaitGroup()
    stopped: Chan[BaseException | None] = Chan()

    def handle(c: net.Conn) -> None:
        defer(handlers.done)
        defer(c.close)
        line, err = bufio.new_reader(c).read_string("\n")
        if err is not None:
            return
        n = int(line.strip())
        fmt.fprintf(c, "%d\n", 2 * n)

    def accept_loop() -> None:
        while True:
            c, err = ln.accept()
            if err is not None:
                stopped.send(err)
                return
            handlers.add(1)
            go(handle, c)

    go(accept_loop)

    clients = 100
    results = [0] * clients
    wg = sync.WaitGroup()

    def client(i: int) -> None:
        defer(wg.done)
        c, err = net.dial("tcp", ln.addr().string())
        if err is not None:
            panic(err)
        defer(c.close)
        fmt.fprintf(c, "%d\n", i)
        line, _ = bufio.new_reader(c).read_string("\n")
        results[i] = int(line.strip())

    for i in range(clients):
        wg.add(1)
        go(client, i)
    wg.wait()
    total, ok = 0, True
    for i, r in enumerate(results):
        total += r
        ok = ok and r == 2 * i
    fmt.println("answers:", len(results), "all right:", ok, "sum:", total)
    ln.close()
    fmt.println("server stopped:", errors.is_(stopped.recv(), net.ErrClosed))
    handlers.wait()
    fmt.println("every handler returned")


if __name__ == "__main__":
    run(main)
