"""Go's ``time`` package: Duration, Time, and what decides when goroutines wake (Sleep, timers, tickers).

A `Duration` is an ``int`` of nanoseconds that prints as Go prints it, so
``10 * time.Millisecond`` is written as in Go and arithmetic stays a Duration
where Go's would:

```py
from goexit import fmt, time

d = 1500 * time.Millisecond
print(d, d * 2, d.seconds(), d.milliseconds(), d.round(time.Second))
#> 1.5s 3s 1.5 1500 2s
print(time.Hour + 2 * time.Minute + 3 * time.Second, -d, time.Duration(0))
#> 1h2m3s -1.5s 0s
fmt.println(*time.parse_duration("1h15m30.5s"))
#> 1h15m30.5s <nil>
fmt.println(*time.parse_duration("5 parsecs"))
#> 0s time: unknown unit " parsecs" in duration "5 parsecs"
print(time.date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).format(time.RFC1123))
#> Tue, 10 Nov 2009 23:00:00 UTC
```

Timers follow Go 1.23 and later (runtime/time.go, time/sleep.go): a timer's
channel is unbuffered as far as ``len`` and ``cap`` can tell, `Timer.stop`
and `Timer.reset` never leave a stale value behind, and a Timer or Ticker
that no goroutine is waiting on does not delay deadlock detection.  A
sleeping goroutine, a pending `after_func` and a context deadline do, as in Go.

`Time` values carry a wall clock and, for `now`, a monotonic reading that
`since`, `until` and `Time.sub` use.  Printing the current time cannot be
deterministic; printing a `date` can.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import math
from collections.abc import Callable
from typing import Any, Final, Self, SupportsIndex

from goexit import _sched, _timer
from goexit.chan import Chan
from goexit.panics import Error, panic

__all__ = [
    "ANSIC",
    "RFC822",
    "RFC822Z",
    "RFC850",
    "RFC1123",
    "RFC1123Z",
    "RFC3339",
    "UTC",
    "April",
    "August",
    "DateOnly",
    "DateTime",
    "December",
    "Duration",
    "February",
    "Friday",
    "Hour",
    "January",
    "July",
    "June",
    "Kitchen",
    "Layout",
    "Local",
    "Location",
    "March",
    "May",
    "Microsecond",
    "Millisecond",
    "Minute",
    "Monday",
    "Month",
    "Nanosecond",
    "November",
    "October",
    "RFC3339Nano",
    "RubyDate",
    "Saturday",
    "Second",
    "September",
    "Stamp",
    "StampMicro",
    "StampMilli",
    "StampNano",
    "Sunday",
    "Thursday",
    "Ticker",
    "Time",
    "TimeOnly",
    "Timer",
    "Tuesday",
    "UnixDate",
    "Wednesday",
    "Weekday",
    "after",
    "after_func",
    "date",
    "fixed_zone",
    "new_ticker",
    "new_timer",
    "now",
    "parse_duration",
    "since",
    "sleep",
    "tick",
    "unix",
    "unix_micro",
    "unix_milli",
    "until",
]

_I64 = 1 << 63
_U64 = 1 << 64


def _wrap(v: int) -> int:
    """Two's-complement int64 wrap-around, as Go's arithmetic on int64 overflows."""
    return ((v + _I64) % _U64) - _I64


def _quo(a: int, b: int) -> int:
    """Go's integer division: truncated toward zero (Python's ``//`` floors)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _rem(a: int, b: int) -> int:
    """Go's ``%``: the remainder has the sign of the dividend."""
    return a - b * _quo(a, b)


def _fmt_frac(v: int, prec: int) -> tuple[str, int]:
    """Go's fmtFrac: the fraction digits of ``v / 10**prec`` without trailing zeros."""
    digits = ""
    printed = False
    for _ in range(prec):
        digit = v % 10
        printed = printed or digit != 0
        if printed:
            digits = str(digit) + digits
        v //= 10
    return ("." + digits if printed else ""), v


class Duration(int):
    """The time between two instants as an int64 count of nanoseconds (Go's ``time.Duration``).

    An ``int`` subclass: ``10 * time.Millisecond`` and ``time.Duration(n)`` work
    as in Go, and ``+ - * // % /`` with ints or Durations give a Duration,
    computed as Go computes it (division truncates toward zero, results wrap
    around at int64).  ``/`` by a float gives a float.  ``str()``, ``%v`` and
    ``%s`` print Go's ``String()`` form, ``%d`` the number of nanoseconds.
    Models time/time.go.
    """

    __slots__ = ()

    go_type: Final = "time.Duration"

    def __new__(cls, value: SupportsIndex | float | str = 0) -> Self:
        if isinstance(value, float):
            if math.isnan(value) or math.isinf(value):
                return super().__new__(cls, -_I64)  # what amd64 gives; Go calls it implementation-defined
            return super().__new__(cls, _wrap(int(value)))
        if isinstance(value, str):
            raise TypeError("Duration(str) is not a conversion in Go: use time.parse_duration(s)")
        return super().__new__(cls, _wrap(int(value)))

    # -- printing -------------------------------------------------------------

    def string(self) -> str:
        """Go's ``Duration.String``: ``72h3m0.5s``, ``1.5s``, ``3ms``, ``0s``; leading zero units omitted."""
        d = int(self)
        u = -d if d < 0 else d
        sign = "-" if d < 0 else ""
        if u < Second:
            if u == 0:
                return "0s"
            if u < Microsecond:
                return f"{sign}{u}ns"
            prec, unit = (3, "µs") if u < Millisecond else (6, "ms")
            frac, whole = _fmt_frac(u, prec)
            return f"{sign}{whole}{frac}{unit}"
        frac, u = _fmt_frac(u, 9)
        out = f"{u % 60}{frac}s"
        u //= 60
        if u > 0:
            out = f"{u % 60}m{out}"
            u //= 60
            if u > 0:
                out = f"{u}h{out}"
        return sign + out

    __str__ = string

    def __repr__(self) -> str:
        return f"Duration({int(self)})"

    def __format__(self, spec: str) -> str:
        return self.string() if spec == "" else format(int(self), spec)

    # -- Go's methods -----------------------------------------------------------

    def nanoseconds(self) -> int:
        """The duration as an integer nanosecond count (Go's ``Nanoseconds``)."""
        return int(self)

    def microseconds(self) -> int:
        """The duration as an integer microsecond count, truncated (Go's ``Microseconds``)."""
        return _quo(int(self), 1000)

    def milliseconds(self) -> int:
        """The duration as an integer millisecond count, truncated (Go's ``Milliseconds``)."""
        return _quo(int(self), 1_000_000)

    def seconds(self) -> float:
        """The duration as a floating point number of seconds (Go's ``Seconds``)."""
        d = int(self)
        return float(_quo(d, Second)) + float(_rem(d, Second)) / 1e9

    def minutes(self) -> float:
        """The duration as a floating point number of minutes (Go's ``Minutes``)."""
        d = int(self)
        return float(_quo(d, Minute)) + float(_rem(d, Minute)) / (60 * 1e9)

    def hours(self) -> float:
        """The duration as a floating point number of hours (Go's ``Hours``)."""
        d = int(self)
        return float(_quo(d, Hour)) + float(_rem(d, Hour)) / (60 * 60 * 1e9)

    def truncate(self, m: int) -> Duration:
        """The result of rounding ``d`` toward zero to a multiple of ``m`` (Go's ``Truncate``); ``d`` if ``m <= 0``."""
        d, m = int(self), int(m)
        if m <= 0:
            return self
        return Duration(d - _rem(d, m))

    def round(self, m: int) -> Duration:
        """``d`` rounded to the nearest multiple of ``m``, halfway values away from zero (Go's ``Round``).

        If the result overflows it is the largest (or smallest) Duration; ``d`` if ``m <= 0``.
        """
        d, m = int(self), int(m)
        if m <= 0:
            return self
        r = _rem(d, m)

        def less_than_half(x: int, y: int) -> bool:
            return ((x % _U64) + (x % _U64)) % _U64 < y % _U64

        if d < 0:
            r = -r
            if less_than_half(r, m):
                return Duration(d + r)
            d1 = d - m + r
            return Duration(d1) if -_I64 <= d1 < d else Duration(-_I64)
        if less_than_half(r, m):
            return Duration(d - r)
        d1 = d + m - r
        return Duration(d1) if d < d1 < _I64 else Duration(_I64 - 1)

    def abs(self) -> Duration:
        """The absolute value; the smallest Duration becomes the largest (Go's ``Abs``)."""
        d = int(self)
        if d >= 0:
            return self
        if d == -_I64:
            return Duration(_I64 - 1)
        return Duration(-d)

    # -- arithmetic that stays a Duration ---------------------------------------

    def __add__(self, other: object) -> Any:
        if isinstance(other, int):
            return Duration(int(self) + int(other))
        if isinstance(other, Time):
            return other.add(self)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other: object) -> Any:
        if isinstance(other, int):
            return Duration(int(self) - int(other))
        return NotImplemented

    def __rsub__(self, other: object) -> Any:
        if isinstance(other, int):
            return Duration(int(other) - int(self))
        return NotImplemented

    def __mul__(self, other: object) -> Any:
        if isinstance(other, bool):
            return NotImplemented
        if isinstance(other, int):
            return Duration(int(self) * int(other))
        if isinstance(other, float):
            return int(self) * other
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other: object) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            if int(other) == 0:
                panic(Error("integer divide by zero"))
            return Duration(_quo(int(self), int(other)))
        return NotImplemented

    def __rfloordiv__(self, other: object) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            if int(self) == 0:
                panic(Error("integer divide by zero"))
            return Duration(_quo(int(other), int(self)))
        return NotImplemented

    def __truediv__(self, other: object) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            return self.__floordiv__(other)
        if isinstance(other, float):
            return int(self) / other
        return NotImplemented

    def __rtruediv__(self, other: object) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            return self.__rfloordiv__(other)
        if isinstance(other, float):
            return other / int(self)
        return NotImplemented

    def __mod__(self, other: object) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            if int(other) == 0:
                panic(Error("integer divide by zero"))
            return Duration(_rem(int(self), int(other)))
        return NotImplemented

    def __rmod__(self, other: object) -> Any:
        if isinstance(other, int) and not isinstance(other, bool):
            if int(self) == 0:
                panic(Error("integer divide by zero"))
            return Duration(_rem(int(other), int(self)))
        return NotImplemented

    def __neg__(self) -> Duration:
        return Duration(-int(self))

    def __pos__(self) -> Duration:
        return self

    def __abs__(self) -> Duration:
        return Duration(abs(int(self)))


Nanosecond: Final = Duration(1)
Microsecond: Final = Duration(1000 * Nanosecond)
Millisecond: Final = Duration(1000 * Microsecond)
Second: Final = Duration(1000 * Millisecond)
Minute: Final = Duration(60 * Second)
Hour: Final = Duration(60 * Minute)

_MIN_DURATION = -_I64
_MAX_DURATION = _I64 - 1


def _check_duration(d: object, what: str = "a Duration") -> int:
    if not isinstance(d, int) or isinstance(d, bool):
        raise TypeError(
            f"{what} is an int of nanoseconds, such as 10 * time.Millisecond or time.Duration(n); "
            f"got {type(d).__name__}"
        )
    return int(d)


# --------------------------------------------------------------------------
# ParseDuration


class ParseDurationError(Exception):
    """The error `parse_duration` returns (Go's unexported ``*time.parseDurationError``)."""

    go_error = True
    go_type: Final = "*time.parseDurationError"

    def __init__(self, message: str, value: str) -> None:
        super().__init__(message, value)
        self.message = message
        self.value = value

    def __str__(self) -> str:
        return "time: " + self.message + " " + _quote(self.value)


def _quote(s: str) -> str:
    """The time package's own quoting (time/format.go ``quote``): non-ASCII bytes as ``\\xNN``."""
    out = ['"']
    for c in s:
        if ord(c) >= 0x80 or c < " ":
            out.extend(f"\\x{b:02x}" for b in c.encode("utf-8", "surrogatepass"))
        else:
            if c in '"\\':
                out.append("\\")
            out.append(c)
    out.append('"')
    return "".join(out)


_UNITS = {
    "ns": 1,
    "us": 1000,
    "µs": 1000,  # U+00B5 micro sign
    "μs": 1000,  # U+03BC Greek mu
    "ms": 1_000_000,
    "s": 1_000_000_000,
    "m": 60_000_000_000,
    "h": 3_600_000_000_000,
}


def parse_duration(s: str) -> tuple[Duration, ParseDurationError | None]:
    """Parse a duration string such as ``"300ms"``, ``"-1.5h"`` or ``"2h45m"`` (Go's ``time.ParseDuration``).

    Returns ``(duration, None)``, or ``(0, error)`` with Go's message, for
    example ``time: unknown unit "x" in duration "1x"``.  Valid units are
    ``ns``, ``us`` (or ``µs``), ``ms``, ``s``, ``m``, ``h``.  Models time/format.go.
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_duration takes a str, got {type(s).__name__}")
    orig = s
    raw = s.encode("utf-8", "surrogatepass")
    b = raw
    d = 0
    neg = False

    def fail(message: str) -> tuple[Duration, ParseDurationError]:
        return Duration(0), ParseDurationError(message, orig)

    if b and b[0:1] in (b"-", b"+"):
        neg = b[0:1] == b"-"
        b = b[1:]
    if b == b"0":
        return Duration(0), None
    if not b:
        return fail("invalid duration")
    while b:
        if not (b[0:1] == b"." or b"0" <= b[0:1] <= b"9"):
            return fail("invalid duration")
        # leadingInt
        i = 0
        v = 0
        while i < len(b) and 0x30 <= b[i] <= 0x39:
            if v > (1 << 63) // 10:
                return fail("invalid duration")
            v = v * 10 + b[i] - 0x30
            if v > 1 << 63:
                return fail("invalid duration")
            i += 1
        pre = i > 0
        b = b[i:]
        post = False
        f = 0
        scale = 1.0
        if b[0:1] == b".":
            b = b[1:]
            i = 0
            overflow = False
            while i < len(b) and 0x30 <= b[i] <= 0x39:
                if not overflow:
                    if f > ((1 << 63) - 1) // 10:
                        overflow = True
                    else:
                        y = f * 10 + b[i] - 0x30
                        if y > 1 << 63:
                            overflow = True
                        else:
                            f = y
                            scale *= 10
                i += 1
            post = i > 0
            b = b[i:]
        if not pre and not post:
            return fail("invalid duration")
        i = 0
        while i < len(b) and not (b[i] == 0x2E or 0x30 <= b[i] <= 0x39):
            i += 1
        if i == 0:
            return fail("missing unit in duration")
        u = b[:i].decode("utf-8", "surrogateescape")
        b = b[i:]
        unit = _UNITS.get(u)
        if unit is None:
            return Duration(0), ParseDurationError("unknown unit " + _quote(u) + " in duration", orig)
        if v > (1 << 63) // unit:
            return fail("invalid duration")
        v *= unit
        if f > 0:
            v += int(float(f) * (float(unit) / scale))
            if v > 1 << 63:
                return fail("invalid duration")
        d += v
        if d > 1 << 63:
            return fail("invalid duration")
    if neg:
        return Duration(-d), None
    if d > (1 << 63) - 1:
        return fail("invalid duration")
    return Duration(d), None


# --------------------------------------------------------------------------
# Months, weekdays, locations


class Month(int):
    """A month of the year, ``January`` = 1 (Go's ``time.Month``); prints its English name."""

    __slots__ = ()
    go_type: Final = "time.Month"

    def string(self) -> str:
        """Go's ``Month.String``: ``January``; ``%!Month(13)`` out of range."""
        if 1 <= self <= 12:
            return _MONTHS[self - 1]
        return f"%!Month({int(self)})"

    __str__ = string

    def __repr__(self) -> str:
        return f"time.{self.string()}" if 1 <= self <= 12 else f"Month({int(self)})"

    def __format__(self, spec: str) -> str:
        return self.string() if spec == "" else format(int(self), spec)


class Weekday(int):
    """A day of the week, ``Sunday`` = 0 (Go's ``time.Weekday``); prints its English name."""

    __slots__ = ()
    go_type: Final = "time.Weekday"

    def string(self) -> str:
        """Go's ``Weekday.String``: ``Sunday``; ``%!Weekday(7)`` out of range."""
        if 0 <= self <= 6:
            return _DAYS[self]
        return f"%!Weekday({int(self)})"

    __str__ = string

    def __repr__(self) -> str:
        return f"time.{self.string()}" if 0 <= self <= 6 else f"Weekday({int(self)})"

    def __format__(self, spec: str) -> str:
        return self.string() if spec == "" else format(int(self), spec)


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

January, February, March, April, May, June = (Month(i) for i in range(1, 7))
July, August, September, October, November, December = (Month(i) for i in range(7, 13))
Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday = (Weekday(i) for i in range(7))


class Location:
    """A time zone (Go's ``*time.Location``): `UTC`, `Local`, or a `fixed_zone`."""

    __slots__ = ("_name", "_offset")

    def __init__(self, name: str, offset: int | None) -> None:
        self._name = name
        self._offset = offset  # seconds east of UTC; None for Local (looked up per instant)

    def string(self) -> str:
        """The zone's name (Go's ``Location.String``): ``UTC``, ``Local``."""
        return self._name

    __str__ = string

    def __repr__(self) -> str:
        return f"<time.Location {self._name}>"

    def _lookup(self, unix_sec: int) -> tuple[str, int]:
        """The zone abbreviation and offset in effect at ``unix_sec``."""
        if self._offset is not None:
            return ("UTC" if self is UTC else self._name), self._offset
        try:
            local = _dt.datetime.fromtimestamp(unix_sec, _dt.UTC).astimezone()
        except (OverflowError, OSError, ValueError):
            return "UTC", 0
        off = local.utcoffset()
        seconds = int(off.total_seconds()) if off is not None else 0
        name = local.tzname() or ""
        if name and (name[0] in "+-"):
            name = ""  # numeric abbreviations print as -0700 in Go
        return name, seconds


UTC: Final = Location("UTC", 0)
"""Coordinated Universal Time (Go's ``time.UTC``)."""
Local: Final = Location("Local", None)
"""The system's local time zone (Go's ``time.Local``)."""


def fixed_zone(name: str, offset: int) -> Location:
    """A location that always uses ``name`` and ``offset`` seconds east of UTC (Go's ``time.FixedZone``)."""
    return Location(name, int(offset))


# --------------------------------------------------------------------------
# Time

_UNIX_TO_INTERNAL = (1969 * 365 + 1969 // 4 - 1969 // 100 + 1969 // 400) * 86400
"""Seconds from January 1, year 1 to the Unix epoch."""

_START_NANO = _timer.nanotime() - 1
"""Go's ``startNano``: monotonic readings are printed relative to process start."""


def _days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (any year)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z: int) -> tuple[int, int, int]:
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


class Time:
    """An instant with nanosecond precision (Go's ``time.Time``).

    It holds a wall-clock reading and a location, and, if it came from `now`,
    a monotonic clock reading too: `sub`, `since`, `until`, `before`, `after`
    and `equal` use the monotonic readings when both times have one, as Go
    does, so they are immune to wall-clock changes.  ``Time()`` is the zero
    time, January 1, year 1, 00:00:00 UTC.  ``t + d``, ``t - d`` (``d`` a
    Duration) and ``t - u`` (a Duration) work as `add` and `sub`.

    ``str(t)`` is Go's ``String()``: ``2009-11-10 23:00:00 +0000 UTC``, with
    `` m=+0.001234567`` when the time has a monotonic reading.  Printing the
    current time is not deterministic, in Go or here.  Models time/time.go
    and time/format.go.
    """

    __slots__ = ("_loc", "_mono", "_nsec", "_sec")

    go_type: Final = "time.Time"

    def __init__(self) -> None:
        self._sec = -_UNIX_TO_INTERNAL  # Unix seconds
        self._nsec = 0
        self._mono: int | None = None  # ns since process start
        self._loc: Location = UTC

    @classmethod
    def _make(cls, sec: int, nsec: int, mono: int | None, loc: Location) -> Time:
        t = cls.__new__(cls)
        extra, nsec = divmod(nsec, 1_000_000_000)
        t._sec = sec + extra
        t._nsec = nsec
        t._mono = mono
        t._loc = loc
        return t

    # -- comparison and arithmetic -----------------------------------------------

    def _ns(self) -> int:
        return self._sec * 1_000_000_000 + self._nsec

    def add(self, d: int) -> Time:
        """The time ``t + d`` (Go's ``Add``)."""
        d = _check_duration(d)
        mono = self._mono
        if mono is not None:
            mono += d
            if not -_I64 <= mono < _I64:
                mono = None  # Go strips a monotonic reading that would overflow
        return Time._make(self._sec, self._nsec + d, mono, self._loc)

    def sub(self, u: Time) -> Duration:
        """The duration ``t - u``, clamped to the Duration range (Go's ``Sub``)."""
        if not isinstance(u, Time):
            raise TypeError(f"Time.sub takes a Time, got {type(u).__name__}")
        if self._mono is not None and u._mono is not None:
            d = self._mono - u._mono
        else:
            d = self._ns() - u._ns()
        return Duration(max(_MIN_DURATION, min(_MAX_DURATION, d)))

    def _cmp(self, u: Time) -> int:
        if not isinstance(u, Time):
            raise TypeError(f"compare a Time with a Time, not {type(u).__name__}")
        if self._mono is not None and u._mono is not None:
            a, b = self._mono, u._mono
        else:
            a, b = self._ns(), u._ns()
        return (a > b) - (a < b)

    def before(self, u: Time) -> bool:
        """Whether ``t`` is before ``u`` (Go's ``Before``)."""
        return self._cmp(u) < 0

    def after(self, u: Time) -> bool:
        """Whether ``t`` is after ``u`` (Go's ``After``)."""
        return self._cmp(u) > 0

    def equal(self, u: Time) -> bool:
        """Whether ``t`` and ``u`` are the same instant, whatever their locations (Go's ``Equal``)."""
        return self._cmp(u) == 0

    def compare(self, u: Time) -> int:
        """-1, 0 or +1 as ``t`` is before, equal to or after ``u`` (Go's ``Compare``)."""
        return self._cmp(u)

    def __add__(self, d: object) -> Time:
        if isinstance(d, int) and not isinstance(d, bool):
            return self.add(d)
        return NotImplemented

    def __sub__(self, other: object) -> Any:
        if isinstance(other, Time):
            return self.sub(other)
        if isinstance(other, int) and not isinstance(other, bool):
            return self.add(-int(other))
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        # Go's == on Time values: same wall clock, location and monotonic reading.
        if not isinstance(other, Time):
            return NotImplemented
        return (self._sec, self._nsec, self._mono, self._loc) == (other._sec, other._nsec, other._mono, other._loc)

    def __hash__(self) -> int:
        return hash((self._sec, self._nsec, self._mono, id(self._loc)))

    def __lt__(self, other: Time) -> bool:
        return self.before(other)

    def __le__(self, other: Time) -> bool:
        return not self.after(other)

    def __gt__(self, other: Time) -> bool:
        return self.after(other)

    def __ge__(self, other: Time) -> bool:
        return not self.before(other)

    def is_zero(self) -> bool:
        """Whether ``t`` is the zero time, January 1, year 1, 00:00:00 UTC (Go's ``IsZero``)."""
        return self._sec == -_UNIX_TO_INTERNAL and self._nsec == 0

    def round(self, d: int) -> Time:
        """``t`` rounded to a multiple of ``d`` since the zero time, without its monotonic reading (Go's ``Round``).

        ``t.round(0)`` only strips the monotonic reading.
        """
        d = _check_duration(d)
        if d <= 0:
            return Time._make(self._sec, self._nsec, None, self._loc)
        since_zero = self._ns() + _UNIX_TO_INTERNAL * 1_000_000_000
        r = since_zero % d
        if r + r < d:
            return Time._make(self._sec, self._nsec - r, None, self._loc)
        return Time._make(self._sec, self._nsec + d - r, None, self._loc)

    def truncate(self, d: int) -> Time:
        """``t`` rounded down to a multiple of ``d`` since the zero time, without its monotonic reading.

        Go's ``Truncate``; ``t.truncate(0)`` only strips the monotonic reading.
        """
        d = _check_duration(d)
        if d <= 0:
            return Time._make(self._sec, self._nsec, None, self._loc)
        since_zero = self._ns() + _UNIX_TO_INTERNAL * 1_000_000_000
        return Time._make(self._sec, self._nsec - since_zero % d, None, self._loc)

    # -- locations ----------------------------------------------------------------

    def utc(self) -> Time:
        """``t`` with its location set to UTC (Go's ``UTC``)."""
        return Time._make(self._sec, self._nsec, self._mono, UTC)

    def local(self) -> Time:
        """``t`` with its location set to local time (Go's ``Local``)."""
        return Time._make(self._sec, self._nsec, self._mono, Local)

    def in_(self, loc: Location) -> Time:
        """``t`` in location ``loc`` (Go's ``In``); panics ``time: missing Location in call to Time.In`` for None."""
        if loc is None:
            panic("time: missing Location in call to Time.In")
        return Time._make(self._sec, self._nsec, self._mono, loc)

    def location(self) -> Location:
        """The time's location (Go's ``Location``)."""
        return self._loc

    def zone(self) -> tuple[str, int]:
        """The zone's abbreviation and its offset in seconds east of UTC (Go's ``Zone``)."""
        return self._loc._lookup(self._sec)

    # -- fields --------------------------------------------------------------------

    def _abs(self) -> tuple[int, int, str, int]:
        """(local days since 1970, local second of the day, zone name, offset)."""
        name, offset = self._loc._lookup(self._sec)
        days, secs = divmod(self._sec + offset, 86400)
        return days, secs, name, offset

    def date(self) -> tuple[int, Month, int]:
        """The year, month and day (Go's ``Date``)."""
        y, m, d = _civil_from_days(self._abs()[0])
        return y, Month(m), d

    def clock(self) -> tuple[int, int, int]:
        """The hour, minute and second within the day (Go's ``Clock``)."""
        s = self._abs()[1]
        return s // 3600, s // 60 % 60, s % 60

    def year(self) -> int:
        """The year (Go's ``Year``)."""
        return self.date()[0]

    def month(self) -> Month:
        """The month of the year (Go's ``Month``)."""
        return self.date()[1]

    def day(self) -> int:
        """The day of the month (Go's ``Day``)."""
        return self.date()[2]

    def hour(self) -> int:
        """The hour, 0-23 (Go's ``Hour``)."""
        return self.clock()[0]

    def minute(self) -> int:
        """The minute, 0-59 (Go's ``Minute``)."""
        return self.clock()[1]

    def second(self) -> int:
        """The second, 0-59 (Go's ``Second``)."""
        return self.clock()[2]

    def nanosecond(self) -> int:
        """The nanosecond offset within the second, 0-999999999 (Go's ``Nanosecond``)."""
        return self._nsec

    def weekday(self) -> Weekday:
        """The day of the week (Go's ``Weekday``)."""
        return Weekday((self._abs()[0] + 4) % 7)  # 1970-01-01 was a Thursday

    def year_day(self) -> int:
        """The day of the year, 1-366 (Go's ``YearDay``)."""
        days = self._abs()[0]
        y, _, _ = _civil_from_days(days)
        return days - _days_from_civil(y, 1, 1) + 1

    def unix(self) -> int:
        """Seconds since January 1, 1970 UTC (Go's ``Unix``)."""
        return self._sec

    def unix_milli(self) -> int:
        """Milliseconds since January 1, 1970 UTC (Go's ``UnixMilli``)."""
        return self._sec * 1000 + self._nsec // 1_000_000

    def unix_micro(self) -> int:
        """Microseconds since January 1, 1970 UTC (Go's ``UnixMicro``)."""
        return self._sec * 1_000_000 + self._nsec // 1000

    def unix_nano(self) -> int:
        """Nanoseconds since January 1, 1970 UTC, wrapped to int64 (Go's ``UnixNano``)."""
        return _wrap(self._ns())

    def add_date(self, years: int, months: int, days: int) -> Time:
        """``t`` plus the given years, months and days, normalised as `date` does (Go's ``AddDate``)."""
        y, m, d = self.date()
        hh, mm, ss = self.clock()
        return date(y + years, m + months, d + days, hh, mm, ss, self._nsec, self._loc)

    # -- printing ------------------------------------------------------------------

    def format(self, layout: str) -> str:
        """``t`` formatted by a Go layout such as `RFC3339` or ``"2006-01-02 15:04"`` (Go's ``Format``)."""
        return _format(self, layout)

    def string(self) -> str:
        """Go's ``Time.String``: ``2006-01-02 15:04:05.999999999 -0700 MST``, plus `` m=±s.ns`` if monotonic."""
        s = _format(self, "2006-01-02 15:04:05.999999999 -0700 MST")
        if self._mono is not None:
            m = self._mono
            sign = "+" if m >= 0 else "-"
            m = abs(m)
            s += f" m={sign}{m // 1_000_000_000}.{m % 1_000_000_000:09d}"
        return s

    __str__ = string

    def __repr__(self) -> str:
        return f"time.Time({self.string()})"

    def __format__(self, spec: str) -> str:
        return self.string() if spec == "" else format(self.string(), spec)


def now() -> Time:
    """The current local time, with a monotonic clock reading (Go's ``time.Now``)."""
    import time as _pytime

    g = _sched.current_or_none()
    if g is not None and g.bubble is not None:
        # A synctest bubble's fake clock, with no monotonic reading (runtime/time.go time_runtimeNow).
        ns = int(g.bubble.now)
        return Time._make(ns // 1_000_000_000, ns % 1_000_000_000, None, Local)
    ns = _pytime.time_ns()
    return Time._make(ns // 1_000_000_000, ns % 1_000_000_000, _timer.nanotime() - _START_NANO, Local)


def since(t: Time) -> Duration:
    """The time elapsed since ``t``, ``now().sub(t)`` (Go's ``time.Since``)."""
    return now().sub(t)


def until(t: Time) -> Duration:
    """The duration until ``t``, ``t.sub(now())`` (Go's ``time.Until``)."""
    return t.sub(now())


def unix(sec: int, nsec: int = 0) -> Time:
    """The local Time of ``sec`` seconds and ``nsec`` nanoseconds since the Unix epoch (Go's ``time.Unix``)."""
    return Time._make(int(sec), int(nsec), None, Local)


def unix_milli(msec: int) -> Time:
    """The local Time of ``msec`` milliseconds since the Unix epoch (Go's ``time.UnixMilli``)."""
    return Time._make(int(msec) // 1000, int(msec) % 1000 * 1_000_000, None, Local)


def unix_micro(usec: int) -> Time:
    """The local Time of ``usec`` microseconds since the Unix epoch (Go's ``time.UnixMicro``)."""
    return Time._make(int(usec) // 1_000_000, int(usec) % 1_000_000 * 1000, None, Local)


def date(year: int, month: int, day: int, hour: int, minute: int, sec: int, nsec: int, loc: Location) -> Time:
    """The Time of that clock reading in ``loc`` (Go's ``time.Date``); out-of-range values are normalised.

    October 32 is November 1, as in Go.  ``loc`` ``None`` panics ``time: missing
    Location in call to Date``.  A zone transition is resolved as Go resolves it.
    """
    if loc is None:
        panic("time: missing Location in call to Date")
    m = int(month) - 1
    year = int(year) + m // 12
    m = m % 12 + 1
    extra, nsec = divmod(int(nsec), 1_000_000_000)
    total = int(sec) + extra + int(minute) * 60 + int(hour) * 3600
    days = _days_from_civil(year, m, 1) + int(day) - 1
    local = days * 86400 + total
    if loc._offset is not None:
        offset = loc._offset
    else:
        # Go: look up the offset at (local - offset) twice, as time.Date does.
        _, offset = loc._lookup(local)
        _, offset2 = loc._lookup(local - offset)
        if offset2 != offset:
            _, offset3 = loc._lookup(local - offset2)
            offset = offset2 if offset3 == offset2 else offset
    return Time._make(local - offset, nsec, None, loc)


# Go's layouts (time/format.go)
Layout: Final = "01/02 03:04:05PM '06 -0700"
ANSIC: Final = "Mon Jan _2 15:04:05 2006"
UnixDate: Final = "Mon Jan _2 15:04:05 MST 2006"
RubyDate: Final = "Mon Jan 02 15:04:05 -0700 2006"
RFC822: Final = "02 Jan 06 15:04 MST"
RFC822Z: Final = "02 Jan 06 15:04 -0700"
RFC850: Final = "Monday, 02-Jan-06 15:04:05 MST"
RFC1123: Final = "Mon, 02 Jan 2006 15:04:05 MST"
RFC1123Z: Final = "Mon, 02 Jan 2006 15:04:05 -0700"
RFC3339: Final = "2006-01-02T15:04:05Z07:00"
RFC3339Nano: Final = "2006-01-02T15:04:05.999999999Z07:00"
Kitchen: Final = "3:04PM"
Stamp: Final = "Jan _2 15:04:05"
StampMilli: Final = "Jan _2 15:04:05.000"
StampMicro: Final = "Jan _2 15:04:05.000000"
StampNano: Final = "Jan _2 15:04:05.000000000"
DateTime: Final = "2006-01-02 15:04:05"
DateOnly: Final = "2006-01-02"
TimeOnly: Final = "15:04:05"


def _next_chunk(layout: str) -> tuple[str, str, int, str]:
    """Go's nextStdChunk: (prefix, std, fraction digits, suffix); std is "" at the end."""
    n = len(layout)
    for i, c in enumerate(layout):
        rest = layout[i:]
        if c == "J" and rest.startswith("Jan"):
            if rest.startswith("January"):
                return layout[:i], "January", 0, layout[i + 7 :]
            if not (len(rest) > 3 and rest[3].islower() and rest[3].isascii()):
                return layout[:i], "Jan", 0, layout[i + 3 :]
        elif c == "M" and n >= i + 3:
            if rest.startswith("Mon"):
                if rest.startswith("Monday"):
                    return layout[:i], "Monday", 0, layout[i + 6 :]
                if not (len(rest) > 3 and rest[3].islower() and rest[3].isascii()):
                    return layout[:i], "Mon", 0, layout[i + 3 :]
            if rest.startswith("MST"):
                return layout[:i], "MST", 0, layout[i + 3 :]
        elif c == "0":
            if n >= i + 2 and "1" <= layout[i + 1] <= "6":
                return layout[:i], rest[:2], 0, layout[i + 2 :]
            if rest.startswith("002"):
                return layout[:i], "002", 0, layout[i + 3 :]
        elif c == "1":
            if rest.startswith("15"):
                return layout[:i], "15", 0, layout[i + 2 :]
            return layout[:i], "1", 0, layout[i + 1 :]
        elif c == "2":
            if rest.startswith("2006"):
                return layout[:i], "2006", 0, layout[i + 4 :]
            return layout[:i], "2", 0, layout[i + 1 :]
        elif c == "_":
            if n >= i + 2 and layout[i + 1] == "2":
                if rest[1:].startswith("2006"):
                    return layout[: i + 1], "2006", 0, layout[i + 5 :]
                return layout[:i], "_2", 0, layout[i + 2 :]
            if rest.startswith("__2"):
                return layout[:i], "__2", 0, layout[i + 3 :]
        elif c in "345":
            return layout[:i], c, 0, layout[i + 1 :]
        elif c == "P" and rest.startswith("PM"):
            return layout[:i], "PM", 0, layout[i + 2 :]
        elif c == "p" and rest.startswith("pm"):
            return layout[:i], "pm", 0, layout[i + 2 :]
        elif c in "-Z":
            for std in (c + "070000", c + "07:00:00", c + "0700", c + "07:00", c + "07"):
                if rest.startswith(std):
                    return layout[:i], std, 0, layout[i + len(std) :]
        elif c in ".," and n > i + 1 and layout[i + 1] in "09":
            ch = layout[i + 1]
            j = i + 1
            while j < n and layout[j] == ch:
                j += 1
            if not (j < n and layout[j].isdigit() and layout[j].isascii()):
                return layout[:i], c + ch, j - (i + 1), layout[j:]
    return layout, "", 0, ""


def _format(t: Time, layout: str) -> str:
    days, secs, name, offset = t._abs()
    y, m, d = _civil_from_days(days)
    hour, minute, sec = secs // 3600, secs // 60 % 60, secs % 60
    out: list[str] = []
    while layout:
        prefix, std, digits, layout = _next_chunk(layout)
        out.append(prefix)
        if not std:
            break
        if std == "06":
            out.append(f"{abs(y) % 100:02d}")
        elif std == "2006":
            out.append(f"{y:04d}" if y >= 0 else f"-{-y:04d}")
        elif std == "Jan":
            out.append(_MONTHS[m - 1][:3])
        elif std == "January":
            out.append(_MONTHS[m - 1])
        elif std == "1":
            out.append(str(m))
        elif std == "01":
            out.append(f"{m:02d}")
        elif std == "Mon":
            out.append(_DAYS[(days + 4) % 7][:3])
        elif std == "Monday":
            out.append(_DAYS[(days + 4) % 7])
        elif std == "2":
            out.append(str(d))
        elif std == "_2":
            out.append(f"{d:2d}")
        elif std == "02":
            out.append(f"{d:02d}")
        elif std in ("__2", "002"):
            yday = days - _days_from_civil(y, 1, 1) + 1
            out.append(f"{yday:3d}" if std == "__2" else f"{yday:03d}")
        elif std == "15":
            out.append(f"{hour:02d}")
        elif std in ("3", "03"):
            hr = hour % 12 or 12
            out.append(str(hr) if std == "3" else f"{hr:02d}")
        elif std == "4":
            out.append(str(minute))
        elif std == "04":
            out.append(f"{minute:02d}")
        elif std == "5":
            out.append(str(sec))
        elif std == "05":
            out.append(f"{sec:02d}")
        elif std == "PM":
            out.append("PM" if hour >= 12 else "AM")
        elif std == "pm":
            out.append("pm" if hour >= 12 else "am")
        elif std[0] in "-Z" and std[1:2] == "0":
            if offset == 0 and std[0] == "Z":
                out.append("Z")
                continue
            zone = offset // 60 if offset >= 0 else -((-offset) // 60)
            absoffset = offset
            if zone < 0:
                out.append("-")
                zone, absoffset = -zone, -absoffset
            else:
                out.append("+")
            out.append(f"{zone // 60:02d}")
            colon = ":" in std
            if colon:
                out.append(":")
            if std[1:] != "07":
                out.append(f"{zone % 60:02d}")
            if std[1:] in ("070000", "07:00:00"):
                if colon:
                    out.append(":")
                out.append(f"{absoffset % 60:02d}")
        elif std == "MST":
            if name:
                out.append(name)
            else:
                zone = offset // 60 if offset >= 0 else -((-offset) // 60)
                out.append("-" if zone < 0 else "+")
                zone = abs(zone)
                out.append(f"{zone // 60:02d}{zone % 60:02d}")
        else:  # fractional seconds: ".000", ",999", ...
            sep, kind = std[0], std[1]
            text = f"{t._nsec:09d}"[:digits]
            if kind == "9":
                if digits == 0 or t._nsec == 0:
                    continue
                text = text.rstrip("0")
                if text:
                    out.append(sep + text)
            else:
                out.append(sep + text)
    return "".join(out)


def _from_datetime(d: _dt.datetime) -> Time:
    """A Python datetime as a Time (naive ones are local time, as goexit used to accept)."""
    if d.tzinfo is None:
        d = d.astimezone()
    ts = calendar.timegm(d.utctimetuple())
    return Time._make(ts, d.microsecond * 1000, None, Local)


# --------------------------------------------------------------------------
# Sleep


def sleep(d: int) -> None:
    """Pause the calling goroutine for at least ``d`` (Go's ``time.Sleep``); ``d <= 0`` returns at once.

    The goroutine waits with Go's wait reason ``sleep``; while it does, a timer
    is pending and no deadlock is reported (runtime/time.go ``timeSleep``).
    """
    ns = _check_duration(d)
    if ns <= 0:
        return
    g = _sched.current()

    def wake(t: _timer.RTimer, delay: int) -> None:
        if g.wait_reason == "sleep":
            _sched.ready(g)

    t = _timer.RTimer(wake)
    _sched.lock.acquire()
    t.when = _timer.when(ns)
    t.maybe_add()
    try:
        _sched.park(g, "sleep")
    except BaseException:
        with _sched.lock:
            t.stop()
        raise


# --------------------------------------------------------------------------
# Timers and tickers


class _TimerChan(Chan["Time"]):
    """A timer's channel: buffered inside (one value), unbuffered to ``len`` and ``cap`` (runtime/chan.go)."""

    __slots__ = ()

    def __len__(self) -> int:
        return 0  # chanlen: "timer channels have a buffered implementation but present to users as unbuffered"

    def cap(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "<Chan len=0 cap=0 (a timer's channel)>"

    def _try_recv(self) -> tuple[Time, bool] | None:
        timer = self._timer
        if timer is not None:
            timer.maybe_run_chan()
        return super()._try_recv()

    def send(self, value: Time) -> None:
        raise _sched.UsageError("a timer's channel is receive-only (Go's <-chan Time): nothing may send on it")

    def close(self) -> None:
        raise _sched.UsageError("a timer's channel is receive-only (Go's <-chan Time): it cannot be closed")


def _send_time(c: Chan[Time]) -> _timer.TimerFunc:
    def send_time(t: _timer.RTimer, delay: int) -> None:
        # time/sleep.go sendTime: a non-blocking send of the time the timer was due.
        now_ = now()
        value = Time._make(now_._sec, now_._nsec - delay, None if now_._mono is None else now_._mono - delay, Local)
        c._try_send(value)

    return send_time


def _drain(c: Chan[Time] | None) -> bool:
    """runtime/chan.go timerchandrain: empty a timer channel's buffer; True if it held a value."""
    if c is None or not c._buf:
        return False
    c._buf.clear()
    return True


class Timer:
    """A single event (Go's ``time.Timer``): after the duration the current time is sent on `c`,
    or, for `after_func`, the function runs in its own goroutine.

    Make one with `new_timer` or `after_func`; ``Timer()`` is Go's zero value,
    whose `stop` and `reset` panic.  Models time/sleep.go and runtime/time.go.
    """

    __slots__ = ("_r", "c")

    def __init__(self) -> None:
        self.c: Chan[Time] | None = None
        """The channel the time is sent on; ``None`` for a timer from `after_func`."""
        self._r: _timer.RTimer | None = None

    def stop(self) -> bool:
        """Prevent the timer from firing (Go's ``Timer.Stop``).

        Returns True if the call stops the timer, False if it has already
        expired or been stopped.  For a channel timer (Go 1.23 and later), once
        ``stop`` returns no value will be received from `c`, and a timer that
        expired but whose value nobody received yet counts as stopped by the
        call (True).  For an `after_func` timer, False means ``f`` has already
        been started in its own goroutine; ``stop`` does not wait for it.
        """
        r = self._r
        if r is None:
            panic("time: Stop called on uninitialized Timer")
        with _sched.lock:
            pending = r.stop()
            if _drain(self.c):
                pending = True
        return pending

    def reset(self, d: int) -> bool:
        """Make the timer expire after ``d`` (Go's ``Timer.Reset``); True if it had been active.

        As with `stop`, no stale value is received from `c` after it returns.
        For an `after_func` timer it schedules ``f`` to run again.
        """
        r = self._r
        if r is None:
            panic("time: Reset called on uninitialized Timer")
        ns = _check_duration(d)
        with _sched.lock:
            pending = r.modify(_timer.when(ns))
            if _drain(self.c):
                pending = True
        return pending

    def __repr__(self) -> str:
        return "<time.Timer>" if self._r is not None else "<time.Timer (zero value)>"


def new_timer(d: int) -> Timer:
    """A Timer that sends the current time on its channel `Timer.c` after at least ``d`` (Go's ``time.NewTimer``).

    Until some goroutine waits on ``c`` the timer is in no timer heap (Go 1.23):
    an unused Timer does not delay deadlock detection, and needs no `Timer.stop`
    to be collected.
    """
    ns = _check_duration(d)
    t = Timer()
    c = _TimerChan(Time, 1)
    r = _timer.RTimer(_send_time(c), is_chan=True)
    c._timer = r
    t.c = c
    t._r = r
    with _sched.lock:
        r.modify(_timer.when(ns))
    return t


def after(d: int) -> Chan[Time]:
    """A channel that receives the current time once ``d`` has passed: ``new_timer(d).c`` (Go's ``time.After``)."""
    c = new_timer(d).c
    assert c is not None
    return c


def after_func(d: int, f: Callable[[], object]) -> Timer:
    """Wait for ``d`` to pass, then call ``f`` in its own goroutine (Go's ``time.AfterFunc``).

    The returned Timer's `Timer.stop` cancels the call if it has not started
    (True); `Timer.reset` schedules it again.  Its ``c`` is ``None``.  While the
    call is pending a timer is pending: no deadlock is reported, and a program
    whose main called ``runtime.goexit()`` lives until ``f`` has run and ended.
    """
    ns = _check_duration(d)
    if not callable(f):
        raise TypeError(f"after_func needs a function to call, got {type(f).__name__}")
    from goexit.goroutine import spawn_locked

    def go_func(r: _timer.RTimer, delay: int) -> _timer.Action:
        return spawn_locked(f, None, "time.goFunc")

    t = Timer()
    r = _timer.RTimer(go_func)
    t._r = r
    with _sched.lock:
        r.modify(_timer.when(ns))
    return t


class Ticker:
    """Delivers the time on `c` at intervals (Go's ``time.Ticker``); a slow receiver misses ticks.

    Make one with `new_ticker`; ``Ticker()`` is Go's zero value.  As for a Timer,
    a Ticker nobody waits on is in no timer heap and does not delay deadlock
    detection; after `stop` or `reset` no stale tick is received.
    """

    __slots__ = ("_r", "c")

    def __init__(self) -> None:
        self.c: Chan[Time] = None  # type: ignore[assignment]  # nil in Go's zero Ticker
        """The channel on which the ticks are delivered (``None`` in a zero Ticker)."""
        self._r: _timer.RTimer | None = None

    def stop(self) -> None:
        """Turn off the ticker (Go's ``Ticker.Stop``); the channel is not closed.

        On a zero Ticker it does nothing (Go keeps that misuse quiet, issue 21874).
        """
        r = self._r
        if r is None:
            return
        with _sched.lock:
            r.stop()
            _drain(self.c)

    def reset(self, d: int) -> None:
        """Stop the ticker and reset its period to ``d``; the next tick comes after ``d`` (Go's ``Ticker.Reset``).

        Panics ``non-positive interval for Ticker.Reset`` if ``d <= 0``.
        """
        ns = _check_duration(d)
        if ns <= 0:
            panic("non-positive interval for Ticker.Reset")
        r = self._r
        if r is None:
            panic("time: Reset called on uninitialized Ticker")
        with _sched.lock:
            r.modify(_timer.when(ns), ns)
            _drain(self.c)

    def __repr__(self) -> str:
        return "<time.Ticker>" if self._r is not None else "<time.Ticker (zero value)>"


def new_ticker(d: int) -> Ticker:
    """A Ticker whose channel receives the current time every ``d`` (Go's ``time.NewTicker``).

    Panics ``non-positive interval for NewTicker`` if ``d <= 0``.  Stop it when
    it is no longer needed (Go 1.23 collects an unreferenced one anyway).
    """
    ns = _check_duration(d)
    if ns <= 0:
        panic("non-positive interval for NewTicker")
    tk = Ticker()
    c = _TimerChan(Time, 1)
    r = _timer.RTimer(_send_time(c), is_chan=True)
    c._timer = r
    tk.c = c
    tk._r = r
    with _sched.lock:
        r.modify(_timer.when(ns), ns)
    return tk


def tick(d: int) -> Chan[Time] | None:
    """The channel of a Ticker that is never stopped (Go's ``time.Tick``); ``None`` if ``d <= 0``."""
    if _check_duration(d) <= 0:
        return None
    return new_ticker(d).c
