from goexit import defer, fmt, func, recover, run, sync


def main() -> None:
    wg = sync.WaitGroup()

    @func
    def misuse() -> None:
        defer(lambda: fmt.println("recovered:", recover()))
        wg.done()

    misuse()
    fmt.println("waiting")
    wg.wait()


if __name__ == "__main__":
    run(main)
