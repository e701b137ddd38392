"""The runtime's printing (panic values, Python exceptions as run-time errors), log's header, debug's levels.

Go's output for each of these is checked by the twins under tests/twins/panic/ and tests/twins/log/;
these tests pin the pieces a twin cannot isolate.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pytest

from goexit import debug, errors, fmt, log, panics, recover, runtime
from goexit.panics import BoundsError, from_python, runtime_error


class _Level(int):
    pass


class _Name(str):
    pass


@dataclass
class _T:
    A: int


def test_format_value_is_printpanicval() -> None:
    assert panics.format_value(3) == "3"
    assert panics.format_value(1e6) == "1e+06"
    assert panics.format_value(100.0) == "100"
    assert panics.format_value(True) == "true"
    assert panics.format_value(1 + 2j) == "(1+2i)"
    assert panics.format_value("a\nb") == "a\n\tb"
    assert panics.format_value(_Level(3)) == "test_printing._Level(3)"
    assert panics.format_value(_Name("x\ny")) == 'test_printing._Name("x\n\ty")'
    assert re.fullmatch(r"\(test_printing\._T\) 0x[0-9a-f]+", panics.format_value(_T(1)))
    assert re.fullmatch(r"\(\[\]int\) 0x[0-9a-f]+", panics.format_value([1]))


def _raise(f: object) -> BaseException:
    try:
        f()  # type: ignore[operator]
    except Exception as e:
        return e
    raise AssertionError("no exception")


def test_python_exceptions_become_go_run_time_errors() -> None:
    s = [1, 2, 3]
    i = 7
    e = from_python(_raise(lambda: s[i]))
    assert isinstance(e, runtime.Error) and str(e) == "runtime error: index out of range [7] with length 3"
    assert str(from_python(_raise(lambda: s[len(s) + 1]))) == "runtime error: index out of range [4] with length 3"
    assert str(from_python(_raise(lambda: 1 // 0))) == "runtime error: integer divide by zero"
    none: _T | None = None
    deref = from_python(_raise(lambda: none.A))  # type: ignore[union-attr]
    assert str(deref) == "runtime error: invalid memory address or nil pointer dereference"
    assert getattr(deref, "signal", "") == "SIGSEGV: segmentation violation"  # the crash adds Go's [signal ...] line
    nil_map: dict[str, int] | None = None

    def write() -> None:
        nil_map["k"] = 1  # type: ignore[index]

    assert str(from_python(_raise(write))) == "assignment to entry in nil map"
    value_error = _raise(lambda: int("x"))
    assert from_python(value_error) is value_error


def test_an_index_with_a_call_is_not_evaluated_twice() -> None:
    calls = []

    def pick() -> int:
        calls.append(1)
        return 9

    s = [1]
    e = from_python(_raise(lambda: s[pick()]))
    assert calls == [1]
    assert str(e) == "runtime error: index out of range"


def test_bounds_error_messages() -> None:
    assert str(BoundsError(-1, 3)) == "runtime error: index out of range [-1]"
    assert str(BoundsError(5, 3, "slice_acap")) == "runtime error: slice bounds out of range [:5] with capacity 3"
    assert str(BoundsError(4, 2, "slice_b")) == "runtime error: slice bounds out of range [4:2]"
    assert fmt.sprintf("%T %#v", BoundsError(5, 3), BoundsError(5, 3)) == (
        "runtime.boundsError runtime.boundsError{x:5, y:3, signed:false, code:0x0}"
    )
    assert str(runtime_error("x")) == "runtime error: x"


def test_recover_returns_the_converted_run_time_error() -> None:
    from goexit import defer, func

    got: list[object] = []

    @func
    def f() -> None:
        defer(lambda: got.append(recover()))
        [][3]

    f()
    assert isinstance(got[0], runtime.Error)
    assert str(got[0]) == "runtime error: index out of range [3] with length 0"


def test_log_header_and_lshortfile() -> None:
    out = io.StringIO()
    logger = log.new(out, "p ", log.Lshortfile | log.Lmsgprefix)
    logger.println("x")
    line = out.getvalue()
    assert re.fullmatch(r"test_printing\.py:\d+: p x\n", line), line
    out.truncate(0)
    out.seek(0)
    logger.set_flags(log.Llongfile)
    logger.output(1, "y")
    assert out.getvalue().startswith("p /") and out.getvalue().endswith(": y\n")
    out.truncate(0)
    out.seek(0)
    logger.set_flags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
    logger.print_(errors.new("e"))
    assert re.fullmatch(r"p \d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6} e\n", out.getvalue())


def test_debug_levels_follow_go_and_never_go_below_the_environment() -> None:
    assert debug.level_of("none") == (0, False, False)
    assert debug.level_of("single") == debug.level_of("") == (1, False, False)
    assert debug.level_of("all") == (1, True, False)
    assert debug.level_of("system") == debug.level_of("2") == (2, True, False)
    assert debug.level_of("crash") == (2, True, True)
    assert debug.level_of("7") == (7, True, False)
    assert debug.level_of("bogus") == (0, True, False)
    before = debug.traceback_settings()
    try:
        debug.set_traceback("none")
        assert debug.traceback_settings()[0] >= 1  # GOTRACEBACK is unset here: single
        debug.set_traceback("all")
        assert debug.traceback_settings() == (1, True, False)
    finally:
        debug._current = debug._env
    assert debug.traceback_settings() == before
    with pytest.raises(TypeError):
        debug.set_traceback(1)  # type: ignore[arg-type]
