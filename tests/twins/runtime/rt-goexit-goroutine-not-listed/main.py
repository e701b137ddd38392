from goexit import Chan, defer, fmt, go, run, runtime, sync


def main() -> None:
    wg = sync.WaitGroup()
    wg.add(1)

    def quits() -> None:
        defer(wg.done)
        defer(fmt.println, "deferred call at Goexit")
        runtime.goexit()

    go(quits)
    wg.wait()
    while runtime.num_goroutine() > 1:
        runtime.gosched()
    fmt.println("goroutines:", runtime.num_goroutine())
    block: Chan[int] = Chan(int)
    go(lambda: block.send(1))
    wg2 = sync.WaitGroup()
    wg2.add(1)
    wg2.wait()


if __name__ == "__main__":
    run(main)
