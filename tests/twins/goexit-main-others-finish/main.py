from goexit import Chan, defer, fmt, go, run, runtime


def main() -> None:
    ch: Chan[int] = Chan(int)

    def worker() -> None:
        defer(fmt.println, "worker defer")
        v = ch.recv()
        fmt.println("worker got", v)

    go(worker)
    defer(ch.send, 42)
    defer(fmt.println, "main defer")
    runtime.goexit()
    fmt.println("never")  # type: ignore[unreachable]


if __name__ == "__main__":
    run(main)
