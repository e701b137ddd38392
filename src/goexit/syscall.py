"""Go's ``syscall`` error numbers, as the network errors of `goexit.net` carry them (``syscall.Errno``).

``errors.is_(err, syscall.ECONNREFUSED)`` tells a refused dial, as in Go:
an `goexit.os.SyscallError` wraps the `Errno`, and an ``OpError`` wraps that.
"""

from __future__ import annotations

import errno as _errno

from goexit._poll import Errno

__all__ = [
    "EADDRINUSE",
    "EAGAIN",
    "ECONNABORTED",
    "ECONNREFUSED",
    "ECONNRESET",
    "EINVAL",
    "EPIPE",
    "ETIMEDOUT",
    "Errno",
]

EADDRINUSE = Errno(_errno.EADDRINUSE)
"""``address already in use``."""
EAGAIN = Errno(_errno.EAGAIN)
"""``resource temporarily unavailable``."""
ECONNABORTED = Errno(_errno.ECONNABORTED)
"""``software caused connection abort``."""
ECONNREFUSED = Errno(_errno.ECONNREFUSED)
"""``connection refused``."""
ECONNRESET = Errno(_errno.ECONNRESET)
"""``connection reset by peer``."""
EINVAL = Errno(_errno.EINVAL)
"""``invalid argument``."""
EPIPE = Errno(_errno.EPIPE)
"""``broken pipe``."""
ETIMEDOUT = Errno(_errno.ETIMEDOUT)
"""``connection timed out``."""
