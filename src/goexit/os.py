"""Go's ``os.Exit``: end the whole process now, skipping every cleanup."""

from __future__ import annotations

from typing import NoReturn

from goexit import _sched


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


# os.ErrDeadlineExceeded and os.SyscallError come from the network poller that returns them (goexit._poll).
from goexit import _poll  # noqa: E402

ErrDeadlineExceeded = _poll.ErrDeadlineExceeded
"""An I/O deadline passed (Go's ``os.ErrDeadlineExceeded``): ``i/o timeout``, ``timeout()`` true.

Network errors wrap it: test with ``errors.is_(err, os.ErrDeadlineExceeded)``."""

SyscallError = _poll.SyscallError
"""An error from a system call, with its name (Go's ``*os.SyscallError``): ``connect: connection refused``."""
