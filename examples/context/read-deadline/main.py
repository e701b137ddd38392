"""WithTimeout for I/O. A blocking Read cannot watch ctx.Done(), but it
honours a deadline on the connection: give the connection the context's
deadline and the Read returns by itself, at once when the server has
answered, with a timeout error when it never does."""

import socket

from goexit import context, defer, fmt, func, run, time


def read_reply(ctx: context.Context, conn: socket.socket) -> tuple[str, BaseException | None]:
    deadline, ok = ctx.deadline()
    if ok and deadline is not None:
        conn.settimeout(max((deadline - time.now()).total_seconds(), 1e-6))  # Go's SetReadDeadline
    try:
        return conn.recv(64).decode(), None
    except TimeoutError as err:
        return "", err


@func
def ask(ln: socket.socket, answer: bool, timeout: time.Duration) -> None:
    conn = socket.create_connection(ln.getsockname())
    defer(conn.close)
    server, _ = ln.accept()
    defer(server.close)
    if answer:
        server.sendall(b"pong")

    ctx, cancel = context.with_timeout(context.background(), timeout)
    defer(cancel)
    reply, err = read_reply(ctx, conn)
    fmt.printf("reply %q, timed out %v\n", reply, isinstance(err, TimeoutError))


def main() -> None:
    ln = socket.create_server(("127.0.0.1", 0))
    defer(ln.close)

    ask(ln, True, time.Second)  # the server answers at once
    ask(ln, False, 50 * time.Millisecond)  # the server never answers


if __name__ == "__main__":
    run(main)
