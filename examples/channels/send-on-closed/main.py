"""Sending on a closed channel panics, even when its buffer has room: a
closed channel takes no more values."""

from goexit import Chan, close, fmt, run


def main() -> None:
    ch: Chan[int] = Chan(int, 3)
    ch.send(1)
    close(ch)
    fmt.println("closed, with room for two more values")
    ch.send(2)  # panics: send on closed channel
    fmt.println("sent (never printed)")


if __name__ == "__main__":
    run(main)
