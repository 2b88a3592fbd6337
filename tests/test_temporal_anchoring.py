"""Anchoring of relative expressions in reported speech and after an earlier date; coordinated days."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from itinerary.model import RangePattern, Resolved
from itinerary.temporal import extract, resolve
from itinerary.temporal.resolve import speech_sign
from itinerary.temporal.timex import timex_annotations

D = dt.date
DCT = D(2022, 9, 20)  # a Tuesday


def _resolved(text: str, dct: dt.date | None = DCT) -> dict[str, Resolved]:
    return {r.mention.text: r for r in resolve(text, extract(text), dct)}


class Anchored(NamedTuple):
    text: str
    target: str
    value: str
    anchor: str


ANCHORED = [
    Anchored("The spokesman told reporters on Thursday that the president will arrive tomorrow.",
             "tomorrow", "2022-09-16", "previous"),
    Anchored("The minister said on September 14 that he had met the envoy yesterday.",
             "yesterday", "2022-09-13", "previous"),
    Anchored("Last week, the president said on Friday he would travel on Monday.", "Monday", "2022-09-19",
             "previous"),
    Anchored("On Thursday, the foreign minister said the envoy will come on Monday.", "Monday", "2022-09-19",
             "previous"),
    Anchored("The ministry announced on Monday that talks would start next week.", "next week", "2022-W39",
             "previous"),
    Anchored("The office confirmed on September 2 that the trip would start next week.", "next week",
             "2022-W36", "previous"),
    # Not reported speech: the date is the meeting's, so "tomorrow" keeps the publication date.
    Anchored("They met on Thursday, the minister said, and he leaves tomorrow.", "tomorrow", "2022-09-21",
             "published"),
    # The statement's date is in another sentence: it anchors nothing here.
    Anchored("The minister spoke on Thursday. The envoy arrives tomorrow.", "tomorrow", "2022-09-21",
             "published"),
    # A date that does not date the statement ("arrive on Thursday") anchors nothing.
    Anchored("He said he will arrive on Thursday and leave again tomorrow.", "tomorrow", "2022-09-21",
             "published"),
    # An earlier explicit date in the paragraph anchors what the story counts from it.
    Anchored("On September 9, the envoy landed in Rome. The next day he met the pope.", "The next day",
             "2022-09-10", "previous"),
    Anchored("On September 9, the envoy landed in Rome. Two days later he left.", "Two days later",
             "2022-09-11", "previous"),
]


@pytest.mark.parametrize("case", ANCHORED, ids=[c.text for c in ANCHORED])
def test_relative_expression_anchor(case: Anchored) -> None:
    found = _resolved(case.text)
    assert (found[case.target].value, found[case.target].anchor) == (case.value, case.anchor)


class Spoken(NamedTuple):
    text: str
    target: str
    sign: int


SPOKEN = [
    Spoken("The spokesman told reporters on Thursday that he will come.", "Thursday", -1),
    Spoken("The minister said Monday the talks failed.", "Monday", -1),
    Spoken("On Thursday, the foreign minister said the talks failed.", "Thursday", -1),
    Spoken("The ministry announced late on Monday that talks failed.", "late on Monday", -1),
    Spoken("They met on Thursday, the minister said.", "Thursday", 0),
    Spoken("He said he will arrive on Thursday.", "Thursday", 0),
    Spoken("On Thursday, the minister met the envoy who said nothing.", "Thursday", 0),
]


@pytest.mark.parametrize("case", SPOKEN, ids=[c.text for c in SPOKEN])
def test_speech_sign(case: Spoken) -> None:
    mention = next(m for m in extract(case.text) if m.text == case.target)
    assert speech_sign(case.text, mention) == case.sign


def test_statement_date_looks_back_even_when_the_clause_looks_forward() -> None:
    found = _resolved("The spokesman told reporters on Thursday that the president will arrive tomorrow.")
    assert found["Thursday"].value == "2022-09-15"


class Pair(NamedTuple):
    text: str
    extent: str | None  # the range mention, None: no range
    bounds: tuple[dt.date, dt.date] | None


PAIRS = [
    Pair("The fair is held on May 12 and 13 in the park.", "May 12 and 13", (D(2022, 5, 12), D(2022, 5, 13))),
    Pair("The fair is held May 12 and 13, 2021.", "May 12 and 13, 2021", (D(2021, 5, 12), D(2021, 5, 13))),
    Pair("The fair is held on 12 and 13 May in the park.", "12 and 13 May", (D(2022, 5, 12), D(2022, 5, 13))),
    Pair("The fair is held on Sept. 30 and Oct. 1.", "Sept. 30 and Oct. 1", (D(2022, 9, 30), D(2022, 10, 1))),
    Pair("The fair is held between May 20 and 24.", "May 20 and 24", (D(2022, 5, 20), D(2022, 5, 24))),
    Pair("On May 12 and 13 people died in the floods.", None, None),
    Pair("On May 12 and 13 soldiers were hurt.", None, None),
    Pair("He came on May 12 and 20 to the city.", None, None),
]


@pytest.mark.parametrize("case", PAIRS, ids=[c.text for c in PAIRS])
def test_coordinated_days_are_one_range(case: Pair) -> None:
    ranges = [r for r in resolve(case.text, extract(case.text), DCT) if isinstance(r.mention.value, RangePattern)]
    if case.extent is None:
        assert ranges == []
        return
    assert [r.mention.text for r in ranges] == [case.extent]
    reading = ranges[0].readings[0]
    assert (reading.start, reading.end, reading.precision) == (*(case.bounds or ()), "day")


class Timex(NamedTuple):
    text: str
    expected: list[tuple[str, str]]  # (extent, value) of each TIMEX3


TIMEXES = [
    Timex("The fair is held on May 12 and 13 in the park.", [("May 12", "2022-05-12"), ("13", "2022-05-13")]),
    Timex("The fair is held on 12 and 13 May 2021.", [("12", "2021-05-12"), ("13 May 2021", "2021-05-13")]),
    Timex("The city fell in 480 B.C. after a siege.", [("480 B.C.", "BC0480")]),
    Timex("Early in 1940 the armies rested.", [("Early in 1940", "1940")]),
]


@pytest.mark.parametrize("case", TIMEXES, ids=[c.text for c in TIMEXES])
def test_timeml_annotations(case: Timex) -> None:
    anns = timex_annotations(resolve(case.text, extract(case.text), DCT))
    assert [(case.text[a.start:a.end], a.value) for a in anns] == case.expected


def test_year_before_the_common_era_has_no_calendar_reading() -> None:
    found = _resolved("The city fell in 480 BC to the invaders.")
    item = found["480 BC"]
    assert (item.value, item.readings, item.anchor) == ("BC0480", (), "explicit")
