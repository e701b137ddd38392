"""close carries no value: a receiver learns that the channel is closed,
never why. A producer that finished and one that failed close the same
way. To say why, send the reason as a value before closing (or use a
context, whose Cause carries it)."""

from dataclasses import dataclass

from goexit import Chan, close, defer, fmt, go, run


@dataclass
class Result:
    """result is one line, or the reason the producer stopped."""

    line: str = ""
    err: Exception | None = None


def produce(out: Chan[Result], fail: bool) -> None:
    defer(close, out)
    out.send(Result(line="alpha"))
    if fail:
        out.send(Result(err=Exception("read input: disk full")))
        return
    out.send(Result(line="beta"))


def consume(name: str, fail: bool) -> None:
    results: Chan[Result] = Chan(Result)
    go(produce, results, fail)
    for r in results:
        if r.err is not None:
            fmt.println(name + ": producer failed:", r.err)
            continue
        fmt.println(name + ": got", r.line)
    fmt.println(name + ": closed")


def main() -> None:
    consume("run 1", False)
    consume("run 2", True)


if __name__ == "__main__":
    run(main)
