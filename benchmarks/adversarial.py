"""Adversarial texts through the whole pipeline (article -> itinerary -> every export), at 100 KB and 1 MB.

Prints, per input, the seconds of each stage at both sizes (the best of three runs at 100 KB, of two at
1 MB) and the growth ratio (1 MB time / 100 KB time).
Targets: every 1 MB input under 2 s, growth at most 12 (linear time; 10 is exactly linear).

Usage: python benchmarks/adversarial.py [--sizes 100000,1000000] [--only NAME,...]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from adversarial_temporal import counting, nested, repeated  # the same input generators (same folder)

from itinerary.events.extract import extract_events
from itinerary.export import FORMATS, render
from itinerary.ingest import article_from_text
from itinerary.model import ArticleEvents, ArticleRef
from itinerary.reconcile import reconcile
from itinerary.temporal import extract, resolve

LIMIT_SECONDS = 2.0
LIMIT_GROWTH = 12.0


_PROSE = ("The president will begin a state visit to the capital on Monday, January 5, and will hold a summit "
          "with the prime minister on Tuesday before a signing ceremony on January 7, 2026. ")

CASES: dict[str, Callable[[int], str]] = {
    "digits": repeated("0123456789"),
    "1-2-3-4-...": counting("", "-", cycle=100),
    "January January ...": repeated("January "),
    "from 1 to 2 to 3 ...": counting("from ", " to ", cycle=31),
    "commas": repeated(","),
    "one line of prose": repeated(_PROSE),
    "one endless sentence": repeated(_PROSE.replace(".", ",")),
    "nested brackets": nested(" on Monday, May 4 "),
    "emoji and CJK": repeated("会談 🎉 on 5 January 2026 首脳会談は月曜日 "),
    "blank lines": repeated("On Monday." + "\n" * 40),
    "month day pairs": repeated("May 5, June 6, July 7, "),
}


def run_case(text: str) -> dict[str, float]:
    """Seconds of each stage for one text: ingest, temporal (extract + resolve), events, reconcile, export."""
    took: dict[str, float] = {}
    clock = time.perf_counter()
    article = article_from_text(text, id="adversarial")
    took["ingest"] = time.perf_counter() - clock
    clock = time.perf_counter()
    resolved = resolve(article.text, extract(article.text), article.published)
    took["temporal"] = time.perf_counter() - clock
    clock = time.perf_counter()
    events = extract_events(article, resolved)
    took["events"] = time.perf_counter() - clock
    clock = time.perf_counter()
    ref = ArticleRef(id=article.id, path=article.path, title=article.title, published=article.published)
    itinerary = reconcile([ArticleEvents(article=ref, temporal=resolved, events=events,
                                         furniture=article.furniture)])
    took["reconcile"] = time.perf_counter() - clock
    clock = time.perf_counter()
    for fmt in FORMATS:
        render(itinerary, fmt)
    took["export"] = time.perf_counter() - clock
    took["total"] = sum(took.values())
    return took


def _runs(size: int) -> int:
    return 3 if size <= 100_000 else 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated sizes in characters")
    parser.add_argument("--only", default="", help="comma-separated case names (default: all)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    wanted = [name for name in CASES if not args.only or name in args.only.split(",")]
    run_case(_PROSE * 4)  # warm up: tables, gazetteer and compiled patterns are built once per process
    stages = ("ingest", "temporal", "events", "reconcile", "export", "total")
    print(f"{'input':<22}{'size':>9}  " + "".join(f"{s:>10}" for s in stages))
    failures: list[str] = []
    for name in wanted:
        totals: list[float] = []
        for size in sizes:
            text = CASES[name](size)
            # best of a few runs: one run of a fraction of a second is easily disturbed by other work
            took = min((run_case(text) for _ in range(_runs(size))), key=lambda t: t["total"])
            totals.append(took["total"])
            print(f"{name:<22}{size:>9,}  " + "".join(f"{took[s]:>10.3f}" for s in stages), flush=True)
            if size >= 1_000_000 and took["total"] > LIMIT_SECONDS:
                failures.append(f"{name}: {took['total']:.2f} s at {size:,} chars (limit {LIMIT_SECONDS} s)")
        if len(totals) >= 2:
            growth = totals[-1] / max(totals[0], 1e-6)
            ratio = sizes[-1] / sizes[0]
            print(f"{'':<22}{'growth':>9}  {growth:>10.1f}x for {ratio:.0f}x the text")
            if ratio == 10 and growth > LIMIT_GROWTH:
                failures.append(f"{name}: grows {growth:.1f}x for 10x the text (limit {LIMIT_GROWTH}x)")
    print()
    print("all within limits" if not failures else "OVER LIMITS:\n  " + "\n  ".join(failures))


if __name__ == "__main__":
    main()
