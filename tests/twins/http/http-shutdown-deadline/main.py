"""Shutdown with a deadline: the handler is still running when the context
expires, so Shutdown returns context.DeadlineExceeded and the handler
goes on. Close then closes the connection: the handler's r.Context() is
cancelled, and the client's request fails with EOF."""

import re

from goexit import DEFAULT, Chan, Recv, context, defer, fmt, go, http, net, nil_recv, panic, run, select, time

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    started: Chan[bool] = Chan(bool)
    handler_saw: Chan[BaseException | None] = Chan(None, 1)

    def block(w: http.ResponseWriter, r: http.Request) -> None:
        started.send(True)
        nil_recv(r.context().done())  # it does not look at anything else
        handler_saw.send(r.context().err())

    srv = http.Server(handler=http.HandlerFunc(block))
    go(srv.serve, ln)

    client_err: Chan[BaseException | None] = Chan(None, 1)

    def client() -> None:
        _, err = http.get("http://" + ln.addr().string() + "/block")
        client_err.send(err)

    go(client)
    started.recv()

    ctx, cancel = context.with_timeout(context.background(), 30 * time.Millisecond)
    defer(cancel)
    fmt.println("Shutdown:", srv.shutdown(ctx))
    got = select(Recv(handler_saw), default=True)
    if got.case == 0:
        fmt.println("the handler was stopped:", got.value)
    elif got.case == DEFAULT:
        fmt.println("the handler is still running")
    fmt.println("Close:", srv.close())
    fmt.println("handler's context:", handler_saw.recv())
    fmt.println("client:", port.sub(":PORT", str(client_err.recv())))


if __name__ == "__main__":
    run(main)
