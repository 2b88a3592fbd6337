"""Helpers every renderer shares: source tags, ordering, the trip frame, what goes on a calendar."""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itinerary.model import ArticleRef, Event, Itinerary, Source

DAY_OR_FINER: frozenset[str] = frozenset({"day", "hour", "minute"})
TIMED: frozenset[str] = frozenset({"hour", "minute"})
# A mod that leaves the day open: "before January 4" is not placed on January 4.
OPEN_MODS: frozenset[str] = frozenset(
    {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
)
TRIP_KINDS: tuple[str, ...] = ("visit", "trip", "tour")


def source_tag(article_id: str) -> str:
    """The short tag of an article: its id up to the first ``_``.

    >>> source_tag("001_ba7bb46bc863b84c"), source_tag("B1_bishop-visit"), source_tag("notes")
    ('001', 'B1', 'notes')
    """
    head = article_id.split("_", 1)[0]
    return head or article_id


def zone(name: str | None) -> dt.tzinfo | None:
    """The IANA zone of that name, or None when unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local(value: dt.datetime, tz_name: str | None) -> dt.datetime:
    """A datetime in the event's zone: aware ones converted, naive ones taken as local time there."""
    tz = zone(tz_name)
    if tz is None:
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value.astimezone(tz)


def wall(value: dt.date | dt.datetime, tz_name: str | None = None) -> dt.datetime:
    """Naive local wall time used for ordering; a date is its midnight."""
    if isinstance(value, dt.datetime):
        return local(value, tz_name).replace(tzinfo=None)
    return dt.datetime(value.year, value.month, value.day)


def day_of(value: dt.date | dt.datetime, tz_name: str | None = None) -> dt.date:
    """The local calendar day of a date or datetime."""
    return wall(value, tz_name).date()


def sort_key(event: Event) -> tuple[dt.datetime, str]:
    """Events sort by start (local wall time, a date as its midnight), then by id."""
    return (wall(event.start, event.timezone), event.id)


def sorted_events(itinerary: Itinerary) -> tuple[Event, ...]:
    """The events in contract order, whatever order the model holds them in."""
    return tuple(sorted(itinerary.events, key=sort_key))


def is_day_placed(event: Event) -> bool:
    """Placed on the calendar to a day or better, with no mod that leaves the day open."""
    return event.placed and event.precision in DAY_OR_FINER and event.mod not in OPEN_MODS


def is_timed(event: Event) -> bool:
    """A clock time is known for the start."""
    return event.precision in TIMED and isinstance(event.start, dt.datetime)


def span_days(event: Event) -> int:
    """How many calendar days the event covers (at least 1)."""
    first, last = day_of(event.start, event.timezone), day_of(event.end, event.timezone)
    return max(1, (last - first).days + 1)


def trip_event(itinerary: Itinerary) -> Event | None:
    """The trip the articles are about: the itinerary visit with the widest placed range.

    Ties go to the earlier start, then the smaller id, so the choice does not depend on input order.
    """
    candidates = [e for e in itinerary.events if e.role == "itinerary" and e.kind in TRIP_KINDS and is_day_placed(e)]
    if not candidates:
        return None
    return min(candidates, key=lambda e: (-span_days(e), sort_key(e)))


def one_line(text: str) -> str:
    """Whitespace (line breaks included) collapsed to single spaces."""
    return " ".join(text.split())


def calendar_name(itinerary: Itinerary) -> str:
    """Name of the calendar: the trip's title, or "Itinerary"; never with a comma.

    >>> from itinerary.model import Itinerary
    >>> calendar_name(Itinerary())
    'Itinerary'
    """
    trip = trip_event(itinerary)
    return safe_name(trip.title if trip is not None else "Itinerary")


def safe_name(name: str) -> str:
    """A calendar name without commas (clients disagree on escaping them in NAME/X-WR-CALNAME).

    >>> safe_name("State visit to Lima, Cusco,Arequipa")
    'State visit to Lima - Cusco - Arequipa'
    """
    flat = one_line(name).replace(", ", " - ").replace(",", " - ")
    return one_line(flat) or "Itinerary"


MAX_FRAME_DAYS = 62  # a bad trip range must not print years of empty days


def day_plan(events: tuple[Event, ...], trip: Event | None
             ) -> tuple[list[Event], dict[dt.date, list[Event]], list[dt.date]]:
    """What a day-by-day view shows: the itinerary events placed to a day (the trip aside), the events
    that start on each day, and the days in order - every day of the trip, empty ones too, and every other
    day an event starts."""
    dated = [e for e in events if e.role == "itinerary" and is_day_placed(e) and e is not trip]
    starts: dict[dt.date, list[Event]] = {}
    for event in dated:
        starts.setdefault(day_of(event.start, event.timezone), []).append(event)
    days = set(starts)
    if trip is not None and span_days(trip) <= MAX_FRAME_DAYS:
        first = day_of(trip.start, trip.timezone)
        days.update(first + dt.timedelta(days=n) for n in range(span_days(trip)))
    return dated, starts, sorted(days)


def continuing(dated: Sequence[Event], days: Sequence[dt.date]) -> dict[dt.date, list[tuple[Event, int]]]:
    """For each of the sorted ``days``, the ``dated`` events that began before it and still run on it, in
    ``dated`` order, each with which of its days it is. Each event finds its days by bisection: asking
    every event about every day was quadratic in a long itinerary."""
    out: dict[dt.date, list[tuple[Event, int]]] = {}
    for event in dated:
        first, last = day_of(event.start, event.timezone), day_of(event.end, event.timezone)
        for day in days[bisect.bisect_right(days, first):bisect.bisect_right(days, last)]:
            out.setdefault(day, []).append((event, (day - first).days + 1))
    return out


ARTICLE = operator.attrgetter("article")
ARTICLE_QUOTE = operator.attrgetter("article", "quote")


def articles_of(sources: Iterable[Source]) -> list[str]:
    """The sources' articles in first-seen order, without repeats (an event of a long text has thousands of
    sources from a few articles: each is looked at once by the caller)."""
    return list(dict.fromkeys(map(ARTICLE, sources)))


def source_tags(sources: Iterable[Source]) -> list[str]:
    """The tags of the sources' articles in first-seen order, without repeats.

    >>> source_tags([Source(article=a, text="x", start=0, end=1, quote="q") for a in ("002_b", "001_a", "002_c")])
    ['002', '001']
    """
    return list(dict.fromkeys(map(source_tag, articles_of(sources))))


def quoted(sources: Iterable[Source]) -> dict[tuple[str, str], None]:
    """Each distinct (article, quote) of the sources, in first-seen order."""
    return dict.fromkeys(map(ARTICLE_QUOTE, sources))


def quotes_by_article(sources: tuple[Source, ...]) -> dict[str, list[str]]:
    """Each article's distinct quotes, articles and quotes in the order the sources give them."""
    quotes: dict[str, dict[str, None]] = {}  # an ordered set per article: many sources quote few sentences
    for article, quote in quoted(sources):
        quotes.setdefault(article, {})[quote] = None
    return {article: list(said) for article, said in quotes.items()}


def article_name(article: str, articles: dict[str, ArticleRef]) -> tuple[str, str | None]:
    """How to name an article to a reader: its outlet, else its title, else its id; and its URL if any."""
    ref = articles.get(article)
    if ref is None:
        return article, None
    return ref.outlet or ref.title or article, ref.url
