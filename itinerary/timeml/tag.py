"""Tag documents with TIMEX3s using the temporal engine, and write them as TimeML or JSON.

The engine is reached through its public API only: ``extract``/``resolve`` from
``itinerary.temporal`` and ``timex_annotations`` from ``itinerary.temporal.timex``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from itinerary.errors import BadUsageError
from itinerary.model import (
    AnchoredPattern,
    DatePattern,
    DurationPattern,
    RangePattern,
    RelativePattern,
    Resolved,
)
from itinerary.temporal import extract, resolve
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import MONTH
from itinerary.temporal.resolve import timex_duration
from itinerary.temporal.timex import timex_annotations, with_position_words
from itinerary.timeml.io import read_document, with_annotations, write_tml
from itinerary.timeml.model import TimeMLDocument, TimexAnnotation
from itinerary.timeml.score import document_files

Format = Literal["timeml", "json"]
FORMATS: tuple[str, ...] = ("timeml", "json")


def non_overlapping(annotations: Iterable[TimexAnnotation]) -> tuple[TimexAnnotation, ...]:
    """Annotations that can all be tags at once: the longest wins an overlap, then the earliest."""
    kept: list[TimexAnnotation] = []
    for ann in sorted(annotations, key=lambda a: (a.start - a.end, a.start, a.type, a.value)):
        if ann.start < ann.end and all(ann.end <= k.start or k.end <= ann.start for k in kept):
            kept.append(ann)
    return tuple(sorted(kept, key=lambda a: (a.start, a.end)))


_LATER = re.compile(r"\s+later$", re.IGNORECASE)


def length_before_later(resolved: Resolved) -> Resolved:
    """News: 'three days later' tags the length 'three days' (DURATION P3D), 'later' being a signal, as the
    TimeML guidelines draw 'two days before the attack' and TimeBank tags it (3 of 3). A story keeps the whole
    phrase as the date it reaches (WikiWars): this is for news only.
    """
    mention, v = resolved.mention, resolved.mention.value
    cut = _LATER.search(mention.text)
    if mention.rule != "ago" or not isinstance(v, RelativePattern) or cut is None:
        return resolved
    length = DurationPattern(amount=v.offset, unit=v.unit, mod=v.mod)
    shorter = mention.model_copy(update={"end": mention.start + cut.start(), "text": mention.text[:cut.start()],
                                         "value": length})
    return Resolved(mention=shorter, timex_type="DURATION", value=timex_duration(length), mod=v.mod,
                    note="a length before 'later'")


# Where the clause of an event-anchored phrase ends: "Six days after the storming of the bridge, the army ...".
_CLAUSE_END = re.compile(r"[,;:()\n\u2014\u2013\"\u201c\u201d]|\.(?=\s|$)|\s(?:and|but|while|when|where|which|who|as)\s")
_AFTER_BEFORE = re.compile(r"\b(?:after|before)\b", re.IGNORECASE)
_LENGTH_BEFORE = re.compile(r"\b(?:for|within|lasted|lasting|lasts|last|took|takes|spent|over)\s+$", re.IGNORECASE)
_CLAUSE_REACH = 120
_APPOSITION = re.compile(r"\s*[,\-\u2013\u2014]\s*|\s+and\s+")
_STORY_UNITS = {"day": 1, "week": 7}


def _story_point(day: dt.date, unit: str, amount: int, sign: int) -> str | None:
    """The value reached from ``day`` by ``amount`` ``unit``s, at the unit's own precision."""
    if unit in {"hour", "minute", "second"}:
        return day.isoformat()  # "three hours before the declaration": that day
    if unit in _STORY_UNITS:
        reached = day + dt.timedelta(days=sign * amount * _STORY_UNITS[unit])
        return reached.isoformat() if unit == "day" else f"{reached.isocalendar()[0]:04d}-W{reached.isocalendar()[1]:02d}"
    if unit == "month":
        index = day.year * 12 + day.month - 1 + sign * amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "year":
        return f"{day.year + sign * amount:04d}"
    return None


def event_dates_in_story(text: str, resolved: tuple[Resolved, ...]) -> tuple[Resolved, ...]:
    """A story's "Six days after the storming of the bridge, ...": the whole phrase, to the end of its clause, is the
    date it reaches from the last day the story named (WikiWars draws it so; news keeps the length only). Set
    beside a date ("On 14 May 1866, three days after the crossing"), the phrase restates that date."""
    out: list[Resolved] = []
    last: dt.date | None = None
    last_value, last_end = "", -1
    for item in resolved:
        mention, v = item.mention, item.mention.value
        if isinstance(v, AnchoredPattern) and v.relation in {"before", "after"} and v.distance is not None \
                and v.distance.amount is not None and v.distance.amount == int(v.distance.amount) and last is not None \
                and _AFTER_BEFORE.search(mention.text) is not None \
                and _LENGTH_BEFORE.search(text, max(0, mention.start - 10), mention.start) is None:
            unit = v.distance.unit
            beside = _APPOSITION.fullmatch(text, last_end, mention.start) is not None
            value = last_value if beside else \
                _story_point(last, unit, int(v.distance.amount), 1 if v.relation == "after" else -1)
            end = _CLAUSE_END.search(text, mention.end, mention.end + _CLAUSE_REACH)
            if value is not None and end is not None:
                stop = max(mention.end, end.start())
                wider = mention.model_copy(update={"end": stop, "text": text[mention.start:stop],
                                                   "value": DatePattern()})
                item = Resolved(mention=wider, timex_type="TIME" if unit in {"hour", "minute"} else "DATE",
                                value=value, anchor="previous", note="a date the story reaches from its last day")
                last_value, last_end = value, stop
        elif item.readings and item.readings[0].precision in {"day", "week", "month"} \
                and isinstance(v, (DatePattern, RangePattern)):
            start = item.readings[0].start
            last = start.date() if isinstance(start, dt.datetime) else start
            last_value, last_end = item.value, mention.end
        out.append(item)
    return tuple(out)


def untagged(item: Resolved) -> bool:
    """An expression the engine reads for the itinerary that TimeBank leaves untagged: "later in the day",
    "earlier in the day" (2 of 2; "later that day" it tags)."""
    v = item.mention.value
    return item.mention.rule == "in_the_period" and isinstance(v, RelativePattern) and v.unit == "day"


# A story's time adjectives: "the former capital", "future wars", "the current government". WikiWars tags them as
# the past, future or present they point at (former 36 of 38, future 9 of 11, current 3 of 3; "the former"
# standing for a noun, "the future of", it leaves); TimeBank never does (former 0 of 28): for stories only.
_STORY_ADJECTIVES = {"former": "PAST_REF", "future": "FUTURE_REF", "current": "PRESENT_REF"}
_STORY_ADJECTIVE = re.compile(r"\b(?:[Ff]ormer|[Ff]uture|[Cc]urrent)\b(?=\s+(?!(?:of|an?|the|and|or|but|is|was|were|"
                              r"are|be|had|has|have|did|would|could|will|can|may|in|on|to|by|for|as|at|with|from|"
                              r"against|over|into|under|after|before|that|which|who|while|when)\b)[A-Za-z])")


def story_adjectives(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with a DATE for each time adjective of a story that no other annotation covers."""
    found = [TimexAnnotation(start=m.start(), end=m.end(), type="DATE", value=_STORY_ADJECTIVES[m[0].lower()])
             for m in _STORY_ADJECTIVE.finditer(text)]
    free = [a for a in found if all(a.end <= b.start or b.end <= a.start for b in annotations)]
    return tuple(sorted((*annotations, *free), key=lambda a: (a.start, a.end))) if free else annotations


# What a story's length of time spent on something runs to: "of" and its noun phrase, up to the clause's
# punctuation ("after two months of fierce battles, the army ...", "four years of war.").
_LENGTH_OF = re.compile(r"\s+of\s+[^\s,.;:()\[\]\"\u201c\u201d][^,.;:()\[\]\"\u201c\u201d\n]{0,70}?(?<!\s)(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bof)"
                        r"(?=\s*[,.;:()\[\]\"\u201c\u201d\n])")


def lengths_with_what_they_hold(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """A story's DURATION takes in what it is a length of: WikiWars draws "two months of siege", "several days of
    maneuver and stalemate", "26 years of age" whole (24 of 24), news does not. Stops short of another TIMEX3."""
    out = list(annotations)
    for i, a in enumerate(out):
        if a.type != "DURATION":
            continue
        m = _LENGTH_OF.match(text, a.end)
        if m is None or (i + 1 < len(out) and out[i + 1].start < m.end()):
            continue
        out[i] = a.model_copy(update={"end": m.end()})
    return tuple(out)


# A story's "just", "only", "a mere", "close to" before an amount of time are part of it: "in just seven hours",
# "a mere two years later", "only one week" (WikiWars 9 of 10); news leaves them out ("only six months": TimeBank
# 5 of 5).
_RESTRICTION = re.compile(r"\b(?:[Jj]ust|[Oo]nly|[Aa]\s+mere|[Aa]\s+little|[Cc]lose\s+to)\s+\Z")
_AMOUNT_FIRST = re.compile(rf"(?:\d|(?:{'|'.join(sorted(V.NUMBER_WORDS, key=len, reverse=True))}|an?|several|few|"
                           r"more|less|over|about|nearly|almost)\b)", re.IGNORECASE)


def restricted_amounts(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """A story's annotations that open with an amount of time, taking in the "just"/"only" before them."""
    out: list[TimexAnnotation] = []
    for a in annotations:
        cue = _RESTRICTION.search(text, max(0, a.start - 14), a.start)
        if cue is not None and (not out or out[-1].end <= cue.start()) and _AMOUNT_FIRST.match(text, a.start, a.end):
            a = a.model_copy(update={"start": cue.start()})
        out.append(a)
    return tuple(out)


# "around Nov. 1", "about 1910": the TimeML guidelines draw the approximation inside the TIMEX3 (mod APPROX), as
# TimeBank does (1 of 1) and WikiWars mostly (2 of 3). Only before a date written out (a number or a month name).
_APPROX_BEFORE = re.compile(r"\b(?:[Aa]round|[Aa]bout|[Aa]pproximately|[Cc]irca|[Rr]oughly)\s+\Z")
_WRITTEN_DATE = re.compile(rf"\d|(?=(?-i:[A-Z])){MONTH}", re.IGNORECASE)


def approximate_dates(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The DATE annotations with the approximation word before them taken in (mod APPROX)."""
    out: list[TimexAnnotation] = []
    for a in annotations:
        cue = _APPROX_BEFORE.search(text, max(0, a.start - 16), a.start)
        if cue is not None and a.type == "DATE" and a.mod is None and (not out or out[-1].end <= cue.start()) \
                and _WRITTEN_DATE.match(text, a.start, a.end):
            a = a.model_copy(update={"start": cue.start(), "mod": "APPROX"})
        out.append(a)
    return tuple(out)


# A story's "at the same time" is the time it is at: WikiWars tags it (12 of 14), TimeBank never (0 of 10: news
# writes it as "moreover"). Its value is that of the last date the story gave, as a reader takes it.
# "at the time" standing alone ("which was at the time incomplete", "At the time, the captain ...") is a time too
# (WikiWars 7 of 7; followed by "of" or a clause it takes them in, which is left), written as the story's present.
_SAME_TIME = re.compile(r"\b(?:[Aa]t|[Aa]round|[Oo]n)\s+(the\s+same\s+time)\b(?!\s+as\b)|\b[Aa]t\s+(the\s+time)"
                        r"(?=\s*[,.;:)]|\s+(?:and|was|were|is|are|incomplete)\b)")
_STORY_VALUE = re.compile(r"(?:\d|BC)")


def story_same_time(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with a TIME for each "at the same time" of a story that no other annotation covers."""
    ends = [a.end for a in annotations]  # sorted: the annotations do not overlap
    last: list[str | None] = [None]  # the story's last date before each annotation, and after the last one
    for a in annotations:
        last.append(a.value if a.type in {"DATE", "TIME"} and _STORY_VALUE.match(a.value) else last[-1])
    found = []
    for m in _SAME_TIME.finditer(text):
        start, end = m.span(1) if m[1] else m.span(2)
        i = bisect.bisect_right(ends, start)  # the annotations before it end by its start
        if (i < len(annotations) and annotations[i].start < end) or last[i] is None:
            continue
        value = last[i] if m[1] else "PRESENT_REF"  # "at the time": the present of the story (3 of 7; no one value)
        found.append(TimexAnnotation(start=start, end=end, type="TIME", value=value))
    return tuple(sorted((*annotations, *found), key=lambda a: (a.start, a.end))) if found else annotations


def _with_free(annotations: tuple[TimexAnnotation, ...], found: Iterable[TimexAnnotation]) -> tuple[TimexAnnotation, ...]:
    """The annotations with those of ``found`` that no annotation overlaps, in text order."""
    free = [a for a in found if all(a.end <= b.start or b.end <= a.start for b in annotations)]
    return tuple(sorted((*annotations, *free), key=lambda a: (a.start, a.end))) if free else annotations


# A vague length after "for" or "in": "for a while", "for some time", "in a very short time", "for a short period
# of time". TimeBank tags them (3 of 4 after "for"), WikiWars too (7 of 7), as a DURATION of unknown size.
_VAGUE_LENGTH = re.compile(r"\b(?:[Ff]or|[Ii]n)\s+(a\s+(?:(?:very|relatively|fairly|quite|rather)\s+)?(?:long|short|brief|"
                           r"lengthy)\s+(?:time|while|period(?:\s+of\s+time)?|amount\s+of\s+time)|a\s+while|some\s+time)\b"
                           r"(?!\s+(?:ago|later|earlier|before|after|since|when|that|of)\b)")


def vague_lengths(text: str, annotations: tuple[TimexAnnotation, ...], unknown: str = "PXX") -> tuple[TimexAnnotation, ...]:
    """The annotations with a DURATION of ``unknown`` value for each vague length that no other annotation covers
    (PXX in TimeML; WikiWars writes "null" for a value it cannot give, 5 of its 7 vague lengths)."""
    return _with_free(annotations, (TimexAnnotation(start=m.start(1), end=m.end(1), type="DURATION", value=unknown)
                                    for m in _VAGUE_LENGTH.finditer(text)))


# A story's "dry season", "the monsoon season": a time of year the calendar does not place, which WikiWars tags
# as a DATE without a value ("null", 6 of 6).
_CLIMATE_SEASON = re.compile(r"\b(?:[Tt]he\s+)?(?:dry|rainy|wet|monsoon)\s+season\b")


def story_climate_seasons(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with a DATE for each dry or rainy season of a story that no other annotation covers."""
    return _with_free(annotations, (TimexAnnotation(start=m.start(), end=m.end(), type="DATE", value="null")
                                    for m in _CLIMATE_SEASON.finditer(text)))


# A story's rate: "800 rockets per day", "$600 million per year". WikiWars tags the "per" phrase as the DURATION of
# one unit (10 of 10); TimeBank has none to follow: for stories only.
_RATE = re.compile(r"\b[Pp]er\s+(day|week|month|year|hour)\b")
_RATE_VALUES = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H"}


def story_rates(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with a DURATION for each "per day" of a story that no other annotation covers."""
    return _with_free(annotations, (TimexAnnotation(start=m.start(), end=m.end(), type="DURATION",
                                                    value=_RATE_VALUES[m[1].lower()]) for m in _RATE.finditer(text)))


# A story's "present-day Lima", "modern day Nairobi", "the largest to date": the present, as WikiWars tags them
# (3 of 3; "to date" 2 of 2, the "date" alone).
_PRESENT_DAY = re.compile(r"\b(?:[Pp]resent|[Mm]odern)[- ]day\b|(?<=\bto\s)date\b")


def story_present_day(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with a DATE PRESENT_REF for each "present-day" or "to date" of a story."""
    return _with_free(annotations, (TimexAnnotation(start=m.start(), end=m.end(), type="DATE", value="PRESENT_REF")
                                    for m in _PRESENT_DAY.finditer(text)))


# A story's "At month's end": the end of the month the story is in (WikiWars 2 of 2), written as that month.
_MONTHS_END = re.compile(r"\b[Mm]onth['\u2019]s\s+end\b")
_STORY_MONTH = re.compile(r"(?:\d{4}|BC\d{4})-\d{2}")


def story_months_end(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with a DATE for each "month's end" of a story, in the month of the story's last date."""
    starts = [a.start for a in annotations]
    found = []
    for m in _MONTHS_END.finditer(text):
        before = annotations[:bisect.bisect_left(starts, m.start())]
        month = next((month[0] for a in reversed(before) if (month := _STORY_MONTH.match(a.value))), None)
        if month is not None:
            found.append(TimexAnnotation(start=m.start(), end=m.end(), type="DATE", value=month))
    return _with_free(annotations, found)


# WikiWars writes a recurrence as the calendar with its unit left open ("daily" XXXX-XX-XX, "weekly" XXXX-WXX,
# "annually" XXXX: 12 of 12) where TimeBank writes its period (P1D: 10 of 11).
_STORY_SET_VALUES = {"P1D": "XXXX-XX-XX", "P1W": "XXXX-WXX", "P1M": "XXXX-XX", "P1Y": "XXXX"}


def story_set_values(annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with each SET of one unit written as a story writes it."""
    return tuple(a.model_copy(update={"value": _STORY_SET_VALUES[a.value]})
                 if a.type == "SET" and a.value in _STORY_SET_VALUES else a for a in annotations)


# A story's campaign named after its season: "the Spring Offensive of 1918", "the Chinese Winter Offensive", "the
# Christmas Offensive". WikiWars tags the season (9 of 9 written with capitals, which the engine leaves as part of a
# name) and the holiday as its month (7 of 7), in the year given right after or else the story's last year.
_CAMPAIGN_SEASON = re.compile(r"\b(Spring|Summer|Autumn|Fall|Winter|Christmas)(?=\s+(?:Offensive|Campaign|Fighting)s?\b)",
                              re.IGNORECASE)
_CAMPAIGN_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI", "christmas": "12"}
_YEAR_AFTER_CAMPAIGN = re.compile(r"\s+\w+s?\s+(?:of\s+|\(\s*(?:early|mid|late)?[\s-]*)(\d{4})(?!\d)", re.IGNORECASE)
_STORY_YEAR = re.compile(r"\d{4}")


def story_campaign_seasons(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with a DATE for the season or holiday each campaign of a story is named after."""
    starts = [a.start for a in annotations]
    out = list(annotations)
    for m in _CAMPAIGN_SEASON.finditer(text):
        code, i = _CAMPAIGN_CODES[m[1].lower()], bisect.bisect_left(starts, m.start())
        if i < len(out) and out[i].start == m.start():
            if code.isdigit() and out[i].type == "DATE" and _STORY_YEAR.match(out[i].value):
                out[i] = out[i].model_copy(update={"value": f"{out[i].value[:4]}-{code}"})  # the engine read the day
            continue  # a season the engine read keeps its year
        given = _YEAR_AFTER_CAMPAIGN.match(text, m.end())
        earlier = (a.value[:4] for a in reversed(annotations[:i])
                   if a.type in {"DATE", "TIME"} and _STORY_YEAR.match(a.value))
        year = given[1] if given else next(earlier, None)
        if year is not None and all(m.end() <= a.start or a.end <= m.start() for a in annotations):
            out.append(TimexAnnotation(start=m.start(), end=m.end(), type="DATE", value=f"{year}-{code}"))
    return tuple(sorted(out, key=lambda a: (a.start, a.end)))


# A story's "the first ten months of 1915", "the last two weeks of March 1842": WikiWars draws the length and the
# date it lies in as one DURATION (3 of 3); TimeBank keeps the length alone ("the first nine months" of a year, 2 of 2).
_PART_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?(?:first|last|final|opening|closing)\s+\Z")
_PART_WORD = re.compile(r"\b(?:first|last|final|opening|closing)\s", re.IGNORECASE)
_OF_BETWEEN = re.compile(r"\s+of\s+")


def story_parts_of_dates(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with each first or last length of a date joined to the date it lies in."""
    out: list[TimexAnnotation] = []
    skip = -1
    for i, a in enumerate(annotations):
        if i == skip:
            continue
        nxt = annotations[i + 1] if i + 1 < len(annotations) else None
        if a.type == "DURATION" and nxt is not None and nxt.type == "DATE" \
                and _OF_BETWEEN.fullmatch(text, a.end, nxt.start) is not None:
            cue = _PART_BEFORE.search(text, max(0, a.start - 12), a.start)
            if cue is not None and (not out or out[-1].end <= cue.start()):
                a = a.model_copy(update={"start": cue.start(), "end": nxt.end})
                skip = i + 1
            elif _PART_WORD.search(text, a.start, a.end) is not None:
                a = a.model_copy(update={"end": nxt.end})
                skip = i + 1
        out.append(a)
    return tuple(out)


# Recurrences the engine reads as one date: "each July", "every spring", "every Monday morning", "on Tuesday nights".
# TimeBank tags them as a SET of the calendar with the year and week left open (3 of 3), as the guidelines draw them.
_FULL_MONTHS = V.alternation(V.MONTHS)
_WEEKDAY_NAMES = V.alternation(k for k in V.WEEKDAYS if len(k) > 3)
_PARTS = V.alternation(k for k in V.PARTS_OF_DAY if k in {"morning", "afternoon", "evening", "night"})
_CALENDAR_SET = re.compile(rf"\b(?:(?:[Ee]very|[Ee]ach)\s+(?:(?P<m>{_FULL_MONTHS})|(?P<s>spring|summer|autumn|winter)|"
                           rf"(?P<wd>{_WEEKDAY_NAMES})(?:\s+(?P<pod>{_PARTS}))?)|(?P<wd2>{_WEEKDAY_NAMES})s?\s+"
                           rf"(?P<pods>{_PARTS})s)\b", re.IGNORECASE)
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def _calendar_set_value(m: re.Match[str]) -> str:
    if m["m"]:
        return f"XXXX-{V.MONTHS[m['m'].lower()]:02d}"
    if m["s"]:
        return f"XXXX-{_SEASON_CODES[m['s'].lower()]}"
    weekday, pod = (m["wd"], m["pod"]) if m["wd"] else (m["wd2"], m["pods"])
    part = f"T{V.PARTS_OF_DAY[pod.lower()]}" if pod else ""
    return f"XXXX-WXX-{V.WEEKDAYS[weekday.lower()]}{part}"


def calendar_recurrences(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with each recurrence of a month, season or weekday as a SET, in place of the dates that
    lie inside it."""
    out = list(annotations)
    for m in _CALENDAR_SET.finditer(text):
        inside = [a for a in out if a.start < m.end() and m.start() < a.end]
        if any(a.start < m.start() or a.end > m.end() or a.type == "SET" for a in inside):
            continue  # a longer expression holds it, or the engine read it as a recurrence already
        out = [a for a in out if a not in inside]
        out.append(TimexAnnotation(start=m.start(), end=m.end(), type="SET", value=_calendar_set_value(m)))
    return tuple(sorted(out, key=lambda a: (a.start, a.end)))


# A story's "the first day of the war", "the final day of the battle", "the early years of the war": WikiWars tags
# the part with the event it is a part of (10 of 10; TimeBank keeps "the first hours" alone). One day, month or
# year is a DATE written as that one unit ("the first year of the war" P1Y), or the date it stands beside ("1 July
# 1916, the first day of the battle"); one hour, or several units, a DURATION.
_EVENT_PART = re.compile(r"\b[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|"
                         r"opening|closing|early|latter)\s+(?P<unit>day|week|month|year|hour)(?P<pl>s)?\s+of\s+"
                         r"(?P<np>(?:the|this|that|its|his|her|their)\s+[^,.;:()\[\]\"\u201c\u201d\n]{1,60})")
_NP_STOP = re.compile(r"\s+(?:[a-z]+(?:ed|ly)|was|were|is|are|had|has|split|signified|saw|began|ended|came)\b")
_PART_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "TH"}
_BESIDE = re.compile(r"\s*,\s*")


def _event_part_value(m: re.Match[str], before: TimexAnnotation | None, text: str) -> tuple[str, str]:
    unit, code = m["unit"], _PART_CODES[m["unit"]]
    if m["pl"]:
        return "DURATION", f"P{'T' if unit == 'hour' else ''}X{code[-1]}"
    if unit == "hour":
        return "DURATION", "PT1H"
    if unit == "day" and before is not None and _BESIDE.fullmatch(text, before.end, m.start()) is not None:
        return "DATE", before.value
    return "DATE", f"P1{code}"


def story_event_parts(text: str, annotations: tuple[TimexAnnotation, ...]) -> tuple[TimexAnnotation, ...]:
    """The annotations with each part of an event a story names ("the first day of the war") that no other
    annotation overlaps."""
    starts = [a.start for a in annotations]
    found = []
    for m in _EVENT_PART.finditer(text):
        stop = _NP_STOP.search(text, m.start("np"), m.end())
        end = stop.start() if stop is not None else m.end()
        end = m.start("np") + len(text[m.start("np"):end].rstrip())
        i = bisect.bisect_left(starts, m.start())
        kind, value = _event_part_value(m, annotations[i - 1] if i else None, text)
        found.append(TimexAnnotation(start=m.start(), end=end, type=kind, value=value))
    return _with_free(annotations, found)


def with_dct(doc: TimeMLDocument, dct: dt.date | None) -> TimeMLDocument:
    """The document anchored on ``dct`` (its own DCT when None)."""
    if dct is None or dct == doc.dct:
        return doc
    return doc.model_copy(update={"dct": dct, "dct_value": None, "dct_text": None})


def tag_document(
    doc: TimeMLDocument, *, dct: dt.date | None = None, narrative: bool = False
) -> tuple[TimexAnnotation, ...]:
    """The TIMEX3s the temporal engine finds in the document's TEXT, anchored on ``dct`` or its DCT.

    ``narrative``: relative expressions follow the story's own time (history texts) rather
    than the date of writing. Annotations already in the document are ignored.
    """
    anchor = dct if dct is not None else doc.dct
    resolved = resolve(doc.text, extract(doc.text), anchor, narrative=narrative)
    resolved = tuple(item for item in resolved if not untagged(item))
    if not narrative:
        resolved = tuple(length_before_later(item) for item in resolved)
    else:
        resolved = event_dates_in_story(doc.text, resolved)
    tagged = approximate_dates(doc.text, with_position_words(doc.text, non_overlapping(timex_annotations(resolved))))
    tagged = calendar_recurrences(doc.text, vague_lengths(doc.text, tagged, "null" if narrative else "PXX"))
    if not narrative:
        return tagged
    tagged = story_event_parts(doc.text, story_months_end(doc.text, story_climate_seasons(doc.text, tagged)))
    tagged = story_campaign_seasons(doc.text, story_present_day(doc.text, story_rates(doc.text, story_set_values(tagged))))
    tagged = story_parts_of_dates(doc.text, tagged)
    return story_same_time(doc.text, restricted_amounts(
        doc.text, lengths_with_what_they_hold(doc.text, story_adjectives(doc.text, tagged))))


def render(doc: TimeMLDocument, annotations: Iterable[TimexAnnotation], fmt: Format = "timeml") -> str:
    """The tagged document as TimeML, or as JSON (docid, dct, and each TIMEX3 with its offsets)."""
    if fmt == "timeml":
        return write_tml(doc, annotations)
    if fmt != "json":
        raise BadUsageError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    tagged = with_annotations(doc, annotations)
    payload = {
        "docid": doc.docid,
        "dct": doc.dct.isoformat() if doc.dct else None,
        "timexes": [
            {
                "tid": t.tid,
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "temporalFunction": t.temporal_function,
                "anchorTimeID": t.anchor_time_id,
            }
            for t in tagged.timexes
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def tag_file(
    path: str | Path, *, dct: dt.date | None = None, narrative: bool = False, fmt: Format = "timeml"
) -> str:
    """One file (plain text or TimeML) tagged and rendered."""
    doc = with_dct(read_document(path), dct)
    return render(doc, tag_document(doc, narrative=narrative), fmt)


def tag_folder(
    in_dir: str | Path,
    out_dir: str | Path,
    fmt: Format = "timeml",
    *,
    dct: dt.date | None = None,
    narrative: bool = False,
) -> tuple[Path, ...]:
    """Every file of ``in_dir`` tagged into ``out_dir`` under the same name; returns the files written."""
    source, target = Path(in_dir), Path(out_dir)
    if target.exists() and target.resolve() == source.resolve():
        raise BadUsageError(f"{out_dir}: the output folder must differ from the input folder")
    files = document_files(source)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in files:
        out = target / path.name
        out.write_text(tag_file(path, dct=dct, narrative=narrative, fmt=fmt), encoding="utf-8")
        written.append(out)
    return tuple(written)
