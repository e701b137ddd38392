from goexit import defer, panic, run


def main() -> None:
    defer(lambda: panic(Exception("second")))
    panic("first")


if __name__ == "__main__":
    run(main)
