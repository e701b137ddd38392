from goexit import Chan, close, defer, fmt, go, panic, recover, run, runtime


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        defer(fmt.println, "last defer still runs")
        defer(lambda: fmt.println("recovered:", recover()))
        defer(lambda: panic("in goexit"))
        runtime.goexit()

    go(worker)
    done.recv()
    fmt.println("main end")


if __name__ == "__main__":
    run(main)
