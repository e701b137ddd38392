"""Errors by convention: sentinel errors, wrapping with %w, errors.Is and a custom error type with errors.As."""

from goexit import errors, fmt, run


def f(arg: int) -> tuple[int, BaseException | None]:
    if arg == 42:
        return -1, errors.new("can't work with 42")
    return arg + 3, None


ErrOutOfTea = fmt.errorf("no more tea available")
ErrPower = fmt.errorf("can't boil water")


def make_tea(arg: int) -> BaseException | None:
    if arg == 2:
        return ErrOutOfTea
    elif arg == 4:
        return fmt.errorf("making tea: %w", ErrPower)
    return None


class argError(Exception):  # noqa: N801
    def __init__(self, arg: int, message: str) -> None:
        super().__init__()
        self.arg = arg
        self.message = message

    def __str__(self) -> str:
        return fmt.sprintf("%d - %s", self.arg, self.message)


def g(arg: int) -> tuple[int, BaseException | None]:
    if arg == 42:
        return -1, argError(arg, "can't work with it")
    return arg + 3, None


def main() -> None:
    for i in [7, 42]:
        r, e = f(i)
        if e is not None:
            fmt.println("f failed:", e)
        else:
            fmt.println("f worked:", r)
    for i in range(5):
        err = make_tea(i)
        if err is not None:
            if errors.is_(err, ErrOutOfTea):
                fmt.println("We should buy new tea!")
            elif errors.is_(err, ErrPower):
                fmt.println("Now it is dark.", err)
            else:
                fmt.printf("unknown error: %s\n", err)
            continue
        fmt.println("Tea is ready!")
    _, err = g(42)
    ae = errors.as_(err, argError)
    if ae is not None:
        fmt.println(ae.arg)
        fmt.println(ae.message)
    else:
        fmt.println("err doesn't match argError")
    fmt.printf("%v | %T\n", err, err)


if __name__ == "__main__":
    run(main)
