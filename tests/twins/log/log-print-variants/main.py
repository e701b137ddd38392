"""log.Print, Printf and Println format through fmt (Sprint, Sprintf, Sprintln) and add one newline if missing."""

from dataclasses import dataclass

from goexit import errors, fmt, log, ptr, run


@dataclass
class Point:
    X: int
    Y: int


def main() -> None:
    log.set_flags(0)
    log.println(None, True)
    log.println("a", 1, 2.5, [1, 2], {"b": 2, "a": 1})
    log.print_("a", "b", 1, 2, "c")
    log.print_(1, 2, None, errors.new("boom"))
    log.printf("%d items, %v, %q, %T", 3, Point(1, 2), "q", 1.5)
    log.printf("%+v %5.2f%%", Point(3, 4), 99.5)
    log.print_("ends with newline\n")
    log.println("println adds its own newline\n")
    log.printf("two\nlines")
    log.print_("")
    log.println()
    log.printf("%d %s", 1)
    log.printf("extra", 1)
    log.print_(ptr(Point(5, 6)))
    fmt.println("fmt on stdout")
    log.println(1e6, 100.0, 0.1)


if __name__ == "__main__":
    run(main)
