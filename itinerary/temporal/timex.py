"""TIMEX3 annotations of resolved mentions, as TimeBank draws them.

A range becomes two TIMEX3s ("January 4" and "7, 2026"); an event-anchored
expression yields its distance only ("hours" in "hours before his departure")
and nothing when it has none ("shortly after"); everything else is one TIMEX3
over the mention's extent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.model import (
    AnchoredPattern,
    DatePattern,
    DurationPattern,
    Frozen,
    Mod,
    RangePattern,
    Reading,
    Resolved,
    TimexType,
)
from itinerary.temporal.calendar import period
from itinerary.temporal.values import timex_duration

_SPLIT_WORD = re.compile(r"\s*,?\s*\b(?:to|through|thru|until|till|and)\b\s*", re.IGNORECASE)
_SPLIT_DASH = re.compile(r"\s*,?\s*[-/\u2010\u2011\u2012\u2013\u2014]\s*")
_DISTANCE = re.compile(
    r"(?:(?:just|only|mere|barely|some|about|around|nearly|almost)\s+)?(?P<d>.*?\b(?:minutes?|hours?|days?|weeks?"
    r"|months?|years?|moments))\b",
    re.IGNORECASE,
)
_AGE = re.compile(r"\bold$", re.IGNORECASE)
_THE_UNIT = re.compile(r"the\s+(?:day|night|week|month|year)\b", re.IGNORECASE)
_RECENT_UNITS = re.compile(r"recent\s+(?P<u>years|months|weeks|days|decades)$", re.IGNORECASE)
_FUNCTION_ANCHORS = frozenset({"published", "previous", "event"})


class TimexAnnotation(Frozen):
    """One TIMEX3: offsets into the text, type, value, mod, and whether it was computed from an anchor."""

    start: int
    end: int
    type: TimexType
    value: str
    mod: Mod | None = None
    temporal_function: bool = False
    anchor_time_id: str | None = None


def _function(resolved: Resolved) -> tuple[bool, str | None]:
    kind = resolved.mention.value.kind
    by_function = resolved.anchor in _FUNCTION_ANCHORS or kind in {"relative", "anchored"}
    return by_function, "t0" if by_function and resolved.anchor == "published" else None


def _point_value(p: DatePattern, reading: Reading | None, at_end: bool) -> str:
    if reading is None:
        from itinerary.temporal.resolve import _open_value  # local: resolve imports nothing from here

        return _open_value(p)
    day = reading.end if at_end else reading.start
    year = day.year
    plain = p.model_copy(update={"weekday": None, "year": year, "month": p.month or day.month})
    if p.month is None and p.day is None:
        plain = plain.model_copy(update={"month": None})
    placed = period(plain, year)
    if placed is None:
        return reading.value
    if placed.precision == "day" or (p.weekday is not None and p.month is None and p.day is None):  # "Monday to"
        return day.isoformat()[:10] + ("" if p.part_of_day is None else f"T{p.part_of_day}")
    return placed.value


def _range(resolved: Resolved, r: RangePattern) -> tuple[TimexAnnotation, ...]:
    mention = resolved.mention
    text = mention.text
    cut = _SPLIT_WORD.search(text) or _SPLIT_DASH.search(text, 4 if text[:4].isdigit() else 0)
    if cut is None:
        return ()
    reading = resolved.readings[0] if resolved.readings else None
    function, anchor_id = _function(resolved)
    first = TimexAnnotation(start=mention.start, end=mention.start + cut.start(),
                            type="TIME" if r.start.part_of_day is not None else "DATE",
                            value=_point_value(r.start, reading, False), temporal_function=function,
                            anchor_time_id=anchor_id)
    second = TimexAnnotation(start=mention.start + cut.end(), end=mention.end, type="DATE",
                             value=_point_value(r.end, reading, True), temporal_function=function,
                             anchor_time_id=anchor_id)
    return tuple(a for a in (first, second) if a.end > a.start)


def _anchored(resolved: Resolved, a: AnchoredPattern) -> tuple[TimexAnnotation, ...]:
    if a.distance is None:
        return ()
    the_unit = _THE_UNIT.match(resolved.mention.text)
    if the_unit is not None:  # "the day before ...": TimeBank marks "the day" as an open DATE
        start = resolved.mention.start
        return (TimexAnnotation(start=start, end=start + the_unit.end(), type="DATE", value="XXXX-XX-XX",
                                temporal_function=True),)
    m = _DISTANCE.match(resolved.mention.text)
    if m is None:
        return ()
    start = resolved.mention.start + m.start("d")
    return (TimexAnnotation(start=start, end=resolved.mention.start + m.end("d"), type="DURATION",
                            value=resolved.value, mod=a.distance.mod),)


def _one(resolved: Resolved) -> tuple[TimexAnnotation, ...]:
    value = resolved.mention.value
    if isinstance(value, RangePattern):
        return _range(resolved, value)
    if isinstance(value, AnchoredPattern):
        return _anchored(resolved, value)
    if isinstance(value, DurationPattern) and _AGE.search(resolved.mention.text):
        return ()  # ages ("a 22-year-old son"): TempEval-3 gold leaves them out
    recent = _RECENT_UNITS.search(resolved.mention.text)
    if recent is not None:  # "recent weeks": TimeBank writes an open duration (PXW), not PAST_REF
        unit = recent["u"].lower()
        length = timex_duration(DurationPattern(amount=None, unit="decade" if unit == "decades" else unit[:-1]))
        mention = resolved.mention
        return (TimexAnnotation(start=mention.start, end=mention.end, type="DURATION", value=length),)
    function, anchor_id = _function(resolved)
    mention = resolved.mention
    return (TimexAnnotation(start=mention.start, end=mention.end, type=resolved.timex_type, value=resolved.value,
                            mod=resolved.mod, temporal_function=function, anchor_time_id=anchor_id),)


_EARLIER_LATER = re.compile(r"\b(?P<w>earlier|later)\s+$", re.IGNORECASE)
# Only a this/that period: before a day ("Earlier Sunday", "later today") TimeBank leaves the word out (5 of 6).
_POSITIONED = re.compile(r"(?:this|that)\b", re.IGNORECASE)
_POSITION_MOD: dict[str, Mod] = {"earlier": "START", "later": "END"}


def with_position_words(text: str, annotations: Sequence[TimexAnnotation]) -> tuple[TimexAnnotation, ...]:
    """TimeBank's extents take in 'earlier'/'later' before a this/that period ('earlier this month': START,
    'later this year': END), not before a day ('Later Monday' is 'Monday'); the value stays that of the period.

    >>> a = TimexAnnotation(start=16, end=26, type="DATE", value="2026-05")
    >>> b = with_position_words("It rose earlier this month.", [a])[0]
    >>> (b.start, b.mod)
    (8, 'START')
    """
    out: list[TimexAnnotation] = []
    for ann in annotations:
        cue = _EARLIER_LATER.search(text, max(0, ann.start - 9), ann.start)
        free = not out or out[-1].end <= (cue.start() if cue else 0)
        if cue is not None and free and ann.type in {"DATE", "TIME"} and ann.mod is None \
                and _POSITIONED.match(text, ann.start, ann.end):
            ann = ann.model_copy(update={"start": cue.start(), "mod": _POSITION_MOD[cue["w"].lower()]})
        out.append(ann)
    return tuple(out)


def timex_annotations(resolved: Resolved | Sequence[Resolved]) -> tuple[TimexAnnotation, ...]:
    """TIMEX3 annotations of one resolved mention, or of many in order."""
    if isinstance(resolved, Resolved):
        return _one(resolved)
    return tuple(a for item in resolved for a in _one(item))
