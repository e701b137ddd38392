"""os's portable errors (ErrNotExist, ErrExist, ErrPermission, ErrInvalid, ErrClosed) wrapped and matched with
errors.Is."""

from goexit import errors, fmt, os, run


class lookupError(Exception):  # noqa: N801 - Go's unexported type name
    def __init__(self, key: str, err: BaseException) -> None:
        super().__init__()
        self.key = key
        self.err = err

    def __str__(self) -> str:
        return "lookup " + self.key + ": " + str(self.err)

    def unwrap(self) -> BaseException:
        return self.err


def find(key: str) -> BaseException | None:
    if key == "missing":
        return lookupError(key, os.ErrNotExist)
    if key == "dup":
        return fmt.errorf("create %s: %w", key, os.ErrExist)
    if key == "secret":
        return fmt.errorf("read %s: %w", key, os.ErrPermission)
    if key == "":
        return os.ErrInvalid
    return None


def main() -> None:
    for k in ["missing", "dup", "secret", "", "ok"]:
        err = find(k)
        fmt.printf(
            "%q: %v | notexist=%t exist=%t perm=%t invalid=%t\n",
            k,
            err,
            errors.is_(err, os.ErrNotExist),
            errors.is_(err, os.ErrExist),
            errors.is_(err, os.ErrPermission),
            errors.is_(err, os.ErrInvalid),
        )
    fmt.println(os.ErrClosed, errors.is_(fmt.errorf("x: %w", os.ErrClosed), os.ErrClosed))
    fmt.printf("%T\n", os.ErrNotExist)


if __name__ == "__main__":
    run(main)
