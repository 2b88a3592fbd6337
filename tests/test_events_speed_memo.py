"""``Memo.each`` gives what one call per word gives, and leaves the same table, whether the unknown spellings
are worked out once each (room in the table) or one by one (the table fills up on the way)."""

from __future__ import annotations

import pytest

from itinerary.events.scan import Memo


def _length(word: str) -> int:
    return len(word) % 3  # 0 is a value like any other: only None means "not known"


@pytest.mark.parametrize(("words", "known", "limit"), [
    (["a", "bb", "a", "ccc", "bb", "a"], [], 1 << 16),
    (["a", "bb", "a", "ccc", "bb", "a"], ["bb"], 1 << 16),
    (["a", "bb", "a", "ccc", "bb", "a"], ["zz", "yy"], 3),  # fills up: one by one, emptied on the way
    ([], [], 4),
    (["x"] * 5, ["x"], 1),
], ids=["cold", "partly-known", "fills-up", "empty", "all-known"])
def test_each_equals_one_call_per_word(words: list[str], known: list[str], limit: int) -> None:
    fast, slow = Memo(_length, limit), Memo(_length, limit)
    for word in known:
        fast(word), slow(word)
    expected = [slow(w) for w in words]
    assert fast.each(words) == expected
    assert all(fast.table[w] == _length(w) for w in fast.table)
