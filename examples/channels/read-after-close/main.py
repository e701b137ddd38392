"""A receive from a closed channel never blocks. The values buffered
before the close come first, with ok == true; after them, every receive
returns the zero value at once, with ok == false."""

from goexit import Chan, close, fmt, run


def main() -> None:
    ch: Chan[int] = Chan(int, 2)
    ch.send(1)
    ch.send(2)
    close(ch)
    for _ in range(4):
        v, ok = ch.recv_ok()
        fmt.printf("v = %d, ok = %t\n", v, ok)


if __name__ == "__main__":
    run(main)
