"""A crash prints the stack of the goroutine that failed; with the
traceback level at "all" it prints every goroutine's, so you see where
the others were stuck. debug.SetTraceback("all") does what
GOTRACEBACK=all does; it can raise the level, never lower it below what
the environment set. One P (GOMAXPROCS 1) makes the worker surely parked
when main crashes: with more, it could still be running on another
thread, and the dump would say so instead of showing where it waits."""

from goexit import Chan, close, debug, errors, fmt, go, panic, run, runtime


def main() -> None:
    runtime.gomaxprocs(1)
    debug.set_traceback("all")
    jobs: Chan[str] = Chan(str)
    ready: Chan[None] = Chan()

    def worker() -> None:
        close(ready)
        jobs.recv()  # never sent: main crashes first

    go(worker)
    ready.recv()
    fmt.println("main: giving up")
    panic(errors.new("config is invalid"))


if __name__ == "__main__":
    run(main)
