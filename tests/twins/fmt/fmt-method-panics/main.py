"""A panic inside String, Error, Format or GoString is caught by fmt and printed as %!v(PANIC=String method: ...)."""

from dataclasses import dataclass

from goexit import errors, fmt, panic, run


@dataclass
class Bad:
    N: int

    def __str__(self) -> str:
        if self.N == 0:
            panic("zero")
        return fmt.sprint("bad#", self.N)


@dataclass
class BadErr(Exception):
    go_type = "main.BadErr"

    def __str__(self) -> str:
        panic(errors.new("error method failed"))


@dataclass
class BadFmt:
    def format(self, f: fmt.State, c: str) -> None:
        panic(42)


@dataclass
class BadGo:
    def go_string(self) -> str:
        panic(fmt.sprintf("go%s", "string"))


@dataclass
class Index:
    s: list[int]

    def __str__(self) -> str:
        return fmt.sprint(self.s[5])


def main() -> None:
    fmt.println(Bad(1), Bad(0))
    fmt.printf("%v|%s|%d|%q|%+v|%x\n", Bad(0), Bad(0), Bad(0), Bad(0), Bad(0), Bad(2))
    fmt.printf("[%10v] [%-10s]\n", Bad(0), Bad(3))
    fmt.println(BadErr(), [BadErr(), Bad(0)])
    fmt.printf("%v|%d|%s\n", BadFmt(), BadFmt(), BadFmt())
    fmt.printf("%#v|%v\n", BadGo(), BadGo())
    fmt.println(Index([1, 2, 3]))
    fmt.println({"a": Bad(0), "b": Bad(4)})
    s = fmt.sprintf("%v and %v", Bad(0), Bad(9))
    fmt.println(len(s), s)
    fmt.println("still running")


if __name__ == "__main__":
    run(main)
