"""The contract runs both ways. Here the waiter gives up first (the user
went away) and cancels the context. The worker selects on its send and
on ctx.Done(), so instead of blocking for ever on a send nobody will
receive, it drops the result, runs its deferred cleanup and returns."""

from dataclasses import dataclass

from goexit import Chan, Recv, Send, close, context, defer, fmt, go, run, select


@dataclass
class Conn:
    name: str

    def close(self) -> None:
        fmt.println("worker:", self.name, "connection closed")


def worker(ctx: context.Context, results: Chan[int], exited: Chan[None]) -> None:
    defer(close, exited)
    conn = Conn(name="db")
    defer(conn.close)
    v = 42  # the query's result
    got = select(Send(results, v), Recv(ctx.done()))
    if got.case == 1:
        fmt.println("worker: nobody is waiting any more:", ctx.err())


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    results: Chan[int] = Chan(int)
    exited: Chan[None] = Chan()
    go(worker, ctx, results, exited)

    fmt.println("main: giving up on the result")
    cancel()
    exited.recv()
    fmt.println("main: the worker has exited; nothing leaked")


if __name__ == "__main__":
    run(main)
