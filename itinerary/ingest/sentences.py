"""Sentence spans inside paragraphs: syntok splits, then a few join rules mend its known misses.

syntok (about 1.4 M chars/s here, pysbd about 0.3 M chars/s) handles "U.S.", "a.m.", "Jan. 5" and
quotes well, but breaks after some abbreviations that news dates and titles use ("Sept. 11-13",
"Tues. May 7", "Gov. Smith"). Each join rule names the end of the first piece and the start of
the next that must stay together, beside examples that must stay one sentence and non-examples
that must still split (``tests/test_ingest_structure.py`` runs them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from itinerary.ingest.fastsplit import fast_starts

_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Sen|Rep|Rev|Msgr|Fr|Pres|Amb|Hon|St|Mt"
    r"|Insp|Supt|Cpl|Pvt|Brig|Gens|Sens|Reps)"
)
_TERMINAL = re.compile(r"[.!?…]")
_TAIL = 24  # characters of the first piece a rule looks at: enough for any abbreviation


@dataclass(frozen=True)
class JoinRule:
    """Two pieces syntok split that belong to one sentence."""

    name: str
    before: re.Pattern[str]  # searched in the last characters of the first piece
    after: re.Pattern[str]  # matched at the start of the next piece
    examples: tuple[str, ...]  # each must come out as one sentence
    non_examples: tuple[str, ...]  # each must come out as two or more


JOIN_RULES: tuple[JoinRule, ...] = (
    JoinRule(
        "month_abbreviation_before_number",
        re.compile(r"\b" + _MONTH_ABBR + r"\.\Z"),
        re.compile(r"\d"),
        ("The talks are set for Sept. 11-13, 2024.", "He lands on Sept. 9th 2024 at noon."),
        ("They met in Sept. The next talks are in May.",),
    ),
    JoinRule(
        "weekday_abbreviation_before_date",
        re.compile(r"\b" + _WEEKDAY_ABBR + r"\.\Z"),
        re.compile(r"(?:\d|,|" + _MONTH + r")"),
        ("Zhu arrived Tues. May 7 in the capital.",),
        ("The summit ends on Sat. It was long.",),
    ),
    JoinRule(
        "title_before_name",
        re.compile(r"(?:^|[\s(])" + _TITLES + r"\.\Z"),
        re.compile(r"[A-Z]"),
        ("Gov. Smith spoke first.", "He met Gen. Park and Dr. Kim."),
        ("They met Dr. Kim. The talks ended.",),
    ),
    JoinRule(
        "number_abbreviation",
        re.compile(r"\b(?:No|Nos|Art|Vol|Fig|p|pp)\.\Z"),
        re.compile(r"\d"),
        ("He is No. 2 in the party.",),
        ("He said no. Then he left.",),
    ),
    JoinRule(
        "clock_before_day",
        re.compile(r"\b[ap]\.m\.\Z", re.IGNORECASE),
        re.compile(r"(?:" + _WEEKDAY + r"|" + _MONTH + r"|[a-z(])"),
        ("He left at 10 a.m. Monday for the port.", "The plane lands at 7 p.m. local time."),
        ("The plane landed at 9 a.m. The minister spoke.",),
    ),
    JoinRule(
        "no_final_punctuation",
        # a piece that does not end a sentence (syntok sometimes breaks before a dash or a quote)
        re.compile(r"[^.!?\"'”’…:]\Z"),
        re.compile(r"\S"),
        ("WASHINGTON (Wire) -The minister visits the port.",),
        ("The minister visits the port. The talks follow.",),
    ),
)


def _joins(first: str, second: str) -> bool:
    tail = first[-_TAIL:]
    # the start of the next piece first: one anchored character or word, where the end of the first piece is
    # searched for at every position of its tail
    return any(rule.after.match(second) and rule.before.search(tail) for rule in JOIN_RULES)


def _starts(text: str) -> list[int]:
    """Where syntok starts each sentence of ``text`` (offsets into ``text``): directly where every terminal
    is plain (``fastsplit``), else by running syntok."""
    fast = fast_starts(text)
    if fast is not None:
        return fast
    from syntok import segmenter  # type: ignore[import-untyped]  # imported on first use: a cheap start

    starts: list[int] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            for token in sentence:
                starts.append(token.offset)
                break
    return starts


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph), as offsets into ``text``, whitespace trimmed.

    >>> t = "He flew in on Sept. 3. He left Sept. 5."
    >>> [t[a:b] for a, b in split_sentences(t, 0, len(t))]
    ['He flew in on Sept. 3.', 'He left Sept. 5.']
    """
    chunk = text[start:end]
    if _TERMINAL.search(chunk, 0, max(len(chunk) - 1, 0)) is None:
        # no sentence end before the last character: one sentence, and syntok is spared (headings, list lines)
        stripped = chunk.strip()
        if not stripped:
            return []
        lead = len(chunk) - len(chunk.lstrip())
        return [(start + lead, start + lead + len(stripped))]
    cuts = [c for c in _starts(chunk) if 0 < c < len(chunk)]
    bounds = [0, *cuts, len(chunk)]
    pieces: list[tuple[int, int]] = []
    for a, b in pairwise(bounds):
        piece = chunk[a:b]
        stripped_end = a + len(piece.rstrip())
        stripped_start = a + (len(piece) - len(piece.lstrip()))
        if stripped_end <= stripped_start:
            continue
        # only the last _TAIL characters of the piece so far are looked at: slicing all of it is quadratic
        # when piece after piece joins one growing sentence
        if pieces and _joins(chunk[max(pieces[-1][0], pieces[-1][1] - _TAIL):pieces[-1][1]],
                             chunk[stripped_start:stripped_end]):
            pieces[-1] = (pieces[-1][0], stripped_end)
        else:
            pieces.append((stripped_start, stripped_end))
    return [(start + a, start + b) for a, b in pieces]


def sentences(text: str, paragraph_spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of every paragraph, in order; none crosses a paragraph break."""
    out: list[tuple[int, int]] = []
    for start, end in paragraph_spans:
        out.extend(split_sentences(text, start, end))
    return out
