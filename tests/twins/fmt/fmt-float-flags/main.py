"""Width, sign, space, zero padding and left alignment on floats; NaN and Inf are never zero-padded."""

import math

from goexit import fmt, run


def main() -> None:
    values = [3.14159, -3.14159, 0.0, 1e6, -1e-7, math.inf, -math.inf, math.nan, 42.0]
    for v in values:
        fmt.printf("[%8.2f][%-8.2f][%08.2f][%+8.2f][% 8.2f][%+08.2f][% -8.2f][%-08.2f]\n", v, v, v, v, v, v, v, v)
        fmt.printf("[%12e][%-12.3E][%012g][%+g][% g][%+.0f][%010v][%x][%X][%b]\n", v, v, v, v, v, v, v, v, v, v)
        fmt.printf("[%.3x][%#x][%+.1X][%10.2x]\n", v, v, v, v)
    fmt.printf("%6.2f%%|%5.1f%%\n", 99.5, 3.0)
    fmt.printf("%*.*f|%-*.*f|\n", 10, 3, math.pi, 10, 1, math.e)
    c = complex(1.5, -2)
    fmt.printf("%v|%.2f|%+.1e|%8.1f|%g\n", c, c, c, c, complex(0, 1))
    fmt.println(c, complex(math.inf, math.nan), complex(-0.5, 0.25))


if __name__ == "__main__":
    run(main)
