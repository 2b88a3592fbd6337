"""Lines and paragraphs of a text, as exact (start, end) offsets with surrounding whitespace trimmed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

# A line ending in one of these closes its thought; the next line is not its continuation.
_CLOSERS = tuple(".!?:;\"”’')]*|")


@dataclass(frozen=True)
class Line:
    """A non-empty line: ``text`` is ``source[start:end]``, stripped; ``block`` counts blank-line blocks."""

    start: int
    end: int
    text: str
    block: int


_NON_BLANK = re.compile(r"\S[^\n]*")  # from a line's first visible character to its end


def split_lines(text: str) -> tuple[Line, ...]:
    """Every non-empty line of ``text`` (newlines already normalised to ``\\n``).

    Lines are found by one regex pass, not by splitting at every newline: a megabyte of blank lines costs
    nothing per blank line. A blank-line block starts after two or more newlines with only spaces between.

    >>> [(l.text, l.block) for l in split_lines(" a \\n\\nb\\nc")]
    [('a', 0), ('b', 1), ('c', 1)]
    """
    out: list[Line] = []
    block = 0
    previous_end = -1
    for match in _NON_BLANK.finditer(text):
        start = match.start()
        if previous_end >= 0 and text.count("\n", previous_end, start) >= 2:
            block += 1
        stripped = match.group().rstrip()
        out.append(Line(start, start + len(stripped), stripped, block))
        previous_end = match.end()
    return tuple(out)


def _continues(previous: Line, line: Line) -> bool:
    """A hard-wrapped line break: the previous line stops mid-thought and the next starts in lower case."""
    return not previous.text.endswith(_CLOSERS) and line.text[:1].islower()


def _is_wrapped(block: Sequence[Line]) -> bool:
    breaks = len(block) - 1
    continuing = sum(1 for a, b in pairwise(block) if _continues(a, b))
    return breaks > 0 and 2 * continuing >= breaks


def paragraphs(lines: Sequence[Line]) -> tuple[tuple[int, int], ...]:
    """Paragraph spans: blocks between blank lines; a block's lines stand alone unless it is hard-wrapped prose."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1].block == lines[i].block:
            j += 1
        block = lines[i:j + 1]
        if _is_wrapped(block):
            out.append((block[0].start, block[-1].end))
        else:
            out.extend((line.start, line.end) for line in block)
        i = j + 1
    return tuple(out)
