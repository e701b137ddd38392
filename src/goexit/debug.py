"""Go's ``runtime/debug``: `set_traceback`, and the ``GOTRACEBACK`` setting it refines.

How much an unrecovered panic or a fatal error prints after its message
(models ``setTraceback`` and ``gotraceback`` in ``src/runtime/runtime1.go``):

- ``none`` (or ``0``): nothing, only the ``panic: ...`` or ``fatal error: ...`` lines;
- ``single`` (the default): the failing goroutine's stack;
- ``all`` (or any other number): every goroutine's stack;
- ``system`` (or ``2``) and ``crash``: as ``all`` (Go adds runtime frames and its
  own goroutines, which goexit does not have); ``crash`` then ends the process
  with ``SIGABRT`` instead of exit status 2.

The ``GOTRACEBACK`` environment variable sets the level when the program
starts; `set_traceback` can raise it but, as in Go, never lower it below what
the environment asked for.

```py
from goexit import debug

print(debug.level_of("none"), debug.level_of("all"), debug.level_of("crash"))
#> (0, False, False) (1, True, False) (2, True, True)
```
"""

from __future__ import annotations

import os as _pyos

__all__ = ["level_of", "set_traceback", "traceback_settings"]

_SHIFT = 2
_ALL = 1
_CRASH = 2


def _parse(level: str) -> int:
    if level == "none":
        return 0
    if level in ("single", ""):
        return 1 << _SHIFT
    if level == "all":
        return 1 << _SHIFT | _ALL
    if level == "system":
        return 2 << _SHIFT | _ALL
    if level == "crash":
        return 2 << _SHIFT | _ALL | _CRASH
    t = _ALL
    try:
        n = int(level, 10)
    except ValueError:
        return t
    if 0 <= n < 2**32:
        t |= n << _SHIFT
    return t


def _decode(t: int) -> tuple[int, bool, bool]:
    return t >> _SHIFT, bool(t & _ALL), bool(t & _CRASH)


_env = _parse(_pyos.environ.get("GOTRACEBACK", ""))
_current = _env


def level_of(level: str) -> tuple[int, bool, bool]:
    """What a ``GOTRACEBACK`` value means: ``(level, all goroutines, crash)``."""
    return _decode(_parse(level))


def set_traceback(level: str) -> None:
    """Set how much a crash prints (Go's ``debug.SetTraceback``).

    ``level`` is ``none``, ``single``, ``all``, ``system``, ``crash`` or a number.

    It cannot lower the level below the one the ``GOTRACEBACK`` environment
    variable set when the program started (``single`` if it was not set).
    """
    global _current
    if not isinstance(level, str):
        raise TypeError(f"debug.set_traceback takes a level name such as 'all', got {type(level).__name__}")
    _current = _parse(level) | _env


def traceback_settings() -> tuple[int, bool, bool]:
    """The settings in force now: ``(level, all goroutines, crash)`` (Go's ``gotraceback``)."""
    return _decode(_current)
