"""The day a thing was said is not the day of the event it tells."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

PLAN = "Foreign Minister Jonas Aune will travel to Nairobi, Kampala and Kigali from October 10 to 13."


@pytest.mark.parametrize(("report", "day", "cited"), [
    # 'said on Monday that his talks ... last Thursday': the talks are Thursday's; Monday is listed unresolved
    ("Foreign Minister Jonas Aune said on Monday that his talks in Kigali last Thursday had gone well.",
     "2033-10-13", ["last Thursday"]),
    # a date after 'said that', not after 'said': the talks' own
    ("Foreign Minister Jonas Aune said that his talks in Kigali on Thursday had gone well.",
     "2033-10-13", ["Thursday"]),
    ("Foreign Minister Jonas Aune said that his talks in Kigali on Wednesday had gone well.",
     "2033-10-12", ["Wednesday"]),
])
def test_the_day_a_thing_was_said_does_not_date_the_event(report: str, day: str, cited: list[str]) -> None:
    plan = itinerary_of_articles([article_from_text(PLAN, id="a", dct=dt.date(2033, 9, 28)),
                                  article_from_text(report, id="b", dct=dt.date(2033, 10, 18))])
    talks = [e for e in plan.events if e.kind == "talks"]
    assert [(e.start.isoformat(), [s.text for s in e.sources]) for e in talks] == [(day, cited)]
