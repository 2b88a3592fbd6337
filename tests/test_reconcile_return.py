"""A return home soon after the dated visit, every day between busy, ends the same trip."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

PLAN = "President Ana Ruiz will pay a state visit to Peru from June 2 to 3."


def _roles(report: str) -> dict[str, str]:
    articles = [article_from_text(PLAN, id="a", dct=dt.date(2031, 5, 20)),
                article_from_text(report, id="b", dct=dt.date(2031, 6, 9))]
    return {e.title: e.role for e in itinerary_of_articles(articles).events if e.kind != "visit"}


@pytest.mark.parametrize(("report", "expected"), [
    (("After Peru, Ruiz held talks with President Luis Prado in Quito on June 4 and returned to Santiago on "
     "June 5."), {"Talks with Luis Prado": "itinerary", "Return to Santiago": "itinerary"}),
    # a day with nothing between: the return may end another journey
    ("Ruiz held talks with President Luis Prado in Quito on June 4 and returned to Santiago on June 7.",
     {"Talks with Luis Prado": "context", "Return to Santiago": "context"}),
])
def test_the_days_up_to_a_return_home_are_the_trips(report: str, expected: dict[str, str]) -> None:
    assert _roles(report) == expected


def test_a_flight_home_and_a_return_to_the_capital_that_day_are_one_journey() -> None:
    articles = [article_from_text(PLAN + " Ruiz returns to Santiago on June 3.", id="a", dct=dt.date(2031, 5, 20)),
                article_from_text("Ruiz toured a copper mine on June 3 before flying home.", id="b",
                                  dct=dt.date(2031, 6, 4)),
                article_from_text("Ruiz arrived in Lima on June 2. She flew home on June 3.", id="c",
                                  dct=dt.date(2031, 6, 4))]
    travel = [(e.title, sorted({s.article for s in e.sources})) for e in itinerary_of_articles(articles).events
              if e.kind == "travel"]
    assert travel == [("Arrival in Lima", ["c"]), ("Return to Santiago", ["a", "b", "c"])]


@pytest.mark.parametrize(("plan", "role"), [
    (PLAN + " She will end the trip in Quito on June 4.", "itinerary"),
    # nothing in the plan sends her on: talks in Quito the next day may be another journey's
    (PLAN, "context"),
])
def test_a_stop_the_plan_sends_the_traveller_to_the_day_after_is_the_trips(plan: str, role: str) -> None:
    articles = [article_from_text(plan, id="a", dct=dt.date(2031, 5, 20)),
                article_from_text("Ruiz held talks with President Luis Prado in Quito on June 4.", id="b",
                                  dct=dt.date(2031, 6, 5))]
    talks = [e.role for e in itinerary_of_articles(articles).events if e.kind == "talks"]
    assert talks == [role]
