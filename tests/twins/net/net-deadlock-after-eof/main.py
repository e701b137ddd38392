"""Network I/O keeps a program alive only while a goroutine waits in it.
Here the reader gets EOF and then waits on a channel nobody sends on:
once no goroutine is left in the network, the runtime sees the deadlock."""

from goexit import Chan, fmt, go, net, panic, run


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    server, err = ln.accept()
    if err is not None:
        panic(err)

    never: Chan[int] = Chan(int)

    def reader() -> None:
        _, err = conn.read(bytearray(1))
        fmt.println("reader:", err)
        never.recv()

    go(reader)
    server.close()
    Chan(int).recv()  # main waits too: fatal error once the reader has left the network


if __name__ == "__main__":
    run(main)
