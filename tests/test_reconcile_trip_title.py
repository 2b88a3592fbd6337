"""The trip is named for every country its days are spent in."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

PLAN = "Finnish President Lauri Virta will pay a five-day visit to Namibia from May 15."


@pytest.mark.parametrize(("report", "title", "location"), [
    # talks in another country inside the trip's days: the trip goes there too
    ("Virta held talks with President Kagiso Molefe in Gaborone, Botswana, on Thursday, May 18.",
     "Visit to Namibia and Botswana", None),
    # the same talks after the trip's days: another journey, or the next stop, not this visit
    ("Virta held talks with President Kagiso Molefe in Gaborone, Botswana, on Monday, May 22.",
     "Visit to Namibia", "Namibia"),
    # talks with a neighbour's leader held in the country visited
    ("Virta held talks with Botswana's President Kagiso Molefe in Windhoek on Thursday, May 18.",
     "Visit to Namibia", "Namibia"),
    # a flight home names no country of the trip
    ("Virta flew home to Helsinki on Friday, May 19.", "Visit to Namibia", "Namibia"),
])
def test_a_trip_whose_days_hold_events_in_another_country_is_named_for_both(
        report: str, title: str, location: str | None) -> None:
    plan = itinerary_of_articles([article_from_text(PLAN, id="a", dct=dt.date(2034, 5, 2)),
                                  article_from_text(report, id="b", dct=dt.date(2034, 5, 24))])
    trip = next(e for e in plan.events if e.kind == "visit" and e.role == "itinerary")
    assert (trip.title, trip.location) == (title, location)
