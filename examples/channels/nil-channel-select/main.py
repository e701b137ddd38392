"""A send or receive on a nil channel blocks for ever, so in a select the
case of a nil channel is switched off. When merging two channels, set
each to nil once it is closed: otherwise its case, always ready after
the close, would fire on every turn of the loop."""

from typing import cast

from goexit import Chan, Recv, close, defer, fmt, go, run, select


def produce(out: Chan[int], *values: int) -> None:
    defer(close, out)
    for v in values:
        out.send(v)


def merge(a: Chan[int] | None, b: Chan[int] | None) -> tuple[int, int]:
    total, received = 0, 0
    while a is not None or b is not None:
        case, v, ok = select(Recv(a), Recv(b))
        if case == 0:
            if not ok:
                a = None  # switch this case off
                continue
            total += cast(int, v)
            received += 1
        elif case == 1:
            if not ok:
                b = None
                continue
            total += cast(int, v)
            received += 1
    return total, received


def main() -> None:
    a: Chan[int] = Chan(int)
    b: Chan[int] = Chan(int)
    go(produce, a, 1, 2, 3)
    go(produce, b, 10, 20)
    total, received = merge(a, b)
    fmt.println("received", received, "values, total", total)

    never: Chan[int] | None = None
    case, v, _ = select(Recv(never), default=True)
    if case == 0:
        fmt.println("received", v, "(never printed)")
    else:
        fmt.println("a nil channel is never ready")


if __name__ == "__main__":
    run(main)
