"""Place what an article left open through the trip it shares with the others.

An article with no date of its own still says "a summit with Zhu on Monday":
once the articles agree that the trip runs May 4-7, that Monday is the one
inside the trip. "Just hours before his departure" is the trip's first day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from itinerary.model import (
    AnchoredPattern,
    DatePattern,
    EventMention,
    RangePattern,
    Reading,
    RelativePattern,
    Resolved,
    day_of,
)
from itinerary.reconcile.readings import FINE, day_span, is_return_home
from itinerary.temporal import duration_days, resolve_against

# Event nouns that mean the start or the end of the trip.
START_NOUNS = frozenset({"departure", "arrival", "start", "landing", "beginning"})
END_NOUNS = frozenset({"return", "end", "conclusion", "homecoming"})


def place_mentions(mentions: Sequence[EventMention], frame: tuple[dt.date, dt.date] | None,
                   texts: dict[str, str]) -> list[EventMention]:
    """Every mention with its open times placed where the frame allows; with no frame, only what is dated
    from another event the articles date ("a day after the Swedish leader arrived")."""
    # 'a day after <event>' needs the days of the events the articles date, only of those events
    anchors = {(r.mention.value.anchor or "").lower() for m in mentions for r in m.times
               if not r.readings and isinstance(r.mention.value, AnchoredPattern)} - FRAME_NOUNS
    days_of = _days_of_events(mentions, anchors)
    if frame is None and not days_of.anywhere:
        return list(mentions)  # with no frame only a day the articles give an event places anything
    out = []
    for m in mentions:
        if frame is None:
            if all(r.readings for r in m.times):
                out.append(m)  # nothing open
                continue
            placed = tuple(r if r.readings else (_by_event(r, days_of, m) or r) for r in m.times)
        else:
            placed = tuple(_place(r, frame, texts.get(m.article, ""), m.tense, days_of, m) for r in m.times)
        out.append(m if placed == m.times else m.model_copy(update={"times": placed}))
    return out


def _by_event(r: Resolved, days_of: EventDays, m: EventMention | None = None) -> Resolved | None:
    """An open 'a day after <event>' placed from the one day the articles give that event, if they give one:
    the day of that event in the same sentence first ('held talks on Friday, a day after concluding a
    visit': those talks, not others the trip holds on other days)."""
    value = r.mention.value
    if not isinstance(value, AnchoredPattern) or value.relation not in {"before", "after"}:
        return None
    noun = (value.anchor or "").lower()
    if noun in FRAME_NOUNS:
        return None
    here = days_of.in_sentence.get((m.article, m.quote_start, noun), set()) if m is not None else set()
    event_days = here if len(here) == 1 else days_of.anywhere.get(noun, set())
    return _place_by_event(r, value, next(iter(event_days)), noun) if len(event_days) == 1 else None


def place_by_publication(mentions: Sequence[EventMention],
                         published: dict[str, dt.date | None]) -> list[EventMention]:
    """An article with no date of its own and no year in its text ("will travel to Canada on Wednesday
    (March 3)") reports the trip the dated articles report: what it left open for want of an anchor is
    placed nearest their (middle) publication date, the year nearest it, a weekday on the nearest such day.
    Before the frame: such an article may be the only one that dates the trip."""
    dates = sorted(d for d in published.values() if d is not None)
    if not dates:
        return list(mentions)
    anchor = dates[(len(dates) - 1) // 2]
    out = []
    for m in mentions:
        if published.get(m.article) is not None or all(r.readings or r.anchor != "none" for r in m.times):
            out.append(m)
            continue
        placed = tuple(_by_publication(r, anchor) if not r.readings and r.anchor == "none" else r for r in m.times)
        out.append(m.model_copy(update={"times": placed}))
    return out


def _by_publication(r: Resolved, anchor: dt.date) -> Resolved:
    if isinstance(r.mention.value, RelativePattern) and STORY_RELATIVE.match(r.mention.text):
        return r  # "the following day" counts from the article's last date, not from another article's
    placed = resolve_against(r.mention, anchor)
    if not placed.readings:
        return r
    return placed.model_copy(update={"note": "placed near the other articles' publication dates"})


# What the trip frame itself places: its first and last day, not one of its events.
TRIP_NOUNS = frozenset({"visit", "visits", "trip", "tour", "journey", "stay"})
FRAME_NOUNS = START_NOUNS | END_NOUNS | TRIP_NOUNS


@dataclass(frozen=True)
class EventDays:
    """event noun -> the single days its dated mentions give, over all articles and sentence by sentence."""

    anywhere: dict[str, set[dt.date]]
    in_sentence: dict[tuple[str, int, str], set[dt.date]]  # (article, sentence start, noun) -> days


def _days_of_events(mentions: Sequence[EventMention], nouns: set[str]) -> EventDays:
    """event noun (of ``nouns``) -> the single days its dated mentions give: 'a day after their working
    dinner' counts from the dinner another article dates, not from the end of the trip."""
    out = EventDays({}, {})
    if not nouns:
        return out
    for m in mentions:
        last_word = m.trigger.lower().split()[-1]
        if m.kind not in nouns and last_word not in nouns:
            continue
        first = m.times[0].readings[0] if m.times and m.times[0].readings else None
        if first is None or first.precision not in {"day", "hour", "minute"} or m.kind in {"visit", "stay", "travel"}:
            continue
        day = day_of(first.start)
        if day != day_of(first.end):
            continue
        for noun in {m.kind, last_word} & nouns:
            out.anywhere.setdefault(noun, set()).add(day)
            out.in_sentence.setdefault((m.article, m.quote_start, noun), set()).add(day)
    return out


def _place(r: Resolved, frame: tuple[dt.date, dt.date], text: str, tense: str | None = None,
           days_of: EventDays | None = None, m: EventMention | None = None) -> Resolved:
    if r.readings and r.anchor == "previous" and _year_left_open(r):
        # No publication date: the year was borrowed from an earlier date in the text ("March 2019 ... in
        # mid-April"); the trip all the articles share is the better anchor.
        placed = resolve_against(r.mention, frame[0], text=text)
        return placed.model_copy(update={"anchor": "event", "note": "year from the trip dates"}) if placed.readings else r
    if r.readings:
        return r
    value = r.mention.value
    if isinstance(value, AnchoredPattern):
        return (days_of is not None and _by_event(r, days_of, m)) or _place_anchored(r, value, frame)
    if isinstance(value, DatePattern) and value.month is not None and value.day is None and value.year is None \
            and value.weekday is None:
        # "visiting Lima in October", said of a trip in May: the last October before it; "will meet again in
        # Lima in December", said of a summit in July: the next December after it.
        if tense == "future":
            year = frame[1].year if value.month > frame[1].month else frame[1].year + 1
            note = "the next such month after the trip"
        else:
            year = frame[0].year if value.month <= frame[0].month else frame[0].year - 1
            note = "the last such month before the trip"
        placed = resolve_against(r.mention, dt.date(year, value.month, 15), text=text)
        if placed.readings:
            return placed.model_copy(update={"anchor": "event", "note": note})
    if isinstance(value, DatePattern) and value.hour is not None and value.day is None and value.weekday is None \
            and value.month is None:
        return r  # a clock time alone ('at 12.12') says nothing of its day: the trip's first day is a guess
    if isinstance(value, RelativePattern) and STORY_RELATIVE.match(r.mention.text):
        return r  # "the next morning" counts from the text's last date, which the trip's first day is not
    if isinstance(value, RelativePattern) and value.weekday is None and value.month is None and value.unit in {
            "day", "hour", "minute"}:
        # "He leaves tomorrow", "arrived yesterday" in an article with no date: counted from a day nobody
        # wrote; the trip's first day would be a guess.
        return r
    if value.kind in {"date", "range", "relative"}:
        # a weekday outside the trip is the one nearest the end it belongs to: "returning home on Friday" after
        # a trip from Monday to Thursday is the Friday after it, not the one before
        near = frame[1] if m is not None and is_return_home(m) else frame[0]
        placed = resolve_against(r.mention, near, within=frame, text=text)
        if placed.readings:
            return placed.model_copy(update={"anchor": "event", "note": "placed through the trip dates"})
    return r


STORY_RELATIVE = re.compile(r"(?:the\s+)?(?:next|following|previous|preceding|same)\b|that\b|the\s+day\s+(?:before|after)\b",
                            re.IGNORECASE)


def _year_left_open(r: Resolved) -> bool:
    value = r.mention.value
    if isinstance(value, RangePattern):
        return value.start.year is None and value.end.year is None
    return isinstance(value, DatePattern) and value.year is None and value.month is not None


def _place_anchored(r: Resolved, value: AnchoredPattern, frame: tuple[dt.date, dt.date]) -> Resolved:
    if value.anchor is None:
        return r  # "a day after ash closed the airport": an event no article dates, not the trip
    anchor_noun = value.anchor.lower()
    if value.relation in {"before", "until"}:
        reading = _beside(frame[1] if anchor_noun in END_NOUNS else frame[0], value, anchor_noun)
    elif value.relation in {"after", "since"}:
        reading = _beside(frame[0] if anchor_noun in START_NOUNS else frame[1], value, anchor_noun)
    elif value.day is not None and anchor_noun in TRIP_NOUNS and (nth := _day_in(frame, value.day)) is not None:
        reading = _reading(nth, nth, None, f"day {(nth - frame[0]).days + 1} of the {anchor_noun}")
    else:
        reading = _reading(frame[0], frame[1], None, f"during the {anchor_noun}")
    return r.model_copy(update={"readings": (reading,), "anchor": "event", "value": reading.value,
                                "note": f"relative to the {anchor_noun}, placed through the trip dates"})


def _beside(point: dt.date, value: AnchoredPattern, noun: str) -> Reading:
    """The days ``value`` puts before or after ``point``: one day when the distance is exact ('the eve of',
    'the day after', 'hours before': the same day), else a span marked BEFORE/AFTER that names ``point``."""
    near, far = _distance(value)
    side = "before" if value.relation in {"before", "until"} else "after"
    step = dt.timedelta(days=-1 if side == "before" else 1)
    if near == far:
        day = point + near * step
        basis = f"hours {side} the {noun}, the same day" if near == 0 else \
            f"{near} day{'s' if near > 1 else ''} {side} the {noun}"
        return _reading(day, day, None, basis)
    first, last = sorted((point + near * step, point + far * step))
    return _reading(first, last, side.upper(), f"{near}-{far} days {side} the {noun}", value=point.isoformat())


def _day_in(frame: tuple[dt.date, dt.date], day: int) -> dt.date | None:
    """'the second day of the visit' (2), 'the last day' (-1): that day of the frame, if it has one."""
    found = frame[0] + dt.timedelta(days=day - 1) if day > 0 else frame[1] + dt.timedelta(days=day + 1)
    return found if frame[0] <= found <= frame[1] else None


def _place_by_event(r: Resolved, value: AnchoredPattern, day: dt.date, noun: str) -> Resolved:
    """'a day after their working dinner', the dinner dated by the articles: that many days from its day."""
    reading = _beside(day, value, f"{noun} of {day.isoformat()}")
    return r.model_copy(update={"readings": (reading,), "anchor": "event", "value": reading.value,
                                "note": f"relative to the {noun}, dated by the articles"})


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


Seen = tuple[int, dt.date]  # where an article last named a single day, and that day


def _walk_articles(mentions: Sequence[EventMention], move: Callable[[Resolved, Seen | None], Resolved | None],
                   named_after: Callable[[Resolved, Seen | None], Seen | None]) -> list[EventMention]:
    """Each article's times in reading order, each given the day the article last named: ``move`` may put the
    time on that day (None leaves it); ``named_after`` says which day the article has named once past it."""
    changed: dict[int, EventMention] = {}  # position in ``mentions`` -> the mention with its times moved
    last_day: dict[str, Seen] = {}
    keys = [(m.article, m.trigger_start, m.id) for m in mentions]
    for i in sorted(range(len(mentions)), key=keys.__getitem__):  # each article in reading order
        m = mentions[i]
        moved: dict[int, Resolved] = {}
        for r in sorted(m.times, key=lambda r: r.mention.start):
            seen = last_day.get(m.article)
            new = move(r, seen)
            if new is not None:
                moved[id(r)] = new
                continue
            after = named_after(r, seen)
            if after is None:
                last_day.pop(m.article, None)
            else:
                last_day[m.article] = after
        if moved:
            changed[i] = m.model_copy(update={"times": tuple(moved.get(id(r), r) for r in m.times)})
    return [changed.get(i, m) for i, m in enumerate(mentions)]


def _one_day(r: Resolved) -> dt.date | None:
    """The day of a time that names exactly one day, to the day or finer."""
    if len(r.readings) != 1 or r.readings[0].precision not in FINE:
        return None
    first, last = day_of(r.readings[0].start), day_of(r.readings[0].end)
    return first if first == last else None


def date_clock_times(mentions: Sequence[EventMention]) -> list[EventMention]:
    """A bare clock time ('at 16.30', 'Mass at 4:30 PM') is on the day the article last named, not on the
    publication day: 'Tomorrow, September 10th, ... at 9.30am ... The highlight ... at 16.30'."""
    if not any(_bare_clock(r) and r.anchor in CLOCK_ANCHORS for m in mentions for r in m.times):
        return list(mentions)  # nothing to move: no need to read every article in order

    def move(r: Resolved, seen: Seen | None) -> Resolved | None:
        if _bare_clock(r) and r.anchor in CLOCK_ANCHORS and seen and seen[0] < r.mention.start:
            return _on_day(r, seen[1])
        return None

    def named_after(r: Resolved, seen: Seen | None) -> Seen | None:
        if r.readings and r.readings[0].precision == "day" and r.readings[0].start == r.readings[0].end:
            return r.mention.start, day_of(r.readings[0].start)
        return seen

    return _walk_articles(mentions, move, named_after)


def date_story_days(mentions: Sequence[EventMention]) -> list[EventMention]:
    """'arrived in Rabat on Monday evening. The following day she held talks': in an article with no date of
    its own, 'the following day', 'the next day', 'that evening' count from the day the article last named,
    once the trip has placed that day (the temporal stage had no date to count from)."""
    if not any(_open_story_day(r) for m in mentions for r in m.times):
        return list(mentions)

    def counts_from(r: Resolved, seen: Seen | None) -> bool:
        return _open_story_day(r) and seen is not None and seen[0] < r.mention.start

    def move(r: Resolved, seen: Seen | None) -> Resolved | None:
        if seen is None or not counts_from(r, seen):
            return None
        placed = resolve_against(r.mention, seen[1])
        return placed.model_copy(update={"anchor": "previous", "note": "counted from the day the article last named"}
                                 ) if placed.readings else None

    def named_after(r: Resolved, seen: Seen | None) -> Seen | None:
        if counts_from(r, seen) or _bare_clock(r) or (
                len(r.readings) == 1 and r.readings[0].precision not in FINE):
            return seen  # 'at 9:30' is on the day last named; 'in December' names no day of the story
        day = _one_day(r)
        # a day not known for sure ('Tuesday morning' that falls on two Tuesdays of the trip), a span, or none:
        # the day the article last named is no longer known
        return (r.mention.start, day) if day is not None else None

    return _walk_articles(mentions, move, named_after)


def _open_story_day(r: Resolved) -> bool:
    """An unplaced 'the following day', 'the next morning', 'that evening', 'the day before'."""
    v = r.mention.value
    return not r.readings and isinstance(v, RelativePattern) and v.unit == "day" and v.offset is not None \
        and v.weekday is None and v.month is None and bool(STORY_RELATIVE.match(r.mention.text))


CLOCK_ANCHORS = frozenset({"published", "none", "event"})  # a bare clock time dated so is moved to the day named


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


