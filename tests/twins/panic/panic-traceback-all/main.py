"""debug.SetTraceback("all"): the crash lists every goroutine, not just the one that panicked."""

from goexit import Chan, debug, fmt, go, panic, run, time


def main() -> None:
    debug.set_traceback("all")
    ready: Chan[bool] = Chan(bool)
    block: Chan[int] = Chan(int)

    def worker() -> None:
        ready.send(True)
        block.recv()

    go(worker)
    ready.recv()
    time.sleep(50 * time.Millisecond)  # let the worker park in its receive
    fmt.println("worker is waiting")
    panic("boom")


if __name__ == "__main__":
    run(main)
