"""A range loop over a channel that nobody closes never ends: once the
producer has returned, the receiver waits for ever. When no goroutine
can run any more, the runtime stops the program with a fatal error,
lists the blocked goroutines, and exits with status 2."""

from goexit import Chan, fmt, go, run


def main() -> None:
    lines: Chan[str] = Chan(str)

    def producer() -> None:
        for line in ["alpha", "beta"]:
            lines.send(line)
        # forgot: close(lines)

    go(producer)
    for line in lines:
        fmt.println("got", line)
    fmt.println("range ended (never printed)")


if __name__ == "__main__":
    run(main)
