from goexit import Chan, defer, fmt, go, panic, run


def main() -> None:
    defer(fmt.println, "main defer (never printed)")
    done: Chan[int] = Chan(int)

    def worker() -> None:
        defer(fmt.println, "worker defer runs")
        panic(fmt.errorf("boom %d", 3))

    go(worker)
    done.recv()


if __name__ == "__main__":
    run(main)
