"""Extents of day pairs: the itinerary reads two days in a row joined by 'and' as one span; TimeML keeps a TIMEX3
per day, as TimeBank tags "Friday and Thursday"."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve
from itinerary.timeml.io import read_plain
from itinerary.timeml.tag import tag_document


@pytest.mark.parametrize(("text", "expected"), [
    ("She visits the port on Monday and Tuesday.", [("Monday and Tuesday", "2033-06-13..2033-06-14")]),
    ("The fair will be open Sunday and Monday.", [("Sunday and Monday", "2033-06-12..2033-06-13")]),
    # not in a row, or backwards: two days
    ("She visits the port on Monday and Wednesday.",
     [("Monday", "2033-06-13..2033-06-13"), ("Wednesday", "2033-06-15..2033-06-15")]),
    ("Statements came Tuesday and Monday.", [("Tuesday", None), ("Monday", None)]),
    # the parts of two days are two nights, not a span of days
    ("Flights leave on Monday and Tuesday nights.", [("Monday", None), ("Tuesday", None)]),
], ids=["in-a-row", "over-the-week-end", "apart", "backwards", "two-nights"])
def test_two_days_joined_by_and(text: str, expected: list[tuple[str, str | None]]) -> None:
    # written on Friday 2033-06-10
    found = [(r.mention.text, f"{r.readings[0].start}..{r.readings[0].end}" if r.readings else None)
             for r in resolve(text, extract(text), dt.date(2033, 6, 10))]
    assert [t for t, _ in found] == [t for t, _ in expected]
    assert [v for (_, v), (_, want) in zip(found, expected) if want is not None] == \
        [want for _, want in expected if want is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("She visits the port on Monday and Tuesday.", [("Monday", "2033-06-13"), ("Tuesday", "2033-06-14")]),
    ("She toured the north Monday to Wednesday.", [("Monday", "2033-06-06"), ("Wednesday", "2033-06-08")]),
], ids=["pair", "weekday-range"])
def test_timeml_keeps_a_timex_per_day_of_a_span_of_weekdays(text: str, expected: list[tuple[str, str]]) -> None:
    # each its day, not the year the weekday-only points used to fall back on
    doc = read_plain(text, dct=dt.date(2033, 6, 10))
    assert [(doc.text[a.start:a.end], a.value) for a in tag_document(doc)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rates may fall in coming weeks, they said.", ["coming weeks"]),
    ("It bodes ill for coming quarters.", ["coming quarters"]),
    ("Rates may fall in the coming weeks.", ["the coming weeks"]),  # with its 'the': the rule for the next weeks
    ("Growth will be slow in the near term.", ["the near term"]),
    ("Growth will be slow in the short term.", ["the short term"]),
    ("Officials will meet in the near future.", ["the near future"]),
    # not an adjective's part, nor the long run
    ("It signed a near-term deal and a short-term loan.", []),
    ("The long term plan was dropped.", []),
    ("Fans were coming in droves.", []),
], ids=["coming-weeks", "coming-quarters", "the-coming-weeks", "near-term", "short-term", "near-future",
        "hyphenated", "long-term", "coming-alone"])
def test_the_stretch_ahead(text: str, expected: list[str]) -> None:
    assert [m.text for m in extract(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Profits grew over a three-year period at the firm.", ["a three-year period"]),
    ("Deaths fell during the same 28-day period downtown.", ["the same 28-day period"]),
    # no length, a period of something else, or no period after the length
    ("The same period saw calm.", []),
    ("He read a three-year periodical.", ["three-year"]),
    ("It signed a three-year deal.", ["three-year"]),
], ids=["a-three-year-period", "the-same-28-day-period", "no-length", "periodical", "no-period"])
def test_a_period_of_a_length_is_drawn_whole(text: str, expected: list[str]) -> None:
    assert [m.text for m in extract(text)] == expected
