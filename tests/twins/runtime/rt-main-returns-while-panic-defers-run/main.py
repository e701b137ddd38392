from goexit import Chan, close, defer, fmt, go, panic, run, runtime

total = 0


def main() -> None:
    runtime.gomaxprocs(1)
    done: Chan[bool] = Chan(bool)

    def worker() -> None:
        def cleanup() -> None:
            global total
            for i in range(1, 1001):
                total += i

        defer(cleanup)
        defer(close, done)
        fmt.println("worker starts")
        panic("worker failed")

    go(worker)
    done.recv()  # main returns now, while the deferred calls still run


if __name__ == "__main__":
    run(main)
