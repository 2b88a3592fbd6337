"""The .ics lines are folded as icalendar itself folds them."""

from __future__ import annotations

import pytest
from icalendar.parser import Contentline

from itinerary.export.ical import fold_line

LINES = {
    "short": "SUMMARY:Talks",
    "73 characters": "D:" + "x" * 71,
    "74 characters": "D:" + "x" * 72,
    "75 characters": "D:" + "x" * 73,
    "long": "DESCRIPTION:" + "word " * 100,
    "backslash at the fold": "D:" + "x" * 71 + "\\n" + "y" * 80,
    "caret at the fold": "D;X=" + "x" * 69 + "^n" + "y" * 80,
    "backslashes everywhere": "D:" + "\\;" * 120,
    "accents": "DESCRIPTION:" + "é" * 90,
    "accent at the fold": "D:" + "x" * 71 + "é" + "y" * 80,
    "emoji and CJK": "SUMMARY:" + "会談 🎉 " * 40,
    "multibyte short": "S:" + "é" * 36,
    "multibyte at the edge": "S:" + "é" * 37,
}


@pytest.mark.parametrize("line", list(LINES.values()), ids=list(LINES))
def test_fold_matches_icalendar(line: str) -> None:
    assert fold_line(line).encode("utf-8") == Contentline(line).to_ical()
