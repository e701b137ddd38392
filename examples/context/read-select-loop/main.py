"""A context-aware read built from a blocking one: a goroutine does the
Reads and hands each line over on a channel; the caller selects on that
channel and on ctx.Done(), so it stops waiting the moment ctx is done.
Closing the connection then ends the reader goroutine too: nothing leaks."""

import contextlib
import socket

from goexit import Chan, Recv, close, context, defer, errors, fmt, go, run, select, time

eof = errors.new("EOF")  # Go's io.EOF


def close_conn(conn: socket.socket) -> None:
    """Go's conn.Close. On Linux close() alone does not wake a recv blocked in another thread; shutdown() does."""
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
    conn.close()


def read_lines(conn: socket.socket) -> Chan[str]:
    lines: Chan[str] = Chan(str)

    def reader() -> None:
        defer(close, lines)
        for line in conn.makefile("r", encoding="utf-8"):  # Go's bufio.Scanner
            lines.send(line.rstrip("\n"))

    go(reader)
    return lines


def next_line(ctx: context.Context, lines: Chan[str]) -> tuple[str, BaseException | None]:
    got = select(Recv(lines), Recv(ctx.done()))
    if got.case == 0:
        if not got.ok:
            return "", eof
        return str(got.value), None
    return "", ctx.err()


def main() -> None:
    ln = socket.create_server(("127.0.0.1", 0))
    defer(ln.close)
    conn = socket.create_connection(ln.getsockname())
    server, _ = ln.accept()
    defer(server.close)
    server.sendall(b"hello\n")  # then the server goes quiet

    lines = read_lines(conn)
    for timeout in [time.Second, 50 * time.Millisecond]:
        ctx, cancel = context.with_timeout(context.background(), timeout)
        line, err = next_line(ctx, lines)
        cancel()
        fmt.printf("line %q, err %v\n", line, err)
    close_conn(conn)
    _, ok = lines.recv_ok()
    fmt.println("after Close: reader goroutine gone, lines closed:", not ok)


if __name__ == "__main__":
    run(main)
