from goexit import Chan, fmt, go, run, runtime, sync


def main() -> None:
    runtime.gomaxprocs(1)
    mu = sync.Mutex()
    mu.lock()
    wg = sync.WaitGroup()
    wg.add(1)
    go(lambda: wg.done())  # ends
    b: Chan[int] = Chan(int)
    go(lambda: b.recv())  # blocks: chan receive
    wg.wait()
    while runtime.num_goroutine() > 2:
        runtime.gosched()
    started: Chan[bool] = Chan(bool)

    def locker() -> None:
        started.send(True)
        mu.lock()

    go(locker)  # reuses the ended goroutine's place
    started.recv()

    def waiter() -> None:
        wg2 = sync.WaitGroup()
        wg2.add(1)
        wg2.wait()

    go(waiter)
    fmt.println("main blocks")
    b.send(1)
    mu.lock()


if __name__ == "__main__":
    run(main)
