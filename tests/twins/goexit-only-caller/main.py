from goexit import Chan, close, defer, fmt, go, run, runtime, sync


def main() -> None:
    wg = sync.WaitGroup()
    a: Chan[None] = Chan()
    wg.add(2)

    def first() -> None:
        defer(wg.done)
        defer(close, a)
        runtime.goexit()

    def second() -> None:
        defer(wg.done)
        a.recv()
        fmt.println("b: still running after a called Goexit")

    go(first)
    go(second)
    wg.wait()
    fmt.println("main: done")


if __name__ == "__main__":
    run(main)
