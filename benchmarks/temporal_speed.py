"""Characters per second of extract + resolve over the TBAQ corpus text (XML tags stripped).

Usage: python benchmarks/temporal_speed.py [TML_GLOB]
"""

from __future__ import annotations

import datetime as dt
import glob
import re
import sys
import time
from pathlib import Path

from itinerary.temporal import extract, resolve

_TAG = re.compile(r"<[^>]*>")


def main() -> None:
    pattern = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/timeml/tbaq/*/*.tml"
    texts = [_TAG.sub("", Path(path).read_text(encoding="utf-8")) for path in sorted(glob.glob(pattern))]
    chars = sum(len(t) for t in texts)
    began = time.perf_counter()
    mentions = 0
    for text in texts:
        found = extract(text)
        mentions += len(resolve(text, found, dt.date(1998, 1, 1)))
    took = time.perf_counter() - began
    print(f"{len(texts)} files, {chars:,} chars, {mentions:,} mentions, {took:.2f} s, {chars / took:,.0f} chars/s")


if __name__ == "__main__":
    main()
