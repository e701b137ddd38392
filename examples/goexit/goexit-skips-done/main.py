"""runtime.Goexit skips every statement after it, wg.Done() at the end of
the goroutine included: the WaitGroup never reaches zero and main waits
for ever, which the runtime reports as a deadlock (status 2). Write
defer wg.Done() first thing, so that it runs however the goroutine ends."""

from goexit import fmt, go, run, runtime, sync


def main() -> None:
    wg = sync.WaitGroup()
    wg.add(1)

    def worker() -> None:
        fmt.println("worker: calling runtime.Goexit")
        runtime.goexit()
        wg.done()  # type: ignore[unreachable]  # never runs: should have been deferred

    go(worker)
    wg.wait()
    fmt.println("main: Wait returned (never printed)")


if __name__ == "__main__":
    run(main)
