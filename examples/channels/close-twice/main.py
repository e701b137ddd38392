"""Closing a channel that is already closed panics. Exactly one goroutine
should own the close of a channel; here main closes it twice."""

from goexit import Chan, close, fmt, run


def main() -> None:
    ch: Chan[int] = Chan(int)
    close(ch)
    fmt.println("closed once")
    close(ch)  # panics: close of closed channel
    fmt.println("closed twice (never printed)")


if __name__ == "__main__":
    run(main)
