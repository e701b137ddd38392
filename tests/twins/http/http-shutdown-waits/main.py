"""Shutdown stops accepting at once (Serve returns http.ErrServerClosed),
then waits for the request in flight: the handler finishes, the client
gets its whole answer, and only then does Shutdown return."""

from goexit import Chan, context, defer, errors, fmt, go, http, io, net, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    started: Chan[bool] = Chan(bool)
    mux = http.new_serve_mux()

    def slow(w: http.ResponseWriter, r: http.Request) -> None:
        started.send(True)
        time.sleep(50 * time.Millisecond)
        fmt.fprint(w, "done")

    mux.handle_func("/slow", slow)
    srv = http.Server(handler=mux)
    served: Chan[BaseException | None] = Chan(None, 1)
    go(lambda: served.send(srv.serve(ln)))

    got: Chan[str] = Chan(str, 1)

    def client() -> None:
        resp, err = http.get("http://" + ln.addr().string() + "/slow")
        if err is not None:
            got.send(str(err))
            return
        defer(resp.body.close)
        body, err = io.read_all(resp.body)
        got.send(fmt.sprintf("%s %q %v", resp.status, body.decode(), err))

    go(client)
    started.recv()
    start = time.now()
    err = srv.shutdown(context.background())
    fmt.println("Shutdown:", err, "after the handler:", time.since(start) >= 40 * time.Millisecond)
    err = served.recv()
    fmt.println("Serve:", err, errors.is_(err, http.ErrServerClosed))
    fmt.println("client:", got.recv())
    fmt.println("Serve again:", srv.serve(ln))


if __name__ == "__main__":
    run(main)
