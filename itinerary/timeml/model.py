"""Types of the TimeML layer: a document as read, the scores of a comparison.

The annotation to write, ``TimexAnnotation``, is the temporal engine's own (``itinerary.temporal.timex``).
"""

from __future__ import annotations

import datetime as dt

from itinerary.model import Frozen
from itinerary.temporal.timex import TimexAnnotation

__all__ = ["Match", "TimeMLDocument", "Timex", "TimexAnnotation", "TimexScores"]


class Timex(Frozen):
    """A TIMEX3 found inside a document's TEXT, as annotated (gold or a system's output).

    Attributes are kept as written (``type`` is a plain string: corpora contain odd ones).
    """

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    temporal_function: bool = False
    anchor_time_id: str | None = None


class TimeMLDocument(Frozen):
    """A TimeML (or plain text) document: metadata, the TEXT with every tag stripped, its TIMEX3s.

    ``prefix`` is the raw markup before the TEXT content (up to and including ``<TEXT>``),
    ``suffix`` the raw markup from ``</TEXT>`` on; both are empty for a plain text document.
    """

    path: str = ""
    docid: str | None = None
    dct: dt.date | None = None
    dct_value: str | None = None  # the DCT TIMEX3 value as written: "1998-08-07T06:18:00"
    dct_text: str | None = None  # the DCT TIMEX3 text as written: "19980807"
    title: str | None = None
    text: str
    timexes: tuple[Timex, ...] = ()
    prefix: str = ""
    suffix: str = ""


class Match(Frozen):
    """A gold TIMEX3 paired with a system TIMEX3 whose extent overlaps it."""

    gold: Timex
    system: Timex
    strict: bool  # same extent
    same_type: bool
    same_value: bool


class TimexScores(Frozen):
    """TempEval-3 timex scores. Fractions in 0..1; F1s of attributes are accuracy times relaxed F1."""

    gold: int  # gold TIMEX3s
    system: int  # system TIMEX3s
    strict_matches: int
    relaxed_matches: int
    type_matches: int  # among relaxed matches
    value_matches: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    type_accuracy: float
    type_f1: float
    value_accuracy: float
    value_f1: float
