"""Walking an error chain with errors.Unwrap, and a custom Is method that matches by code."""

from goexit import errors, fmt, run


class StatusError(Exception):
    go_type = "main.StatusError"

    def __init__(self, code: int = 0) -> None:
        super().__init__()
        self.Code = code

    def __str__(self) -> str:
        return fmt.sprintf("status %d", self.Code)

    def is_(self, target: BaseException) -> bool:
        return isinstance(target, StatusError) and (target.Code == 0 or target.Code == self.Code)


def fetch() -> BaseException:
    return fmt.errorf("fetch user: %w", fmt.errorf("http get: %w", StatusError(404)))


def main() -> None:
    err = fetch()
    e: BaseException | None = err
    while e is not None:
        fmt.printf("%T: %v\n", e, e)
        e = errors.unwrap(e)
    fmt.println(errors.is_(err, StatusError(404)), errors.is_(err, StatusError(500)), errors.is_(err, StatusError()))
    se = errors.as_(err, StatusError)
    if se is not None:
        fmt.println("code:", se.Code)
    joined = errors.join(err, errors.new("also this"))
    fmt.println(joined)
    fmt.println(errors.is_(joined, StatusError(404)), errors.unwrap(joined) is None)


if __name__ == "__main__":
    run(main)
