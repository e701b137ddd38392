"""Go's ``log``: a line per call, with a header, written to standard error; ``Fatal`` then exits, ``Panic`` panics.

Models ``src/log/log.go``.  Every message is formatted by `goexit.fmt`
(``Print`` as ``fmt.Sprint``, ``Printf`` as ``fmt.Sprintf``, ``Println`` as
``fmt.Sprintln``), so ``log.println(None, True)`` logs ``<nil> true``; a newline
is added unless the message ends with one.  The header is the prefix, then the
date and time the flags ask for (``2009/01/23 01:23:23.123123``), then the
caller's file and line, then (with `Lmsgprefix`) the prefix.

```py
import io

from goexit import log

out = io.StringIO()
logger = log.new(out, "worker: ", log.Lmsgprefix)
logger.printf("%d jobs, %v", 3, None)
logger.println("done", True)
print(out.getvalue().splitlines())
#> ['worker: 3 jobs, <nil>', 'worker: done true']
```
"""

from __future__ import annotations

import datetime
import os as _pyos
import sys
import threading
from typing import NoReturn

from goexit import fmt as _fmt
from goexit import os as _os
from goexit.panics import panic as _panic

__all__ = [
    "LUTC",
    "Ldate",
    "Llongfile",
    "Lmicroseconds",
    "Lmsgprefix",
    "Logger",
    "Lshortfile",
    "LstdFlags",
    "Ltime",
    "default",
    "fatal",
    "fatalf",
    "fatalln",
    "flags",
    "new",
    "output",
    "panic",
    "panicf",
    "panicln",
    "prefix",
    "print_",
    "printf",
    "println",
    "set_flags",
    "set_output",
    "set_prefix",
    "writer",
]

Ldate = 1
"""The date in the local time zone: ``2009/01/23``."""
Ltime = 2
"""The time in the local time zone: ``01:23:23``."""
Lmicroseconds = 4
"""Microsecond resolution: ``01:23:23.123123`` (assumes `Ltime`)."""
Llongfile = 8
"""The caller's full file name and line number: ``/a/b/c/main.py:23``."""
Lshortfile = 16
"""The caller's file name and line number: ``main.py:23``; overrides `Llongfile`."""
LUTC = 32
"""With `Ldate` or `Ltime`, use UTC rather than the local time zone."""
Lmsgprefix = 64
"""Move the prefix from the beginning of the line to just before the message."""
LstdFlags = Ldate | Ltime
"""The initial flags of the standard logger."""


def _itoa(i: int, wid: int) -> str:
    text = str(i)
    return text.rjust(wid, "0") if wid > 0 else text


def _format_header(t: datetime.datetime, prefix: str, flag: int, file: str, line: int) -> str:
    # Go's formatHeader, line for line.
    out = []
    if flag & Lmsgprefix == 0:
        out.append(prefix)
    if flag & (Ldate | Ltime | Lmicroseconds):
        if flag & LUTC:
            t = t.astimezone(datetime.UTC)
        if flag & Ldate:
            out.append(f"{_itoa(t.year, 4)}/{_itoa(t.month, 2)}/{_itoa(t.day, 2)} ")
        if flag & (Ltime | Lmicroseconds):
            out.append(f"{_itoa(t.hour, 2)}:{_itoa(t.minute, 2)}:{_itoa(t.second, 2)}")
            if flag & Lmicroseconds:
                out.append("." + _itoa(t.microsecond, 6))
            out.append(" ")
    if flag & (Lshortfile | Llongfile):
        if flag & Lshortfile:
            file = _pyos.path.basename(file)
        out.append(f"{file}:{line}: ")
    if flag & Lmsgprefix:
        out.append(prefix)
    return "".join(out)


class Logger:
    """A logger writing lines to ``out`` (Go's ``*log.Logger``); safe to use from several goroutines.

    Make one with `new`; `default` is the standard logger the package-level
    functions use.  Each method formats its message with `goexit.fmt` and
    writes the line in one ``write`` call.
    """

    go_type = "*log.Logger"

    def __init__(self, out: object, prefix: str, flag: int) -> None:
        self._mu = threading.Lock()
        self._out = out
        self._prefix = prefix
        self._flag = flag

    def _output(self, calldepth: int, s: str) -> BaseException | None:
        now = datetime.datetime.now().astimezone()
        prefix, flag = self._prefix, self._flag
        file, line = ("", 0)
        if flag & (Lshortfile | Llongfile):
            try:
                frame = sys._getframe(calldepth)  # 0 is this function, as Go's runtime.Caller(0) is output
                file, line = frame.f_code.co_filename, frame.f_lineno
            except ValueError:
                file, line = "???", 0
        text = _format_header(now, prefix, flag, file, line) + s
        if not text.endswith("\n"):
            text += "\n"
        with self._mu:
            _, err = _os.write_to(self._out, text)
        return err

    def output(self, calldepth: int, s: str) -> BaseException | None:
        """Write ``s`` with the header (Go's ``Logger.Output``); ``calldepth`` 1 names `output`'s caller."""
        return self._output(calldepth + 1, s)

    def print_(self, *v: object) -> None:
        """Log the operands as `goexit.fmt.sprint` formats them (Go's ``Logger.Print``)."""
        self._output(2, _fmt.sprint(*v))

    def printf(self, format: str, *v: object) -> None:  # noqa: A002 - Go's parameter name
        """Log ``fmt.sprintf(format, *v)`` (Go's ``Logger.Printf``)."""
        self._output(2, _fmt.sprintf(format, *v))

    def println(self, *v: object) -> None:
        """Log the operands as `goexit.fmt.sprintln` formats them (Go's ``Logger.Println``)."""
        self._output(2, _fmt.sprintln(*v))

    def fatal(self, *v: object) -> NoReturn:
        """`print_`, then ``os.exit(1)``: deferred calls do not run (Go's ``Logger.Fatal``)."""
        self._output(2, _fmt.sprint(*v))
        _os.exit(1)

    def fatalf(self, format: str, *v: object) -> NoReturn:  # noqa: A002
        """`printf`, then ``os.exit(1)`` (Go's ``Logger.Fatalf``)."""
        self._output(2, _fmt.sprintf(format, *v))
        _os.exit(1)

    def fatalln(self, *v: object) -> NoReturn:
        """`println`, then ``os.exit(1)`` (Go's ``Logger.Fatalln``)."""
        self._output(2, _fmt.sprintln(*v))
        _os.exit(1)

    def panic(self, *v: object) -> NoReturn:
        """Log ``fmt.sprint(*v)``, then panic with that string (Go's ``Logger.Panic``)."""
        s = _fmt.sprint(*v)
        self._output(2, s)
        _panic(s)

    def panicf(self, format: str, *v: object) -> NoReturn:  # noqa: A002
        """Log ``fmt.sprintf(format, *v)``, then panic with that string (Go's ``Logger.Panicf``)."""
        s = _fmt.sprintf(format, *v)
        self._output(2, s)
        _panic(s)

    def panicln(self, *v: object) -> NoReturn:
        """Log ``fmt.sprintln(*v)``, then panic with that string, newline included (Go's ``Logger.Panicln``)."""
        s = _fmt.sprintln(*v)
        self._output(2, s)
        _panic(s)

    def flags(self) -> int:
        """The output flags (Go's ``Logger.Flags``)."""
        return self._flag

    def set_flags(self, flag: int) -> None:
        """Set the output flags (Go's ``Logger.SetFlags``)."""
        self._flag = flag

    def prefix(self) -> str:
        """The prefix (Go's ``Logger.Prefix``)."""
        return self._prefix

    def set_prefix(self, prefix: str) -> None:
        """Set the prefix (Go's ``Logger.SetPrefix``)."""
        self._prefix = prefix

    def writer(self) -> object:
        """The destination (Go's ``Logger.Writer``)."""
        with self._mu:
            return self._out

    def set_output(self, w: object) -> None:
        """Set the destination (Go's ``Logger.SetOutput``)."""
        with self._mu:
            self._out = w


def new(out: object, prefix: str, flag: int) -> Logger:
    """A `Logger` writing to ``out``, each line starting with ``prefix`` (Go's ``log.New``).

    ``out`` is any writer `goexit.fmt.fprint` accepts: `goexit.os.Stderr`, a
    `goexit.bufio.Writer`, a Python stream, an object with ``write(b)``.
    """
    return Logger(out, prefix, flag)


_std = Logger(_os.Stderr, "", LstdFlags)


def default() -> Logger:
    """The standard logger the package-level functions use (Go's ``log.Default``)."""
    return _std


def set_output(w: object) -> None:
    """Set the standard logger's destination (Go's ``log.SetOutput``)."""
    _std.set_output(w)


def flags() -> int:
    """The standard logger's flags (Go's ``log.Flags``)."""
    return _std.flags()


def set_flags(flag: int) -> None:
    """Set the standard logger's flags (Go's ``log.SetFlags``); 0 prints no date or time."""
    _std.set_flags(flag)


def prefix() -> str:
    """The standard logger's prefix (Go's ``log.Prefix``)."""
    return _std.prefix()


def set_prefix(p: str) -> None:
    """Set the standard logger's prefix (Go's ``log.SetPrefix``)."""
    _std.set_prefix(p)


def writer() -> object:
    """The standard logger's destination (Go's ``log.Writer``)."""
    return _std.writer()


def output(calldepth: int, s: str) -> BaseException | None:
    """Write ``s`` through the standard logger (Go's ``log.Output``)."""
    return _std._output(calldepth + 1, s)


def print_(*v: object) -> None:
    """Log the operands as `goexit.fmt.sprint` formats them (Go's ``log.Print``)."""
    _std._output(2, _fmt.sprint(*v))


def printf(format: str, *v: object) -> None:  # noqa: A002 - Go's parameter name
    """Log ``fmt.sprintf(format, *v)`` (Go's ``log.Printf``)."""
    _std._output(2, _fmt.sprintf(format, *v))


def println(*v: object) -> None:
    """Log the operands as `goexit.fmt.sprintln` formats them (Go's ``log.Println``)."""
    _std._output(2, _fmt.sprintln(*v))


def fatal(*v: object) -> NoReturn:
    """Log the operands, then end the process with status 1 (Go's ``log.Fatal``).

    It is ``os.Exit(1)`` after a log line: deferred calls do not run.
    """
    _std._output(2, _fmt.sprint(*v))
    _os.exit(1)


def fatalf(format: str, *v: object) -> NoReturn:  # noqa: A002
    """Log ``fmt.sprintf(format, *v)``, then end the process with status 1 (Go's ``log.Fatalf``)."""
    _std._output(2, _fmt.sprintf(format, *v))
    _os.exit(1)


def fatalln(*v: object) -> NoReturn:
    """Log as `println` does, then end the process with status 1 (Go's ``log.Fatalln``)."""
    _std._output(2, _fmt.sprintln(*v))
    _os.exit(1)


def panic(*v: object) -> NoReturn:
    """Log ``fmt.sprint(*v)``, then panic with that string (Go's ``log.Panic``)."""
    s = _fmt.sprint(*v)
    _std._output(2, s)
    _panic(s)


def panicf(format: str, *v: object) -> NoReturn:  # noqa: A002
    """Log ``fmt.sprintf(format, *v)``, then panic with that string (Go's ``log.Panicf``)."""
    s = _fmt.sprintf(format, *v)
    _std._output(2, s)
    _panic(s)


def panicln(*v: object) -> NoReturn:
    """Log ``fmt.sprintln(*v)``, then panic with that string (Go's ``log.Panicln``)."""
    s = _fmt.sprintln(*v)
    _std._output(2, s)
    _panic(s)
