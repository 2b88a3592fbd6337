"""A weekday read from the day a programme named before it: the eve of a day the sentence before named, and the
next step of a programme ("will then travel ... on Wednesday"). Invented text; weekdays checked with ``datetime``:
June 6, 2033 is a Monday, June 8 a Wednesday, June 11 a Saturday."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve

MONDAY = dt.date(2033, 6, 6)
WEDNESDAY = dt.date(2033, 6, 8)


def value_of(text: str, mention: str, dct: dt.date) -> str:
    found = [r for r in resolve(text, extract(text), dct) if r.mention.text == mention]
    assert found, f"{mention!r} not found in {text!r}"
    return found[-1].value


@pytest.mark.parametrize(("text", "dct", "mention", "value"), [
    # the eve, or the day before, of a day the sentence before named: the weekday leads up to it
    ("The regional summit opens in Quito on Saturday, June 11. The premier will meet the host on Friday.",
     WEDNESDAY, "Friday", "2033-06-10"),
    ("The regional summit opens in Quito on Saturday, June 11. The premier will arrive on Thursday.",
     WEDNESDAY, "Thursday", "2033-06-09"),
    # further before it, the programme goes on after the day named
    ("The premier arrives in Quito on Saturday, June 18. He will fly on to Lima on Wednesday.",
     WEDNESDAY, "Wednesday", "2033-06-22"),
    # in the same sentence the programme goes on after it, eve or not
    ("The premier arrives in Quito on Saturday, June 11, and will hold talks on Friday.",
     WEDNESDAY, "Friday", "2033-06-17"),
    # the next step of a programme told a few sentences on
    ("Talks in Lima are set for Monday, June 13. The minister will open a trade fair the following day. "
     + "She will then travel to Quito on Wednesday.", MONDAY, "Wednesday", "2033-06-15"),
    ("Talks in Lima are set for Monday, June 13. A trade fair follows. Then, on Wednesday, she flies to Quito.",
     MONDAY, "Wednesday", "2033-06-15"),
    # "since then" is no step, and neither is a report of what was done (a sentence between: the sentence right
    # after the day named goes on from it anyway)
    ("Talks in Lima are set for Monday, June 13. A trade fair follows. Prices have risen since then, and the "
     + "board will meet on Wednesday.", MONDAY, "Wednesday", "2033-06-08"),
    ("Talks in Lima are set for Monday, June 13. A trade fair follows. The minister then went home, and the "
     + "board will meet on Wednesday.", MONDAY, "Wednesday", "2033-06-08"),
], ids=["eve", "day-before", "three-days-before-goes-on", "same-sentence-goes-on", "will-then", "then-first",
        "since-then", "then-went"])
def test_weekday_after_a_programme_day(text: str, dct: dt.date, mention: str, value: str) -> None:
    assert value_of(text, mention, dct) == value
