"""Formatter (Format(f, verb)) comes first for every verb; GoStringer serves %#v; State reports flags, width,
precision."""

from dataclasses import dataclass

from goexit import fmt, run


@dataclass
class Money:
    Cents: int

    def format(self, f: fmt.State, verb: str) -> None:
        if verb in "vs":
            if f.flag("+"):
                fmt.fprintf(f, "+$%d.%02d", self.Cents // 100, self.Cents % 100)
                return
            fmt.fprintf(f, "$%d.%02d", self.Cents // 100, self.Cents % 100)
        elif verb == "d":
            fmt.fprintf(f, "%d¢", self.Cents)
        else:
            fmt.fprintf(f, "%%!%c(Money=%d)", ord(verb), self.Cents)


@dataclass
class Probe:
    def format(self, f: fmt.State, verb: str) -> None:
        w, wok = f.width()
        p, pok = f.precision()
        flags = ""
        for c in " +-#0":
            if f.flag(ord(c)):
                flags += c
        fmt.fprintf(f, "[%c w=%d,%v p=%d,%v flags=%q %s]", ord(verb), w, wok, p, pok, flags, fmt.format_string(f, verb))


@dataclass
class Token:
    Kind: str
    Pos: int

    def go_string(self) -> str:
        return "tok(" + self.Kind + ")"

    def __str__(self) -> str:
        return self.Kind.upper()


@dataclass
class TokenHolder:
    go_type = "struct { T main.Token }"
    T: Token


class Pad(str):
    def format(self, f: fmt.State, verb: str) -> None:  # type: ignore[override]
        w, ok = f.width()
        if not ok:
            w = 0
        f.write(("." * w + str(self)).encode())


def main() -> None:
    m = Money(1234)
    fmt.printf("%v|%+v|%s|%d|%x|%#v|%T\n", m, m, m, m, m, m, m)
    fmt.println(m, [Money(5), Money(100)])
    fmt.printf("%v\n", {"a": Money(1)})
    pr = Probe()
    fmt.printf("%v|%+v|%#v|%-8.3d|% 05x|%#q|%*.*s|%[1]v\n", pr, pr, pr, pr, pr, pr, 7, 2, pr)
    fmt.println(pr)
    t = Token("ident", 3)
    fmt.printf("%v|%s|%#v|%+v|%d\n", t, t, t, t, t)
    fmt.printf("%#v\n", [t, Token("num", 9)])
    fmt.printf("%#v\n", TokenHolder(t))
    fmt.printf("%5v|%v|%3s\n", Pad("x"), Pad("y"), Pad("z"))
    fmt.println(fmt.sprint(Pad("q")), fmt.sprintf("%8v", m))
    sb: list[str] = []
    sb.append(fmt.sprintf("%v and %d", m, m))
    fmt.println("".join(sb))


if __name__ == "__main__":
    run(main)
