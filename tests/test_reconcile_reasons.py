"""The reasons an alternative lost name the report that beat it, truthfully."""

from __future__ import annotations

import datetime as dt

from itinerary import article_from_text, itinerary_of_articles

PLAN = article_from_text("President Ana Ruiz will hold talks with President Tomas Vera in Lima on March 9.",
                         id="a", dct=dt.date(2031, 2, 20))
EVE = article_from_text("Ruiz will hold talks with President Tomas Vera in Lima on Monday, a day later than first "
                        "announced.", id="b", dct=dt.date(2031, 3, 9))  # the day before: not after the fact


def test_a_planned_day_loses_to_the_report_written_after_the_day() -> None:
    after = article_from_text("Ruiz held talks with President Tomas Vera in Lima on Monday.", id="c",
                              dct=dt.date(2031, 3, 13))
    talks = next(e for e in itinerary_of_articles([PLAN, EVE, after]).events if e.kind == "talks")
    assert str(talks.start) == "2031-03-10"
    [alternative] = talks.alternatives
    assert "[c] reported 'Monday'" in alternative.reason
    assert "on 2031-03-13, after the fact" in alternative.reason


def test_a_day_read_as_written_says_so() -> None:
    also = article_from_text("Ruiz will meet President Tomas Vera in Lima on Monday, March 10.", id="c",
                             dct=dt.date(2031, 3, 8))
    talks = next(e for e in itinerary_of_articles([PLAN, EVE, also]).events if e.kind == "talks")
    assert [a.reason for a in talks.alternatives] == [
        "[a] 'March 9' read as written: Sun 2031-03-09; lost: fewer sources support it than Mon 2031-03-10"]
