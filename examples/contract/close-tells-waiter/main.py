"""The first fix: the worker closes its result channel in a deferred call,
so however it ends (return, panic or runtime.Goexit) the waiter hears
about it. Receiving with ok tells a result from "gone without one"."""

from dataclasses import dataclass

from goexit import Chan, close, defer, fmt, go, run, runtime


@dataclass
class Conn:
    name: str

    def close(self) -> None:
        fmt.println("worker:", self.name, "connection closed")


def query(c: Conn) -> int:
    fmt.println("worker: config invalid, calling runtime.Goexit")
    runtime.goexit()
    return 42  # type: ignore[unreachable]


def worker(results: Chan[int]) -> None:
    defer(close, results)  # runs last, after the connection is closed
    conn = Conn(name="db")
    defer(conn.close)
    results.send(query(conn))


def main() -> None:
    results: Chan[int] = Chan(int)
    go(worker, results)
    v, ok = results.recv_ok()
    if ok:
        fmt.println("main: result", v)
    else:
        fmt.println("main: worker gone without a result, stop waiting")


if __name__ == "__main__":
    run(main)
