"""Walking a wrap chain by hand: each level's message, type, and what Unwrap returns."""

from dataclasses import dataclass

from goexit import context, errors, fmt, run


@dataclass
class OpError(Exception):
    Op: str
    Err: BaseException

    def __str__(self) -> str:
        return self.Op + " failed: " + str(self.Err)

    def unwrap(self) -> BaseException:
        return self.Err


def main() -> None:
    err: BaseException | None = OpError("dial", fmt.errorf("attempt %d: %w", 3, context.DeadlineExceeded))
    err = fmt.errorf("connect: %w", err)
    level = 0
    while err is not None:
        fmt.printf("%d %-26T %q\n", level, err, str(err))
        err = errors.unwrap(err)
        level += 1
    joined = errors.join(context.Canceled, OpError("read", errors.new("reset")))
    fmt.printf("%T %v\n", errors.unwrap(joined), errors.is_(joined, context.Canceled))
    op = errors.as_(joined, OpError)
    if op is not None:
        fmt.println(op.Op, op.Err, op)
    fmt.println(context.cause(context.background()), errors.is_(context.DeadlineExceeded, context.DeadlineExceeded))


if __name__ == "__main__":
    run(main)
