"""A nil dereference while another goroutine waits: what GOTRACEBACK shows (tests/test_gotraceback.py runs it
with each)."""

from __future__ import annotations

from dataclasses import dataclass

from goexit import Chan, fmt, go, run, select, time


@dataclass
class Conn:
    Addr: str


def main() -> None:
    ready: Chan[bool] = Chan(bool)

    def worker() -> None:
        ready.send(True)
        select()

    go(worker)
    ready.recv()
    time.sleep(20 * time.Millisecond)  # let the worker park in its select
    c: Conn | None = None
    fmt.println("connecting")
    fmt.println(c.Addr)  # type: ignore[union-attr]


if __name__ == "__main__":
    run(main)
