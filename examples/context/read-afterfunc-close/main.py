"""context.AfterFunc connects a context to a call that cannot watch it:
once ctx is cancelled, the function closes the connection and the
blocked Read returns at once. The reader then reports the context's
cause rather than the network error; stop() unregisters the function
when the Read finishes first."""

import contextlib
import socket

from goexit import Chan, context, defer, errors, fmt, go, run

err_closed = errors.new("use of closed network connection")  # Go's net.ErrClosed


def read(conn: socket.socket, size: int) -> tuple[bytes, BaseException | None]:
    """Go's conn.Read: what arrived, or why nothing did (err_closed once this side closed the socket)."""
    try:
        data = conn.recv(size)
    except TimeoutError as err:
        return b"", err
    except OSError:
        return b"", err_closed
    return data, None if data else err_closed  # in these programs the other end never closes first


def close_conn(conn: socket.socket) -> None:
    """Go's conn.Close. On Linux close() alone does not wake a recv blocked in another thread; shutdown() does."""
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
    conn.close()


def read_ctx(ctx: context.Context, conn: socket.socket, size: int) -> tuple[bytes, BaseException | None]:
    stop = context.after_func(ctx, lambda: close_conn(conn))
    try:  # Go's defer stop(), in a function that returns values
        data, err = read(conn, size)
    finally:
        stop()
    if ctx.err() is not None:
        return data, context.cause(ctx)
    return data, err


def main() -> None:
    ln = socket.create_server(("127.0.0.1", 0))
    defer(ln.close)
    conn = socket.create_connection(ln.getsockname())
    server, _ = ln.accept()
    defer(server.close)

    ctx, cancel = context.with_cancel_cause(context.background())
    server.sendall(b"hello")
    data, err = read_ctx(ctx, conn, 64)
    fmt.printf("first read: %q, err %v\n", data.decode(), err)

    result: Chan[BaseException | None] = Chan()

    def second() -> None:  # the server is silent now: this Read blocks
        _, err = read_ctx(ctx, conn, 64)
        result.send(err)

    go(second)
    cancel(errors.new("user pressed Stop"))
    fmt.println("second read:", result.recv())
    _, err = read(conn, 64)
    fmt.println("connection closed:", errors.is_(err, err_closed))


if __name__ == "__main__":
    run(main)
