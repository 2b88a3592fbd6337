"""extract's scans rewritten for speed find exactly what the plain patterns they replace find."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

extract_module = importlib.import_module("itinerary.temporal.extract")  # the package re-exports the function

# The plain forms: a range sign anywhere as "\b" and IGNORECASE draw it; a day start as a loop over digit runs.
_PLAIN_SIGN = re.compile(r"/(?=\d)|[-\u2010\u2011\u2012\u2013\u2014]|\b(?:t(?:o|hrough|hru|ill)|until|and)\b",
                         re.IGNORECASE)
_PLAIN_THE = re.compile(r"the\s+\Z", re.IGNORECASE)


def _plain_day_starts(text: str) -> list[tuple[int, int | None]]:
    starts: list[tuple[int, int | None]] = []
    for m in re.finditer(r"\d+", text):
        p = m.start()
        if p and (text[p - 1].isalnum() or text[p - 1] == "_"):
            continue
        the = _PLAIN_THE.search(text, max(0, p - 40), p)
        starts.append((p, None if the is None else the.start()))
    return starts


_PIECES = ["to", "TO", "To", "through", "THRU", "till", "until", "Until", "and", "AND", "And", "stand", "into",
           "auto", "tomorrow", "-", "\u2013", "/", "5", "12", "2026", " ", "  ", "\n", "the", "The", "THE", "bathe",
           "x", "_", "é", "\u0663", "of", ","]


@pytest.mark.parametrize("text", [
    "from May 5 to 7, and 8-9 June, thru Tuesday 5/6", "Stand and tomorrow into auto", "ANDTO to_ _to",
    "the 5th, bathe  12, THE\n\n3, the" + " " * 37 + "4, the" + " " * 38 + "5", "a12 _3 é4 \u06635 6",
], ids=["signs", "inside-words", "underscores", "the-before", "word-starts"])
def test_scans_on_examples(text: str) -> None:
    assert [m.span() for m in extract_module._RANGE_SIGN.finditer(text)] == \
        [m.span() for m in _PLAIN_SIGN.finditer(text)]
    assert extract_module._day_starts(text) == _plain_day_starts(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_scans_on_soup(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in extract_module._RANGE_SIGN.finditer(text)] == \
        [m.span() for m in _PLAIN_SIGN.finditer(text)]
    assert extract_module._day_starts(text) == _plain_day_starts(text)
