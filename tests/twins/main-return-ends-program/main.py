from goexit import Chan, close, defer, fmt, go, run, select


def main() -> None:
    started: Chan[None] = Chan()

    def worker() -> None:
        defer(fmt.println, "worker defer (never printed)")
        close(started)
        select()

    go(worker)
    started.recv()
    fmt.println("main returns")


if __name__ == "__main__":
    run(main)
