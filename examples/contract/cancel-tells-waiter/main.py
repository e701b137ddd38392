"""The second fix: the worker and its waiter share a context. The worker
defers cancel with a cause, so its exit, however it happens, closes
ctx.Done(); the waiter selects on the result and on Done, and
context.Cause tells it why it should stop waiting."""

from dataclasses import dataclass

from goexit import Chan, Recv, context, defer, errors, fmt, go, run, runtime, select

err_worker_gone = errors.new("worker exited without a result")


@dataclass
class Conn:
    name: str

    def close(self) -> None:
        fmt.println("worker:", self.name, "connection closed")


def query(c: Conn) -> int:
    fmt.println("worker: config invalid, calling runtime.Goexit")
    runtime.goexit()
    return 42  # type: ignore[unreachable]


def worker(cancel: context.CancelCauseFunc, results: Chan[int]) -> None:
    defer(cancel, err_worker_gone)
    conn = Conn(name="db")
    defer(conn.close)
    results.send(query(conn))


def main() -> None:
    ctx, cancel = context.with_cancel_cause(context.background())
    defer(cancel, None)
    results: Chan[int] = Chan(int)
    go(worker, cancel, results)
    got = select(Recv(results), Recv(ctx.done()))
    if got.case == 0:
        fmt.println("main: result", got.value)
    else:
        fmt.println("main: stop waiting:", context.cause(ctx))


if __name__ == "__main__":
    run(main)
