"""An index out of range crashes with Go's message, the index and the length included."""

from goexit import fmt, run


def last(s: list[str], n: int) -> str:
    return s[len(s) - n]


def main() -> None:
    names = ["a", "b", "c"]
    fmt.println(last(names, 1), last(names, 3))
    fmt.println(last(names, 0))


if __name__ == "__main__":
    run(main)
