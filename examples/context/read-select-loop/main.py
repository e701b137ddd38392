"""A context-aware read built from a blocking one: a goroutine does the
Reads and hands each line over on a channel; the caller selects on that
channel and on ctx.Done(), so it stops waiting the moment ctx is done.
Closing the connection then ends the reader goroutine too: nothing leaks."""

from goexit import Chan, Recv, bufio, close, context, defer, fmt, go, io, net, panic, run, select, time


def read_lines(conn: net.Conn) -> Chan[str]:
    lines: Chan[str] = Chan(str)

    def reader() -> None:
        defer(close, lines)
        sc = bufio.new_scanner(conn)
        while sc.scan():
            lines.send(sc.text())

    go(reader)
    return lines


def next_line(ctx: context.Context, lines: Chan[str]) -> tuple[str, BaseException | None]:
    got = select(Recv(lines), Recv(ctx.done()))
    if got.case == 0:
        if not got.ok:
            return "", io.EOF
        return str(got.value), None
    return "", ctx.err()


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)
    defer(server.close)
    fmt.fprintln(server, "hello")  # then the server goes quiet

    lines = read_lines(conn)
    for timeout in [time.Second, 50 * time.Millisecond]:
        ctx, cancel = context.with_timeout(context.background(), timeout)
        line, err = next_line(ctx, lines)
        cancel()
        fmt.printf("line %q, err %v\n", line, err)
    conn.close()
    _, ok = lines.recv_ok()
    fmt.println("after Close: reader goroutine gone, lines closed:", not ok)


if __name__ == "__main__":
    run(main)
