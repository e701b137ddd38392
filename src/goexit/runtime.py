"""Go's ``runtime`` package, the parts about a goroutine's life: Goexit, NumGoroutine, Gosched."""

from __future__ import annotations

import time as _pytime

from goexit import _sched
from goexit.panics import Error, PanicNilError, goexit

__all__ = ["Error", "PanicNilError", "goexit", "gosched", "num_goroutine"]


def num_goroutine() -> int:
    """The number of goroutines that currently exist (Go's ``runtime.NumGoroutine``).

    Threads adopted as goroutines because they used a goexit primitive count too,
    the caller included (in Go the caller is always a goroutine).
    """
    _sched.current()
    with _sched.lock:
        _sched.prune_dead_adopted()
        return _sched.live


def gosched() -> None:
    """Yield the processor, allowing other goroutines to run (Go's ``runtime.Gosched``)."""
    _pytime.sleep(0)
