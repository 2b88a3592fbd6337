"""resolve's sentence words: reusing the words of the last, overlapping sentence gives the words a fresh scan of
the new bounds gives, whatever the bounds cut through (words, apostrophes, the ends of the text)."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

resolve_module = importlib.import_module("itinerary.temporal.resolve")  # the package re-exports the function


def _fresh(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[str]]:
    spans = [m.span() for m in resolve_module._WORD.finditer(text, lo, hi)]
    return spans, [text[x:y].lower() for x, y in spans]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZb '\u2019,.x", min_size=0, max_size=120),
       st.lists(st.tuples(st.integers(0, 130), st.integers(0, 130)), min_size=1, max_size=8))
def test_words_of_overlapping_bounds_equal_a_fresh_scan(text: str, bounds: list[tuple[int, int]]) -> None:
    sentences = resolve_module._Sentences(text)
    for lo, width in bounds:
        hi = min(len(text), lo + width)
        lo = min(lo, hi)
        assert sentences.words(lo, hi) == _fresh(text, lo, hi)


def test_a_long_sentence_scans_each_overlap_once() -> None:
    text = "The talks, which the minister's aides don't expect, will go on " * 20
    sentences = resolve_module._Sentences(text)
    for lo in range(0, 900, 37):
        kept, _ = sentences._kept(lo, lo + 320)
        if lo:
            assert len(kept) > 40  # most of the words come from the sentence before
        assert sentences.words(lo, lo + 320) == _fresh(text, lo, lo + 320)
