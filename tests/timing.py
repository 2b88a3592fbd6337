"""Helpers of the linear-time tests: best-of-several timings and texts of a given size."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_of(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds: the least disturbed by other work on the machine."""
    times = []
    for _ in range(repeat):
        gc.collect()  # a collection left over from an earlier test must not land in this timing
        clock = time.perf_counter()
        run()
        times.append(time.perf_counter() - clock)
    return min(times)


def filled(unit: str, size: int) -> str:
    """``unit`` over and over, cut at ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]
