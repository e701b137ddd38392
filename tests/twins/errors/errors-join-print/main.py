"""errors.Join: nil operands dropped, all-nil gives nil, one error per line; %q %v %s %x of a join."""

from goexit import errors, fmt, run


def main() -> None:
    a, b, c = errors.new("a failed"), errors.new("b failed"), errors.new("c\nspans lines")
    j = errors.join(a, None, b)
    fmt.println(j)
    fmt.printf("%v|%s|%q|%x|%T\n", j, j, j, j, j)
    fmt.println(errors.join() is None, errors.join(None, None) is None)
    one = errors.join(a)
    fmt.printf("%q %v\n", one, one == a)  # type: ignore[comparison-overlap]
    nested = errors.join(j, c, errors.join(errors.new("deep")))
    fmt.printf("%q\n", nested)
    fmt.println(nested)
    fmt.println([j, a])
    wrapped = fmt.errorf("top: %w", j)
    fmt.printf("%q\n", wrapped)
    unwrap = getattr(j, "unwrap", None)
    if unwrap is not None:
        errs = unwrap()
        fmt.println(len(errs), errs[0] == a, errs[1] == b)
    fmt.println(errors.unwrap(j) is None)
    errs = []
    for i in range(3):
        errs.append(fmt.errorf("item %d", i))
    fmt.println(errors.join(*errs))
    fmt.printf("%+v|%10v|\n", j, one)


if __name__ == "__main__":
    run(main)
