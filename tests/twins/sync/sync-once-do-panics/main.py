from goexit import defer, fmt, func, panic, recover, run, sync


def main() -> None:
    once = sync.Once()

    @func
    def first() -> None:
        defer(lambda: fmt.println("recovered:", recover()))
        once.do(lambda: panic("init failed"))

    first()
    once.do(lambda: fmt.println("never: a panic counts as done"))
    fmt.println("second Do returned")
    o2 = sync.Once()
    n = 0

    def inc() -> None:
        nonlocal n
        n += 1

    for _ in range(3):
        o2.do(inc)
    fmt.println("n =", n)


if __name__ == "__main__":
    run(main)
