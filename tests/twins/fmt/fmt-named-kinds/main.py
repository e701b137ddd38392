"""Named types of basic kinds print as their kind (a named string quotes under %#v and %q), %T gives the name."""

from goexit import fmt, run


class Name(str):
    pass


class Ratio(float):
    pass


class Count(int):
    pass


class Names(list[str]):
    go_type = "main.Names"


class Index(dict[str, int]):
    go_type = "main.Index"


def main() -> None:
    n, r, c = Name("ann"), Ratio(0.75), Count(-3)
    fmt.printf("%v|%s|%q|%x|%#v|%T|%8v|%-6s|\n", n, n, n, n, n, n, n, n)
    fmt.printf("%v|%.1f|%e|%#v|%T|%g\n", r, r, r, r, r, r)
    fmt.printf("%v|%d|%x|%#v|%T|%+d|%05d\n", c, c, c, c, c, c, c)
    ns = Names(["b", "a"])
    fmt.printf("%v|%q|%#v|%T|%d\n", ns, ns, ns, ns, len(ns))
    ix = Index({"z": 1, "y": 2})
    fmt.printf("%v|%#v|%T\n", ix, ix, ix)
    fmt.println(n, r, c, ns, ix)
    fmt.println(Name(n + "!"), Ratio(r * 2), Count(c + 1), n[0])
    fmt.print_(n, c, r, "\n")
    fmt.printf("%v %v\n", [Name("x"), Name("y")], {Name("k"): Count(2)})
    fmt.printf("%#v %#v\n", [Name("x")], {Name("k"): Count(2)})


if __name__ == "__main__":
    run(main)
