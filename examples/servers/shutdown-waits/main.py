"""Graceful shutdown of an HTTP server. Shutdown closes the listener at
once, so Serve returns http.ErrServerClosed (the normal end, not a
failure); then it waits for the request in flight, and returns when the
client has its answer. Wait for Shutdown, not for Serve: returning from
main as soon as Serve returns would cut that request off."""

from goexit import Chan, close, context, defer, errors, fmt, go, http, io, net, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    in_handler: Chan[None] = Chan()

    def report(w: http.ResponseWriter, r: http.Request) -> None:
        close(in_handler)
        time.sleep(100 * time.Millisecond)  # a slow request
        fmt.fprintln(w, "report ready")

    srv = http.Server(handler=http.HandlerFunc(report))
    serve_err: Chan[BaseException | None] = Chan(None, 1)
    go(lambda: serve_err.send(srv.serve(ln)))

    reply: Chan[str] = Chan(str, 1)

    def client() -> None:
        resp, err = http.get("http://" + ln.addr().string() + "/report")
        if err is not None:
            reply.send(str(err))
            return
        defer(resp.body.close)
        body, _ = io.read_all(resp.body)
        reply.send(resp.status + ": " + body.decode())

    go(client)

    in_handler.recv()
    fmt.println("shutting down with a request in flight")
    ctx, cancel = context.with_timeout(context.background(), 2 * time.Second)
    defer(cancel)
    err = srv.shutdown(ctx)
    if err is not None:
        fmt.println("shutdown:", err)
        return
    fmt.println("Shutdown returned: no request left")
    err = serve_err.recv()
    if errors.is_(err, http.ErrServerClosed):
        fmt.println("Serve returned:", err)
    fmt.print_("the client got ", reply.recv())


if __name__ == "__main__":
    run(main)
