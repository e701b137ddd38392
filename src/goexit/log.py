"""Go's ``log`` package: lines to standard error, and ``Fatal``, which logs then calls ``os.Exit(1)``."""

from __future__ import annotations

import datetime
import sys
from typing import NoReturn

from goexit import os as _os

Ldate = 1
"""Prefix each line with the local date, ``2009/01/23``."""
Ltime = 2
"""Prefix each line with the local time, ``01:23:23``."""
LstdFlags = Ldate | Ltime
"""The initial flags of the standard logger."""

_flags = LstdFlags
_prefix = ""


def set_flags(flags: int) -> None:
    """Set the standard logger's output flags (Go's ``log.SetFlags``); 0 prints no date or time."""
    global _flags
    _flags = flags


def set_prefix(prefix: str) -> None:
    """Set the text printed at the start of each line (Go's ``log.SetPrefix``)."""
    global _prefix
    _prefix = prefix


def _header() -> str:
    now = datetime.datetime.now()
    out = _prefix
    if _flags & Ldate:
        out += now.strftime("%Y/%m/%d ")
    if _flags & Ltime:
        out += now.strftime("%H:%M:%S ")
    return out


def _output(text: str) -> None:
    if not text.endswith("\n"):
        text += "\n"
    sys.stdout.flush()
    sys.stderr.write(_header() + text)
    sys.stderr.flush()


def println(*v: object) -> None:
    """Log the operands separated by spaces (Go's ``log.Println``)."""
    _output(" ".join(str(x) for x in v))


def printf(format: str, *v: object) -> None:  # noqa: A002 - Go's parameter name
    """Log ``format % v`` (Go's ``log.Printf``, with Python's % formatting)."""
    _output(format % v if v else format)


def fatal(*v: object) -> NoReturn:
    """Log the operands, then end the process with status 1 (Go's ``log.Fatal``).

    It is ``os.Exit(1)`` after a log line: deferred calls do not run.
    """
    _output("".join(str(x) for x in v))
    _os.exit(1)


def fatalf(format: str, *v: object) -> NoReturn:  # noqa: A002
    """Log ``format % v``, then end the process with status 1 (Go's ``log.Fatalf``)."""
    _output(format % v if v else format)
    _os.exit(1)
