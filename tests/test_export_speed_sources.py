"""The JSON writer writes each source in one piece: the same text as the general writer (and json.dumps)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from itinerary.export.json_format import alternative_dict, event_dict, source_dict, to_json
from itinerary.model import Alternative, Event, Itinerary, Source

QUOTES = {
    "plain": "The president arrived on Monday.",
    "quotes-and-backslash": 'He said "now" \\ then.',
    "newline-and-tab": "Line one\nline two\tend",
    "unicode": "Le président est arrivé à Séoul 🎉 会談",
    "control": "bell\x07 and nul\x00",
    "empty": "",
}


def _plain(value: object) -> object:
    """The document as plain dicts and lists (what the writer wrote before sources were written in one piece)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    text = getattr(value, "text", None)
    return json.loads(text) if text is not None and not isinstance(value, str) else value


@pytest.mark.parametrize("quote", QUOTES.values(), ids=QUOTES.keys())
def test_a_source_written_in_one_piece_is_what_json_dumps_writes(quote: str) -> None:
    source = Source(article="a_1", text=quote[:5], start=3, end=8, quote=quote)
    alternative = Alternative(start=dt.date(2031, 3, 4), end=dt.date(2031, 3, 5), precision="day", reason="r",
                              sources=(source,))
    event = Event(id="e-1", kind="visit", role="itinerary", title="Visit", start=dt.date(2031, 3, 3),
                  end=dt.date(2031, 3, 5), precision="day", value="2031-03-03/2031-03-05", status="disputed",
                  alternatives=(alternative,), sources=(source, source))
    written = to_json(Itinerary(events=(event,)))
    doc = json.loads(written)
    assert doc["events"][0]["sources"] == [source_dict(source)] * 2
    assert doc["events"][0]["alternatives"][0]["sources"] == [source_dict(source)]
    expected = {"schema": "itinerary/1", "articles": [], "events": [_plain(event_dict(event))], "unresolved": []}
    assert written == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    assert _plain(alternative_dict(alternative, None))["sources"] == [source_dict(source)]
