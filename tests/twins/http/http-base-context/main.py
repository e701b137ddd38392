"""BaseContext gives every request's context a parent the program controls:
cancelling it reaches handlers that wait on r.Context(), and its values
are there too. This is how a server tells its handlers it is stopping,
which Shutdown alone does not do."""

from goexit import Chan, context, fmt, go, http, io, net, nil_recv, panic, run


def main() -> None:
    base, cancel = context.with_cancel(context.with_value(context.background(), "service", "billing"))
    started: Chan[bool] = Chan(bool)

    def wait(w: http.ResponseWriter, r: http.Request) -> None:
        started.send(True)
        nil_recv(r.context().done())
        fmt.fprintf(
            w,
            "%v stopped: %v, cause %v",
            r.context().value("service"),
            r.context().err(),
            context.cause(r.context()),
        )

    srv = http.Server(base_context=lambda _ln: base, handler=http.HandlerFunc(wait))
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)

    got: Chan[str] = Chan(str)

    def client() -> None:
        resp, err = http.get("http://" + ln.addr().string() + "/wait")
        if err is not None:
            got.send(str(err))
            return
        body, _ = io.read_all(resp.body)
        resp.body.close()
        got.send(body.decode())

    go(client)
    started.recv()
    cancel()
    fmt.println("client:", got.recv())
    fmt.println("Shutdown:", srv.shutdown(context.background()))


if __name__ == "__main__":
    run(main)
