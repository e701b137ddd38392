from goexit import Chan, close, defer, fmt, go, recover, run, runtime


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        defer(fmt.println, "deferred call sees recover():", recover())
        defer(lambda: fmt.println("in defer: recover() =", recover()))
        defer(runtime.goexit)
        raise_panic()

    go(worker)
    done.recv()
    fmt.println("main: panic was aborted by Goexit")


def raise_panic() -> None:
    from goexit import panic

    panic("boom")


if __name__ == "__main__":
    run(main)
