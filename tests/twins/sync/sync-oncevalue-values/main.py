from goexit import defer, errors, fmt, func, panic, recover, run, sync


def main() -> None:
    def compute() -> int:
        fmt.println("computing")
        return 42

    v = sync.once_value(compute)
    fmt.println(v(), v(), v())

    def load_file() -> tuple[str, BaseException | None]:
        fmt.println("loading")
        return "", errors.new("no such file")

    load = sync.once_values(load_file)
    for _ in range(2):
        s, err = load()
        fmt.printf("%q %v\n", s, err)
    wg = sync.WaitGroup()
    results = [0] * 5
    for i in range(len(results)):

        def fill(i: int = i) -> None:
            results[i] = v()

        wg.go(fill)
    wg.wait()
    fmt.println(results)

    def boom() -> int:
        panic(7)

    p = sync.once_value(boom)
    for _ in range(2):

        @func
        def one() -> None:
            defer(lambda: fmt.println("recovered:", recover()))
            p()

        one()


if __name__ == "__main__":
    run(main)
