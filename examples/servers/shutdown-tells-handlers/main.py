"""Shutdown does not cancel the requests' contexts, so a handler that waits
on r.Context() would hold it up until its deadline. BaseContext gives
every request's context a parent; RegisterOnShutdown cancels that parent
when Shutdown starts, and the long handler answers at once."""

from goexit import Chan, Recv, close, context, defer, fmt, go, http, io, net, panic, run, select, time


def main() -> None:
    base, stop_all = context.with_cancel(context.background())
    in_handler: Chan[None] = Chan()

    def events(w: http.ResponseWriter, r: http.Request) -> None:
        close(in_handler)
        got = select(Recv(time.after(10 * time.Second)), Recv(r.context().done()))
        if got.case == 0:  # news, some day
            fmt.fprintln(w, "news")
        else:
            fmt.fprintln(w, "server going away:", r.context().err())

    srv = http.Server(base_context=lambda _ln: base, handler=http.HandlerFunc(events))
    srv.register_on_shutdown(stop_all)
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)

    reply: Chan[str] = Chan(str, 1)

    def client() -> None:
        resp, err = http.get("http://" + ln.addr().string() + "/events")
        if err is not None:
            reply.send(str(err))
            return
        defer(resp.body.close)
        body, _ = io.read_all(resp.body)
        reply.send(body.decode())

    go(client)
    in_handler.recv()

    start = time.now()
    ctx, cancel = context.with_timeout(context.background(), 5 * time.Second)
    defer(cancel)
    fmt.println("Shutdown:", srv.shutdown(ctx))
    fmt.println("in well under a second:", time.since(start) < time.Second)
    fmt.print_("the client got: ", reply.recv())


if __name__ == "__main__":
    run(main)
