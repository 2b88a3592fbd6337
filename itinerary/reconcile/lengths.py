"""An event's own length and one dated end give its days.

'the two-day summit, which opens on Thursday' is Thursday and Friday; 'the three-day forum ends on
Saturday' is Thursday to Saturday. The length must be the event's own: written just before its noun
('two-day summit'), not the length of the visit in whose clause the event is dated ('held talks on
Monday during a three-day visit'). One outlet may give the length ('then on to Botswana for a two-day
visit') and another the end ('wrapped up his visit to Botswana on Friday'): the event's mentions together
date it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from itinerary.model import EventMention, Reading, Resolved
from itinerary.reconcile.cluster import Cluster
from itinerary.reconcile.frame import names_the_end
from itinerary.reconcile.readings import day_span, days
from itinerary.temporal import duration_days

# Kinds held over several days whose length is written on their noun ("a two-day summit", "the three-day
# forum"). Not the trip itself: its length votes for the frame.
LASTING = frozenset({"summit", "forum"})
WRITTEN = frozenset({"date", "range"})  # a calendar date or weekday, not "days after ..."
# Between the length and the event's noun: a few words naming it ("two-day G20 leaders' summit"), nothing that
# ends a phrase.
ON_THE_NOUN = re.compile(r"^[\s-]*(?:[\w'’.&-]+\s+){0,3}$")


def spanned_by_length(mentions: Sequence[EventMention]) -> list[EventMention]:
    """Each lasting event dated by one day and given its own length of days, dated by the days they make."""
    return [_spanned_by(m, n) if m.times and (n := _own_length(m)) is not None else m for m in mentions]


def _own_length(m: EventMention, kinds: frozenset[str] = LASTING) -> int | None:
    """The event's length in whole days, when the length is written on its noun and is more than one day."""
    if m.kind not in kinds or m.is_trip or m.duration is None or m.duration_span is None:
        return None
    n = duration_days(m.duration)
    if n is None or n[0] != n[1] or n[0] < 2:
        return None
    start, end = m.duration_span
    if not start < end <= m.trigger_start or not ON_THE_NOUN.match(m.quote[end - m.quote_start:
                                                                           m.trigger_start - m.quote_start]):
        return None
    return n[0]


def _with_length(m: EventMention, r: Resolved, n: int, at_end: bool | None = None) -> Resolved:
    """A time that gives the event one day, read as the event's first day (or its last: 'closes on Friday').
    ``at_end``: which end the day is, when the caller knows."""
    if r.mention.value.kind not in WRITTEN or not r.readings or not all(_one_day(x) for x in r.readings):
        return r
    at_end = names_the_end(m, r) if at_end is None else at_end
    return r.model_copy(update={"readings": tuple(_counted(x, n, at_end) for x in r.readings)})


def _one_day(reading: Reading) -> bool:
    """A whole day: a clock time ('opens at 10:00 on Thursday') is kept as written."""
    first, last = days(reading)
    return first == last and reading.precision == "day"


def _counted(reading: Reading, n: int, at_end: bool) -> Reading:
    day = days(reading)[0]
    other = day + dt.timedelta(days=(1 - n) if at_end else (n - 1))
    basis = "end and length" if at_end else "start and length"
    return day_span(min(day, other), max(day, other), basis=basis)


# Kinds whose mentions may take the length another mention of the same event gives: a leg, a gathering.
SHARING = LASTING | {"stay", "visit"}
# Before a date, the words that make it the event's first day: 'the forum opened on Monday', 'began her visit
# to Chile on Sunday' (the noun between verb and date: looked for before the noun too).
STARTS = re.compile(r"\b(?:begins?|began|beginning|starts?|started|starting|opens?|opened|opening|"
                    r"kick(?:s|ed|ing)?\s+off)\s+(?:[\w'’-]+\s+){0,5}(?:on\s+)?$", re.IGNORECASE)


def lengths_across(clusters: Sequence[Cluster]) -> list[Cluster]:
    """Each cluster whose mentions give one length between them, its single days said to be the first or the
    last counted to that length (only those a verb makes an end: a day inside is no end)."""
    return [_shared_length(c) if any(m.duration is not None for m in c.members) else c for c in clusters]


def _shared_length(c: Cluster) -> Cluster:
    if c.members[0].kind not in SHARING:
        return c
    own = [_own_length(m, SHARING) for m in c.members]
    lengths = {n for n in own if n is not None}
    if len(lengths) != 1:
        return c  # none, or outlets that disagree on the length: nothing to count
    n = lengths.pop()
    members = [_counted_by_cue(m, n) if m.kind in SHARING and mine is None else
               _spanned_by(m, n) if m.kind in SHARING and m.kind not in LASTING else m
               for m, mine in zip(c.members, own, strict=True)]
    if all(a is b for a, b in zip(members, c.members, strict=True)):
        return c
    return Cluster(members, list(c.feats))


def _spanned_by(m: EventMention, n: int) -> EventMention:
    """An event of ``n`` days counted from its day: a gathering with its own length, a leg with its own
    ('arrives in Lima on Monday for a two-day visit')."""
    return m.model_copy(update={"times": tuple(_with_length(m, r, n) for r in m.times)})


def _counted_by_cue(m: EventMention, n: int) -> EventMention:
    times = []
    for r in m.times:
        at_end = names_the_end(m, r)
        before = m.quote[max(0, min(r.mention.start, m.trigger_start) - m.quote_start - 60):
                         r.mention.start - m.quote_start]
        starts = not at_end and bool(STARTS.search(before))
        times.append(_with_length(m, r, n, at_end) if at_end or starts else r)
    return m.model_copy(update={"times": tuple(times)}) if times != list(m.times) else m
