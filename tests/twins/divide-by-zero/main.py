from goexit import defer, fmt, run


def div(a: int, b: int) -> int:
    return a // b


def main() -> None:
    defer(fmt.println, "main defer runs during the panic")
    fmt.println(div(1, 0))


if __name__ == "__main__":
    run(main)
