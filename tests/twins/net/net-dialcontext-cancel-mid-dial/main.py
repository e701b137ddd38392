"""Cancelling the context while a dial waits aborts it. A listener whose
accept queue is full (backlog 0, one connection already queued) leaves a
new connect pending, so the dial waits until the context ends."""

import re
import socket

from goexit import Chan, Recv, context, defer, errors, fmt, go, net, panic, run, select, time

port = re.compile(r":\d+")


def main() -> None:
    fd = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # Go's syscall.Socket
    defer(fd.close)
    fd.bind(("127.0.0.1", 0))
    fd.listen(0)
    addr = "127.0.0.1:" + str(fd.getsockname()[1])
    first, err = net.dial("tcp", addr)  # fills the queue
    if err is not None:
        panic(err)
    defer(first.close)

    d = net.Dialer()
    ctx, cancel = context.with_cancel(context.background())
    done: Chan[BaseException | None] = Chan()

    def dialer() -> None:
        _, err = d.dial_context(ctx, "tcp", addr)
        done.send(err)

    go(dialer)
    got = select(Recv(done), Recv(time.after(30 * time.Millisecond)))
    if got.case == 0:
        fmt.println("dial returned early:", got.value)
    else:
        fmt.println("dial still waiting after 30ms")
    cancel()
    err = done.recv()
    fmt.println(port.sub(":PORT", str(err)), errors.is_(err, context.Canceled))

    start = time.now()
    _, err = net.dial_timeout("tcp", addr, 30 * time.Millisecond)
    fmt.println(
        port.sub(":PORT", str(err)),
        isinstance(err, net.Error) and err.timeout(),
        time.now() - start >= 30 * time.Millisecond,
    )


if __name__ == "__main__":
    run(main)
