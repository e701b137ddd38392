from goexit import Chan, close, defer, fmt, go, run, sync


def main() -> None:
    wg = sync.WaitGroup()
    results: Chan[int] = Chan(int, 3)
    for i in range(1, 4):
        wg.add(1)

        def worker(i: int = i) -> None:
            if i != 2:
                defer(wg.done)
            results.send(i * i)

        go(worker)
    wg.wait()
    close(results)
    fmt.println("never")


if __name__ == "__main__":
    run(main)
