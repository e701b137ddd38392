"""errors.As finds the first error of a type along the tree (depth first through joins and multi-%w), or an As
method."""

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from goexit import errors, fmt, os, run, strconv


@dataclass
class PathError(Exception):
    Path: str

    def __str__(self) -> str:
        return "path " + self.Path


@dataclass
class CodeError(Exception):
    go_type = "main.CodeError"
    Code: int

    def __str__(self) -> str:
        return "code " + strconv.itoa(self.Code)


class Fallback(Exception):
    go_type = "main.Fallback"

    def __str__(self) -> str:
        return "fallback"

    def as_(self, target: type) -> object:
        if target is PathError:
            return PathError("from As")
        return None


@runtime_checkable
class timeout(Protocol):  # noqa: N801 - Go's unexported type name, as %T prints it
    def timeout(self) -> bool: ...


def main() -> None:
    tree = errors.join(
        fmt.errorf("first: %w", CodeError(1)),
        fmt.errorf("second: %w and %w", PathError("/a"), CodeError(2)),
        PathError("/b"),
    )
    pe = errors.as_(tree, PathError)
    fmt.println(pe is not None, pe.Path, pe)  # type: ignore[union-attr]
    ce = errors.as_(tree, CodeError)
    fmt.println(ce is not None, ce.Code, ce)  # type: ignore[union-attr]
    fmt.println(errors.as_(errors.new("plain"), PathError) is not None)
    pe = errors.as_(Fallback(), PathError)
    fmt.println(pe is not None, pe)
    pe = errors.as_(fmt.errorf("wrapped: %w", Fallback()), PathError)
    fmt.println(pe is not None, pe)
    deadline = fmt.errorf("read: %w", os.ErrDeadlineExceeded)
    to = errors.as_(deadline, timeout)  # type: ignore[type-abstract]
    fmt.println(to is not None, to.timeout())  # type: ignore[union-attr]
    _, err = strconv.atoi("12x")
    ne = errors.as_(err, strconv.NumError)
    fmt.println(ne is not None, ne.Func, ne.Num, ne.Err, errors.is_(err, strconv.ErrSyntax))  # type: ignore[union-attr]
    _, err = strconv.parse_int("99999999999999999999", 10, 64)
    fmt.println(err, errors.is_(err, strconv.ErrRange))
    fmt.println(errors.as_(None, PathError) is not None)
    p, ok = errors.as_type(tree, PathError)
    if ok:
        fmt.println("AsType:", p.Path)  # type: ignore[union-attr]


if __name__ == "__main__":
    run(main)
