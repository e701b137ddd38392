"""A result channel that always tells the waiter how the worker ended: with
a value, with a panic (recovered and turned into an error), or with
runtime.Goexit (seen by a deferred function that finds no result was
sent: recover returns nil then). The waiter gets exactly one Result, so
it never hangs, and one bad task does not crash the program."""

from collections.abc import Callable
from dataclasses import dataclass

from goexit import Chan, defer, errors, fmt, go, panic, recover, run, runtime


@dataclass
class Result:
    value: int = 0
    err: BaseException | None = None


def start(task: Callable[[], int]) -> Chan[Result]:
    out: Chan[Result] = Chan(Result, 1)

    def worker() -> None:
        sent = False

        def report() -> None:
            if (r := recover()) is not None:
                out.send(Result(err=fmt.errorf("worker panicked: %v", r)))
            elif not sent:
                out.send(Result(err=errors.new("worker exited without a result")))

        defer(report)
        out.send(Result(value=task()))
        sent = True

    go(worker)
    return out


def goexits() -> int:
    runtime.goexit()
    return 0  # type: ignore[unreachable]


def main() -> None:
    tasks: list[tuple[str, Callable[[], int]]] = [
        ("returns", lambda: 42),
        ("panics", lambda: panic("invalid input")),
        ("calls Goexit", goexits),
    ]
    for name, task in tasks:
        r = start(task).recv()
        fmt.printf("%-13s value %d, err %v\n", name + ":", r.value, r.err)


if __name__ == "__main__":
    run(main)
