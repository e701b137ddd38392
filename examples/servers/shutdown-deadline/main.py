"""Shutdown with a deadline, then Close. Shutdown never interrupts a
handler: when its context expires it just returns ctx.Err(), and the
handler is still running. Close ends the connections; the handler's
r.Context() is then cancelled, and the client's request fails."""

from goexit import Chan, close, context, defer, fmt, go, http, net, nil_recv, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    in_handler: Chan[None] = Chan()
    handler_done: Chan[str] = Chan(str)

    def events(w: http.ResponseWriter, r: http.Request) -> None:
        close(in_handler)
        nil_recv(r.context().done())  # a long poll: it answers when there is news, or stops with its request
        handler_done.send(fmt.sprint("handler stopped: ", r.context().err()))

    srv = http.Server(handler=http.HandlerFunc(events))
    go(srv.serve, ln)

    client_err: Chan[BaseException | None] = Chan(None, 1)

    def client() -> None:
        _, err = http.get("http://" + ln.addr().string() + "/events")
        client_err.send(err)

    go(client)
    in_handler.recv()

    ctx, cancel = context.with_timeout(context.background(), 50 * time.Millisecond)
    defer(cancel)
    fmt.println("Shutdown:", srv.shutdown(ctx))
    fmt.println("Close:", srv.close())
    fmt.println(handler_done.recv())
    err = client_err.recv()
    fmt.println("client: request failed with EOF:", str(err).endswith(": EOF"))


if __name__ == "__main__":
    run(main)
