"""Custom wrappers: Unwrap() error and Unwrap() []error methods make errors.Unwrap, Is and As see through them."""

from dataclasses import dataclass, field

from goexit import errors, fmt, run

ErrTimeout = errors.new("timeout")


@dataclass
class QueryError(Exception):
    Query: str
    Err: BaseException

    def __str__(self) -> str:
        return self.Query + ": " + str(self.Err)

    def unwrap(self) -> BaseException:
        return self.Err


@dataclass
class MultiError(Exception):
    go_type = "main.MultiError"
    Errs: list[BaseException | None] = field(default_factory=list)

    def __str__(self) -> str:
        return fmt.sprintf("%d errors", len(self.Errs))

    def unwrap(self) -> list[BaseException | None]:
        return self.Errs


def main() -> None:
    q = QueryError("SELECT 1", ErrTimeout)
    fmt.println(q, errors.unwrap(q) is ErrTimeout, errors.is_(q, ErrTimeout))
    fmt.printf("%v|%+v|%s\n", q, q, q)
    w = fmt.errorf("retry: %w", q)
    fmt.println(w, errors.is_(w, ErrTimeout), errors.unwrap(errors.unwrap(w)) is ErrTimeout)
    target = errors.as_(w, QueryError)
    fmt.println(target is not None, target.Query)  # type: ignore[union-attr]
    m = MultiError([errors.new("x"), q, None])
    fmt.println(m, errors.is_(m, ErrTimeout), errors.unwrap(m))
    target = errors.as_(m, QueryError)
    fmt.println(target is not None, target is q)
    fmt.println(errors.join(m, w))
    empty = MultiError()
    fmt.println(empty, errors.is_(empty, ErrTimeout))
    fmt.println(errors.unwrap(None), errors.unwrap(ErrTimeout))


if __name__ == "__main__":
    run(main)
