"""TempEval-3 timex scores, computed as the official toolkit does.

The toolkit (``TE3-evaluation.py``) first runs TimeML-Normalizer, which walks gold and system
tokens in step and gives a system TIMEX3 the id of the gold TIMEX3 it overlaps: when two
TIMEX3s overlap, the one that starts later takes the id of the one open at its first token,
unless that one is already paired (one-to-one; gold before system on the same token).
``evaluate_entities.py`` then counts, over all documents:

- relaxed matches: pairs with the same id; precision over system TIMEX3s, recall over gold;
- strict matches: relaxed matches whose texts are identical;
- type and value: accuracy over relaxed matches, and "F1" = accuracy x relaxed F1.

Gold and system texts may differ in whitespace only (tokens must match); here extents are
compared in a whitespace-free coordinate, which is what token alignment amounts to. The
DCT is not scored.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path

from itinerary.errors import BadInputError
from itinerary.timeml.io import read_document
from itinerary.timeml.model import Match, TimeMLDocument, Timex, TimexScores


def _nonspace_offsets(text: str) -> list[int]:
    """offsets[i] = how many non-whitespace characters precede position i (len(text) + 1 entries)."""
    offsets = [0] * (len(text) + 1)
    count = 0
    for index, char in enumerate(text):
        offsets[index] = count
        if not char.isspace():
            count += 1
    offsets[len(text)] = count
    return offsets


def _compact_span(offsets: Sequence[int], timex: Timex) -> tuple[int, int]:
    return offsets[timex.start], offsets[timex.end]


def match_document(gold: TimeMLDocument, system: TimeMLDocument) -> tuple[Match, ...]:
    """The TIMEX3 pairs TimeML-Normalizer would give the same id, in text order.

    Raises ``BadInputError`` when the two TEXTs differ other than in whitespace.
    """
    if "".join(gold.text.split()) != "".join(system.text.split()):
        raise BadInputError(
            system.path or system.docid or "<system>", "TEXT differs from the gold document's"
        )
    spans = (
        [_compact_span(_nonspace_offsets(gold.text), t) for t in gold.timexes],
        [_compact_span(_nonspace_offsets(system.text), t) for t in system.timexes],
    )
    # Gold before system when both open on the same token, as the normalizer walks annotations in order.
    events = sorted(
        (span[0], side, index)
        for side in (0, 1)
        for index, span in enumerate(spans[side])
        if span[0] < span[1]
    )
    last_open: list[int | None] = [None, None]
    paired: tuple[set[int], set[int]] = (set(), set())
    pairs: list[tuple[int, int]] = []
    for position, side, index in events:
        other = 1 - side
        candidate = last_open[other]
        if candidate is not None and candidate not in paired[other]:
            start, end = spans[other][candidate]
            if start <= position < end:
                paired[other].add(candidate)
                paired[side].add(index)
                pairs.append((index, candidate) if side == 0 else (candidate, index))
        last_open[side] = index
    matches = []
    for gold_index, system_index in sorted(pairs):
        g, s = gold.timexes[gold_index], system.timexes[system_index]
        matches.append(
            Match(
                gold=g,
                system=s,
                strict=g.text == s.text,
                same_type=g.type == s.type,
                same_value=g.value == s.value,
            )
        )
    return tuple(matches)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def scores_from_counts(
    gold: int, system: int, strict: int, relaxed: int, type_matches: int, value_matches: int
) -> TimexScores:
    """Scores from counts, with the toolkit's conventions (nothing at all on both sides scores 1).

    >>> s = scores_from_counts(gold=4, system=5, strict=2, relaxed=4, type_matches=3, value_matches=2)
    >>> round(s.relaxed_f1, 4), round(s.strict_f1, 4), s.type_accuracy, round(s.value_f1, 4)
    (0.8889, 0.4444, 0.75, 0.4444)
    """
    strict_p, strict_r = _ratio(strict, system), _ratio(strict, gold)
    relaxed_p, relaxed_r = _ratio(relaxed, system), _ratio(relaxed, gold)
    strict_f1, relaxed_f1 = _f1(strict_p, strict_r), _f1(relaxed_p, relaxed_r)
    type_acc, value_acc = _ratio(type_matches, relaxed), _ratio(value_matches, relaxed)
    type_f1, value_f1 = type_acc * relaxed_f1, value_acc * relaxed_f1
    if gold == 0 and system == 0:
        strict_f1 = relaxed_f1 = type_f1 = value_f1 = 1.0
    return TimexScores(
        gold=gold,
        system=system,
        strict_matches=strict,
        relaxed_matches=relaxed,
        type_matches=type_matches,
        value_matches=value_matches,
        strict_precision=strict_p,
        strict_recall=strict_r,
        strict_f1=strict_f1,
        relaxed_precision=relaxed_p,
        relaxed_recall=relaxed_r,
        relaxed_f1=relaxed_f1,
        type_accuracy=type_acc,
        type_f1=type_f1,
        value_accuracy=value_acc,
        value_f1=value_f1,
    )


def score(gold: Iterable[TimeMLDocument], system: Iterable[TimeMLDocument]) -> TimexScores:
    """TempEval-3 timex scores of system documents against gold ones, paired in order."""
    counts = [0, 0, 0, 0, 0, 0]
    for gold_doc, system_doc in itertools.zip_longest(gold, system):
        if gold_doc is None or system_doc is None:
            raise BadInputError("<system>", "gold and system do not hold the same number of documents")
        matches = match_document(gold_doc, system_doc)
        counts[0] += len(gold_doc.timexes)
        counts[1] += len(system_doc.timexes)
        counts[2] += sum(m.strict for m in matches)
        counts[3] += len(matches)
        counts[4] += sum(m.same_type for m in matches)
        counts[5] += sum(m.same_value for m in matches)
    return scores_from_counts(*counts)


def document_files(folder: str | Path) -> tuple[Path, ...]:
    """The document files of a folder, in name order (hidden files left out)."""
    root = Path(folder)
    if not root.is_dir():
        raise BadInputError(str(folder), "not a folder")
    return tuple(sorted(p for p in root.iterdir() if p.is_file() and not p.name.startswith(".")))


def paired_documents(
    gold_dir: str | Path, system_dir: str | Path
) -> tuple[tuple[TimeMLDocument, ...], tuple[TimeMLDocument, ...]]:
    """The gold documents of a folder and the system documents of the same names."""
    gold_files = document_files(gold_dir)
    system_root = Path(system_dir)
    if not system_root.is_dir():
        raise BadInputError(str(system_dir), "not a folder")
    gold_docs, system_docs = [], []
    for gold_file in gold_files:
        system_file = system_root / gold_file.name
        if not system_file.is_file():
            raise BadInputError(str(system_file), "missing: the gold folder has a document of that name")
        gold_docs.append(read_document(gold_file))
        system_docs.append(read_document(system_file))
    return tuple(gold_docs), tuple(system_docs)


def score_folders(gold_dir: str | Path, system_dir: str | Path) -> TimexScores:
    """TempEval-3 timex scores of every document of system_dir against the gold document of the same name."""
    gold_docs, system_docs = paired_documents(gold_dir, system_dir)
    return score(gold_docs, system_docs)
