from goexit import Chan, close, defer, fmt, go, panic, run


def main() -> None:
    done: Chan[bool] = Chan(bool)
    never: Chan[bool] = Chan(bool)

    def worker() -> None:
        defer(lambda: never.recv())
        defer(close, done)
        panic("never printed")

    go(worker)
    done.recv()
    fmt.println("main returns, status 0")


if __name__ == "__main__":
    run(main)
