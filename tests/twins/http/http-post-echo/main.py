"""A handler reads the request: method, path, query, headers and body. The
client posts with http.Post and a chunked body of unknown length with
Client.Do; the server sees both the same way."""

from goexit import context, fmt, go, http, io, net, panic, run, strings


def echo(w: http.ResponseWriter, r: http.Request) -> None:
    body, err = io.read_all(r.body)
    fmt.fprintf(
        w,
        "%s %s q=%q type=%q len=%d body=%q err=%v ua=%q",
        r.method,
        r.url.path,
        r.url.query().get("q"),
        r.header.get("Content-Type"),
        r.content_length,
        body.decode(),
        err,
        r.user_agent(),
    )


def show(resp: http.Response, err: BaseException | None) -> None:
    if err is not None:
        fmt.println("error:", err)
        return
    b, _ = io.read_all(resp.body)
    resp.body.close()
    fmt.println(resp.status_code, resp.content_length, b.decode())


def main() -> None:
    srv = http.Server(handler=http.HandlerFunc(echo))
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)
    base = "http://" + ln.addr().string()

    show(*http.post(base + "/items?q=a+b", "application/json", strings.new_reader('{"n":1}')))
    req, _ = http.new_request(
        "PUT", base + "/items/7", io.multi_reader(strings.new_reader("part one, "), strings.new_reader("part two"))
    )
    req.header.set("Content-Type", "text/plain")
    req.header.set("User-Agent", "twin/1.0")
    show(*http.DefaultClient.do(req))
    show(*http.get(base + "/empty"))
    fmt.println("Shutdown:", srv.shutdown(context.background()))


if __name__ == "__main__":
    run(main)
