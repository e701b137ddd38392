"""Go's ``os``: ``os.Exit``, which ends the process now, skipping every cleanup; ``os.Stdout`` and ``os.Stderr``.

`Stdout` and `Stderr` are Go's unbuffered ``*os.File`` writers: what is
written reaches the process's standard output or error at once, in order with
everything else a twin prints (``fmt``, ``log``, Go's built-in ``print``).  They
are what `goexit.fmt.fprintln` and `goexit.bufio.new_writer` take, like any
object with Go's ``Write`` method, ``write(b: bytes) -> (n, err)``.

```py
from goexit import fmt, os

n, err = fmt.fprintln(os.Stdout, "to standard output")
print(n, err, os.Stdout.name(), os.Stderr.fd())
#> 19 None /dev/stdout 2
```
"""

from __future__ import annotations

import io
import sys
from typing import NoReturn

from goexit import _sched

__all__ = [
    "ErrClosed",
    "ErrDeadlineExceeded",
    "ErrExist",
    "ErrInvalid",
    "ErrNotExist",
    "ErrPermission",
    "ErrProcessDone",
    "File",
    "Interrupt",
    "Kill",
    "Process",
    "ProcessState",
    "Stderr",
    "Stdout",
    "SyscallError",
    "environ",
    "exit",
    "getenv",
    "getpid",
]


def exit(code: int) -> NoReturn:  # noqa: A001 - named after Go's os.Exit
    """End the process at once with status ``code`` (Go's ``os.Exit``).

    Every goroutine stops where it is, the calling one included.  No deferred
    call runs, no ``finally`` block, no ``atexit`` handler.  What was already
    written to standard output and error is kept (Go's ``os.Stdout`` is not
    buffered, so goexit flushes Python's before it leaves); what sits in a
    `goexit.bufio.Writer` that was not flushed is lost, as in Go.
    Status 0 means success; by convention non-zero means an error, and Go
    programs keep it in [0, 125].
    """
    if not isinstance(code, int) or isinstance(code, bool):
        raise TypeError(f"os.exit takes an int status code, got {type(code).__name__}")
    _sched.die(code & 0xFF)


class _ErrorString(Exception):  # noqa: N818 - Go's errors.errorString
    go_type = "*errors.errorString"

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return self.text

    def _go_fields(self) -> list[tuple[str, object]]:
        return [("s", self.text)]


# The portable errors of src/os/error.go, which are those of src/io/fs/fs.go
# (from src/internal/oserror/errors.go): plain errors.New values, compared by identity.
ErrInvalid = _ErrorString("invalid argument")
"""An invalid argument (Go's ``os.ErrInvalid``, ``fs.ErrInvalid``)."""
ErrPermission = _ErrorString("permission denied")
"""Permission denied (Go's ``os.ErrPermission``, ``fs.ErrPermission``)."""
ErrExist = _ErrorString("file already exists")
"""The file already exists (Go's ``os.ErrExist``, ``fs.ErrExist``)."""
ErrNotExist = _ErrorString("file does not exist")
"""The file does not exist (Go's ``os.ErrNotExist``, ``fs.ErrNotExist``): ``errors.is_(err, os.ErrNotExist)``."""
ErrClosed = _ErrorString("file already closed")
"""The error of an operation on a closed file (Go's ``os.ErrClosed``)."""


class _PathError(Exception):
    go_type = "*fs.PathError"

    def __init__(self, op: str, path: str, err: BaseException) -> None:
        super().__init__(op, path, err)
        self.Op = op
        self.Path = path
        self.Err = err

    def __str__(self) -> str:
        return f"{self.Op} {self.Path}: {self.Err}"

    def unwrap(self) -> BaseException:
        return self.Err


class File:
    """An open file, Go's ``*os.File``; goexit has the two a program starts with, `Stdout` and `Stderr`.

    ``write`` and ``write_string`` write at once (Go's files have no buffer) and
    return ``(n, err)``; after ``close()`` they return ``(0, *PathError)`` with
    `ErrClosed`, as Go does.
    """

    go_type = "*os.File"

    def __init__(self, fd: int, name: str) -> None:
        self._fd = fd
        self._name = name
        self._closed = False

    def _stream(self) -> io.TextIOBase:
        return sys.stdout if self._fd == 1 else sys.stderr  # type: ignore[return-value]

    def write(self, b: bytes | bytearray | str) -> tuple[int, BaseException | None]:
        """Write the bytes ``b`` (Go's ``File.Write``); ``(len(b), None)`` on success."""
        data = b.encode("utf-8", "surrogateescape") if isinstance(b, str) else bytes(b)
        if self._closed:
            return 0, _PathError("write", self._name, ErrClosed)
        _write_stream(self._stream(), data)
        return len(data), None

    def write_string(self, s: str) -> tuple[int, BaseException | None]:
        """Write the text ``s``, UTF-8 encoded (Go's ``File.WriteString``)."""
        return self.write(s.encode("utf-8", "surrogateescape"))

    def name(self) -> str:
        """``/dev/stdout`` or ``/dev/stderr`` (Go's ``File.Name``)."""
        return self._name

    def fd(self) -> int:
        """The file descriptor, 1 or 2 (Go's ``File.Fd``)."""
        return self._fd

    def sync(self) -> BaseException | None:
        """Nothing is buffered: returns ``None`` (Go's ``File.Sync``)."""
        return None

    def close(self) -> BaseException | None:
        """Mark the file closed: later writes fail with `ErrClosed` (Go's ``File.Close``).

        The process's descriptor stays open, so the runtime can still report a crash.
        """
        if self._closed:
            return _PathError("close", self._name, ErrClosed)
        self._closed = True
        return None

    def __repr__(self) -> str:
        return f"os.{'Stdout' if self._fd == 1 else 'Stderr'}"


Stdout = File(1, "/dev/stdout")
"""Standard output (Go's ``os.Stdout``): unbuffered, as in Go."""
Stderr = File(2, "/dev/stderr")
"""Standard error (Go's ``os.Stderr``): unbuffered, as in Go."""


def _write_stream(stream: object, data: bytes) -> None:
    """Write ``data`` to a Python text stream now, after anything Python had buffered in it."""
    try:
        stream.flush()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        pass
    raw = getattr(stream, "buffer", None)
    if raw is not None:
        raw.write(data)
        raw.flush()
    else:
        stream.write(data.decode("utf-8", "surrogateescape"))  # type: ignore[attr-defined]
        try:
            stream.flush()  # type: ignore[attr-defined]
        except (AttributeError, OSError, ValueError):
            pass


def write_to(w: object, text: str | bytes) -> tuple[int, BaseException | None]:
    """Write to ``w`` the way Go's ``io.Writer`` would be written to; returns ``(n, err)``.

    ``w`` may be a `File`, a Python text stream (``sys.stdout``, ``io.StringIO``),
    a binary stream, or any object with a ``write(b: bytes)`` method returning
    Go's ``(n, err)`` (or a count).
    """
    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else bytes(text)
    if isinstance(w, File):
        return w.write(data)
    if isinstance(w, io.TextIOBase) or (hasattr(w, "encoding") and hasattr(w, "write")):
        _write_stream(w, data)
        return len(data), None
    method = getattr(w, "write", None)
    if method is None:
        raise TypeError(f"{type(w).__name__} is not a writer: it needs a write(b: bytes) method (Go's io.Writer)")
    result = method(data)
    if isinstance(result, tuple) and len(result) == 2:
        return int(result[0]), result[1]
    if isinstance(result, int):
        return result, None
    return len(data), None


# os.ErrDeadlineExceeded and os.SyscallError come from the network poller that returns them (goexit._poll).
from goexit import _poll  # noqa: E402

ErrDeadlineExceeded = _poll.ErrDeadlineExceeded
"""An I/O deadline passed (Go's ``os.ErrDeadlineExceeded``): ``i/o timeout``, ``timeout()`` true.

Network errors wrap it: test with ``errors.is_(err, os.ErrDeadlineExceeded)``."""

SyscallError = _poll.SyscallError
"""An error from a system call, with its name (Go's ``*os.SyscallError``): ``connect: connection refused``."""

# Processes (os/exec.go): what goexit.exec's Cmd.process and Cmd.process_state are.
from goexit import _proc  # noqa: E402
from goexit.signal import SIGINT as _SIGINT  # noqa: E402

Process = _proc.Process
ProcessState = _proc.ProcessState
ErrProcessDone = _proc.ErrProcessDone
"""Signalling a process that has already been waited for (Go's ``os.ErrProcessDone``)."""
Interrupt = _SIGINT
"""Go's ``os.Interrupt`` (SIGINT): ``cmd.process.signal(os.Interrupt)``."""
Kill = _proc.Kill
"""Go's ``os.Kill`` (SIGKILL)."""


def environ() -> list[str]:
    """The environment as ``KEY=value`` strings (Go's ``os.Environ``)."""
    import os as _os

    return [f"{k}={v}" for k, v in _os.environ.items()]


def getenv(key: str) -> str:
    """The value of ``key`` in the environment, ``""`` if unset (Go's ``os.Getenv``)."""
    import os as _os

    return _os.environ.get(key, "")


def getpid() -> int:
    """This process's id (Go's ``os.Getpid``)."""
    import os as _os

    return _os.getpid()
