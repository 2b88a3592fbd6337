"""Legs no article dates, sequenced between their neighbours in the route."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

PLAN = ("Finnish President Lauri Virta will pay a state visit to Namibia from May 15 to 17, his office said on "
        "Tuesday. He will then travel on to Botswana.")


@pytest.mark.parametrize(("report", "leg"), [
    # first seen in Botswana on the 18th: the leg starts then, not on the last day in Namibia
    ("Virta held talks with President Kagiso Molefe in Gaborone on Thursday, May 18, before flying home on Friday.",
     ("2034-05-18", "2034-05-19")),
    # flown there on the last day in Namibia: the leg starts with that flight, not with the talks after it
    (("Virta flew to Gaborone on Wednesday, May 17. He held talks with President Kagiso Molefe in Gaborone on "
      "Thursday, May 18, and flew home on Friday."), ("2034-05-17", "2034-05-19")),
])
def test_the_next_country_is_reached_on_the_day_the_traveller_is_first_seen_there(
        report: str, leg: tuple[str, str]) -> None:
    articles = [article_from_text(PLAN, id="a", dct=dt.date(2034, 5, 2)),
                article_from_text(report, id="b", dct=dt.date(2034, 5, 20))]
    stays = {e.location: (e.start.isoformat(), e.end.isoformat()) for e in itinerary_of_articles(articles).events
             if e.kind == "stay"}
    assert stays["Botswana"] == leg
