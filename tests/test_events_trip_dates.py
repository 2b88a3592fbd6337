"""A trip named after the move that starts it takes the move's date, unless it has a date of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text

MONDAY = dt.date(2031, 3, 10)  # the publication date of every article below


def _visit_dates(body: str) -> list[str]:
    events = analyse_article(article_from_text(body, id="a", dct=MONDAY)).events
    visit = next(e for e in events if e.kind == "visit")
    return [str(r.value) for r in visit.times]


@pytest.mark.parametrize(("body", "expected"), [
    ("Ruiz leaves for Lima on Tuesday for a three-day state visit to Peru.", ["2031-03-11"]),
    # a length in an aside is no date of the visit's own
    (("Ruiz leaves for Lima on Tuesday for a three-day state visit to Peru, the first by a Chilean leader in a "
     "decade."), ["2031-03-11"]),
    ("Ruiz leaves for Lima on Tuesday for a three-day state visit to Peru, her first in a decade.", ["2031-03-11"]),
    # a date of its own wins over the move's
    ("Ruiz flies to Lima on Tuesday for a state visit to Peru, her first in a decade, which starts on Thursday.",
     ["2031-03-13"]),
    ("Ruiz left for Lima on Tuesday; her state visit to Peru, the first in a decade, begins on Thursday.",
     ["2031-03-13"]),
])
def test_a_visit_for_which_one_leaves_starts_that_day(body: str, expected: list[str]) -> None:
    assert _visit_dates(body) == expected


def test_a_flight_from_one_city_to_another_keeps_its_date_from_the_next_event() -> None:
    body = ("She flew from Santiago to Lima on the evening of Tuesday, March 4, and laid a wreath at the "
            "Monument to the Heroes on Wednesday morning.")
    events = analyse_article(article_from_text(body, id="a", dct=MONDAY)).events
    assert [(e.kind, e.title, [str(r.value) for r in e.times]) for e in events] == [
        ("travel", "Travel to Lima", ["2031-03-04TEV"]),
        ("ceremony", "Wreath-laying at the Monument to the Heroes", ["2031-03-05TMO"]),
    ]


@pytest.mark.parametrize(("body", "location"), [
    # the place past the comma is where the talks were; the visit is where she had just arrived
    ("Ruiz arrived in Lima on Thursday for a one-day visit, a day after talks with miners in Arequipa.", "Lima"),
    ("On Wednesday she visits the old town, before flying to Cusco on Thursday.", None),
    ("Ruiz arrived on Thursday for a one-day visit to Peru.", "Peru"),
    # an aside about the visit still names where it goes
    ("Ruiz arrived in Lima on Thursday for a four-day state visit, her first to Peru.", "Peru"),
    ("Ruiz will visit Peru, Chile and Bolivia next week.", None),  # a trip to several countries: no one place
])
def test_a_visit_is_not_where_the_next_clause_goes(body: str, location: str | None) -> None:
    events = analyse_article(article_from_text(body, id="a", dct=MONDAY)).events
    visit = next(e for e in events if e.kind == "visit")
    assert visit.location == location
