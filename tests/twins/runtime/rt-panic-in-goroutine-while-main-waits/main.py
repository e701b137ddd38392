from goexit import defer, errors, fmt, go, panic, run, select, sync


def main() -> None:
    wg = sync.WaitGroup()
    wg.add(2)

    def blocked() -> None:
        defer(wg.done)
        select()

    def fails() -> None:
        defer(wg.done)
        defer(fmt.println, "deferred call runs first")
        panic(errors.new("worker failed"))

    go(blocked)
    go(fails)
    wg.wait()


if __name__ == "__main__":
    run(main)
