"""Shared types of the pipeline.

Every stage takes and returns these frozen pydantic models:

    ingest    -> Article
    temporal  -> TemporalMention (what the text says) -> Resolved (placed on the calendar)
    events    -> EventMention
    reconcile -> Itinerary (Event, Source, Alternative, Unresolved)

Offsets are character offsets into ``Article.text`` (Python ``str`` indices), so
``article.text[start:end] == text`` holds for every span, from the first regex
match to the DESCRIPTION line of the .ics.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _date_or_datetime(value: object) -> object:
    """'2026-01-05' is a day, '2026-01-05T00:00:00' an instant: pydantic's union would read both as a date."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)
    return value


When = Annotated[dt.date | dt.datetime, BeforeValidator(_date_or_datetime)]
"""A day, or an instant (naive: local time of the place; aware: with its offset)."""


class Frozen(BaseModel):
    """Base of every model: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def day_of(value: dt.date | dt.datetime) -> dt.date:
    """The calendar day of a date or of a date-time (a reading's bounds are either)."""
    return value.date() if isinstance(value, dt.datetime) else value


# --------------------------------------------------------------------------- vocab

Precision = Literal[
    "minute", "hour", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"
]
"""How finely a time is known, finest first."""

PRECISION_ORDER: tuple[str, ...] = (
    "minute", "hour", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century",
)

Mod = Literal[
    "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
    "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
]
"""TIMEX3 ``mod`` values."""

Unit = Literal[
    "second", "minute", "hour", "day", "night", "weekend", "week", "fortnight", "month",
    "season", "quarter", "half", "year", "decade", "century", "millennium",
]

Season = Literal["SP", "SU", "FA", "WI"]
PartOfDay = Literal["MO", "MI", "AF", "EV", "NI", "DT"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Role = Literal["itinerary", "context", "background"]
Status = Literal["confirmed", "tentative", "disputed"]


# ---------------------------------------------------------------------- article


class Article(Frozen):
    """One article as read: metadata and the text every offset indexes into."""

    id: str  # file stem, e.g. "001_ba7bb46bc863b84c"
    path: str  # as given on the command line / found in the folder
    text: str  # body text (front matter removed, BOM dropped, HTML extracted)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_at: dt.datetime | None = None  # when the source gives a time with offset
    language: str = "en"
    title_span: tuple[int, int] | None = None  # where the title sits in ``text``, if it does
    sentences: tuple[tuple[int, int], ...] = ()  # sentence (start, end), in order, covering the prose
    paragraphs: tuple[tuple[int, int], ...] = ()  # paragraph (start, end), in order
    furniture: tuple[tuple[int, int], ...] = ()  # page furniture: not article prose, yields no events


# --------------------------------------------------------- temporal: as written
# Extraction writes what the text says and leaves every unknown field open
# (None). It never reads the clock and never guesses a year.


class DatePattern(Frozen):
    """A calendar point or period as written: 'Monday, January 5', 'late 2025', 'the 1990s', '10:30 a.m.'."""

    kind: Literal["date"] = "date"
    year: int | None = None
    month: int | None = None  # 1..12
    day: int | None = None  # 1..31
    weekday: int | None = None  # ISO: 1 = Monday .. 7 = Sunday
    week: int | None = None  # ISO week number
    season: Season | None = None
    quarter: int | None = None  # 1..4
    half: int | None = None  # 1..2
    decade: int | None = None  # 199 for "the 1990s" (TIMEX3 "199")
    century: int | None = None  # 19 for "the 20th century" (TIMEX3 "19")
    hour: int | None = None  # 0..23
    minute: int | None = None
    part_of_day: PartOfDay | None = None  # "Friday evening" -> EV
    utc_offset_minutes: int | None = None  # "7:35 p.m. GMT" -> 0; None: local time of the place
    mod: Mod | None = None  # "late October" -> END, "about 3 pm" -> APPROX


class RangePattern(Frozen):
    """From one point to another, both as written: 'January 4 to 7, 2026', 'Sept. 2-13', '2009-2010'."""

    kind: Literal["range"] = "range"
    start: DatePattern
    end: DatePattern
    mod: Mod | None = None


class DurationPattern(Frozen):
    """A length of time: 'four-day', 'three days', 'nearly a decade', 'several weeks'."""

    kind: Literal["duration"] = "duration"
    amount: float | None  # None: unspecified ("several", "a few", "days")
    unit: Unit
    mod: Mod | None = None  # "nearly" -> LESS_THAN / APPROX, "more than" -> MORE_THAN
    adjectival: bool = False  # "a four-day trip": measures the noun that follows


class RelativePattern(Frozen):
    """Relative to the time of writing (or narration): 'yesterday', 'last year', 'next Wednesday', 'recently'."""

    kind: Literal["relative"] = "relative"
    unit: Unit | None = None  # the unit counted or named
    offset: int | None = None  # -1 last/ago-one, 0 this/today, +1 next; None: unspecified
    weekday: int | None = None  # "next Wednesday" -> 3
    month: int | None = None  # "last May" -> 5
    part_of_day: PartOfDay | None = None  # "this morning", "tomorrow evening"
    reference: Literal["PAST_REF", "PRESENT_REF", "FUTURE_REF"] | None = None  # "recently", "now", "in the future"
    granularity: Unit | None = None  # the precision of the value: "two weeks ago" -> day
    mod: Mod | None = None


class AnchoredPattern(Frozen):
    """Relative to an event rather than a date: 'just hours before his departure', 'shortly after', 'days before'."""

    kind: Literal["anchored"] = "anchored"
    relation: Literal["before", "after", "during", "since", "until"]
    distance: DurationPattern | None = None  # "hours", "two days"; None for "shortly"
    anchor: str | None = None  # the event noun: "departure", "arrival", "visit", "summit"; None: left open
    day: int | None = None  # which day of the anchor event ("during"): "the second day of" 2, "the last day of" -1


class SetPattern(Frozen):
    """A recurring time: 'every Monday', 'daily', 'twice a year'."""

    kind: Literal["set"] = "set"
    unit: Unit
    interval: int = 1
    weekday: int | None = None
    frequency: int | None = None  # "twice a year" -> 2


TemporalValue = Annotated[
    DatePattern | RangePattern | DurationPattern | RelativePattern | AnchoredPattern | SetPattern,
    Field(discriminator="kind"),
]


class TemporalMention(Frozen):
    """A date expression found in text, exactly as written, with its extent."""

    start: int
    end: int
    text: str
    value: TemporalValue
    rule: str  # name of the grammar rule that produced it
    signal: str | None = None  # preposition or cue before it, outside the extent: "on", "since", "by", "until"


# ------------------------------------------------------- temporal: as placed


class Reading(Frozen):
    """One placement of a mention on the calendar. Bounds are inclusive.

    ``start``/``end`` are dates, or naive datetimes in the local time of the
    place when a clock time was written (the time zone is found later, from
    the place), or aware datetimes when the text gave an offset.
    """

    start: When
    end: When
    precision: Precision
    value: str  # TIMEX3 value: 2026-01-05, 2025-10, 2026-W02, 199, 2026-01-05T10:30
    mod: Mod | None = None
    basis: str = "as written"  # what this reading trusts: "as written", "weekday", "day of month", ...


class Resolved(Frozen):
    """A temporal mention with what could be made of it.

    ``readings`` is empty when it cannot be placed yet (a weekday with no
    anchor, a duration, an event-anchored expression whose event is not known);
    ``value`` then keeps the open fields as X (``XXXX-XX-XX``) or is a duration
    (``P4D``). Several readings mean the text disagrees with itself (a weekday
    that does not match its date); the first is the resolver's preference,
    reconcile makes the final choice.
    """

    mention: TemporalMention
    timex_type: TimexType
    value: str
    mod: Mod | None = None
    readings: tuple[Reading, ...] = ()
    anchor: Literal["none", "explicit", "published", "previous", "event"] = "none"
    note: str | None = None  # why it is open, or what disagrees


# ------------------------------------------------------------------- events


class EventMention(Frozen):
    """One article's mention of an event, with everything needed to merge it."""

    id: str  # "<article>:<trigger start>"
    article: str
    kind: str  # visit, stay, travel, summit, meeting, talks, ceremony, forum, signing, interview, military, ...
    trigger_start: int
    trigger_end: int
    trigger: str
    quote_start: int  # the sentence that holds it
    quote_end: int
    quote: str
    title: str
    participants: tuple[str, ...] = ()  # as named in the article, short forms expanded within it
    counterpart: str | None = None  # who the principal meets: a person, or a group ("business leaders")
    qualifier: str | None = None  # the words that name this event among its kind: "APEC", "startup", "ballistic"
    location: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 of the location
    timezone: str | None = None  # IANA zone of the location
    location_is_city: bool = False
    times: tuple[Resolved, ...] = ()  # the temporal mentions that date it, best first
    duration: DurationPattern | None = None  # "a four-day visit"
    duration_span: tuple[int, int] | None = None
    role_hint: Role | None = None  # what the wording says: "historic" -> background, "ahead of" -> context
    is_trip: bool = False  # the container visit the articles are about ("state visit to Peru")
    destinations: tuple[str, ...] = ()  # the countries a trip mention names: "state visits to Chile, Peru and Bolivia"
    tense: Literal["past", "present", "future"] | None = None
    within: str | None = None  # id of an earlier mention (a leg) whose place and dates frame this one


class ArticleEvents(Frozen):
    """What one article yields before merging: the input of reconcile."""

    article: ArticleRef
    temporal: tuple[Resolved, ...] = ()  # every temporal mention of the article, placed or not
    events: tuple[EventMention, ...] = ()
    furniture: tuple[tuple[int, int], ...] = ()


# ---------------------------------------------------------------- itinerary


class Source(Frozen):
    article: str
    text: str
    start: int
    end: int
    quote: str


class Alternative(Frozen):
    start: When
    end: When
    precision: Precision
    reason: str
    sources: tuple[Source, ...] = ()


class Event(Frozen):
    id: str
    kind: str
    role: Role
    title: str
    start: When
    end: When
    precision: Precision
    value: str
    mod: Mod | None = None
    location: str | None = None
    timezone: str | None = None  # IANA name for timed events
    participants: tuple[str, ...] = ()
    status: Status = "confirmed"
    placed: bool = True  # False: dated only by the frame it falls in (the trip, a leg), not to a day of its own
    alternatives: tuple[Alternative, ...] = ()
    sources: tuple[Source, ...] = ()


class ArticleRef(Frozen):
    id: str
    path: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None


class Unresolved(Frozen):
    article: str
    text: str
    start: int
    end: int
    reason: str


class Itinerary(Frozen):
    schema_: Literal["itinerary/1"] = Field(default="itinerary/1", alias="schema")
    articles: tuple[ArticleRef, ...] = ()
    events: tuple[Event, ...] = ()
    unresolved: tuple[Unresolved, ...] = ()

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


ArticleEvents.model_rebuild()
