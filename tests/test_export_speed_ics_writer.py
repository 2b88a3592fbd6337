"""The .ics writer writes its content lines itself: the same bytes as building the calendar from icalendar's
component objects, which is how it was written before (kept here as the reference)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from itinerary.export.common import DAY_OR_FINER, calendar_name, one_line, safe_name, sorted_events, zone
from itinerary.export.ical import (
    PRODID,
    _first_url,
    _source_lines,
    bounds,
    clean_text,
    description,
    dtstamp,
    fold_line,
    on_calendar,
    short_reason,
    to_ics,
    uid,
)
from itinerary.ingest import load_articles
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source
from itinerary.pipeline import itinerary_of_articles

ROOT = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------------ the reference: icalendar's objects


class ExactText(icalendar.vText):
    def to_ical(self) -> bytes:
        escaped = (str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                   .replace("\n", "\\n"))
        return escaped.encode("utf-8")


def _text_value(text: str, *, single_line: bool = False) -> ExactText:
    cleaned = clean_text(text)
    return ExactText(one_line(cleaned) if single_line else cleaned)


def _base(stamp: dt.datetime, uid_text: str, summary: str, start: Any, end: Any) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", uid_text)
    vevent.add("dtstamp", stamp)
    vevent.add("summary", _text_value(summary, single_line=True))
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    return vevent


def _main_vevent(event: Event, articles: dict[str, ArticleRef], stamp: dt.datetime) -> icalendar.Event:
    start, end = bounds(event.start, event.end, event.precision, event.timezone)
    vevent = _base(stamp, uid(event), event.title, start, end)
    if event.location:
        vevent.add("location", _text_value(event.location, single_line=True))
    vevent.add("categories", [clean_text(event.kind)])
    vevent.add("status", "CONFIRMED" if event.status == "confirmed" else "TENTATIVE")
    vevent.add("description", _text_value(description(event, articles)))
    url = _first_url(event.sources, articles)
    if url:
        vevent.add("url", one_line(clean_text(url)))
    return vevent


def _alt_vevent(event: Event, number: int, alt: Alternative, articles: dict[str, ArticleRef],
                stamp: dt.datetime) -> icalendar.Event:
    start, end = bounds(alt.start, alt.end, alt.precision, event.timezone)
    summary = f"Alternative: {event.title} ({short_reason(alt.reason)})"
    vevent = _base(stamp, uid(event, number), summary, start, end)
    if event.location:
        vevent.add("location", _text_value(event.location, single_line=True))
    vevent.add("categories", [clean_text(event.kind)])
    vevent.add("status", "TENTATIVE")
    vevent.add("transp", "TRANSPARENT")
    vevent.add("related-to", uid(event), parameters={"RELTYPE": "SIBLING"})
    lines = [f"Alternative reading of: {event.title}", f"Reason: {alt.reason}", "Sources:"]
    lines.extend(_source_lines(alt.sources, articles))
    vevent.add("description", _text_value("\n".join(lines)))
    url = _first_url(alt.sources, articles)
    if url:
        vevent.add("url", one_line(clean_text(url)))
    return vevent


def reference_ics(itinerary: Itinerary, *, name: str | None = None) -> bytes:
    title = safe_name(clean_text(name)) if name is not None else calendar_name(itinerary)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", ExactText(title))
    calendar.add("x-wr-calname", ExactText(title))
    articles = {a.id: a for a in itinerary.articles}
    stamp = dtstamp(itinerary)
    years: list[int] = []
    for event in sorted_events(itinerary):
        if not on_calendar(event):
            continue
        vevents = [_main_vevent(event, articles, stamp)]
        for number, alt in enumerate(event.alternatives, start=1):
            if alt.precision in DAY_OR_FINER:
                vevents.append(_alt_vevent(event, number, alt, articles, stamp))
        for vevent in vevents:
            calendar.add_component(vevent)
            for key in ("dtstart", "dtend"):
                value = vevent.decoded(key)
                if isinstance(value, dt.datetime) and value.tzinfo is not None and zone(event.timezone):
                    years.append(value.year)
    if years:
        calendar.add_missing_timezones(first_date=dt.date(min(years), 1, 1),
                                       last_date=dt.date(max(years) + 1, 1, 1))
        zones = sorted(calendar.timezones, key=lambda tz: str(tz["TZID"]))
        others = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
        calendar.subcomponents[:] = [*zones, *others]
    lines = calendar.content_lines()
    return b"\r\n".join(fold_line(line).encode("utf-8") for line in lines if line) + b"\r\n"


# ------------------------------------------------------------------------------------- the cases

HOSTILE = "a; b, c\\d \\n e\r\nf\x00g END:VEVENT 🎉 会談 " + "long " * 40


def _source(quote: str = "The summit opens on Monday.", article: str = "a1") -> Source:
    return Source(article=article, text="Monday", start=19, end=25, quote=quote)


def _event(number: int, start: dt.date | dt.datetime, end: dt.date | dt.datetime, **fields: Any) -> Event:
    values: dict[str, Any] = {
        "id": f"ev{number}-visit-{number:010d}", "kind": "visit", "role": "itinerary", "title": f"Visit {number}",
        "start": start, "end": end, "precision": "day", "value": "2031-03-03", "sources": (_source(),),
    }
    values.update(fields)
    return Event(**values)


def _synthetic() -> Itinerary:
    """Days, alternatives, every kind of time (floating, UTC, zoned in several zones and years, offset
    without zone), hostile text in every TEXT property, a URL with delimiters."""
    d, t = dt.date, dt.datetime
    alt = Alternative(start=d(2031, 3, 4), end=d(2031, 3, 6), precision="day", reason="the weekday, says, so; yes",
                      sources=(_source(HOSTILE),))
    coarse = Alternative(start=d(2031, 3, 1), end=d(2031, 3, 31), precision="month", reason="vague")
    timed_alt = Alternative(start=t(2031, 3, 4, 9), end=t(2031, 3, 4, 10), precision="hour", reason="clock")
    events = (
        _event(1, d(2031, 3, 3), d(2031, 3, 5), status="disputed", alternatives=(alt, coarse),
               participants=("Ana Rios", HOSTILE), location=HOSTILE),
        _event(2, t(2031, 3, 3, 10, 30), t(2031, 3, 3, 12), precision="minute", title=HOSTILE, kind="talks, x;y",
               timezone="Europe/London", alternatives=(timed_alt,)),
        _event(3, t(2031, 3, 3, 10, 30), t(2031, 3, 3, 10, 30), precision="minute", timezone="Asia/Kolkata"),
        _event(4, t(2032, 7, 1, 8), t(2032, 7, 1, 9), precision="hour", timezone="America/Argentina/Buenos_Aires"),
        _event(5, t(2031, 3, 3, 10), t(2031, 3, 3, 11), precision="hour", timezone="UTC"),
        _event(6, t(2031, 3, 3, 10), t(2031, 3, 3, 11), precision="hour", timezone="Etc/UTC"),
        _event(7, t(2031, 3, 3, 10), t(2031, 3, 3, 11), precision="hour"),  # floating
        _event(8, t(2031, 3, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=9))), t(2031, 3, 3, 11,
               tzinfo=dt.timezone(dt.timedelta(hours=9))), precision="hour"),  # an offset, no zone
        _event(9, t(2031, 3, 3, 10), t(2031, 3, 3, 11), precision="hour", timezone="Not/AZone"),
        _event(10, d(1, 1, 1), d(1, 1, 2), role="context", status="tentative", title="", kind=""),
        _event(11, d(2031, 3, 3), d(2031, 3, 3), role="background"),  # stays out of the calendar
        _event(12, d(2031, 3, 1), d(2031, 3, 31), precision="month"),  # stays out of the calendar
    )
    articles = (ArticleRef(id="a1", path="a1.txt", published=d(2031, 2, 27), outlet=HOSTILE,
                           url="https://example.org/a?b=1,2;c=3\\x"),)
    return Itinerary(articles=articles, events=events)


def _pipeline(folder: Path) -> Itinerary:
    return itinerary_of_articles(load_articles([folder]))


CASES = {
    "empty": lambda: Itinerary(),
    "synthetic": _synthetic,
    "seeds": lambda: _pipeline(ROOT / "seeds"),
    **{f"trip-{p.name}": (lambda p=p: _pipeline(p)) for p in sorted((ROOT / "tests/fixtures/trips").iterdir())},
}


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_written_lines_are_the_bytes_icalendar_objects_give(make: Any) -> None:
    itinerary = make()
    assert to_ics(itinerary) == reference_ics(itinerary)


@pytest.mark.parametrize("name", ["Tour, 2026", HOSTILE, ""])
def test_calendar_name_written_as_icalendar_writes_it(name: str) -> None:
    assert to_ics(_synthetic(), name=name) == reference_ics(_synthetic(), name=name)


def test_synthetic_calendar_has_every_kind_of_time() -> None:
    # the comparison above is only as good as its cases: the zones, UTC and floating times are all there
    text = to_ics(_synthetic()).decode("utf-8")
    for needed in ("VALUE=DATE:", "TZID=Europe/London:", "TZID=Asia/Kolkata:",
                   "TZID=America/Argentina/Buenos_Aires:", "BEGIN:VTIMEZONE", "RELATED-TO;RELTYPE=SIBLING:",
                   "URL:", "Z\r\n", "DTSTART:20310303T100000\r\n"):
        assert needed in text, needed
    assert ZoneInfo("Europe/London")  # the zones used are known on this system
