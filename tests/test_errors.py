"""goexit.errors: Go's errors.New / Is / As / Unwrap / Join over exception instances."""

from __future__ import annotations

import pytest

from goexit import context, errors, fmt


def test_new_makes_distinct_errors_with_the_text() -> None:
    a, b = errors.new("x"), errors.new("x")
    assert str(a) == "x" and a is not b and a != b
    assert errors.is_(a, a) and not errors.is_(a, b)
    assert fmt.sprint(a) == "x"
    with pytest.raises(TypeError):
        errors.new(3)  # type: ignore[arg-type]


def test_is_walks_wrapping_chains() -> None:
    base = errors.new("base")
    mid = fmt.errorf("mid: %w", base)
    top = fmt.errorf("top: %w", mid)
    assert str(top) == "top: mid: base"
    assert errors.is_(top, base) and errors.is_(top, mid) and not errors.is_(base, top)
    assert errors.unwrap(top) is mid and errors.unwrap(base) is None
    assert errors.is_(None, None) and not errors.is_(None, base) and not errors.is_(base, None)


def test_is_uses_an_is_method_and_equality() -> None:
    class MatchesError(Exception):
        def is_(self, target: BaseException) -> bool:
            return target is context.Canceled

    assert errors.is_(fmt.errorf("wrapped: %w", MatchesError()), context.Canceled)
    assert errors.is_(context.DeadlineExceededError(), context.DeadlineExceeded)


def test_join_and_as() -> None:
    a, b = errors.new("a"), KeyError("k")
    joined = errors.join(None, a, None, b)
    assert joined is not None and str(joined) == "a\n'k'"
    assert errors.is_(joined, a) and errors.is_(joined, b)
    assert errors.unwrap(joined) is None  # a join unwraps to a list: Unwrap() error is nil
    assert errors.join(None, None) is None
    assert errors.as_(fmt.errorf("ctx: %w", joined), KeyError) is b
    assert errors.as_(joined, ValueError) is None
    assert errors.as_(None, KeyError) is None
    with pytest.raises(TypeError):
        errors.as_(a, "KeyError")  # type: ignore[arg-type]
