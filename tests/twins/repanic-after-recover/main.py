from goexit import defer, fmt, func, panic, recover, run


def main() -> None:
    @func
    def repanic() -> None:
        r = recover()
        panic(fmt.sprint("re: ", r))

    defer(repanic)
    panic("first")


if __name__ == "__main__":
    run(main)
