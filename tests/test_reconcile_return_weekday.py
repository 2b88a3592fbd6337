"""An undated article's weekday that falls outside the trip the others date: a return home is the day nearest the
trip's end, anything else the day nearest its start. Invented text; June 6, 2033 is a Monday."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

D = dt.date
PLAN = "Soto to visit Ecuador\n\nPeruvian President Ana Soto will make a state visit to Ecuador from June 6 to 9."


@pytest.mark.parametrize(("sentence", "kind", "day"), [
    ("Soto will fly home on Friday.", "travel", D(2033, 6, 10)),
    ("Soto returns to Lima on Friday.", "travel", D(2033, 6, 10)),
    ("Soto will hold talks with President Luis Rivas on Friday.", "talks", D(2033, 6, 3)),
], ids=["fly-home", "returns", "talks-before"])
def test_a_weekday_outside_the_trip_is_nearest_the_end_it_belongs_to(sentence: str, kind: str,
                                                                     day: dt.date) -> None:
    plan = itinerary_of_articles([
        article_from_text(PLAN, id="a", dct=D(2033, 5, 30)),
        article_from_text(f"Soto in Ecuador\n\nSoto toured the port of Guayaquil. {sentence}", id="b"),
    ])
    event = next(e for e in plan.events if e.kind == kind and any(s.article == "b" for s in e.sources))
    assert (event.start, event.end) == (day, day)
