"""signal.NotifyContext turns SIGINT or SIGTERM into a cancelled context, so
the program winds down cleanly instead of dying mid-work. Here it sends
itself SIGTERM, as `kill` or a container runtime would."""

import os

from goexit import Chan, close, context, defer, fmt, go, nil_recv, run, signal


def main() -> None:
    ctx, stop = signal.notify_context(context.background(), signal.SIGINT, signal.SIGTERM)
    defer(stop)
    fmt.println(ctx)

    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        nil_recv(ctx.done())
        fmt.println("worker: stopping:", context.cause(ctx))

    go(worker)

    os.kill(os.getpid(), signal.SIGTERM)
    done.recv()
    fmt.println("main: clean exit, err =", ctx.err())


if __name__ == "__main__":
    run(main)
