from dataclasses import dataclass

from goexit import defer, fmt, panic, run


@dataclass
class T:
    a: int


def main() -> None:
    defer(fmt.println, "deferred")
    panic(T(3))


if __name__ == "__main__":
    run(main)
