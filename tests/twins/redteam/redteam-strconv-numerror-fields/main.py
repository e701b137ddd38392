"""A failed conversion is a *strconv.NumError: its Func, Num and Err fields, and errors.Is on its reason."""

from goexit import errors, fmt, run, strconv


def main() -> None:
    for s in ["42", "4x2", "99999999999999999999", ""]:
        n, err = strconv.atoi(s)
        ne = errors.as_(err, strconv.NumError)
        if ne is not None:
            fmt.printf(
                "%q: func=%s num=%q err=%v range=%t\n", s, ne.func_, ne.num, ne.err, errors.is_(err, strconv.ErrRange)
            )
            continue
        fmt.println(s, "->", n)
    _, err = strconv.parse_float("abc", 64)
    if isinstance(err, strconv.NumError):
        fmt.println(err.func_, err.num, err.err, err.err is strconv.ErrSyntax)
    _, err = strconv.parse_bool("yes")
    fmt.printf("%v | %T\n", err, err)
    _, err = strconv.parse_int("300", 10, 8)
    fmt.println(err, errors.unwrap(err) is strconv.ErrRange)


if __name__ == "__main__":
    run(main)
