"""extract's windows worked out column by column (dense text) are the windows worked out one by one."""

from __future__ import annotations

import importlib
from itertools import compress, count, repeat
from operator import gt

from hypothesis import given, settings
from hypothesis import strategies as st

extract_module = importlib.import_module("itinerary.temporal.extract")  # the package re-exports the function


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \n,", min_size=0, max_size=300), st.lists(st.integers(0, 300), max_size=60),
       st.integers(1, 6), st.integers(0, 70), st.integers(0, 70))
def test_many_windows_equal_windows_one_by_one(text: str, marks: list[int], length: int, before: int,
                                               after: int) -> None:
    hits: list[tuple[int, int]] = []
    for at in sorted(set(marks)):
        if at + length <= len(text) and (not hits or at >= hits[-1][1]):
            hits.append((at, at + length))
    anchors = extract_module._Anchors(hits)
    if not hits:
        return
    closing = [*compress(count(), map(gt, anchors.gaps, repeat(before + after))), len(hits) - 1]
    many = extract_module._many_windows(text, anchors, before, after, closing)
    few = extract_module._FEW_WINDOWS
    try:
        extract_module._FEW_WINDOWS = len(closing)  # the loop, one window at a time
        assert many == extract_module._windows(text, anchors, before, after)
    finally:
        extract_module._FEW_WINDOWS = few
