from goexit import defer, fmt, func, panic, recover, run


class E(Exception):
    def __str__(self) -> str:
        return "custom err"


class S(str):
    pass


def main() -> None:
    @func
    def report_and_panic() -> None:
        fmt.println(recover())
        panic(S("x"))

    defer(fmt.println, "deferred", recover())
    defer(report_and_panic)
    panic(E())


if __name__ == "__main__":
    run(main)
