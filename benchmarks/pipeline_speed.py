"""Speed and memory of the pipeline, measured in one run on one text (not a timed test).

Prints: chars/s of the full pipeline (ingest -> itinerary) and of temporal extraction alone, with
dateparser.search_dates and datefinder on the same text; seconds per stage; cold start and total time of
``itinerary timeline seeds`` (median of several subprocess runs) with its peak memory; peak memory as the
corpus grows (1x, 4x, 16x copies of the articles as separate files).

Usage: python benchmarks/pipeline_speed.py [TEXT_FILE ...]   (default: the TBAQ corpus, tags stripped)
"""

from __future__ import annotations

import datetime as dt
import glob
import importlib.util
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from itinerary.events.extract import extract_events
from itinerary.ingest import article_from_text
from itinerary.model import ArticleEvents, ArticleRef
from itinerary.reconcile import reconcile
from itinerary.temporal import extract, resolve

ROOT = Path(__file__).resolve().parent.parent
TBAQ = "/work/shared/data/timeml/tbaq/*/*.tml"
_TAG = re.compile(r"<[^>]*>")
DCT = dt.date(1998, 1, 1)


def corpus(files: list[str]) -> list[str]:
    paths = files or sorted(glob.glob(TBAQ))
    return [_TAG.sub("", Path(p).read_text(encoding="utf-8", errors="replace")) for p in paths]


def stages(texts: list[str]) -> dict[str, float]:
    took = dict.fromkeys(("ingest", "temporal", "events", "reconcile"), 0.0)
    yields = []
    for i, text in enumerate(texts):
        clock = time.perf_counter()
        article = article_from_text(text, id=f"a{i:04d}", dct=DCT)
        took["ingest"] += time.perf_counter() - clock
        clock = time.perf_counter()
        resolved = resolve(article.text, extract(article.text), article.published)
        took["temporal"] += time.perf_counter() - clock
        clock = time.perf_counter()
        events = extract_events(article, resolved)
        took["events"] += time.perf_counter() - clock
        ref = ArticleRef(id=article.id, path=article.path, title=article.title, published=article.published)
        yields.append(ArticleEvents(article=ref, temporal=resolved, events=events, furniture=article.furniture))
    clock = time.perf_counter()
    itinerary = reconcile(yields)
    took["reconcile"] = time.perf_counter() - clock
    from itinerary.export import FORMATS, render

    clock = time.perf_counter()
    for fmt in FORMATS:
        try:
            render(itinerary, fmt)
        except Exception as error:  # noqa: BLE001 - a broken exporter is reported, the others still timed
            print(f"  export {fmt} failed: {type(error).__name__}: {error}")
    took["export"] = time.perf_counter() - clock
    return took


def rate(name: str, chars: int, run: Callable[[], object], repeat: int = 3) -> float:
    """Best of ``repeat`` runs (the least disturbed by other work on the machine), with the first run (its
    per-spelling caches still filling) and the median beside it."""
    took = []
    for _ in range(repeat):
        clock = time.perf_counter()
        run()
        took.append(time.perf_counter() - clock)
    best = min(took)
    print(f"  {name:<34}{best:>8.2f} s {chars / best:>14,.0f} chars/s   (best of {repeat}; "
          f"first {chars / took[0]:,.0f}, median {chars / statistics.median(took):,.0f})")
    return chars / best


def _peak_kb(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one subprocess, measured by the child itself."""
    code = ("import resource, runpy, sys; sys.argv = ['itinerary', *sys.argv[1:]];\n"
            "try:\n    runpy.run_module('itinerary', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "sys.stderr.write(f'PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')")
    clock = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=False)
    took = time.perf_counter() - clock
    peak = [int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("PEAK ")]
    return took, peak[0] if peak else -1


def _bytecode_state() -> str:
    """How many of the package's modules have up-to-date compiled bytecode: a run without it compiles
    every module from source first (an editable install under PYTHONDONTWRITEBYTECODE does so each time)."""
    sources = sorted((ROOT / "itinerary").rglob("*.py"))
    fresh = sum(_has_fresh_bytecode(source) for source in sources)
    return f"bytecode compiled for {fresh} of {len(sources)} modules"


def _has_fresh_bytecode(source: Path) -> bool:
    """The .pyc header holds the source's mtime and size (PEP 552, time-stamp mode); import checks both."""
    cached = Path(importlib.util.cache_from_source(str(source)))
    if not cached.exists():
        return False
    header = cached.read_bytes()[:16]
    stat = source.stat()
    return (header[:4] == importlib.util.MAGIC_NUMBER
            and int.from_bytes(header[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF
            and int.from_bytes(header[12:16], "little") == stat.st_size & 0xFFFFFFFF)


def main() -> None:
    texts = corpus(sys.argv[1:])
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts)} texts, {chars:,} chars")
    stages(texts[:3])  # warm up: tables, gazetteer, compiled patterns are built once per process
    print("throughput (one core, warm)")
    full = rate("full pipeline (ingest..export)", chars, lambda: stages(texts))
    rate("temporal extract + resolve", chars,
         lambda: [resolve(t, extract(t), DCT) for t in texts])
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]

        sample = texts[: max(1, len(texts) // 10)]  # dateparser is slow: a tenth of the corpus
        search_dates(texts[-1], languages=["en"])  # warm up: its language data loads on first use
        slow = rate("dateparser.search_dates (1/10)", sum(len(t) for t in sample),
                    lambda: [search_dates(t, languages=["en"]) for t in sample], repeat=2)
        print(f"  full pipeline / dateparser: {full / slow:.1f}x")
    except ImportError:
        print("  dateparser not installed")
    try:
        import datefinder  # type: ignore[import-untyped]

        list(datefinder.find_dates(texts[-1]))
        rate("datefinder.find_dates", chars, lambda: [list(datefinder.find_dates(t)) for t in texts])
    except ImportError:
        print("  datefinder not installed")
    took = stages(texts)
    total = sum(took.values())
    print("time per stage (full corpus, warm)")
    for name, seconds in took.items():
        print(f"  {name:<12}{seconds:>8.2f} s {100 * seconds / total:>6.1f} %")

    print(f"itinerary timeline seeds (subprocess, 5 runs; {_bytecode_state()})")
    runs = [_peak_kb(["timeline", "seeds"]) for _ in range(5)]
    cold = [_peak_kb(["--help"])[0] for _ in range(5)]
    print(f"  cold start (--help), median {statistics.median(cold):.2f} s")
    print(f"  total, median {statistics.median(r[0] for r in runs):.2f} s; peak RSS {max(r[1] for r in runs) / 1024:.0f} MB")

    print("peak memory as the corpus grows (export --format json, subprocess)")
    seeds = sorted((ROOT / "seeds").iterdir())
    for copies in (1, 4, 16):
        with tempfile.TemporaryDirectory() as tmp:
            for c in range(copies):
                for seed in seeds:
                    (Path(tmp) / f"{c:03d}_{seed.name}").write_bytes(seed.read_bytes())
            seconds, peak = _peak_kb(["export", tmp, "--format", "json", "-o", str(Path(tmp) / "out.json")])
            print(f"  {copies:>3}x ({copies * len(seeds):>3} files): {seconds:6.2f} s, peak RSS {peak / 1024:6.0f} MB")


if __name__ == "__main__":
    main()
