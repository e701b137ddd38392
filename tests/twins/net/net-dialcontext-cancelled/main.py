"""DialContext with a context that is already cancelled does not dial: the
error says "operation was canceled" and is context.Canceled; with an
expired deadline it is an "i/o timeout" that is context.DeadlineExceeded,
but not os.ErrDeadlineExceeded."""

import re

from goexit import context, defer, errors, fmt, net, os, panic, run, time

port = re.compile(r":\d+")


def report(err: BaseException | None) -> None:
    fmt.println(" ", port.sub(":PORT", str(err)))
    fmt.println(
        "  Canceled:",
        errors.is_(err, context.Canceled),
        "DeadlineExceeded:",
        errors.is_(err, context.DeadlineExceeded),
        "os.ErrDeadlineExceeded:",
        errors.is_(err, os.ErrDeadlineExceeded),
        "Timeout:",
        isinstance(err, net.Error) and err.timeout(),
    )


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    defer(ln.close)
    d = net.Dialer()

    ctx, cancel = context.with_cancel(context.background())
    cancel()
    conn, err = d.dial_context(ctx, "tcp", ln.addr().string())
    fmt.println("cancelled:", conn is None)
    report(err)

    ctx, cancel = context.with_timeout(context.background(), -time.Second)
    defer(cancel)
    _, err = d.dial_context(ctx, "tcp", ln.addr().string())
    fmt.println("expired:")
    report(err)

    ctx, cancel_cause = context.with_cancel_cause(context.background())
    cancel_cause(errors.new("user pressed Stop"))
    _, err = d.dial_context(ctx, "tcp", ln.addr().string())
    fmt.println("cancelled with a cause (the cause is not in the error):")
    report(err)

    ctx, cancel = context.with_cancel(context.background())
    conn, err = d.dial_context(ctx, "tcp", ln.addr().string())
    cancel()  # after the dial: the connection does not care
    s, _ = ln.accept()
    conn.write(b"ok")
    buf = bytearray(2)
    n, err = s.read(buf)
    fmt.printf("connected before cancel: %q %v\n", buf[:n].decode(), err)
    conn.close()
    s.close()


if __name__ == "__main__":
    run(main)
