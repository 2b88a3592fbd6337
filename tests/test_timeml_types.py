"""TIMEX3 types of references to the time a text is at: 'time' is a TIME, 'period' a DURATION."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.timeml.io import read_plain
from itinerary.timeml.tag import tag_document


@pytest.mark.parametrize(
    ("text", "extent", "timex_type"),
    [
        ("The army rested during this period near the river.", "this period", "DURATION"),
        ("Throughout the same period, the army rested.", "the same period", "DURATION"),
        ("By this time the army had rested.", "this time", "TIME"),
        ("The convoys moved only at night.", "night", "TIME"),
    ],
    ids=["this-period", "same-period", "this-time", "night"],
)
def test_reference_type(text: str, extent: str, timex_type: str) -> None:
    doc = read_plain(text, dct=dt.date(2009, 6, 1))
    found = [(text[a.start:a.end], a.type) for a in tag_document(doc, narrative=True)]
    assert found == [(extent, timex_type)]
