"""for v := range ch receives until the channel is closed and drained,
then the loop ends by itself. The producer closes with a deferred call,
so the channel is closed however the producer returns."""

from goexit import Chan, close, defer, fmt, go, run


def main() -> None:
    lines: Chan[str] = Chan(str)

    def producer() -> None:
        defer(close, lines)
        for line in ["alpha", "beta", "gamma"]:
            lines.send(line)

    go(producer)
    for line in lines:
        fmt.println("got", line)
    fmt.println("range ended: lines was closed")


if __name__ == "__main__":
    run(main)
