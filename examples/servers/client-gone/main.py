"""A client that gives up: its request's context is cancelled, so the
client closes the connection. The server notices (it keeps reading the
connection in the background while the handler runs) and cancels
r.Context(): a handler that watches it stops its work."""

from goexit import Chan, Recv, close, context, errors, fmt, go, http, net, panic, run, select, time


def main() -> None:
    working: Chan[None] = Chan()
    stopped: Chan[str] = Chan(str)

    def slow(w: http.ResponseWriter, r: http.Request) -> None:
        close(working)
        while True:
            got = select(Recv(r.context().done()), Recv(time.after(10 * time.Millisecond)))
            if got.case == 0:
                stopped.send(fmt.sprint("handler: ", r.context().err()))
                return
            # one step of a long computation

    srv = http.Server(handler=http.HandlerFunc(slow))
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)

    ctx, cancel = context.with_cancel(context.background())

    def user() -> None:
        working.recv()
        cancel()  # the user pressed Stop

    go(user)
    req, err = http.new_request_with_context(ctx, "GET", "http://" + ln.addr().string() + "/slow", None)
    if err is not None:
        panic(err)
    _, err = http.DefaultClient.do(req)
    fmt.println("client gave up:", errors.is_(err, context.Canceled))
    fmt.println(stopped.recv())
    fmt.println("Shutdown:", srv.shutdown(context.background()))


if __name__ == "__main__":
    run(main)
