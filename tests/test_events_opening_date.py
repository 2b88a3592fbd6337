"""A date that opens a sentence dates the events after it that have no date of their own, up to the next date the
sentence writes. Invented text, written on Monday, March 10, 2031."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text

MONDAY = dt.date(2031, 3, 10)


def _days(body: str) -> list[tuple[str, list[str]]]:
    """(kind, the values of every time given) of each event."""
    events = analyse_article(article_from_text(body, id="a", dct=MONDAY)).events
    return [(e.kind, [t.value for t in e.times]) for e in events]


@pytest.mark.parametrize(("body", "expected"), [
    # the Thursday opens its own clause: the meeting and the return after it are that day's, not Wednesday's
    ("On Wednesday she will fly to Narvik, and on Thursday she will hold a meeting with the mayors before "
     + "returning to Oslo.",
     [("travel", ["2031-03-12"]), ("meeting", ["2031-03-13"]), ("travel", ["2031-03-13"])]),
    # with no other date, the opening one dates them all
    ("On Wednesday she will fly to Narvik, hold a meeting with the mayors and then return to Oslo.",
     [("travel", ["2031-03-12"]), ("meeting", ["2031-03-12"]), ("travel", ["2031-03-12"])]),
], ids=["next-date-stops-it", "no-other-date"])
def test_an_opening_date_dates_the_events_up_to_the_next_date(body: str,
                                                              expected: list[tuple[str, list[str]]]) -> None:
    assert _days(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a second event joined by "and" to a dated one, both told as done, happened that day
    ("Soto and Rivas held talks on Friday at the palace and signed a memorandum on trade.",
     [("talks", ["2031-03-07"]), ("signing", ["2031-03-07"])]),
    ("Soto held talks with the mayor on Friday and later visited a port.",
     [("talks", ["2031-03-07"]), ("site_visit", ["2031-03-07"])]),
    # not one with a date of its own, nor one to come
    ("Soto held talks with the mayor on Friday and the ministers signed a trade pact last year.",
     [("talks", ["2031-03-07"]), ("signing", ["2030"])]),
    ("Soto will hold talks with the mayor on Friday and sign a trade pact.",
     [("talks", ["2031-03-14"]), ("signing", [])]),
], ids=["held-and-signed", "and-later-visited", "own-date", "to-come"])
def test_a_verb_joined_to_a_dated_one_shares_its_day(body: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _days(body) == expected
