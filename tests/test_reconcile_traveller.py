"""Whose trip it is when no article names anyone in the trip itself: the one who arrives or leaves."""

from __future__ import annotations

import datetime as dt

from itinerary import article_from_text, itinerary_of_articles

MONDAY = dt.date(2031, 3, 10)
THURSDAY = dt.date(2031, 3, 13)


def _titles(*bodies: str) -> list[str]:
    dates = (MONDAY, THURSDAY)  # an announcement, then a report of what was done
    articles = [article_from_text(body, id=f"a{i}", dct=dates[i]) for i, body in enumerate(bodies)]
    return [e.title for e in itinerary_of_articles(articles).events if e.kind == "talks"]


def test_the_traveller_of_an_unnamed_trip_is_the_one_who_leaves_not_the_host_named_twice() -> None:
    announced = ("President Ana Ruiz leaves for Lima on Tuesday for a three-day state visit to Peru. "
                 "After talks with Peruvian President Tomas Vera on Wednesday, Ruiz will tour a copper mine.")
    reported = "Peruvian President Tomas Vera held talks at the palace on Wednesday."
    assert _titles(announced, reported) == ["Talks with Tomas Vera"]


def test_a_trip_that_names_its_traveller_keeps_them() -> None:
    announced = ("Peruvian President Tomas Vera will receive Ana Ruiz on Tuesday. "
                 "President Ana Ruiz begins a three-day state visit to Peru on Tuesday. "
                 "Ruiz will hold talks with Vera on Wednesday.")
    assert _titles(announced) == ["Talks with Tomas Vera"]
