from goexit import defer, fmt, panic, recover, run


def helper() -> None:
    fmt.println("helper: recover() =", recover())


def main() -> None:
    defer(lambda: fmt.println("direct:", recover()))
    defer(lambda: helper())
    defer(recover)
    panic("p")


if __name__ == "__main__":
    run(main)
