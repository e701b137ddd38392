"""Because runtime.Goexit runs deferred calls, a goroutine that releases
what it holds with defer (a mutex, a WaitGroup count, a connection)
releases it even when it ends with Goexit: here main can lock the mutex
again, and Wait returns."""

from goexit import defer, fmt, go, run, runtime, sync


def main() -> None:
    mu = sync.Mutex()
    wg = sync.WaitGroup()
    wg.add(1)

    def worker() -> None:
        defer(wg.done)
        mu.lock()
        defer(mu.unlock)
        fmt.println("worker: holds the lock, calling runtime.Goexit")
        runtime.goexit()

    go(worker)
    wg.wait()
    mu.lock()
    fmt.println("main: Wait returned and the lock is free")
    mu.unlock()


if __name__ == "__main__":
    run(main)
