"""main returning ends the program even while another goroutine is blocked
in a Read: its deferred calls do not run, and the exit status is 0."""

from goexit import Chan, defer, fmt, go, net, panic, run, time


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    conn, err = net.dial("tcp", ln.addr().string())
    if err is not None:
        panic(err)
    _, err = ln.accept()
    if err is not None:
        panic(err)

    started: Chan[bool] = Chan(bool)

    def reader() -> None:
        defer(fmt.println, "never printed: the reader's defer")
        started.send(True)
        conn.read(bytearray(1))  # nobody writes
        fmt.println("never printed: after the Read")

    go(reader)
    started.recv()
    time.sleep(10 * time.Millisecond)
    fmt.println("main returns with the reader blocked")


if __name__ == "__main__":
    run(main)
