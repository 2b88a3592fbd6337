"""An event's own length and one dated end give its days.

'the two-day summit, which opens on Thursday' is Thursday and Friday; 'the three-day forum ends on
Saturday' is Thursday to Saturday. The length must be the event's own: written just before its noun
('two-day summit'), not the length of the visit in whose clause the event is dated ('held talks on
Monday during a three-day visit').
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from itinerary.model import EventMention, Reading, Resolved
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
    return [_spanned(m) if _own_length(m) is not None else m for m in mentions]


def _own_length(m: EventMention) -> int | None:
    """The event's length in whole days, when the length is written on its noun and is more than one day."""
    if m.kind not in LASTING or m.is_trip or m.duration is None or m.duration_span is None or not m.times:
        return None
    n = duration_days(m.duration)
    if n is None or n[0] != n[1] or n[0] < 2:
        return None
    start, end = m.duration_span
    if not start < end <= m.trigger_start or not ON_THE_NOUN.match(m.quote[end - m.quote_start:
                                                                           m.trigger_start - m.quote_start]):
        return None
    return n[0]


def _spanned(m: EventMention) -> EventMention:
    n = _own_length(m)
    assert n is not None
    return m.model_copy(update={"times": tuple(_with_length(m, r, n) for r in m.times)})


def _with_length(m: EventMention, r: Resolved, n: int) -> Resolved:
    """A time that gives the event one day, read as the event's first day (or its last: 'closes on Friday')."""
    if r.mention.value.kind not in WRITTEN or not r.readings or not all(_one_day(x) for x in r.readings):
        return r
    at_end = names_the_end(m, r)
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
