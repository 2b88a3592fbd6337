"""'a day after <something>' is placed through the trip only when the something is the trip or one of its ends."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

PLAN = "President Ana Ruiz will pay a state visit to Peru from June 2 to 5."


def _dated(report: str, kind: str) -> list[str]:
    articles = [article_from_text(PLAN, id="a", dct=dt.date(2031, 5, 20)), article_from_text(report, id="b")]
    return [e.start.isoformat() for e in itinerary_of_articles(articles).events if e.kind == kind and e.placed]


@pytest.mark.parametrize(("report", "kind", "expected"), [
    # the day after the visit: the day after the trip's last day
    ("Ruiz flew home to Santiago a day after her visit ended.", "travel", ["2031-06-06"]),
    # 'a day after ash closed the airport' counts from no day the articles give: not from the trip's end
    ("Ruiz's stop in Cusco was pushed back by a day after ash closed the airport.", "stay", []),
])
def test_a_day_after_an_unnamed_event_is_not_a_day_after_the_trip(report: str, kind: str,
                                                                   expected: list[str]) -> None:
    assert _dated(report, kind) == expected
