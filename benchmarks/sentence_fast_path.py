"""Does the sentence fast path agree with syntok? (a measurement, not a test)

For every paragraph of the corpora (TimeML corpora under /work/shared/data/timeml read both as TimeML and
tag-stripped as the speed benchmark reads them, seeds/, /work/shared/dev/*/articles, tests/fixtures/trips and
the adversarial texts at 20 KB), the paragraph's sentence starts are computed by syntok and, where the fast
path is taken, by the fast path; then the sentence spans after the join rules both ways. Prints how often the
fast path is taken (paragraphs and characters), how many paragraphs disagree (must be 0), and the speed
of both on the paragraphs where the fast path is taken.

Usage: python benchmarks/sentence_fast_path.py [--show N]   (--show: print up to N disagreements)
"""

from __future__ import annotations

import argparse
import glob
import re
import sys
import time
from pathlib import Path

from itinerary.ingest import article_from_text, fastsplit, load_articles
from itinerary.ingest.lines import paragraphs, split_lines

ROOT = Path(__file__).resolve().parent.parent
_TAG = re.compile(r"<[^>]*>")


def _syntok_starts(text: str) -> list[int]:
    from syntok import segmenter  # type: ignore[import-untyped]

    return [sentence[0].offset for paragraph in segmenter.analyze(text) for sentence in paragraph if sentence]


def corpora() -> dict[str, list[str]]:
    """Article bodies by corpus name."""
    out: dict[str, list[str]] = {}
    for folder in sorted(glob.glob("/work/shared/data/timeml/*/")):
        name = Path(folder).name
        files = sorted(glob.glob(folder + "**/*.tml", recursive=True))
        out[name] = [a.text for a in load_articles(files, skip_bad=True)]
        out[name + " (tags stripped)"] = [
            _TAG.sub("", Path(p).read_text(encoding="utf-8", errors="replace")) for p in files
        ]
    out["seeds"] = [a.text for a in load_articles([ROOT / "seeds"])]
    for folder in sorted(glob.glob("/work/shared/dev/*/articles")):
        out["dev " + Path(folder).parent.name[:2]] = [a.text for a in load_articles([folder])]
    for folder in sorted(glob.glob(str(ROOT / "tests/fixtures/trips/*"))):
        out["trip " + Path(folder).name] = [a.text for a in load_articles([folder])]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from adversarial import CASES

    out["adversarial (20 KB each)"] = [
        article_from_text(make(20_000), id="x").text for make in CASES.values()
    ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=5)
    shown = parser.parse_args().show
    total_fast = total_paras = total_bad = 0
    fast_chunks: list[str] = []
    print(f"{'corpus':<34}{'paragraphs':>11}{'fast':>7}{'% chars':>9}{'disagree':>10}")
    for name, texts in corpora().items():
        paras = fast = fast_chars = chars = bad = 0
        for text in texts:
            for start, end in paragraphs(split_lines(text)):
                chunk = text[start:end]
                paras += 1
                chars += len(chunk)
                quick = fastsplit.fast_starts(chunk)
                if quick is None:
                    continue
                fast += 1
                fast_chars += len(chunk)
                fast_chunks.append(chunk)
                slow = _syntok_starts(chunk)
                if quick != slow:
                    bad += 1
                    if shown > 0:
                        shown -= 1
                        print(f"  DISAGREE fast={quick} syntok={slow}: {chunk[:300]!r}")
        total_paras += paras
        total_fast += fast
        total_bad += bad
        print(f"{name:<34}{paras:>11}{fast:>7}{100 * fast_chars / max(chars, 1):>8.1f}%{bad:>10}")
    print(f"{'all':<34}{total_paras:>11}{total_fast:>7}{'':>9}{total_bad:>10}")
    size = sum(len(c) for c in fast_chunks)
    for label, run in (("fast path", fastsplit.fast_starts), ("syntok", _syntok_starts)):
        clock = time.perf_counter()
        for chunk in fast_chunks:
            run(chunk)
        took = time.perf_counter() - clock
        print(f"  {label:<10} on the fast paragraphs: {took:.3f} s, {size / took:,.0f} chars/s")


if __name__ == "__main__":
    main()
