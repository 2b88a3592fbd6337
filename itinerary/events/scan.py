"""Scanning every word of a text without a Python step per word: shared by the people and place finders.

``runs`` finds a word pattern's matches as three lists (made in C by ``re.split`` and a running sum),
``spanned`` turns them into NamedTuples (made in C), and ``Memo`` remembers what a finder decided about a
spelling, so that most words of a text are looked up, not examined.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, compress, repeat
from operator import add, is_
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """``fn`` of a word's spelling, remembered in a plain dict (emptied when it holds ``limit`` spellings);
    ``fn`` never returns None.

    Not ``functools.lru_cache``: each of its entries is an object the garbage collector tracks, and with the
    large heap of a long run every full collection walks them all (in the pipeline benchmark that cost more
    than the caches saved). A dict of strings and plain values is not tracked at all.
    """

    def __init__(self, fn: Callable[[str], V], limit: int = 1 << 16) -> None:
        self.fn, self.limit = fn, limit
        self.table: dict[str, V] = {}

    def __call__(self, word: str) -> V:
        value = self.table.get(word)
        if value is None:
            if len(self.table) >= self.limit:
                self.table.clear()
            value = self.table[word] = self.fn(word)
        return value

    def each(self, words: list[str]) -> list[V]:
        """``[self(w) for w in words]``, the spellings already known looked up in C. The unknown ones are
        gathered in C into a set and each worked out once (a new article repeats its new words: one Python step
        per occurrence was most of the cost on a corpus of short articles), then all looked up again in C."""
        table = self.table
        found: list[V | None] = list(map(table.get, words))
        if None not in found:
            return found  # type: ignore[return-value]
        unknown = set(compress(words, map(is_, found, repeat(None))))
        if len(table) + len(unknown) <= self.limit:  # no emptying on the way: the same table as one by one
            fn = self.fn
            for word in unknown:
                table[word] = fn(word)
            return list(map(table.get, words))  # type: ignore[arg-type]
        i = 0
        try:
            while True:
                i = found.index(None, i)
                found[i] = self(words[i])
                i += 1
        except ValueError:  # no unknown spelling left
            return found  # type: ignore[return-value]


def runs(split: re.Pattern[str], text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the matches of ``split`` (one capturing group round a pattern that never
    matches the empty string and has no anchors or lookarounds) in ``text[start:end]``.

    The same as ``[(m.start(), m.end(), m.group()) for m in finditer]``, made without a Python step or a
    match object per word: ``split`` gives gap, word, gap, ..., and the running sum of their lengths the
    offsets. The scanners call this on every word of every text.
    """
    parts = split.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    n = len(parts) // 2
    return offsets[1:2 * n:2], offsets[2:2 * n + 1:2], parts[1::2]


T = TypeVar("T", bound=tuple)  # type: ignore[type-arg]


def spanned(kind: type[T], starts: list[int], ends: list[int], tails: Iterable[tuple[object, ...]]) -> Iterator[T]:
    """``kind(start, end, *tail)`` for each word, made in C (``tuple.__new__``, as ``kind._make`` does in Python)."""
    return map(tuple.__new__, repeat(kind), map(add, zip(starts, ends), tails))


Columns = tuple[list[int], list[int], list[str]]  # the starts, ends and spellings of a text's words


def patched(columns: Columns, at: list[int], patch: Callable[[int, Columns], None]) -> Columns:
    """``columns`` with the items at the (sorted) indexes ``at`` replaced by what ``patch(i, out)`` appends to
    (or amends at the end of) the output columns; the items between them are copied a slice at a time."""
    if not at:
        return columns
    starts, ends, words = columns
    out: Columns = ([], [], [])
    done = 0
    for i in at:
        out[0].extend(starts[done:i])
        out[1].extend(ends[done:i])
        out[2].extend(words[done:i])
        done = i + 1
        patch(i, out)
    out[0].extend(starts[done:])
    out[1].extend(ends[done:])
    out[2].extend(words[done:])
    return out
