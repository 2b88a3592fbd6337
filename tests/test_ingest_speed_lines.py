"""split_lines by one regex pass gives the lines and blocks of splitting at every newline."""

from __future__ import annotations

import pytest

from itinerary.ingest.lines import Line, split_lines


def _by_newlines(text: str) -> tuple[Line, ...]:
    """The reference: split at every newline, strip each line, count blocks of blank lines."""
    out: list[Line] = []
    offset = 0
    block = 0
    blank_before = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            if blank_before and out:
                block += 1
            start = offset + (len(raw) - len(raw.lstrip()))
            out.append(Line(start, start + len(stripped), stripped, block))
            blank_before = False
        else:
            blank_before = True
        offset += len(raw) + 1
    return tuple(out)


TEXTS = {
    "empty": "",
    "blank only": " \n\t\n  ",
    "one line": "The port opened.",
    "leading blank lines": "\n\n  Title\nBody line.",
    "indented and padded": "  a  \n\tb\t\n",
    "spaces on the blank line": "a\n   \nb",
    "two blank lines": "a\n\n\nb\nc",
    "trailing newline": "a\nb\n",
    "other white space": "a\u00a0\n\u2003\nb\x0b\n\x0cc\u3000",
    "line separators inside a line": "a\u2028b\n\u0085\nc",
    "many blank lines": "On Monday." + "\n" * 40 + "On Tuesday.",
}


@pytest.mark.parametrize("text", list(TEXTS.values()), ids=list(TEXTS))
def test_split_lines_matches_splitting_at_newlines(text: str) -> None:
    assert split_lines(text) == _by_newlines(text)
