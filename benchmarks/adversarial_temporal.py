"""Adversarial inputs for the temporal engine: extract + resolve must stay linear.

Usage: python benchmarks/adversarial_temporal.py [--big BYTES] [--small BYTES]

Each input is built at 100 KB and 1 MB; the script prints both times, how many mentions came
out and the ratio big/small. It fails (exit 1) when a 1 MB input takes 2 s or more, or takes more
than 12 times as long as its 100 KB version.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence

from itinerary.temporal import extract, resolve

LIMIT_SECONDS = 2.0
LIMIT_RATIO = 12.0


def repeated(unit: str) -> Callable[[int], str]:
    """``unit`` over and over, cut at ``size`` characters."""
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def counting(head: str, joiner: str, cycle: int = 0) -> Callable[[int], str]:
    """'1-2-3-4-...' or 'from 1 to 2 to 3 ...' up to ``size`` characters (numbers 1..cycle again and
    again when ``cycle`` is given)."""

    def build(size: int) -> str:
        parts = [head]
        length, n = len(head), 1
        while length < size:
            piece = f"{(n - 1) % cycle + 1 if cycle else n}{joiner}"
            parts.append(piece)
            length += len(piece)
            n += 1
        return "".join(parts)[:size]

    return build


def nested(core: str) -> Callable[[int], str]:
    """``core`` inside brackets nested as deep as ``size`` allows."""
    def build(size: int) -> str:
        depth = (size - len(core)) // 2
        return "(" * depth + core + ")" * depth

    return build


INPUTS: tuple[tuple[str, Callable[[int], str]], ...] = (
    ("digits", repeated("0123456789")),
    ("1-2-3-4-...", counting("", "-")),
    ("January January ...", repeated("January ")),
    ("from 1 to 2 to 3 ...", counting("from ", " to ")),
    ("commas", repeated(",")),
    ("one long line of prose", repeated("On Monday, January 5, 2026, talks opened three days after the summit "
                                       "and ran until Friday; ")),
    ("nested brackets", nested(" January 4, 2026 ")),
    ("Monday Monday ...", repeated("Monday ")),
    ("10:30 10:30 ...", repeated("10:30 ")),
    ("3 days 3 days ...", repeated("3 days ")),
    ("1999 2000 2001 ...", repeated("1999 2000 2001 ")),
    ("May 5 - May 6 - ...", repeated("May 5 - ")),
)


def run(text: str) -> tuple[float, int]:
    began = time.perf_counter()
    found = resolve(text, extract(text), dt.date(2026, 1, 2))
    return time.perf_counter() - began, len(found)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    print(f"{'input':<24} {'100 KB s':>9} {'mentions':>9} {'1 MB s':>8} {'mentions':>9} {'ratio':>6}  verdict")
    failed = False
    for name, build in INPUTS:
        small_time, small_found = run(build(args.small))
        big_time, big_found = run(build(args.big))
        ratio = big_time / max(small_time, 1e-4)
        ok = big_time < LIMIT_SECONDS and ratio <= LIMIT_RATIO
        failed |= not ok
        print(f"{name:<24} {small_time:>9.3f} {small_found:>9,} {big_time:>8.3f} {big_found:>9,} {ratio:>6.1f}  "
              f"{'ok' if ok else 'TOO SLOW'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
