"""Method precedence (handleMethods): error before Stringer, both only for %v %s %q %x %X; %d prints the number."""

from __future__ import annotations

from dataclasses import dataclass, field

from goexit import errors, fmt, run


class Level(int):
    def __str__(self) -> str:
        if self == Debug:
            return "DEBUG"
        if self == Info:
            return "INFO"
        return fmt.sprintf("Level(%d)", int(self))


class Celsius(float):
    def __str__(self) -> str:
        return fmt.sprintf("%.1f°C", float(self))


class Plain(int):
    pass


Debug, Info, Warn = Level(0), Level(1), Level(2)


@dataclass
class Both:
    N: int

    def error(self) -> str:
        return "error text"

    def __str__(self) -> str:
        return "string text"


@dataclass
class NotFound(Exception):
    Name: str

    def __str__(self) -> str:
        return self.Name + " not found"


@dataclass
class Wrapper:
    Lvl: Level
    Err: BaseException | None
    Temps: list[Celsius] = field(default_factory=list)
    lvl: Level = Debug


def main() -> None:
    for lvl in [Debug, Info, Warn, Level(7)]:
        fmt.printf("%v|%s|%d|%q|%x|%X|%5v|%-7s|%T|%+v|%#v|%03d\n", *[lvl] * 12)
    fmt.println(Info, Warn, Level(-1))
    c = Celsius(21.55)
    fmt.printf("%v|%s|%f|%.3g|%q|%T\n", c, c, c, c, c, c)
    p = Plain(5)
    fmt.printf("%v|%s|%d|%T|%#v\n", p, p, p, p, p)
    b = Both(1)
    fmt.printf("%v|%s|%q|%d|%+v|%#v|%x\n", b, b, b, b, b, b, b)
    err = NotFound("file.txt")
    fmt.printf("%v|%s|%q|%x|%d|%T\n", err, err, err, err, err, err)
    fmt.println(err, errors.new("plain"), [err, errors.new("second")])
    w = Wrapper(Lvl=Info, Err=err, Temps=[Celsius(1), Celsius(2.25)], lvl=Warn)
    fmt.printf("%v\n%+v\n", w, w)
    fmt.println({Warn: "w", Debug: "d", Info: "i"})
    fmt.println([Warn, Debug], (Info, Info))
    fmt.printf("%10v|%-10v|%.3v|%.2s\n", Info, Debug, Warn, Info)
    fmt.print_(Info, Warn, "\n")
    fmt.print_(Debug, "x", Info, "\n")
    fmt.println(fmt.sprint(c), fmt.sprintf("%6.1f", c))


if __name__ == "__main__":
    run(main)
