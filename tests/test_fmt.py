"""goexit.fmt and goexit.strconv: invariants that must hold for any input (hypothesis), and the API's contracts.

What Go prints is checked by the twins under tests/twins/fmt/ (each run on go1.27.3); these tests
pin the properties a differential run cannot cover cheaply: round trips, agreement with C-style
formatting where Go's rules and C's coincide, and the shapes of the returned values.
"""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goexit import Pointer, bufio, deref, errors, fmt, os, panic, ptr, strconv
from goexit._gotypes import go_type_of

finite = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(finite)
def test_shortest_float_reads_back_exactly(x: float) -> None:
    text = strconv.format_float(x, "g", -1, 64)
    assert float(text) == x
    assert fmt.sprint(x) == text
    # No shorter decimal reads back: the last digit cannot be dropped.
    mantissa = text.split("e")[0].replace("-", "").replace(".", "").strip("0")
    if len(mantissa) > 1:
        assert float(f"{x:.{len(mantissa) - 2}e}") != x


@settings(max_examples=300, deadline=None)
@given(finite, st.integers(min_value=0, max_value=20))
def test_e_and_f_with_a_precision_match_c_formatting(x: float, prec: int) -> None:
    # Go's %e and %f (correctly rounded, two exponent digits at least) coincide with C's.
    assert fmt.sprintf("%.*e", prec, x) == f"{x:.{prec}e}"
    if abs(x) < 1e30:
        assert fmt.sprintf("%.*f", prec, x) == f"{x:.{prec}f}"


@settings(max_examples=300, deadline=None)
@given(finite, st.integers(min_value=1, max_value=17))
def test_g_with_a_precision_matches_c_formatting(x: float, prec: int) -> None:
    assert fmt.sprintf("%.*g", prec, x) == f"{x:.{prec}g}"


@settings(max_examples=200, deadline=None)
@given(st.floats(width=32, allow_nan=False, allow_infinity=False))
def test_float32_shortest_reads_back_as_the_same_float32(x: float) -> None:
    text = strconv.format_float(x, "g", -1, 32)
    assert struct.unpack("<f", struct.pack("<f", float(text)))[0] == x


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_quote_unquote_round_trip(s: str) -> None:
    for quoted in (strconv.quote(s), strconv.quote_to_ascii(s)):
        assert strconv.unquote(quoted) == (s, None)
    assert strconv.quote_to_ascii(s).isascii()
    assert fmt.sprintf("%q", s) == strconv.quote(s)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(2**63), max_value=2**63 - 1), st.integers(min_value=2, max_value=36))
def test_format_int_parse_int_round_trip(n: int, base: int) -> None:
    assert strconv.parse_int(strconv.format_int(n, base), base, 64) == (n, None)
    assert strconv.atoi(strconv.itoa(n)) == (n, None)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.integers(), st.integers(), max_size=20))
def test_int_keys_print_in_numeric_order(m: dict[int, int]) -> None:
    text = fmt.sprint(m)
    expected = " ".join(f"{k}:{v}" for k, v in sorted(m.items()))
    assert text == f"map[{expected}]"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(), st.text(max_size=3), st.booleans(), st.none()), max_size=6))
def test_sprint_spaces_only_between_non_strings(a: list[object]) -> None:
    parts = [fmt.sprint(x) for x in a]
    out = ""
    for i, x in enumerate(a):
        if i and not isinstance(x, str) and not isinstance(a[i - 1], str):
            out += " "
        out += parts[i]
    assert fmt.sprint(*a) == out
    assert fmt.sprintln(*a) == " ".join(parts) + "\n"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=0, max_value=30))
def test_width_pads_to_at_least_the_width(n: int, width: int) -> None:
    for verb in ("d", "x", "o", "b", "v"):
        for flags in ("", "-", "0", "+", " "):
            text = fmt.sprintf(f"%{flags}{width}{verb}", n)
            assert len(text) >= width
            assert text.strip(" ").lstrip("+").lstrip("-").lstrip("0") != "" or n == 0


def test_printers_return_go_s_n_and_err(capfd: pytest.CaptureFixture[str]) -> None:
    assert fmt.println("héllo", 1) == (9, None)
    assert fmt.printf("%d\n", 5) == (2, None)
    assert fmt.print_("x") == (1, None)
    assert fmt.fprintln(os.Stderr, "to stderr") == (10, None)
    out, err = capfd.readouterr()
    assert out == "héllo 1\n5\nx"
    assert err == "to stderr\n"


def test_fprint_accepts_every_kind_of_writer() -> None:
    text = io.StringIO()
    assert fmt.fprintf(text, "%s=%d", "a", 1) == (3, None)
    binary = io.BytesIO()
    fmt.fprint(binary, "é")
    assert binary.getvalue() == "é".encode()

    class GoWriter:
        def __init__(self) -> None:
            self.got: list[bytes] = []

        def write(self, p: bytes) -> tuple[int, BaseException | None]:
            self.got.append(p)
            return len(p), None

    w = GoWriter()
    fmt.fprintln(w, 1, 2)
    assert w.got == [b"1 2\n"]
    buffered = bufio.new_writer(text)
    fmt.fprint(buffered, "!")
    assert text.getvalue() == "a=1"
    assert buffered.flush() is None
    assert text.getvalue() == "a=1!"
    with pytest.raises(TypeError, match="write"):
        fmt.fprint(object(), "x")


def test_a_closed_file_reports_go_s_error() -> None:
    f = os.File(2, "/dev/stderr")
    assert f.close() is None
    n, err = f.write(b"x")
    assert n == 0 and str(err) == "write /dev/stderr: file already closed"
    assert str(f.close()) == "close /dev/stderr: file already closed"


@dataclass
class _Point:
    X: int
    Y: int


def test_pointers_print_as_go_pointers_and_forward_attributes() -> None:
    p = ptr(_Point(1, 2))
    assert fmt.sprintf("%v %+v %T", p, p, p) == "&{1 2} &{X:1 Y:2} *test_fmt._Point"
    p.X = 5
    assert deref(p) == _Point(5, 2) and p == ptr(deref(p))
    assert fmt.sprint([p]).startswith("[0x")
    with pytest.raises(TypeError, match="pointers to pointers"):
        ptr(p)
    assert isinstance(p, Pointer)


def test_errorf_returns_go_s_error_types() -> None:
    base = errors.new("base")
    assert go_type_of(fmt.errorf("plain")) == "*errors.errorString"
    one = fmt.errorf("a: %w", base)
    assert errors.unwrap(one) is base and go_type_of(one) == "*fmt.wrapError"
    two = fmt.errorf("%w %w", base, base)
    # Go drops a %w operand only when the same operand index repeats, not the same error.
    assert go_type_of(two) == "*fmt.wrapErrors" and two.unwrap() == [base, base]  # type: ignore[attr-defined]
    assert errors.unwrap(fmt.errorf("%w", 3)) is None


def test_a_panic_in_a_string_method_is_printed_and_ended() -> None:
    class Boom:
        def __str__(self) -> str:
            panic("no")

    assert fmt.sprint(Boom()) == "%!v(PANIC=String method: no)"
    assert fmt.sprintf("%s|%d", Boom(), 3) == "%!s(PANIC=String method: no)|3"


def test_nan_and_inf_are_never_zero_padded() -> None:
    assert fmt.sprintf("%08.2f|%+08f|% 8f", math.nan, math.inf, -math.inf) == "     NaN|    +Inf|    -Inf"


def test_format_float_rejects_nothing_go_accepts() -> None:
    assert strconv.format_float(1.5, "x", -1, 64) == "0x1.8p+00"
    assert strconv.format_float(1.5, "b", -1, 64) == "6755399441055744p-52"
    assert strconv.format_float(1.0, "z", -1, 64) == "%z"
