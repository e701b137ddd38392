from goexit import Chan, close, defer, fmt, go, panic, run


def main() -> None:
    done: Chan[bool] = Chan(bool)

    def worker() -> None:
        def cleanup() -> None:
            for i in range(1, 4):
                fmt.println("cleanup step", i)

        defer(cleanup)
        defer(close, done)
        panic("worker failed")

    go(worker)
    done.recv()  # main returns now, while the deferred calls still run


if __name__ == "__main__":
    run(main)
