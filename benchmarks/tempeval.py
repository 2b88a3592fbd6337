"""TempEval-3 timex scores on the TimeML corpora: calibration of the scorer, then our tagger.

Usage (from the repo): PYTHONPATH=. python benchmarks/tempeval.py [DATA_DIR]  (default: ../shared/data/timeml)

- TE3-platinum: the shipped xtime and HeidelTime outputs against gold (the scorer's
  calibration: TE3-evaluation.py gives the numbers in CALIBRATION), and our tagger.
- TBAQ (TimeBank + AQUAINT): our tagger on the gold TEXT, anchored on each document's DCT.
- WikiWars: our tagger in narrative mode (history texts: relative dates follow the story).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from itinerary.timeml.io import read_document, with_annotations
from itinerary.timeml.model import TimeMLDocument, TimexScores
from itinerary.timeml.score import document_files, score, score_folders

# Published by the official toolkit for these folders: strict F1, relaxed F1, value F1, type F1.
CALIBRATION: dict[str, tuple[float, float, float, float]] = {
    "xtime-output": (92.03, 94.93, 81.88, 90.58),
    "heideltime-output": (81.65, 90.64, 77.90, 83.15),
}
TOLERANCE = 0.3
# The targets on the test set (TE3-platinum), F1 in percent: value and strict extent.
TARGETS = {"value F1": 88.0, "strict F1": 93.0}
HEADER = (
    f"{'corpus':<24} {'system':<18} {'docs':>4} {'gold':>5} {'sys':>5}  "
    f"{'str P':>6} {'str R':>6} {'str F1':>6}  {'rel F1':>6} {'val F1':>6} {'type F1':>7}"
)


def row(corpus: str, system: str, docs: int, s: TimexScores) -> str:
    return (
        f"{corpus:<24} {system:<18} {docs:>4} {s.gold:>5} {s.system:>5}  "
        f"{100 * s.strict_precision:>6.2f} {100 * s.strict_recall:>6.2f} {100 * s.strict_f1:>6.2f}  "
        f"{100 * s.relaxed_f1:>6.2f} {100 * s.value_f1:>6.2f} {100 * s.type_f1:>7.2f}"
    )


def gold_documents(*folders: Path) -> tuple[TimeMLDocument, ...]:
    return tuple(read_document(path) for folder in folders for path in document_files(folder))


def ours(gold: Sequence[TimeMLDocument], narrative: bool) -> TimexScores:
    from itinerary.timeml.tag import tag_document  # the engine is imported only when needed

    tagged = [with_annotations(doc, tag_document(doc, narrative=narrative)) for doc in gold]
    return score(gold, tagged)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "timeml"
    parser.add_argument(
        "data", nargs="?", type=Path, default=default, help=f"TimeML corpora (default {default})"
    )
    args = parser.parse_args(argv)
    root: Path = args.data
    platinum = root / "te3-platinum"
    print(HEADER)
    print("-" * len(HEADER))
    failed = False
    for name, target in CALIBRATION.items():
        s = score_folders(platinum / "gold", platinum / name)
        got = (100 * s.strict_f1, 100 * s.relaxed_f1, 100 * s.value_f1, 100 * s.type_f1)
        ok = all(abs(a - b) <= TOLERANCE for a, b in zip(got, target, strict=True))
        failed |= not ok
        note = "calibrated" if ok else "OFF"
        print(
            row("te3-platinum", name, len(document_files(platinum / "gold")), s), f"  [{note}: TE3 {target}]"
        )
    corpora: tuple[tuple[str, tuple[Path, ...], bool], ...] = (
        ("te3-platinum", (platinum / "gold",), False),
        ("tbaq (TimeBank+AQUAINT)", (root / "tbaq" / "TimeBank", root / "tbaq" / "AQUAINT"), False),
        ("wikiwars (narrative)", (root / "wikiwars" / "gold",), True),
    )
    test_set: dict[str, float] = {}
    for corpus, folders, narrative in corpora:
        gold = gold_documents(*folders)
        began = time.perf_counter()
        try:
            s = ours(gold, narrative)
        except Exception as error:  # noqa: BLE001 - a benchmark reports what broke and goes on
            print(f"{corpus:<24} {'itinerary':<18} engine failed: {type(error).__name__}: {error}")
            continue
        print(row(corpus, "itinerary", len(gold), s), f"  ({time.perf_counter() - began:.1f}s)")
        if corpus == "te3-platinum":
            test_set = {"value F1": 100 * s.value_f1, "strict F1": 100 * s.strict_f1}
    print()
    for name, goal in TARGETS.items():
        reached = test_set.get(name)
        verdict = "n/a" if reached is None else ("met" if reached >= goal else "not met")
        shown = "-" if reached is None else f"{reached:.2f}"
        print(f"target TE3-platinum {name} >= {goal:.0f}: {shown} ({verdict})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
