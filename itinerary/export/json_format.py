"""The itinerary as JSON, in the contract's shape and key order (schema ``itinerary/1``)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from json.encoder import encode_basestring
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


class Written:
    """JSON text already written for its place in the document: ``_write`` copies it as it is."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def written_sources(sources: Sequence[Source], pad: str) -> list[Written]:
    """``[source_dict(s) for s in sources]`` as ``_write`` writes each at indent ``pad``, in one piece: an
    itinerary of a long text has tens of thousands of sources, each a dict of five that the general writer
    takes apart, most quoting one of a few sentences (each written once here)."""
    inner = f",\n{pad}  "
    head = f"{{\n{pad}  \"article\": "
    tail = f"\n{pad}}}"
    said: dict[str, str] = {}  # article or quote -> as JSON
    out = []
    for source in sources:
        article = said.get(source.article) or said.setdefault(source.article, encode_basestring(source.article))
        quote = said.get(source.quote) or said.setdefault(source.quote, encode_basestring(source.quote))
        out.append(Written(f"{head}{article}{inner}\"text\": {encode_basestring(source.text)}{inner}\"start\": "
                           f"{int.__repr__(source.start)}{inner}\"end\": {int.__repr__(source.end)}{inner}"
                           f"\"quote\": {quote}{tail}"))
    return out


# Where ``to_json`` puts a source: events (a list in the document) > event > sources > source; an alternative's
# one level deeper. ``_write`` indents two spaces a level.
EVENT_SOURCE_PAD = " " * 8
ALTERNATIVE_SOURCE_PAD = " " * 12


def alternative_dict(alt: Alternative, tz_name: str | None) -> dict[str, Any]:
    return {
        "start": iso(alt.start, tz_name),
        "end": iso(alt.end, tz_name),
        "precision": alt.precision,
        "reason": alt.reason,
        "sources": written_sources(alt.sources, ALTERNATIVE_SOURCE_PAD),
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
        "sources": written_sources(event.sources, EVENT_SOURCE_PAD),
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


def _scalar(value: object) -> str | None:
    """A JSON scalar as ``json.dumps`` writes it, None for a container."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if value in (math.inf, -math.inf):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    return None


def _write(value: object, out: list[str], pad: str) -> None:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it at indent ``pad``.

    The standard library writes indented JSON in pure Python, one generator per container; this writes the
    same characters about twice as fast (the sources of a large itinerary are tens of thousands of dicts).
    """
    scalar = _scalar(value)
    if scalar is not None:
        out.append(scalar)
    else:
        _write_container(value, out, pad)


def _write_container(value: object, out: list[str], pad: str) -> None:
    """``_write`` of a dict, list or tuple (or of text ``Written`` for its place). A scalar item is written
    here with its separator and key in one piece, not by a call of its own: most items are scalars."""
    if type(value) is Written:
        out.append(value.text)
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        separator = "{\n" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                written = _scalar(key)  # json.dumps writes a number, true, false or null key as a string
                if written is None:
                    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
                key = written
            scalar = _scalar(item)
            if scalar is not None:
                out.append(f"{separator}{encode_basestring(key)}: {scalar}")
            else:
                out.append(f"{separator}{encode_basestring(key)}: ")
                _write_container(item, out, inner)
            separator = ",\n" + inner
        out.append("\n" + pad + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        separator = "[\n" + inner
        for item in value:
            scalar = _scalar(item)
            if scalar is not None:
                out.append(separator + scalar)
            else:
                out.append(separator)
                _write_container(item, out, inner)
            separator = ",\n" + inner
        out.append("\n" + pad + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps_indented(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, faster.

    >>> import json
    >>> doc = {"a": [1, 2.5, None, True], "b": {}, "c": [], "d": "é\\n"}
    >>> dumps_indented(doc) == json.dumps(doc, ensure_ascii=False, indent=2)
    True
    """
    out: list[str] = []
    _write(value, out, "")
    return "".join(out)


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
    return dumps_indented(doc) + "\n"
