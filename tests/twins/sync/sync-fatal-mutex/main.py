from goexit import Chan, close, defer, fmt, go, recover, run, sync


def main() -> None:
    mu = sync.Mutex()
    done: Chan[bool] = Chan(bool)

    def twice() -> None:
        defer(close, done)
        defer(lambda: fmt.println("recover in the goroutine:", recover()))
        mu.lock()
        mu.unlock()
        fmt.println("goroutine unlocks twice")
        mu.unlock()

    go(twice)
    done.recv()
    fmt.println("never")


if __name__ == "__main__":
    run(main)
