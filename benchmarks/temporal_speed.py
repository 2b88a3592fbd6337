"""Characters per second of extract + resolve over the TBAQ corpus text (XML tags stripped).

Usage: python benchmarks/temporal_speed.py [TML_GLOB] [--repeat N] [--no-baselines]

Our engine runs ``--repeat`` times over the whole text; the best pass is the figure (as ``timeit``
reports: slower passes measure other load on the machine), the median is printed beside it.
``dateparser.search_dates`` and ``datefinder.find_dates`` run once over the same text when they are
installed (benchmark-only dependencies: the script runs without them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import re
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from itinerary.temporal import extract, resolve

_TAG = re.compile(r"<[^>]*>")
DEFAULT_GLOB = "/work/shared/data/timeml/tbaq/*/*.tml"


def ours(texts: Sequence[str]) -> int:
    mentions = 0
    for text in texts:
        mentions += len(resolve(text, extract(text), dt.date(1998, 1, 1)))
    return mentions


def _dateparser() -> Callable[[Sequence[str]], int] | None:
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(texts: Sequence[str]) -> int:
        return sum(len(search_dates(text, languages=["en"]) or ()) for text in texts)

    return run


def _datefinder() -> Callable[[Sequence[str]], int] | None:
    try:
        import datefinder  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(texts: Sequence[str]) -> int:
        return sum(len(list(datefinder.find_dates(text))) for text in texts)

    return run


def timed(run: Callable[[Sequence[str]], int], texts: Sequence[str]) -> tuple[float, int]:
    began = time.perf_counter()
    found = run(texts)
    return time.perf_counter() - began, found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("pattern", nargs="?", default=DEFAULT_GLOB)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-baselines", action="store_true", help="skip dateparser and datefinder")
    args = parser.parse_args(argv)
    texts = [_TAG.sub("", Path(path).read_text(encoding="utf-8")) for path in sorted(glob.glob(args.pattern))]
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} files, {chars:,} chars")
    ours(texts[:5])  # warm the regex caches
    runs = [timed(ours, texts) for _ in range(max(1, args.repeat))]
    best = min(took for took, _ in runs)
    median = statistics.median(took for took, _ in runs)
    print(f"{'itinerary extract+resolve':<28} {runs[0][1]:>7,} mentions  best {best:6.2f} s  "
          f"{chars / best:>12,.0f} chars/s   (median of {len(runs)}: {chars / median:,.0f} chars/s)")
    if args.no_baselines:
        return
    for name, make in (("dateparser.search_dates", _dateparser), ("datefinder.find_dates", _datefinder)):
        run = make()
        if run is None:
            print(f"{name:<28} not installed")
            continue
        took, found = timed(run, texts)
        print(f"{name:<28} {found:>7,} dates     once {took:6.2f} s  {chars / took:>12,.0f} chars/s")


if __name__ == "__main__":
    main()
