"""Explicit argument indexes [n], * width and precision, and their error forms."""

from goexit import fmt, run


def main() -> None:
    fmt.printf("%[2]d %[1]d\n", 1, 2)
    fmt.printf("%[3]*.[2]*[1]f\n", 12.0, 2, 6)
    fmt.printf("%d %d %#[1]x %#x\n", 16, 17)
    fmt.printf("%[1]d %[1]x %[1]o %[1]q\n", 65)
    fmt.printf("%[5]d\n", 1, 2)
    fmt.printf("%[0]d|%[-1]d|%[x]d|%[1d|%[]d\n", 1)
    fmt.printf("%[2]d %d\n", 1, 2, 3)
    fmt.printf("%[1]d %d %d\n", 1, 2)
    fmt.printf("%[3]d %[2]d\n", 1, 2, 3, 4)
    fmt.printf("%[2]*[1]d|\n", 12, 5)
    fmt.printf("%.[2]d|%[2].2d\n", 1, 2)
    fmt.printf("%*d|%-*d|%*d\n", 6, 42, 6, 42, -6, 42)
    fmt.printf("%.*f|%.*s|%.*d\n", 2, 3.14159, 3, "abcdef", 4, 7)
    fmt.printf("%*d\n", "x", 5)
    fmt.printf("%.*d\n", "x", 5)
    fmt.printf("%.*d|\n", -3, 5)
    fmt.printf("%*d\n", 10000000, 1)
    fmt.printf("%*d\n", 5)
    fmt.printf("%-*d|\n", 4, 3)
    fmt.printf("%0*d|%0-*d|\n", 5, 3, 5, 3)
    fmt.printf("%[1]*[2]d|%[1]*[3]d|\n", 4, 1, 2)
    fmt.printf("%*[2]d\n", 3, 4)
    fmt.printf("%[2]v %[1]v %v\n", "a", "b")
    fmt.printf("%1000000000d\n", 1)
    fmt.printf("%.1000000000d\n", 1)
    fmt.printf("%[1]T %[1]v %[2]T %[2]q\n", 3.5, "s")


if __name__ == "__main__":
    run(main)
