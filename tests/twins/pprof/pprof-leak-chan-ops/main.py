from goexit import Chan, Recv, Send, fmt, go, nil_recv, nil_send, os, panic, pprof, run, runtime, select, time


# From Go's runtime/testdata/testgoroutineleakprofile/simple.go: NilRecv, NilSend,
# SelectNoCases, ChanRecv, ChanSend and Select in one program. Each goroutine is
# blocked on a channel only it can reach (or on nothing at all): every one leaks.
def main() -> None:
    prof = pprof.lookup("goroutineleak")
    assert prof is not None
    fmt.println("before any write:", prof.count())

    def nil_receive() -> None:
        c: Chan[int] | None = None
        nil_recv(c)
        panic("should not be reached")

    go(nil_receive)

    def nil_sending() -> None:
        c: Chan[int] | None = None
        nil_send(c, 0)
        panic("should not be reached")

    go(nil_sending)
    go(select)

    def receive() -> None:
        Chan(int).recv()
        panic("should not be reached")

    go(receive)

    def send() -> None:
        Chan(int).send(0)
        panic("should not be reached")

    go(send)

    def selecting() -> None:
        select(Send(Chan(int), 0), Recv(Chan(int)))
        panic("should not be reached")

    go(selecting)
    settle()
    fmt.println("blocked, not yet detected:", prof.count())
    prof.write_to(os.Stdout, 2)
    fmt.println()
    fmt.println("leaked:", prof.count())


def settle() -> None:
    """Wait until every goroutine but the caller is blocked."""
    buf = bytearray(1 << 20)
    while True:
        s = buf[: runtime.stack(buf, True)].decode()
        if s.count(" [running]:") + s.count(" [runnable]:") == 1:
            return
        time.sleep(time.Millisecond)


if __name__ == "__main__":
    run(main)
