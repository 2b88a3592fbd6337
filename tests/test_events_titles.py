"""Regression: titles built from article text carry no control or format characters (found by the long
property run: a title ending in ESC came back from the .ics without it)."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles


@pytest.mark.parametrize("junk", ["\x1b", "\x08", "\ufeff", "\u200b", "\x7f"], ids=["esc", "bs", "bom", "zwsp", "del"])
def test_titles_are_printable(junk: str) -> None:
    article = article_from_text(f"Monday for a state visit to the old{junk} harbour {junk}", id="a",
                                dct=dt.date(2025, 6, 1))
    titles = [e.title for e in itinerary_of_articles([article]).events]
    assert titles
    assert all(t.isprintable() and t == " ".join(t.split()) for t in titles), titles
