from goexit import Chan, defer, fmt, go, run, select, sync


def main() -> None:
    wg = sync.WaitGroup()
    ch: Chan[int] = Chan(int)
    wg.add(1)

    def sender() -> None:
        defer(wg.done)
        ch.send(1)
        fmt.println("never")

    go(sender)
    mu = sync.Mutex()
    mu.lock()
    go(lambda: mu.lock())
    go(lambda: select())
    wg.wait()


if __name__ == "__main__":
    run(main)
