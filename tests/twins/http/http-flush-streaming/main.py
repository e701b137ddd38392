"""A handler that flushes sends its answer in chunks as it goes: the client
reads each line before the handler has finished, and the response has no
Content-Length. Unflushed, a short answer goes out at the end with one."""

from goexit import Chan, bufio, context, fmt, go, http, io, net, panic, run


def main() -> None:
    next_: Chan[bool] = Chan(bool)
    mux = http.new_serve_mux()

    def stream(w: http.ResponseWriter, r: http.Request) -> None:
        for i in range(3):
            fmt.fprintf(w, "line %d\n", i)
            assert isinstance(w, http.Flusher)
            w.flush()
            next_.recv()  # the client has read the line

    mux.handle_func("/stream", stream)
    mux.handle_func("/short", lambda w, r: fmt.fprint(w, "short answer"))
    srv = http.Server(handler=mux)
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)
    base = "http://" + ln.addr().string()

    resp, err = http.get(base + "/stream")
    if err is not None:
        panic(err)
    fmt.println(resp.status, "length", resp.content_length, resp.transfer_encoding)
    r = bufio.new_reader(resp.body)
    for _ in range(3):
        line, err = r.read_string("\n")
        fmt.printf("%q %v\n", line, err)
        next_.send(True)
    rest, err = io.read_all(r)
    fmt.printf("rest %q %v\n", rest.decode(), err)
    resp.body.close()

    resp, err = http.get(base + "/short")
    if err is not None:
        panic(err)
    body, _ = io.read_all(resp.body)
    resp.body.close()
    fmt.println(resp.status, "length", resp.content_length, resp.transfer_encoding, body.decode())
    fmt.println("Shutdown:", srv.shutdown(context.background()))


if __name__ == "__main__":
    run(main)
