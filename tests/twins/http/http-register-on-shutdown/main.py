"""RegisterOnShutdown: each function runs in a goroutine of its own when
Shutdown starts, and Shutdown does not wait for it. Serve and
ListenAndServe called after Shutdown return ErrServerClosed at once."""

from goexit import Chan, context, fmt, go, http, net, panic, run


def main() -> None:
    srv = http.Server(addr="127.0.0.1:0")
    notified: Chan[str] = Chan(str, 2)
    srv.register_on_shutdown(lambda: notified.send("first hook"))
    srv.register_on_shutdown(lambda: notified.send("second hook"))

    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    served: Chan[BaseException | None] = Chan()
    go(lambda: served.send(srv.serve(ln)))

    fmt.println("Shutdown:", srv.shutdown(context.background()))
    fmt.println("Serve:", served.recv())
    a, b = notified.recv(), notified.recv()
    fmt.println("hooks ran:", (a == "first hook" and b == "second hook") or (a == "second hook" and b == "first hook"))
    fmt.println("ListenAndServe after:", srv.listen_and_serve())
    ln2, _ = net.listen("tcp", "127.0.0.1:0")
    fmt.println("Serve after:", srv.serve(ln2))
    _, err = net.dial("tcp", ln2.addr().string())
    fmt.println("the listener given to Serve was closed:", err is not None)
    fmt.println("Shutdown again:", srv.shutdown(context.background()))
    fmt.println("Close after:", srv.close())


if __name__ == "__main__":
    run(main)
