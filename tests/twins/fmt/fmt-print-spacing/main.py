"""Print and Sprint put a space between operands only when neither is a string; Println always does."""

from goexit import errors, fmt, run


class Name(str):
    pass


class Num(int):
    pass


def main() -> None:
    fmt.print_("a", "b", 1, 2, "c", 3.5, True, "d", None, None, "\n")
    fmt.print_(1, 2, 3, "\n")
    fmt.print_("x", 1, "y", 2, "\n")
    fmt.print_(Name("n"), Num(1), Num(2), Name("m"), "\n")
    fmt.print_([1], [2], "s", ["t"], "\n")
    fmt.print_(errors.new("e1"), errors.new("e2"), "\n")
    fmt.print_()
    fmt.print_("")
    fmt.print_("\n")
    fmt.println()
    fmt.println("a", "b", 1, 2, None, "")
    fmt.println("", "")
    s = fmt.sprint(1, 2, "three", 4, 5, "six", "seven")
    fmt.println(s, len(s))
    s = fmt.sprintln("x", 1, True)
    fmt.printf("%q\n", s)
    fmt.printf("%q\n", fmt.sprint())
    fmt.printf("%q\n", fmt.sprintln())
    n, err = fmt.println("count", "me")
    fmt.println(n, err)
    n, err = fmt.print_("héllo\n")
    fmt.println(n, err)
    n, err = fmt.printf("%d-%d\n", 1, 2)
    fmt.println(n, err)
    b = fmt.append(b"pre:", 1, 2, "x")
    b = fmt.appendf(b, "|%03d", 7)
    b = fmt.appendln(b, "end", 1)
    fmt.printf("%q\n", b)


if __name__ == "__main__":
    run(main)
