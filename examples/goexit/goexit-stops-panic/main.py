"""runtime.Goexit in a deferred call, while a panic unwinds, ends the
panic: the program does not crash, later deferred calls see no panic to
recover, and the goroutine ends quietly. This, rather than a deadlock,
is the risk of Goexit in a deferred call: it can swallow a panic."""

from goexit import Chan, close, defer, fmt, go, panic, recover, run, runtime


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)

        def deferred1() -> None:
            if recover() is None:
                fmt.println("deferred 1: recover() returned nil")

        defer(deferred1)
        defer(runtime.goexit)
        defer(fmt.println, "deferred 3: the panic is unwinding")
        panic("boom")

    go(worker)
    done.recv()
    fmt.println("main: no crash, the panic was swallowed")


if __name__ == "__main__":
    run(main)
