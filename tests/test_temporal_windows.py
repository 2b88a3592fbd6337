"""extract's windows: closing them only after the anchors whose gap to the next is too wide gives the same
windows as growing each window anchor by anchor, as first written."""

from __future__ import annotations

import bisect
import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

extract_module = importlib.import_module("itinerary.temporal.extract")  # the package re-exports the function
_TAIL = re.compile(r"[^\s]{0,24}")


def _windows_grown(text: str, hits: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Each window grown by jumping to the last anchor it reaches, until none is reached."""
    windows: list[tuple[int, int]] = []
    starts = [h[0] for h in hits]
    i = 0
    while i < len(hits):
        lo, hi = max(0, hits[i][0] - before), hits[i][1] + after
        while True:
            j = bisect.bisect_right(starts, hi + before, i) - 1
            if j <= i:
                break
            i, hi = j, max(hi, hits[j][1] + after)
        tail = _TAIL.match(text, hi) if hi < len(text) else None
        hi = min(hi, len(text)) if tail is None else tail.end()
        if windows and lo <= windows[-1][1]:
            lo = windows.pop()[0]
        windows.append((lo, hi))
        i += 1
    return windows


def _anchors_in(text: str, marks: list[int], length: int) -> list[tuple[int, int]]:
    """Sorted, non-overlapping anchors of ``length`` characters at the marked offsets."""
    hits: list[tuple[int, int]] = []
    for at in sorted(set(marks)):
        if at + length <= len(text) and (not hits or at >= hits[-1][1]):
            hits.append((at, at + length))
    return hits


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \n,", min_size=0, max_size=300), st.lists(st.integers(0, 300), max_size=60),
       st.integers(1, 6), st.integers(0, 70), st.integers(0, 70))
def test_windows_equal_windows_grown_anchor_by_anchor(text: str, marks: list[int], length: int, before: int,
                                                      after: int) -> None:
    hits = _anchors_in(text, marks, length)
    fast = extract_module._windows(text, extract_module._Anchors(hits), before, after)
    assert fast == _windows_grown(text, hits, before, after)


def test_dense_anchors_make_one_window_and_a_wide_gap_two() -> None:
    text = "1234 " * 40 + " " * 200 + "5678"
    hits = [(m.start(), m.end()) for m in re.finditer(r"\d{4}", text)]
    windows = extract_module._windows(text, extract_module._Anchors(hits), 25, 30)
    assert windows == [(0, 229), (len(text) - 4 - 25, len(text))]
    assert windows == _windows_grown(text, hits, 25, 30)


def test_windows_that_just_touch_merge_and_one_character_more_parts_them() -> None:
    text = "x" * 10 + " " * 200
    for gap, count in ((10, 1), (11, 2)):  # before 4 + after 6 = 10 characters bridged
        hits = [(20, 22), (22 + gap, 24 + gap)]
        windows = extract_module._windows(text, extract_module._Anchors(hits), 4, 6)
        assert len(windows) == count
        assert windows == _windows_grown(text, hits, 4, 6)
