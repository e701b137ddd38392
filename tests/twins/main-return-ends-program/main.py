from goexit import Chan, close, defer, go, run, select


def main() -> None:
    started: Chan[None] = Chan()

    def worker() -> None:
        defer(print, "worker defer (never printed)")
        close(started)
        select()

    go(worker)
    started.recv()
    print("main returns")


if __name__ == "__main__":
    run(main)
