"""Small pure helpers over readings: calendar days, containment, how to say a span; what a return home is."""

from __future__ import annotations

import datetime as dt

from itinerary.model import Event, EventMention, Reading, day_of

FINE = ("minute", "hour", "day")


def is_return_home(x: EventMention | Event) -> bool:
    """A journey home ('flew home', 'returned to Berlin'): the events stage titles it 'Return'."""
    return x.kind == "travel" and x.title.startswith("Return")


def days(reading: Reading) -> tuple[dt.date, dt.date]:
    return day_of(reading.start), day_of(reading.end)


def length(reading: Reading) -> int:
    first, last = days(reading)
    return (last - first).days + 1


def inside(reading: Reading, frame: tuple[dt.date, dt.date]) -> bool:
    first, last = days(reading)
    return frame[0] <= first and last <= frame[1]


def overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def is_day_or_finer(reading: Reading) -> bool:
    return reading.precision in FINE


def span_value(first: dt.date, last: dt.date) -> str:
    """TIMEX-like value of a span of days: the day, or an ISO 8601 interval."""
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def day_span(first: dt.date, last: dt.date, basis: str, precision: str = "day") -> Reading:
    return Reading(start=first, end=last, precision=precision, value=span_value(first, last), basis=basis)


def describe(first: dt.date, last: dt.date) -> str:
    """'Tue 2026-01-06' or 'Tue 2026-01-06 .. Wed 2026-01-07'."""
    one = f"{first:%a} {first.isoformat()}"
    return one if first == last else f"{one} .. {last:%a} {last.isoformat()}"
