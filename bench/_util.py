"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def paired(goexit_fn: Callable[[], float], floor_fn: Callable[[], float], runs: int = 7) -> dict[str, float]:
    """Run both measurements back to back ``runs`` times; medians, spreads and the median ratio."""
    ours: list[float] = []
    floors: list[float] = []
    ratios: list[float] = []
    for _ in range(runs):
        a = goexit_fn()
        b = floor_fn()
        ours.append(a)
        floors.append(b)
        ratios.append(a / b)
    return {
        "goexit": statistics.median(ours),
        "goexit_spread": max(ours) - min(ours),
        "floor": statistics.median(floors),
        "floor_spread": max(floors) - min(floors),
        "ratio": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
    }


def clock() -> float:
    return time.perf_counter()
