"""The contract broken: a worker holding a connection gives up deep inside a
call with runtime.Goexit. Its deferred Close runs, so the connection is
released, but nobody tells main, which waits for a result that will never
come. With no goroutine left to send it, the runtime reports a deadlock."""

from dataclasses import dataclass

from goexit import Chan, defer, fmt, go, run, runtime


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
    conn = Conn(name="db")
    defer(conn.close)
    results.send(query(conn))  # never sent


def main() -> None:
    results: Chan[int] = Chan(int)
    go(worker, results)
    fmt.println("main: result", results.recv())


if __name__ == "__main__":
    run(main)
