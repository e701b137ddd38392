"""Errorf: %w wraps (one error: Unwrap() error; several: Unwrap() []error); non-errors print %!w(...); no %w:
errorString."""

from goexit import errors, fmt, run

ErrBase = errors.new("base failure")
ErrOther = errors.new("other failure")


def main() -> None:
    e1 = fmt.errorf("step 1: %w", ErrBase)
    e2 = fmt.errorf("step 2: %w", e1)
    fmt.println(e2)
    fmt.println(errors.unwrap(e2) == e1, errors.unwrap(e1) == ErrBase, errors.unwrap(ErrBase))
    fmt.println(errors.is_(e2, ErrBase), errors.is_(e2, ErrOther))
    fmt.printf("%v|%s|%q|%T|%T\n", e2, e2, e2, e2, errors.unwrap(e2))

    multi = fmt.errorf("both: %w and %w", ErrBase, ErrOther)
    fmt.println(multi, errors.unwrap(multi))
    fmt.println(errors.is_(multi, ErrBase), errors.is_(multi, ErrOther))
    unwrap = getattr(multi, "unwrap", None)
    if unwrap is not None and isinstance(unwrap(), list):
        fmt.println(len(unwrap()), unwrap())
    fmt.printf("%T\n", multi)

    bad = fmt.errorf("not an error: %w", 42)
    fmt.println(bad, errors.unwrap(bad))
    fmt.printf("%T\n", bad)

    nilw = fmt.errorf("nil: %w", None)
    fmt.println(nilw, errors.unwrap(nilw) is None)

    plain = fmt.errorf("code %d", 7)
    fmt.printf("%v %T\n", plain, plain)
    lit = fmt.errorf("literal")
    fmt.printf("%v %T\n", lit, lit)

    reorder = fmt.errorf("%[2]w then %[1]w", ErrBase, ErrOther)
    fmt.println(reorder)
    unwrap = getattr(reorder, "unwrap", None)
    if unwrap is not None and isinstance(unwrap(), list):
        fmt.println(unwrap())
    dup = fmt.errorf("%w %[1]w %w", ErrBase, ErrOther)
    unwrap = getattr(dup, "unwrap", None)
    if unwrap is not None and isinstance(unwrap(), list):
        fmt.println(dup, len(unwrap()))
    fmt.println(fmt.errorf("%v and %s", ErrBase, ErrOther), errors.unwrap(fmt.errorf("%v", ErrBase)))
    fmt.println(fmt.errorf("%5w|%-20w|", ErrBase, ErrOther))
    fmt.println(fmt.errorf("%+w %#w", ErrBase, ErrBase))
    fmt.println(fmt.errorf("mixed %w %d %w", ErrBase, 3, "notErr"))
    fmt.printf("%v\n", fmt.errorf("wrap join: %w", errors.join(ErrBase, ErrOther)))


if __name__ == "__main__":
    run(main)
