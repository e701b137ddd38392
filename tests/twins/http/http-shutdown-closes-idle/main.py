"""Keep-alive connections that sit idle do not delay Shutdown: it closes
them at once. The client's next request cannot reuse its pooled
connection, dials again, and is refused: nobody listens any more."""

import re

from goexit import Chan, context, fmt, go, http, io, net, panic, run

port = re.compile(r":\d+")


def main() -> None:
    states: Chan[str] = Chan(str, 10)
    srv = http.Server(
        handler=http.HandlerFunc(lambda w, r: fmt.fprint(w, "pong")),
        conn_state=lambda c, s: states.send(s.string()),
    )
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)
    url = "http://" + ln.addr().string() + "/ping"

    for _ in range(2):
        resp, err = http.get(url)
        if err is not None:
            panic(err)
        body, _ = io.read_all(resp.body)
        resp.body.close()
        fmt.println(resp.status, body.decode())
    fmt.println("Shutdown:", srv.shutdown(context.background()))
    # Shutdown closed the idle connection under its goroutine, which reports
    # StateClosed as it ends: wait for that report (reading on after Shutdown
    # returned, and closing states, would race with it).
    for s in states:
        fmt.print_(s, " ")
        if s == "closed":
            break
    fmt.println()
    _, err = http.get(url)
    fmt.println(port.sub(":PORT", str(err)))


if __name__ == "__main__":
    run(main)
