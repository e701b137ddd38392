"""Client.Timeout limits the whole exchange. A server that does not answer
in time makes the request fail with a timeout error that says so; the
handler's context is cancelled when the client hangs up."""

import re

from goexit import Chan, context, errors, fmt, go, http, net, nil_recv, os, panic, run, time

port = re.compile(r":\d+")


def main() -> None:
    handler_saw: Chan[BaseException | None] = Chan(None, 1)

    def never(w: http.ResponseWriter, r: http.Request) -> None:
        nil_recv(r.context().done())
        handler_saw.send(r.context().err())

    srv = http.Server(handler=http.HandlerFunc(never))
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)

    client = http.Client(timeout=300 * time.Millisecond)
    _, err = client.get("http://" + ln.addr().string() + "/never")
    fmt.println(port.sub(":PORT", str(err)))
    fmt.println(
        "DeadlineExceeded:",
        errors.is_(err, context.DeadlineExceeded),
        "os.ErrDeadlineExceeded:",
        errors.is_(err, os.ErrDeadlineExceeded),
    )
    ne = errors.as_(err, net.Error)
    fmt.println("net.Error:", ne is not None, "Timeout:", ne is not None and ne.timeout())
    fmt.println("handler:", handler_saw.recv())
    fmt.println("Shutdown:", srv.shutdown(context.background()))


if __name__ == "__main__":
    run(main)
