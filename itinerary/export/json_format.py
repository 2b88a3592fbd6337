"""The itinerary as JSON, in the contract's shape and key order (schema ``itinerary/1``)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from itinerary.export.common import local, sorted_events
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source, Unresolved


def iso(value: dt.date | dt.datetime, tz_name: str | None = None) -> str:
    """``YYYY-MM-DD`` for a date, ``YYYY-MM-DDTHH:MM:SS+HH:MM`` for a datetime (in its event's zone).

    >>> iso(dt.date(2026, 1, 5)), iso(dt.datetime(2026, 1, 5, 10, 30), "Asia/Tokyo")
    ('2026-01-05', '2026-01-05T10:30:00+09:00')
    """
    if isinstance(value, dt.datetime):
        return local(value, tz_name).isoformat(timespec="seconds")
    return value.isoformat()


def source_dict(source: Source) -> dict[str, Any]:
    return {
        "article": source.article,
        "text": source.text,
        "start": source.start,
        "end": source.end,
        "quote": source.quote,
    }


def alternative_dict(alt: Alternative, tz_name: str | None) -> dict[str, Any]:
    return {
        "start": iso(alt.start, tz_name),
        "end": iso(alt.end, tz_name),
        "precision": alt.precision,
        "reason": alt.reason,
        "sources": [source_dict(s) for s in alt.sources],
    }


def event_dict(event: Event) -> dict[str, Any]:
    """One event: the contract's keys in its order, then ``timezone`` and ``placed``."""
    tz = event.timezone
    return {
        "id": event.id,
        "kind": event.kind,
        "role": event.role,
        "title": event.title,
        "start": iso(event.start, tz),
        "end": iso(event.end, tz),
        "precision": event.precision,
        "value": event.value,
        "mod": event.mod,
        "location": event.location,
        "participants": list(event.participants),
        "status": event.status,
        "alternatives": [alternative_dict(a, tz) for a in event.alternatives],
        "sources": [source_dict(s) for s in event.sources],
        "timezone": tz,
        "placed": event.placed,
    }


def article_dict(article: ArticleRef) -> dict[str, Any]:
    """The contract's article keys, then ``outlet`` and ``url`` so the model round-trips."""
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet,
        "url": article.url,
    }


def unresolved_dict(item: Unresolved) -> dict[str, Any]:
    return {"article": item.article, "text": item.text, "start": item.start, "end": item.end, "reason": item.reason}


def to_json(itinerary: Itinerary) -> str:
    """The itinerary as JSON text: indent 2, UTF-8 kept, trailing newline, same bytes for the same input.

    Events are sorted by start (a date as its midnight), then id; articles by id; unresolved by position.

    >>> from itinerary.model import Itinerary
    >>> print(to_json(Itinerary()), end="")
    {
      "schema": "itinerary/1",
      "articles": [],
      "events": [],
      "unresolved": []
    }
    """
    doc = {
        "schema": itinerary.schema_,
        "articles": [article_dict(a) for a in sorted(itinerary.articles, key=lambda a: a.id)],
        "events": [event_dict(e) for e in sorted_events(itinerary)],
        "unresolved": [
            unresolved_dict(u)
            for u in sorted(itinerary.unresolved, key=lambda u: (u.article, u.start, u.end, u.text, u.reason))
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
