"""Trip wording read end to end, fifth set, in short articles written for these tests: an event dated from
another event of its own sentence, ..."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

D = dt.date
TWO_CAPITALS = ("Chancellor Ida Rask will pay a state visit to Chile from Monday to Tuesday, her office said on "
                "Saturday. She will then travel to Peru, where she is expected to hold talks with President Tomas "
                "Vela.")
REPORT = ("Chancellor Ida Rask held talks with President Tomas Vela in Lima on Wednesday, a day after concluding a "
          "two-day state visit to Chile.")


@pytest.mark.parametrize("earlier", [
    "",
    " On Monday she will hold talks with President Ana Soler in Santiago.",
], ids=["no-other-talks", "other-talks-on-another-day"])
def test_an_event_dated_from_another_event_of_its_sentence_counts_from_that_one(earlier: str) -> None:
    # 'a day after concluding a two-day visit', said of Wednesday's talks: the visit ends on Tuesday; talks on
    # another day (another sentence's) do not anchor it, nor does the trip's first day
    plan = itinerary_of_articles([
        article_from_text(TWO_CAPITALS + earlier, id="a", dct=D(2034, 3, 11)),
        article_from_text(REPORT, id="b", dct=D(2034, 3, 15)),
    ])
    chile = [(e.kind, e.role, e.start, e.end, sorted({s.article for s in e.sources}))
             for e in plan.events if e.location == "Chile"]
    assert chile == [("stay", "itinerary", D(2034, 3, 13), D(2034, 3, 14), ["a", "b"])]
