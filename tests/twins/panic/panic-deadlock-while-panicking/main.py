"""A deadlock in a deferred call while panicking reports the deadlock only: the runtime's checkdead has no panic
to show."""

from goexit import Chan, defer, fmt, panic, run


def main() -> None:
    ch: Chan[int] = Chan(int)

    def wait() -> None:
        fmt.println("waiting in a deferred call")
        ch.recv()

    defer(wait)
    panic("never printed")


if __name__ == "__main__":
    run(main)
