"""A receiver that closes the channel it reads from does not panic: close
succeeds. The panic comes later, in the sender, at its next send,
because a send on a closed channel panics. That is why the sender, who
knows when it has sent its last value, is the one to close."""

from goexit import Chan, close, fmt, go, run


def main() -> None:
    ch: Chan[int] = Chan(int)
    closed: Chan[None] = Chan()

    def receiver() -> None:
        fmt.println("receiver: got", ch.recv())
        close(ch)  # wrong side: the sender is still running
        fmt.println("receiver: closed ch, no panic here")
        close(closed)

    go(receiver)

    ch.send(1)  # main is the sender
    closed.recv()
    fmt.println("sender: sending 2")
    ch.send(2)  # panics: send on closed channel
    fmt.println("sender: sent 2 (never printed)")


if __name__ == "__main__":
    run(main)
