"""%v of float64 is %g with the shortest digits that read back exactly."""

import math

from goexit import fmt, run


def main() -> None:
    a, b = 0.1, 0.2
    values = [
        0.0, 1.0, -1.0, 100.0, 1e6, 1e5, 123456.0, 1234567.0, 1e20, 1e21, 1e22, 0.1, 0.2, a + b,
        0.0001, 0.00001, 0.000001, 1.0 / 3, 2.0 / 3, 10.0 / 3, 1.5, -2.25, 3.14159265358979,
        123456789.0, 12345678.9, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        math.inf, -math.inf, math.nan, math.copysign(0, -1), float(1 << 53), float((1 << 53) + 1),
        9007199254740993.0, 4.35, 0.3, 2.675, 1e-7, 123e-20, 6.02214076e23, 299792458.0, 1e100,
    ]  # fmt: skip
    for v in values:
        fmt.println(v, -v)
        fmt.printf("%v|%g|%G|%e|%.3v|%10v|%-10v|%+v\n", v, v, v, v, v, v, v, v)
    fmt.println(values[:5])
    fmt.print_(1.5, 2.5, "x", 3.0, "\n")
    x = 0.0
    for _ in range(12):
        x += 0.1
        fmt.print_(x, " ")
    fmt.println()
    fmt.println(math.pi, math.e, math.sqrt(2), 1.7976931348623157e308, 5e-324)
    fmt.println(7.0 / 2, 7.0 / 2 * 2, 1e15 + 0.3, 1e16 + 1)


if __name__ == "__main__":
    run(main)
