from goexit import Chan, Recv, fmt, go, os, panic, pprof, run, runtime, select, sync, time

ch: Chan[int] = Chan(int)  # NoLeakGlobal: a package variable keeps it reachable
start: Chan[int] = Chan(int)  # never sent on, but reachable
mailbox: Chan[Chan[int]] = Chan(Chan, 1)  # its buffered values are reachable through it


# What the profile does not report: goroutines blocked on something a goroutine
# that can still run could reach, directly or through other blocked goroutines.
# Mixed (from Go's testdata) is reported: both goroutines of its pair leak.
def main() -> None:
    prof = pprof.lookup("goroutineleak")
    assert prof is not None

    mixed()
    go(ch.recv)  # NoLeakGlobal

    def ask() -> None:  # a reply channel parked in a buffered channel
        reply: Chan[int] = Chan(int)
        mailbox.send(reply)
        reply.recv()

    go(ask)

    pair(start)  # reachable only from a goroutine that is itself maybe runnable
    pair(Chan(int))  # the same pair, waiting on a channel nobody else has: both leak

    def timer() -> None:  # a timer's channel is reachable from the runtime's timers
        select(Recv(time.after(time.Hour)), Recv(Chan(int)))

    go(timer)

    def sleeper() -> None:  # sleeping is not a leak
        time.sleep(time.Hour)

    go(sleeper)
    settle()
    prof.write_to(os.Stdout, 2)
    fmt.println()
    fmt.println("leaked:", prof.count())


def mixed() -> None:
    """Mixed from Go's testdata: one goroutine waits for the other to send, which waits for the first to receive."""
    ch: Chan[int] = Chan(int)
    wg = sync.WaitGroup()
    wg.add(1)

    def receiver() -> None:
        wg.wait()
        ch.recv()
        panic("should not be reached")

    go(receiver)

    def sender() -> None:
        ch.send(0)
        wg.done()
        panic("should not be reached")

    go(sender)


def pair(wait: Chan[int]) -> None:
    """Start a goroutine blocked on inner, which only the second goroutine can reach, once wait lets it go on."""
    inner: Chan[int] = Chan(int)
    go(inner.recv)

    def relay() -> None:
        wait.recv()
        inner.send(1)

    go(relay)


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
