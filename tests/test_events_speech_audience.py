"""A speech to an audience the text names ("told business leaders in Lima"), titled for its audience; telling
reporters is no speech. Invented text, written on Monday, March 10, 2031."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text

MONDAY = dt.date(2031, 3, 10)


@pytest.mark.parametrize(("body", "expected"), [
    ("Soto told business leaders on Friday in Lima that the port would be expanded.",
     [("speech", "Speech to business leaders in Lima", "2031-03-07")]),
    ("Soto spoke to investors in Lima on Friday.", [("speech", "Speech to investors in Lima", "2031-03-07")]),
    ("Soto addressed a gathering of religious leaders on Friday.",
     [("speech", "Address to gathering of religious leaders", "2031-03-07")]),
    ("Soto told reporters on Friday that the port would be expanded.", []),
    # the audience stands between the reporting verb and its date: the Friday is past whatever the report says;
    # a meeting to come with the same people is not
    ("Soto will meet business leaders on Friday.", [("meeting", "Meeting with business leaders", "2031-03-14")]),
], ids=["told-business-leaders", "spoke-to-investors", "addressed-gathering", "told-reporters", "will-meet"])
def test_a_speech_to_an_audience(body: str, expected: list[tuple[str, str, str]]) -> None:
    events = analyse_article(article_from_text(body, id="a", dct=MONDAY)).events
    assert [(e.kind, e.title, e.times[0].value if e.times else None) for e in events] == expected
