"""runtime.Goexit runs every pending deferred call before the goroutine
ends, in the order of a normal return: last deferred, first run, and the
callee's deferred calls before its caller's."""

from goexit import Chan, close, defer, fmt, func, go, run, runtime


@func
def work() -> None:
    for i in range(1, 4):
        defer(fmt.println, "work: deferred call", i)
    fmt.println("work: calling runtime.Goexit")
    runtime.goexit()


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        defer(fmt.println, "goroutine: deferred call, runs after work's")
        work()

    go(worker)
    done.recv()
    fmt.println("main: the goroutine has ended")


if __name__ == "__main__":
    run(main)
