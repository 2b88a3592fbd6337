"""Helpers of the linear-work tests: a clock-free count of the work a run does, and texts of a given size.

Work is counted as function calls, Python's and C's (``sys.setprofile`` sees both): the same input gives
the same count on any machine, so the tests can hold tight bounds without timing anything. A step that is
quadratic in Python shows as a count that grows a hundredfold for ten times the text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType


def calls(run: Callable[[], object]) -> int:
    """How many functions ``run`` calls, its own included."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(previous)
    return count


def growth(run_on: Callable[[int], Callable[[], object]], small: int, big: int) -> float:
    """How many times the work grows from a ``small`` input to a ``big`` one (both run once before counting,
    so that one-time tables and caches are not counted)."""
    small_run, big_run = run_on(small), run_on(big)
    small_run()
    big_run()
    return calls(big_run) / max(calls(small_run), 1)


def filled(unit: str, size: int) -> str:
    """``unit`` over and over, cut at ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]
