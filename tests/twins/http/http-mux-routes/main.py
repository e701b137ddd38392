"""ServeMux patterns (Go 1.22): a method and a path, wildcards read with
PathValue, a subtree, exact matches. No match is a 404, a matching path
with another method a 405 that says which methods are allowed, and
http.Error writes plain text. The response's Content-Type is sniffed
from the body when the handler sets none."""

from goexit import context, fmt, go, http, io, net, panic, run


def item(w: http.ResponseWriter, r: http.Request) -> None:
    fmt.fprintf(w, "item %s (pattern %q)", r.path_value("id"), r.pattern)


def static(w: http.ResponseWriter, r: http.Request) -> None:
    fmt.fprintf(w, "<html><body>static %s</body></html>", r.url.path)


def files(w: http.ResponseWriter, r: http.Request) -> None:
    w.header().set("Content-Type", "application/x-custom")
    w.write_header(http.StatusAccepted)
    fmt.fprint(w, r.path_value("path"))


def main() -> None:
    mux = http.new_serve_mux()
    mux.handle_func("GET /items/{id}", item)
    mux.handle_func("/static/", static)
    mux.handle_func("/{$}", lambda w, r: fmt.fprint(w, "home"))
    mux.handle_func("/teapot", lambda w, r: http.error(w, "short and stout", http.StatusTeapot))
    mux.handle_func("/files/{path...}", files)
    srv = http.Server(handler=mux)
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    go(srv.serve, ln)
    base = "http://" + ln.addr().string()

    for method, path in [
        ("GET", "/items/42"),
        ("POST", "/items/42"),
        ("GET", "/static/css/site.css"),
        ("GET", "/"),
        ("GET", "/nothing"),
        ("GET", "/teapot"),
        ("GET", "/files/a/b/c.txt"),
        ("HEAD", "/items/1"),
    ]:
        req, _ = http.new_request(method, base + path, None)
        resp, err = http.DefaultClient.do(req)
        if err is not None:
            fmt.println(err)
            continue
        body, _ = io.read_all(resp.body)
        resp.body.close()
        fmt.printf(
            "%s %s -> %s type=%q allow=%q nosniff=%q len=%d %q\n",
            method,
            path,
            resp.status,
            resp.header.get("Content-Type"),
            resp.header.get("Allow"),
            resp.header.get("X-Content-Type-Options"),
            resp.content_length,
            body.decode(),
        )
    fmt.println("Shutdown:", srv.shutdown(context.background()))


if __name__ == "__main__":
    run(main)
