"""errors.Is walks Unwrap() error and Unwrap() []error depth first, and asks Is methods; comparable values match
by ==."""

from dataclasses import dataclass

from goexit import context, errors, fmt, os, run

ErrA = errors.new("A")
ErrB = errors.new("B")
ErrC = errors.new("C")
ErrNotExist = errors.new("file does not exist")


@dataclass
class Temporary(Exception):
    go_type = "main.Temporary"
    Op: str

    def __str__(self) -> str:
        return self.Op + ": temporary"


class matchAll(Exception):  # noqa: N801 - Go's unexported type name, as %T prints it
    go_type = "main.matchAll"

    def __str__(self) -> str:
        return "matches anything"

    def is_(self, target: BaseException) -> bool:
        return target is ErrC


class Code(int):
    def error(self) -> str:
        return fmt.sprintf("code %d", int(self))


def main() -> None:
    tree = errors.join(fmt.errorf("x: %w", ErrA), errors.join(fmt.errorf("%w and %w", ErrB, context.Canceled)))
    for target in [ErrA, ErrB, ErrC, context.Canceled, context.DeadlineExceeded, None]:
        fmt.println(target, errors.is_(tree, target))
    fmt.println(errors.is_(None, None), errors.is_(None, ErrA), errors.is_(ErrA, None))
    fmt.println(errors.is_(Temporary("read"), Temporary("read")), errors.is_(Temporary("read"), Temporary("write")))
    fmt.println(errors.is_(fmt.errorf("w: %w", Temporary("read")), Temporary("read")))
    m = matchAll()
    fmt.println(errors.is_(m, ErrC), errors.is_(m, ErrA), errors.is_(fmt.errorf("%w", m), ErrC))
    c3, c4, joined = Code(3), Code(4), errors.join(Code(1), Code(2))  # type: ignore[arg-type]
    fmt.println(errors.is_(c3, c3), errors.is_(c3, c4), errors.is_(joined, Code(2)))  # type: ignore[arg-type]
    fmt.println(errors.is_(errors.new("A"), ErrA), errors.is_(ErrA, ErrA))
    deadline = fmt.errorf("read: %w", os.ErrDeadlineExceeded)
    fmt.println(errors.is_(deadline, os.ErrDeadlineExceeded), deadline)
    fmt.println(errors.is_(ErrNotExist, ErrNotExist))
    chain: BaseException = ErrA
    for i in range(5):
        chain = fmt.errorf("level %d: %w", i, chain)
    fmt.println(errors.is_(chain, ErrA), chain)


if __name__ == "__main__":
    run(main)
