"""sync.Cond: workers wait until the coordinator broadcasts that work may start."""

from goexit import Chan, close, defer, fmt, go, run, sync


def main() -> None:
    mu = sync.Mutex()
    cond = sync.new_cond(mu)
    ready = False
    waiting = 0
    wg = sync.WaitGroup()
    started: Chan[int] = Chan(int, 4)
    for i in range(1, 5):
        wg.add(1)

        def work(i: int = i) -> None:
            nonlocal waiting
            defer(wg.done)
            mu.lock()
            waiting += 1
            cond.broadcast()
            while not ready:
                cond.wait()
            mu.unlock()
            started.send(i)

        go(work)
    mu.lock()
    while waiting < 4:
        cond.wait()
    fmt.println("all waiting:", waiting)
    ready = True
    cond.broadcast()
    mu.unlock()
    wg.wait()
    close(started)
    total = 0
    for i in started:
        total += i
    fmt.println("sum of started ids:", total)


if __name__ == "__main__":
    run(main)
