from goexit import Chan, defer, go, run, runtime


def main() -> None:
    ch: Chan[int] = Chan(int)

    def worker() -> None:
        defer(print, "worker defer")
        v = ch.recv()
        print("worker got", v)

    go(worker)
    defer(ch.send, 42)
    defer(print, "main defer")
    runtime.goexit()
    print("never")  # type: ignore[unreachable]


if __name__ == "__main__":
    run(main)
