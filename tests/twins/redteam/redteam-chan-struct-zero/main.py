"""A channel of a struct type: its zero value (what a receive on a closed, drained channel returns) is the zero
struct."""

from __future__ import annotations

from dataclasses import dataclass

from goexit import Chan, Pointer, cap, close, defer, fmt, go, run


@dataclass
class address:  # noqa: N801 - Go's unexported type name
    city: str
    zip: int


@dataclass
class job:  # noqa: N801 - Go's unexported type name
    id: int
    name: str
    tags: list[str]
    score: float
    done: bool
    addr: address
    next: Pointer[job] | None
    err: Exception | None


@dataclass
class result:  # noqa: N801 - Go's unexported type name
    JobID: int
    Value: float


def main() -> None:
    jobs: Chan[job] = Chan(job, 2)
    jobs.send(job(id=1, name="a", tags=["x"], score=1.5, done=True, addr=address("Rome", 100), next=None, err=None))
    close(jobs)
    for j in jobs:
        fmt.println(j)
    z, ok = jobs.recv_ok()
    fmt.println(z, ok)
    fmt.printf("%+v\n", jobs.recv())
    fmt.printf("%T %d %d\n", jobs, len(jobs), cap(jobs))

    results: Chan[result] = Chan(result)
    done: Chan[None] = Chan()

    def consumer() -> None:
        defer(close, done)
        for r in results:
            fmt.printf("job %d -> %.1f\n", r.JobID, r.Value)
        fmt.printf("after close: %+v\n", results.recv())

    go(consumer)
    for i in range(1, 4):
        results.send(result(i, i / 2))
    close(results)
    done.recv()


if __name__ == "__main__":
    run(main)
