"""Unlike a network connection, an io.Pipe is built from channels: a Read
that no writer will ever serve is asleep, and when every goroutine is,
the runtime reports the deadlock."""

from goexit import fmt, io, run


def main() -> None:
    r, w = io.pipe()
    _ = w  # kept, never written, never closed
    fmt.println("reading from a pipe nobody writes to")
    r.read(bytearray(1))
    fmt.println("never printed")


if __name__ == "__main__":
    run(main)
