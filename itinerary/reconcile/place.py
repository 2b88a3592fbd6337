"""Place what an article left open through the trip it shares with the others.

An article with no date of its own still says "a summit with Zhu on Monday":
once the articles agree that the trip runs May 4-7, that Monday is the one
inside the trip. "Just hours before his departure" is the trip's first day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from itinerary.model import (
    AnchoredPattern,
    DatePattern,
    EventMention,
    RangePattern,
    Reading,
    RelativePattern,
    Resolved,
)
from itinerary.reconcile.readings import day_span
from itinerary.temporal import duration_days, resolve_against

# Event nouns that mean the start or the end of the trip.
START_NOUNS = frozenset({"departure", "arrival", "start", "landing", "beginning"})
END_NOUNS = frozenset({"return", "end", "conclusion", "homecoming"})


# Anchor nouns that name an event of the itinerary: "on the eve of the summit" counts from the summit's day,
# when the articles date it, not from the trip's first day.
EVENT_NOUN_KINDS = {"summit": "summit", "talks": "talks", "meeting": "meeting", "signing": "signing",
                    "ceremony": "ceremony", "forum": "forum", "conference": "forum", "dinner": "dinner",
                    "banquet": "dinner", "speech": "speech", "address": "speech"}


def place_mentions(mentions: Sequence[EventMention], frame: tuple[dt.date, dt.date] | None,
                   texts: dict[str, str]) -> list[EventMention]:
    """Every mention with its open times placed where the frame allows."""
    if frame is None:
        return list(mentions)
    days = event_days(mentions, frame)
    out = []
    for m in mentions:
        placed = tuple(_place(r, frame, texts.get(m.article, ""), days) for r in m.times)
        out.append(m if placed == m.times else m.model_copy(update={"times": placed}))
    return out


def event_days(mentions: Sequence[EventMention], frame: tuple[dt.date, dt.date]) -> dict[str, dt.date]:
    """kind -> the day the articles most often give an event of that kind inside the frame, when one day
    leads (a tie names no day)."""
    counts: dict[str, Counter[dt.date]] = {}
    for m in mentions:
        if m.kind not in EVENT_NOUN_KINDS.values():
            continue
        for r in m.times:
            if r.readings and r.anchor in {"explicit", "published", "previous"} and len(r.readings) == 1 \
                    and r.readings[0].precision in {"day", "hour", "minute"}:
                day = _as_day(r.readings[0].start)
                if frame[0] <= day <= frame[1]:
                    counts.setdefault(m.kind, Counter())[day] += 1
                break
    out = {}
    for kind, counted in counts.items():
        ranked = counted.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            out[kind] = ranked[0][0]
    return out


def _as_day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _place(r: Resolved, frame: tuple[dt.date, dt.date], text: str,
           days: dict[str, dt.date] | None = None) -> Resolved:
    if r.readings and r.anchor == "previous" and _year_left_open(r):
        # No publication date: the year was borrowed from an earlier date in the text ("March 2019 ... in
        # mid-April"); the trip all the articles share is the better anchor.
        placed = resolve_against(r.mention, frame[0], text=text)
        return placed.model_copy(update={"anchor": "event", "note": "year from the trip dates"}) if placed.readings else r
    if r.readings:
        return r
    value = r.mention.value
    if isinstance(value, AnchoredPattern):
        kind = EVENT_NOUN_KINDS.get((value.anchor or "").lower())
        if kind is not None and days and kind in days and value.day is None:
            return _place_anchored(r, value, (days[kind], days[kind]), "the day the articles give it")
        return _place_anchored(r, value, frame)
    if isinstance(value, DatePattern) and value.month is not None and value.day is None and value.year is None \
            and value.weekday is None:
        # "visiting Lima in October", said of a trip in May: the last October before it.
        year = frame[0].year if value.month <= frame[0].month else frame[0].year - 1
        placed = resolve_against(r.mention, dt.date(year, value.month, 15), text=text)
        if placed.readings:
            return placed.model_copy(update={"anchor": "event", "note": "the last such month before the trip"})
    if isinstance(value, DatePattern) and value.hour is not None and value.day is None and value.weekday is None \
            and value.month is None:
        return r  # a clock time alone ('at 12.12') says nothing of its day: the trip's first day is a guess
    if isinstance(value, RelativePattern) and STORY_RELATIVE.match(r.mention.text):
        return r  # "the next morning" counts from the text's last date, which the trip's first day is not
    if value.kind in {"date", "range", "relative"}:
        placed = resolve_against(r.mention, frame[0], within=frame, text=text)
        if placed.readings:
            return placed.model_copy(update={"anchor": "event", "note": "placed through the trip dates"})
    return r


STORY_RELATIVE = re.compile(r"(?:the\s+)?(?:next|following|previous|preceding|same)\b|that\b", re.IGNORECASE)


def _year_left_open(r: Resolved) -> bool:
    value = r.mention.value
    if isinstance(value, RangePattern):
        return value.start.year is None and value.end.year is None
    return isinstance(value, DatePattern) and value.year is None and value.month is not None


def _place_anchored(r: Resolved, value: AnchoredPattern, frame: tuple[dt.date, dt.date],
                    through: str = "the trip dates") -> Resolved:
    anchor_noun = (value.anchor or "trip").lower()
    point = frame[1] if anchor_noun in END_NOUNS else frame[0]
    if value.relation in {"before", "until"}:
        near, far = _distance(value)
        if near == 0:
            reading = _reading(point, point, None, f"hours before the {anchor_noun}, the same day")
        elif near == far:  # "on the eve of the summit", "the day before the summit": that very day
            day = point - dt.timedelta(days=near)
            reading = _reading(day, day, None, f"{near} day{'s' if near > 1 else ''} before the {anchor_noun}")
        else:
            reading = _reading(point - dt.timedelta(days=far), point - dt.timedelta(days=near), "BEFORE",
                               f"{near}-{far} days before the {anchor_noun}", value=point.isoformat())
    elif value.relation in {"after", "since"}:
        near, far = _distance(value)
        point = frame[0] if anchor_noun in START_NOUNS else frame[1]
        if near == far:  # "the day after the summit", "two days after the signing"
            day = point + dt.timedelta(days=near)
            reading = _reading(day, day, None, f"{near} day{'s' if near > 1 else ''} after the {anchor_noun}")
        else:
            reading = _reading(point + dt.timedelta(days=near), point + dt.timedelta(days=far), "AFTER",
                               f"{near}-{far} days after the {anchor_noun}", value=point.isoformat())
    elif value.day is not None and anchor_noun in TRIP_NOUNS and (nth := _day_in(frame, value.day)) is not None:
        reading = _reading(nth, nth, None, f"day {(nth - frame[0]).days + 1} of the {anchor_noun}")
    else:
        reading = _reading(frame[0], frame[1], None, f"during the {anchor_noun}")
    return r.model_copy(update={"readings": (reading,), "anchor": "event", "value": reading.value,
                                "note": f"relative to the {anchor_noun}, placed through {through}"})


TRIP_NOUNS = frozenset({"visit", "visits", "trip", "tour", "journey", "stay"})


def _day_in(frame: tuple[dt.date, dt.date], day: int) -> dt.date | None:
    """'the second day of the visit' (2), 'the last day' (-1): that day of the frame, if it has one."""
    found = frame[0] + dt.timedelta(days=day - 1) if day > 0 else frame[1] + dt.timedelta(days=day + 1)
    return found if frame[0] <= found <= frame[1] else None


def _distance(value: AnchoredPattern) -> tuple[int, int]:
    """Days between the anchor and the event: hours -> same day; days -> a few; unsaid -> up to two weeks."""
    if value.distance is None:
        return (1, 14)
    unit = value.distance.unit
    if unit in {"hour", "minute", "second"}:
        return (0, 0)
    span = duration_days(value.distance)
    if span is None:
        return (1, 30)
    return (max(1, span[0]), max(1, span[1]))


def _reading(first: dt.date, last: dt.date, mod: str | None, basis: str, value: str | None = None) -> Reading:
    """Bounds in days; the value names the anchor day and the mod says which side ("before 2026-01-04")."""
    r = day_span(first, last, basis)
    return r.model_copy(update={"mod": mod, "value": value or r.value})


def date_clock_times(mentions: Sequence[EventMention]) -> list[EventMention]:
    """A bare clock time ('at 16.30', 'Mass at 4:30 PM') is on the day the article last named, not on the
    publication day: 'Tomorrow, September 10th, ... at 9.30am ... The highlight ... at 16.30'."""
    changed: dict[int, EventMention] = {}  # position in ``mentions`` -> the mention with its times moved
    last_day: dict[str, tuple[int, dt.date]] = {}
    keys = [(m.article, m.trigger_start, m.id) for m in mentions]
    for i in sorted(range(len(mentions)), key=keys.__getitem__):  # each article in reading order
        m = mentions[i]
        moved: dict[int, Resolved] = {}
        for r in sorted(m.times, key=lambda r: r.mention.start):
            seen = last_day.get(m.article)
            if _bare_clock(r) and r.anchor in {"published", "none", "event"} and seen and seen[0] < r.mention.start:
                moved[id(r)] = _on_day(r, seen[1])
            elif r.readings and r.readings[0].precision == "day" and r.readings[0].start == r.readings[0].end:
                last_day[m.article] = (r.mention.start, _day(r.readings[0].start))
        if moved:
            changed[i] = m.model_copy(update={"times": tuple(moved.get(id(r), r) for r in m.times)})
    return [changed.get(i, m) for i, m in enumerate(mentions)]


def _bare_clock(r: Resolved) -> bool:
    v = r.mention.value
    return isinstance(v, DatePattern) and v.hour is not None and v.day is None and v.weekday is None \
        and v.month is None and v.year is None and bool(r.readings)


def _on_day(r: Resolved, day: dt.date) -> Resolved:
    readings = tuple(x.model_copy(update={
        "start": dt.datetime.combine(day, x.start.time()) if isinstance(x.start, dt.datetime) else day,
        "end": dt.datetime.combine(day, x.end.time()) if isinstance(x.end, dt.datetime) else day,
        "value": day.isoformat() + (x.value[10:] if len(x.value) > 10 else ""),
        "basis": "the day the article last named"}) for x in r.readings)
    return r.model_copy(update={"readings": readings, "value": readings[0].value, "anchor": "previous"})


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
