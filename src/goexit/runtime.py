"""Go's ``runtime`` package, the parts a program can observe about its goroutines and its runtime.

`goexit`, `num_goroutine`, `gosched`, `gomaxprocs`, `num_cpu`, `version`, and
the error types the runtime panics with (`Error`, `PanicNilError`).

```py
from goexit import runtime

print(runtime.version(), runtime.GOOS, runtime.num_goroutine() >= 1)
#> go1.27.3 linux True
previous = runtime.gomaxprocs(1)
print(runtime.gomaxprocs(0), runtime.gomaxprocs(previous))
#> 1 1
```
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time as _pytime
from types import FrameType
from typing import Final

from goexit import _sched
from goexit.panics import Error, PanicNilError, goexit

__all__ = [
    "GOARCH",
    "GOOS",
    "Compiler",
    "Error",
    "PanicNilError",
    "goexit",
    "gomaxprocs",
    "gosched",
    "num_cpu",
    "num_goroutine",
    "stack",
    "version",
]

GO_VERSION: Final = "go1.27.3"
"""The Go release whose semantics goexit models, and against which its twins are checked."""

Compiler: Final = "gc"
"""The name of the compiler toolchain (Go's ``runtime.Compiler``)."""

GOOS: Final = {"linux": "linux", "darwin": "darwin", "win32": "windows"}.get(sys.platform, sys.platform)
"""The operating system (Go's ``runtime.GOOS``): ``linux``, ``darwin``, ``windows``."""

GOARCH: Final = {"x86_64": "amd64", "aarch64": "arm64", "arm64": "arm64", "i386": "386", "i686": "386"}.get(
    os.uname().machine if hasattr(os, "uname") else "", "amd64"
)
"""The processor architecture (Go's ``runtime.GOARCH``): ``amd64``, ``arm64``."""


def version() -> str:
    """The Go version string (Go's ``runtime.Version``): the release goexit models, ``go1.27.3``."""
    return GO_VERSION


def num_goroutine() -> int:
    """The number of goroutines that currently exist (Go's ``runtime.NumGoroutine``).

    As Go's ``gcount`` (runtime/proc.go), it counts every goroutine of the
    program, running or blocked, and none of the runtime's own: a pending timer
    is not a goroutine, an `goexit.time.after_func` call is one while it runs.
    os/signal's loop goroutine, which Go starts at the first ``signal.Notify``
    (or ``NotifyContext``) and never stops, counts too; so does the goroutine
    with which ``NotifyContext`` watches for its signal until its context is done.
    Threads adopted as goroutines because they used a goexit primitive count,
    the caller included (in Go the caller is always a goroutine).
    """
    _sched.current()
    with _sched.lock:
        _sched.prune_dead_adopted()
        return _sched.live + _sched.hidden


def stack(buf: bytearray, all: bool) -> int:  # noqa: A002 - Go's parameter name
    """Format the caller's stack into ``buf`` and return the number of bytes written (Go's ``runtime.Stack``).

    With ``all``, the stacks of every other goroutine follow, each after a blank
    line, in Go's listing order: ``goroutine N [state]:``, the frames, the
    ``created by`` line, as a crashing program prints them.  What does not fit in
    ``buf`` is cut off.
    """
    if not isinstance(buf, bytearray):
        raise TypeError(f"stack writes into a bytearray (Go's []byte), got {type(buf).__name__}")
    data = stack_text(_sched.current(), sys._getframe(1), all)
    n = min(len(data), len(buf))
    buf[:n] = data[:n]
    return n


def stack_text(me: _sched.G, frame: FrameType | None, all: bool) -> bytes:  # noqa: A002
    """The text `stack` formats: ``me``'s stack from ``frame`` out, then every other goroutine's if ``all``."""
    text = _sched.goroutine_header(me, _sched.goroutine_state(me))
    text += _sched.format_frames(_sched.frames_of_stack(frame)) + _sched.created_by(me)
    if all:
        with _sched.lock:
            text += _sched.other_stacks(me)
    return text.encode()


def gosched() -> None:
    """Yield the processor, allowing other goroutines to run (Go's ``runtime.Gosched``).

    It does not suspend the goroutine: it resumes as soon as it is scheduled
    again.  Here the thread gives up the GIL for a moment (``time.sleep(0)``).
    """
    _pytime.sleep(0)


def num_cpu() -> int:
    """The number of logical CPUs usable by the process (Go's ``runtime.NumCPU``: the affinity mask)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _cgroup_limit() -> int | None:
    """The cgroup v2 CPU limit, ceil(quota / period), at least 2 (runtime/cgroup_linux.go); None if unlimited."""
    try:
        with open("/sys/fs/cgroup/cpu.max", encoding="ascii") as f:
            fields = f.read().split()
    except OSError:
        return None
    if len(fields) != 2 or fields[0] == "max":
        return None
    quota, period = fields
    try:
        limit = math.ceil(int(quota) / int(period))
    except (ValueError, ZeroDivisionError):
        return None
    return max(limit, 2)


def _default_gomaxprocs() -> int:
    """GOMAXPROCS at start-up: the environment variable if it is a positive int, else the CPUs (capped by cgroup)."""
    env = os.environ.get("GOMAXPROCS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    procs = num_cpu()
    limit = _cgroup_limit()
    return min(procs, limit) if limit is not None else procs


_procs_lock = threading.Lock()
_procs: int | None = None


def gomaxprocs(n: int) -> int:
    """Set the maximum number of CPUs that can execute simultaneously and return the previous setting.

    Go's ``runtime.GOMAXPROCS``: ``n <= 0`` only queries.  The default is the
    number of CPUs, capped by a cgroup CPU limit, or the ``GOMAXPROCS``
    environment variable.  goexit records the value and changes nothing else:
    CPython's GIL runs one goroutine's Python code at a time whatever it is.
    """
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"gomaxprocs takes an int, got {type(n).__name__}")
    global _procs
    with _procs_lock:
        if _procs is None:
            _procs = _default_gomaxprocs()
        previous = _procs
        if n > 0:
            _procs = n
        return previous
