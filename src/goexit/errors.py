"""Go's ``errors`` package: error values, wrapping, and the ``Is`` / ``As`` tests along a chain.

An error is an exception *instance*, used as a value (returned, not raised).  An
error wraps another when it has an ``unwrap()`` method returning it (or a list of
errors, for a join); `is_` and `as_` walk that chain, the way Go's
``errors.Is`` and ``errors.As`` walk ``Unwrap``.  An error may also define
``is_(target) -> bool`` to say it matches ``target``, like Go's ``Is`` method.

```py
from goexit import context, errors, fmt

base = errors.new("disk full")
wrapped = fmt.errorf("saving: %w", base)
print(wrapped, errors.is_(wrapped, base), errors.is_(wrapped, context.Canceled))
#> saving: disk full True False
joined = errors.join(base, context.DeadlineExceeded)
print(repr(str(joined)), errors.is_(joined, context.DeadlineExceeded))
#> 'disk full\ncontext deadline exceeded' True
```
"""

from __future__ import annotations

from typing import TypeVar

from goexit import _gotypes

E = TypeVar("E")

__all__ = ["ErrUnsupported", "ErrorString", "JoinError", "as_", "as_type", "is_", "join", "new", "unwrap"]


class ErrorString(Exception):  # noqa: N818 - Go's errorString
    """The error `new` returns (Go's ``*errors.errorString``): its text, and nothing else.

    Two calls of `new` with the same text make two distinct errors.
    """

    go_type = "*errors.errorString"

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"errors.new({self.text!r})"

    def _go_fields(self) -> list[tuple[str, object]]:
        return [("s", self.text)]


def new(text: str) -> ErrorString:
    """Return an error whose message is ``text`` (Go's ``errors.New``).

    Each call returns a distinct error, even for identical text: errors made by
    `new` compare equal only to themselves.
    """
    if not isinstance(text, str):
        raise TypeError(f"errors.new takes the error's text, a str; got {type(text).__name__}")
    return ErrorString(text)


def unwrap(err: BaseException | None) -> BaseException | None:
    """The error ``err`` wraps, or ``None`` (Go's ``errors.Unwrap``).

    Only a single-error ``unwrap()`` counts: for a join, which unwraps to a
    list, it returns ``None``, as Go does.
    """
    method = getattr(err, "unwrap", None)
    if method is None:
        return None
    inner = method()
    return inner if isinstance(inner, BaseException) else None


def _children(err: BaseException) -> list[BaseException] | None:
    method = getattr(err, "unwrap", None)
    if method is None:
        return None
    inner = method()
    if inner is None:
        return []
    if isinstance(inner, BaseException):
        return [inner]
    return [e for e in inner if e is not None]


def _matches(err: BaseException, target: BaseException) -> bool:
    if err is target:
        return True
    try:
        if err == target:
            return True
    except Exception:  # noqa: BLE001 - an __eq__ that fails means "not equal"
        pass
    method = getattr(err, "is_", None)
    return bool(method(target)) if callable(method) else False


def is_(err: BaseException | None, target: BaseException | None) -> bool:
    """Report whether any error in ``err``'s tree matches ``target`` (Go's ``errors.Is``).

    The tree is ``err`` itself followed by what ``unwrap()`` returns, depth
    first.  An error matches if it is ``target``, equals it, or has an
    ``is_(target)`` method that returns true.  ``is_(None, None)`` is true.
    """
    if err is None or target is None:
        return err is target
    stack = [err]
    while stack:
        e = stack.pop()
        if _matches(e, target):
            return True
        kids = _children(e)
        if kids:
            stack.extend(reversed(kids))
    return False


def as_(err: BaseException | None, target: type[E]) -> E | None:
    """The first error in ``err``'s tree that is an instance of ``target``, or ``None`` (Go's ``errors.As``).

    Go fills in a pointer and returns a bool; here the match itself is returned.
    The walk is Go's: ``err``, then depth first through ``unwrap()`` (a single
    error, or each error of a list).  An error may define ``as_(target)``
    returning the value to report, like Go's ``As(any) bool`` method.  ``target``
    may be any class, a ``runtime_checkable`` Protocol too (Go's interface targets).
    """
    if not isinstance(target, type):
        raise TypeError(
            f"errors.as_ takes the class to look for (Go's *target type), got {target!r}: "
            "write errors.as_(err, MyError)"
        )
    if err is None:
        return None
    stack = [err]
    while stack:
        e = stack.pop()
        if isinstance(e, target):
            return e
        method = getattr(e, "as_", None)
        if callable(method):
            found = method(target)
            if found is not None:
                return found  # type: ignore[no-any-return]
        kids = _children(e)
        if kids:
            stack.extend(reversed(kids))
    return None


def as_type(err: BaseException | None, target: type[E]) -> tuple[E | None, bool]:
    """Go 1.26's ``errors.AsType[E](err)``: the first error in the tree that is an ``E``, and whether there was one."""
    found = as_(err, target)
    return found, found is not None


class JoinError(Exception):
    """The error `join` returns (Go's ``*errors.joinError``): its message is each error's, one per line."""

    go_type = "*errors.joinError"

    def __init__(self, errs: list[BaseException]) -> None:
        super().__init__(*errs)
        self.errs = errs

    def __str__(self) -> str:
        return "\n".join(_gotypes.error_message(e) for e in self.errs)

    def _go_fields(self) -> list[tuple[str, object, str]]:
        return [("errs", self.errs, "[]error")]

    def unwrap(self) -> list[BaseException]:
        """The joined errors, in order (Go's ``Unwrap() []error``)."""
        return list(self.errs)


ErrUnsupported = ErrorString("unsupported operation")
"""An operation that cannot be performed because it is not supported (Go's ``errors.ErrUnsupported``)."""


def join(*errs: BaseException | None) -> JoinError | None:
    """An error that wraps the given errors, ``None`` ones dropped (Go's ``errors.Join``).

    Returns ``None`` if every argument is ``None``.  `is_` and `as_`
    look through each wrapped error.
    """
    kept = [e for e in errs if e is not None]
    for e in kept:
        if not _gotypes.is_error(e):
            raise TypeError(
                f"errors.join takes errors (exception instances, or objects with an error() method), "
                f"got {type(e).__name__}"
            )
    return JoinError(kept) if kept else None
