from goexit import Chan, Recv, fmt, go, run, runtime, select, time


def main() -> None:
    runtime.gomaxprocs(1)
    t = time.new_timer(time.Hour)
    assert t.c is not None
    ch: Chan[int] = Chan(int)
    go(lambda: ch.send(1))
    got = select(Recv(t.c), Recv(ch))
    if got.case == 0:
        fmt.println("timer")
    else:
        fmt.println("got", got.value)
    fmt.println("Reset:", t.reset(20 * time.Millisecond))
    go(lambda: ch.recv())
    ch.recv()


if __name__ == "__main__":
    run(main)
