from dataclasses import dataclass

from goexit import defer, panic, run


@dataclass
class T:
    a: int


def main() -> None:
    defer(print, "deferred")
    panic(T(3))


if __name__ == "__main__":
    run(main)
