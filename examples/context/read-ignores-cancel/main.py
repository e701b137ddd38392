"""A Read blocked on a connection watches no context. Even a connection
made with DialContext does not: that context governs the dial only. After
cancel the Read is still blocked; closing the connection (or giving it a
deadline) is what makes it return."""

import contextlib
import socket

from goexit import Chan, Recv, context, defer, errors, fmt, go, run, select, time

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


def main() -> None:
    ln = socket.create_server(("127.0.0.1", 0))
    defer(ln.close)

    ctx, cancel = context.with_cancel(context.background())
    conn = socket.create_connection(ln.getsockname())  # Python has no DialContext: a plain dial
    server, _ = ln.accept()  # the other end: it never writes
    defer(server.close)

    read_err: Chan[BaseException | None] = Chan()

    def reader() -> None:
        _, err = read(conn, 1)
        read_err.send(err)

    go(reader)
    cancel()
    fmt.println("ctx:", ctx.err())
    got = select(Recv(read_err), Recv(time.after(50 * time.Millisecond)))
    if got.case == 0:
        fmt.println("Read returned:", got.value)
    else:
        fmt.println("Read: still blocked 50ms after cancel")
    close_conn(conn)
    fmt.println("after Close, Read returned net.ErrClosed:", errors.is_(read_err.recv(), err_closed))


if __name__ == "__main__":
    run(main)
