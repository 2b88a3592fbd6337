"""The itinerary as TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html).

One slide per event, grouped by role; the trip is the title slide and an era. Dates carry only
the fields their precision knows (a year-precision event gives a year). TimelineJS has no time
zones: timed events give the local wall time of their place, and ``display_date`` names the zone.
Disputed or tentative dates say so in ``display_date``, with the other readings; the sources
(outlet, quote, link) are in the slide's HTML text.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from itinerary.export.common import (
    article_name,
    is_day_placed,
    is_timed,
    local,
    quotes_by_article,
    sorted_events,
    source_tag,
    trip_event,
)
from itinerary.export.json_format import dumps_indented
from itinerary.export.text import span_text
from itinerary.export.when import format_when
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source

GROUPS: dict[str, str] = {"itinerary": "Itinerary", "context": "Context", "background": "Background"}
# Which date fields each precision knows; coarser precisions keep only the year (and month).
FIELDS_OF: dict[str, tuple[str, ...]] = {
    "minute": ("year", "month", "day", "hour", "minute"),
    "hour": ("year", "month", "day", "hour"),
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "season": ("year", "month"),
    "quarter": ("year", "month"),
    "half": ("year", "month"),
}
STATUS_WORD: dict[str, str] = {"confirmed": "", "tentative": " (tentative)", "disputed": " (disputed)"}


def date_object(value: dt.date | dt.datetime, precision: str, tz_name: str | None) -> dict[str, int]:
    """A TimelineJS date with the fields the precision knows.

    >>> date_object(dt.date(2025, 10, 21), "month", None)
    {'year': 2025, 'month': 10}
    """
    wall = local(value, tz_name) if isinstance(value, dt.datetime) else value
    fields = FIELDS_OF.get(precision, ("year",))
    return {name: int(getattr(wall, name)) for name in fields if hasattr(wall, name)}


def _esc(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def sources_html(sources: tuple[Source, ...], articles: dict[str, ArticleRef]) -> str:
    """The quotes grouped by article, each article named by its outlet (or title) and linked to its URL."""
    items: list[str] = []
    for article, said in quotes_by_article(sources).items():
        title, url = article_name(article, articles)
        who = _esc(title)
        if url:
            who = f'<a href="{_esc(url)}">{who}</a>'
        lines = "".join(f"<li>“{_esc(quote)}”</li>" for quote in said)
        items.append(f"<li>[{_esc(source_tag(article))}] {who}<ul>{lines}</ul></li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _alternative_html(alt: Alternative, tz: str | None, articles: dict[str, ArticleRef]) -> str:
    when = _esc(span_text(alt.start, alt.end, alt.precision, tz))
    return f"<li><b>{when}</b>: {_esc(alt.reason)}{sources_html(alt.sources, articles)}</li>"


def display_date(event: Event, trip: Event | None) -> str:
    """When, as a reader says it, with the status and the other readings when the date is not settled."""
    if not event.placed and trip is not None:
        when = f"day not reported ({span_text(event.start, event.end, event.precision, event.timezone)})"
    elif event.precision == "day" and event.mod is None:
        when = span_text(event.start, event.end, event.precision, event.timezone)
    else:
        when = format_when(event)
    text = f"{when}{STATUS_WORD[event.status]}"
    if event.alternatives:
        others = "; ".join(span_text(a.start, a.end, a.precision, event.timezone) for a in event.alternatives)
        text += f"; also reported: {others}"
    return text


def slide(event: Event, trip: Event | None, articles: dict[str, ArticleRef]) -> dict[str, Any]:
    parts: list[str] = []
    facts = [f"{event.kind}"]
    if event.location:
        facts.append(event.location)
    if event.participants:
        facts.append(", ".join(event.participants))
    parts.append(f"<p>{_esc(' · '.join(facts))}</p>")
    if event.alternatives:
        alts = "".join(_alternative_html(a, event.timezone, articles) for a in event.alternatives)
        parts.append(f"<p>Other readings:</p><ul>{alts}</ul>")
    parts.append(f"<p>Sources:</p>{sources_html(event.sources, articles)}")
    data: dict[str, Any] = {
        "unique_id": event.id,
        "group": GROUPS.get(event.role, event.role.title()),
        "display_date": display_date(event, trip),
        "start_date": date_object(event.start, event.precision, event.timezone),
    }
    end = date_object(event.end, event.precision, event.timezone)
    if end != data["start_date"] or (is_timed(event) and event.end != event.start):
        data["end_date"] = end
    data["text"] = {"headline": _esc(event.title), "text": "".join(parts)}
    return data


def to_timelinejs(itinerary: Itinerary) -> str:
    """The itinerary as TimelineJS JSON (UTF-8 text, two-space indent, a final newline).

    >>> from itinerary.model import Itinerary
    >>> print(to_timelinejs(Itinerary()))
    {
      "events": []
    }
    <BLANKLINE>
    """
    articles = {a.id: a for a in itinerary.articles}
    trip = trip_event(itinerary)
    events = [e for e in sorted_events(itinerary) if e is not trip]
    document: dict[str, Any] = {}
    if trip is not None:
        # The title slide is not placed on the time axis: the era below shows the trip's span.
        title = slide(trip, None, articles)
        document["title"] = {k: v for k, v in title.items() if k in ("unique_id", "display_date", "text")}
        if is_day_placed(trip):
            document["eras"] = [{
                "start_date": date_object(trip.start, "day", trip.timezone),
                "end_date": date_object(trip.end, "day", trip.timezone),
                "text": {"headline": _esc(trip.title)},
            }]
    document["events"] = [slide(e, trip, articles) for e in events]
    return dumps_indented(document) + "\n"
