from goexit import Chan, close, defer, fmt, go, run, runtime, sync


def main() -> None:
    wg = sync.WaitGroup()
    wg.add(2)
    ch: Chan[int] = Chan(int)
    start: Chan[bool] = Chan(bool)

    def worker1() -> None:
        defer(wg.done)
        start.recv()
        fmt.println("worker 1 done")

    def worker2() -> None:
        wg.done()
        wg.wait()
        fmt.println("worker 2 saw worker 1 finish, now waits")
        ch.recv()

    go(worker1)
    go(worker2)
    defer(close, start)
    defer(fmt.println, "main's deferred call runs at Goexit")
    runtime.goexit()


if __name__ == "__main__":
    run(main)
