"""Waiting for a close has no time limit of its own: if the producer
stalls, <-done waits for ever. Put a timer beside it in a select (or
use a context with a deadline) so that the wait can give up."""

from goexit import Chan, Recv, close, defer, fmt, go, run, select, time


def main() -> None:
    done: Chan[None] = Chan()

    def producer() -> None:
        defer(close, done)
        select()  # a producer that stalls: done is never closed

    go(producer)
    case, _, _ = select(Recv(done), Recv(time.after(50 * time.Millisecond)))
    if case == 0:
        fmt.println("producer finished")
    elif case == 1:
        fmt.println("gave up after 50ms: done was never closed")


if __name__ == "__main__":
    run(main)
