"""Narrative texts: a date without a year follows the story forward, unless it looks back a little."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve

CASES = [
    ("In December 1940 the talks stalled. In February the envoys left.", "February", "1941-02"),
    ("The front broke in December 1918. On 10 September they had attacked.", "10 September", "1918-09-10"),
    ("The siege ended in June 1862. On 5 September the army crossed.", "5 September", "1862-09-05"),
]


@pytest.mark.parametrize(("text", "mention", "value"), CASES, ids=["forward-over-new-year", "looks-back-a-little",
                                                                     "forward-within-year"])
def test_story_year(text: str, mention: str, value: str) -> None:
    found = {r.mention.text: r.value for r in resolve(text, extract(text), dt.date(2009, 6, 1), narrative=True)}
    assert found[mention] == value
