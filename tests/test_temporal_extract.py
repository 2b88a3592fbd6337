"""Extraction as a whole: signals outside extents, ordering, no overlaps, linear time on hostile input."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from work import filled, growth

from itinerary.temporal import extract, resolve
from itinerary.temporal.timex import timex_annotations

_PIECES = ["on ", "Monday", ", ", "January ", "5", " to ", "7", ", 2026", " at 10:30 a.m.", " three-day ",
           "last year", " May ", "-", "20", "\u2013", "the 1990s", " ago ", "hours before the visit", "x", "\n"]


@pytest.mark.parametrize(
    ("text", "extent", "signal"),
    [
        ("They meet on Monday, January 5.", "Monday, January 5", "on"),
        ("Trade has grown since 2015 steadily.", "2015", "since"),
        ("He lands in May this time.", "May", "in"),
        ("It ends by the end of the year, they say.", "the end of the year", "by"),
        ("He served from 2015 to 2020 abroad.", "2015 to 2020", "from"),
        ("Talks continue until Friday evening here.", "Friday evening", "until"),
        ("A three-day visit.", "three-day", None),
    ],
    ids=["on", "since", "in", "by", "from", "until", "none"],
)
def test_signal_stays_outside_the_extent(text: str, extent: str, signal: str | None) -> None:
    found = extract(text)
    assert [(m.text, m.signal) for m in found] == [(extent, signal)]


@pytest.mark.parametrize(
    ("text", "extents"),
    [
        ("The three-day visit begins Sunday, January 4, 2026, and ends January 7.",
         ["three-day", "Sunday, January 4, 2026", "January 7"]),
        ("Zhu met him in 2019 and again late last year.", ["2019", "late last year"]),
        ("Arrival at 17:15, departure at 09:45 the next morning.", ["17:15", "09:45", "the next morning"]),
        ("The fleet fought in 1782 and 1783 at sea.", ["1782", "1783"]),
        ("He had 1500 ships and 1200 boats.", []),
        ("Phase one, December 1979-February 1980: the occupation.", ["December 1979", "February 1980"]),
    ],
    ids=["longest-wins", "year-and-relative", "two-times", "old-year-pair", "old-numbers-no-years",
         "month-year-pair-with-hyphen"],
)
def test_longest_match_wins_and_all_are_found(text: str, extents: list[str]) -> None:
    assert [m.text for m in extract(text)] == extents


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_mentions_are_sorted_disjoint_and_exact(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = extract(text)
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
        assert mention.start < mention.end
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start
    assert extract(text) == found  # deterministic


@pytest.mark.parametrize(
    "unit",
    ["May 5 to ", "1 ", "a.m. ", "Monday, ", "the the the ", "9" * 50 + " ", "twenty-one ", "- - "],
    ids=["ranges", "digits", "ampm", "weekdays", "words", "long-number", "number-words", "dashes"],
)
def test_hostile_input_costs_linear_work(unit: str) -> None:
    assert growth(lambda size: lambda: extract(filled(unit, size)), 20_000, 200_000) <= 11


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["Tuesday, January 7", " 31 ", "February 30", " 1999-2001 ", "Q4 2024",
                                           " tomorrow ", " 11-year-old ", "the day before ", "2024-W53"]),
                max_size=30),
       st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_resolve_never_fails_and_keeps_order(pieces: list[str], dct: dt.date | None) -> None:
    text = "".join(pieces)
    found = extract(text)
    resolved = resolve(text, found, dct)
    assert [r.mention for r in resolved] == list(found)
    for r in resolved:
        assert r.value
        for reading in r.readings:
            assert reading.start <= reading.end
    for ann in timex_annotations(resolved):
        assert 0 <= ann.start < ann.end <= len(text)
