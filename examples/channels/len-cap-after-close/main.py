"""len and cap work on a closed channel: cap stays the size of the
buffer, and len counts the values not yet received. Closing does not
empty the buffer; receiving does."""

from goexit import Chan, cap, close, fmt, run


def main() -> None:
    ch: Chan[str] = Chan(str, 3)
    ch.send("a")
    ch.send("b")
    close(ch)
    fmt.println("after close:       len", len(ch), "cap", cap(ch))
    ch.recv()
    fmt.println("after one receive: len", len(ch), "cap", cap(ch))
    ch.recv()
    fmt.println("drained:           len", len(ch), "cap", cap(ch))


if __name__ == "__main__":
    run(main)
