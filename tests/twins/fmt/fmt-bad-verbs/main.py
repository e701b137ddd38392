"""What print.go writes for a wrong verb, a missing or extra operand, nil, and booleans."""

from dataclasses import dataclass

from goexit import errors, fmt, run


@dataclass
class point:  # noqa: N801 - Go's unexported type name, as %T prints it
    X: int
    Y: int


def main() -> None:
    fmt.printf("%d|%s|%x|%t|%c|%e\n", "str", 5, True, 3, 2.5, "e")
    fmt.printf("%d|%s|%q|%v|%T|%t|%p|%x\n", None, None, None, None, None, None, None, None)
    fmt.printf("%t|%v|%5t|%-7t|%q|%d|%s\n", True, False, True, False, True, False, True)
    fmt.printf("%d %d\n", 1)
    fmt.printf("%d\n", 1, 2)
    fmt.printf("%s\n", "a", "b", 3, None, 4.5, True, [1])
    fmt.printf("no verbs\n", 1)
    fmt.printf("%!|%z|%ä|%\n", 1, 2)
    fmt.printf("%")
    fmt.println()
    fmt.printf("%-")
    fmt.println()
    fmt.printf("%.")
    fmt.println()
    fmt.printf("%d %v %s\n", point(1, 2), point(3, 4), point(5, 6))
    fmt.printf("%s|%d|%x\n", [1, 2], ["a"], [True])
    fmt.printf("%d|%s\n", {"a": 1}, {1: True})
    fmt.printf("%s|%d|%v\n", errors.new("boom"), errors.new("boom"), errors.new("boom"))
    fmt.printf("%w\n", errors.new("not in Errorf"))
    fmt.printf("%w|%w\n", 5, "x")
    fmt.printf("%p\n", 5)
    fmt.printf("%.2d|%.3s|%8.2q|%x\n", "s", 42, 3.5, 1.5)
    fmt.printf("%!d(string=s)\n")
    fmt.printf("%v %v %v\n", True, None, [None, 1, "a", None])
    fmt.printf("%d %s\n", [None, 1], [None, "x"])
    fmt.printf("%5v|%-5v|%5d\n", None, None, None)
    fmt.printf("%%|%5%|%-5%|%d%%\n", 7)
    fmt.println(None, True, False, [None])


if __name__ == "__main__":
    run(main)
