"""panic(err) with a net error prints the error's text (nothing listens on
port 1 of the loopback address, so the text is the same on every run),
and the program exits with status 2."""

from goexit import fmt, net, panic, run


def main() -> None:
    conn, err = net.dial("tcp", "127.0.0.1:1")
    if err is not None:
        fmt.println("dial failed, conn is nil:", conn is None)
        panic(err)
    conn.close()


if __name__ == "__main__":
    run(main)
