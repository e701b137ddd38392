"""%e %E %f %F %g %G with precisions: correctly rounded, ties to even on exact halves."""

from goexit import fmt, run


def main() -> None:
    values = [0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1.45, 1234.5678, 0.000123456,
              9.999, 99.995, 0.05, 123456789.987654321, 1e-10, 5e-7, 1e300, 3.0, -0.0625, 7.0 / 9]  # fmt: skip
    for v in values:
        fmt.printf("%.0f|%.1f|%.2f|%.3f|%f|%F|%.10f\n", v, v, v, v, v, v, v)
        fmt.printf("%.0e|%.1e|%.3e|%e|%E|%.12e\n", v, v, v, v, v, v)
        fmt.printf("%.0g|%.1g|%.2g|%.3g|%.5g|%.10g|%g|%G|%.3G\n", v, v, v, v, v, v, v, v, v)
        fmt.printf("%#g|%#.3g|%#.0f|%#.0e|%#v|%#e|%#.4f\n", v, v, v, v, v, v, v)
    fmt.printf("%.30f\n%.25e\n%.40g\n", 0.1, 0.1, 0.1)
    fmt.printf("%.20f|%.17g|%.3f\n", 1e-5, 1.0 / 3, 1e22)
    fmt.printf("%g|%g|%g|%g\n", 1e-4, 1e-5, 123456.0, 1234567.0)
    fmt.printf("%.2g|%.2g|%.4g|%.1g\n", 123.0, 0.0001234, 99999.0, 0.96)


if __name__ == "__main__":
    run(main)
