"""strconv, which fmt formats with: Itoa/Atoi, ParseInt bases, ParseFloat, ParseBool, FormatFloat, Quote and friends."""

from goexit import fmt, run, strconv


def main() -> None:
    fmt.println(strconv.itoa(-45), strconv.format_int(255, 2), strconv.format_int(-255, 16), strconv.format_int(35, 36))
    for s in ["42", "-7", "+3", "0x1f", "1_000", "", " 1", "12a", "9223372036854775808", "-9223372036854775809"]:
        n, err = strconv.atoi(s)
        fmt.printf("Atoi(%q) = %d, %v\n", s, n, err)
    for s in ["0x1f", "0b101", "0o17", "017", "1_000", "_1", "1__0", "ff", "-0x10"]:
        n, err = strconv.parse_int(s, 0, 64)
        fmt.printf("ParseInt(%q, 0) = %d, %v\n", s, n, err)
    n8, err = strconv.parse_int("300", 10, 8)
    fmt.println(n8, err)
    h, err = strconv.parse_int("ff", 16, 64)
    fmt.println(h, err)
    u, err = strconv.parse_uint("-1", 10, 64)
    fmt.println(u, err)
    for s in ["1.5", "1e3", ".5", "5.", "inf", "-Inf", "NaN", "1e400", "0x1p-2", "abc", "1_0.5", "1,5"]:
        f, err = strconv.parse_float(s, 64)
        fmt.printf("ParseFloat(%q) = %v, %v\n", s, f, err)
    for s in ["true", "T", "1", "FALSE", "f", "yes"]:
        b, err = strconv.parse_bool(s)
        fmt.println(s, b, err)
    for f in [3.14159, 1e21, 0.000001, 100.0, -0.5]:
        fmt.println(strconv.format_float(f, "f", -1, 64), strconv.format_float(f, "e", 3, 64),
                    strconv.format_float(f, "g", -1, 64), strconv.format_float(f, "G", 4, 64),
                    strconv.format_float(f, "f", 2, 32), strconv.format_float(f, "g", -1, 32))  # fmt: skip
    fmt.println(strconv.quote('tab\t"quote" é ☺\x01'), strconv.quote_to_ascii("é ☺"), strconv.quote_rune("☺"),
                strconv.quote_rune_to_ascii("☺"))  # fmt: skip
    fmt.println(strconv.can_backquote("ok"), strconv.can_backquote("no`"), strconv.can_backquote("tab\tok"),
                strconv.can_backquote("nl\n"))  # fmt: skip
    for s in ['"a\\tb"', "`raw\\n`", "'x'", '"bad', '"\\u263a"', "'ab'"]:
        v, err = strconv.unquote(s)
        fmt.printf("Unquote(%s) = %q, %v\n", s, v, err)
    is_print = strconv.is_print
    fmt.println(strconv.format_bool(True), is_print(ord("a")), is_print(0xA0), is_print(ord("\t")))


if __name__ == "__main__":
    run(main)
