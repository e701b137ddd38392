"""The client gives up: its request's context is cancelled, the transport
closes the connection, and the request returns "context canceled". The
server notices the closed connection with its background read, and
cancels the handler's r.Context()."""

import re

from goexit import Chan, context, errors, fmt, go, http, net, nil_recv, panic, run

port = re.compile(r":\d+")


def main() -> None:
    started: Chan[bool] = Chan(bool)
    handler_saw: Chan[str] = Chan(str, 1)

    def report(w: http.ResponseWriter, r: http.Request) -> None:
        started.send(True)
        nil_recv(r.context().done())
        handler_saw.send(fmt.sprint("handler: ", r.context().err()))

    srv = http.Server(handler=http.HandlerFunc(report))
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)

    ctx, cancel = context.with_cancel(context.background())
    req, err = http.new_request_with_context(ctx, "GET", "http://" + ln.addr().string() + "/report", None)
    if err is not None:
        panic(err)

    def canceller() -> None:
        started.recv()
        cancel()

    go(canceller)
    resp, err = http.DefaultClient.do(req)
    fmt.println("response:", resp is None)
    fmt.println("client:", port.sub(":PORT", str(err)))
    fmt.println("canceled:", errors.is_(err, context.Canceled))
    fmt.println(handler_saw.recv())
    fmt.println("Shutdown:", srv.shutdown(context.background()))


if __name__ == "__main__":
    run(main)
