"""The fast trigger scan finds exactly what the one big trigger pattern finds, in every window of every text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itinerary.events.triggers import EXAMPLES, NEGATIVE, TRIGGER_PATTERN, find_triggers


def _spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


TEXTS = {
    "examples": " ".join(text for text, _, _ in EXAMPLES),
    "negatives": " ".join(NEGATIVE),
    "mid-word": "revisit pre-visit unsigned summitry ameeting Tourism 12million 3.5% of",
    "capitals": "STATE VISIT TO THE CAPITAL; MEETS THE KING; Signed An Energy Pact",
    "non-ascii": "Ärrival ſigning ſummit K meeting café visit 会談 visit—trip «summit» İnterview",
    "digits": "exports reached 4.2 billion, 15% per cent; ١٢ million; 7 trillion",
    "empty": "",
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_scan_equals_the_whole_pattern(text: str) -> None:
    for start in range(0, len(text) + 1, 7):
        for end in (start, start + 13, len(text)):
            assert _spans(find_triggers(text, start, end)) == _spans(TRIGGER_PATTERN.finditer(text, start, end))


def test_scan_finds_the_examples() -> None:
    assert len(_spans(find_triggers(TEXTS["examples"]))) >= len(EXAMPLES)


_ALPHABET = st.sampled_from(["visit", "state ", "summit", "meet", "ing", "s", " ", "-", ".", "ſ", "İ", "Ä",
                             "signed", " pact", "to ", "4", "%", "billion", "tour", " of", "leave", "Rome", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join), st.integers(0, 40), st.integers(0, 200))
def test_scan_equals_the_whole_pattern_on_any_text(text: str, start: int, end: int) -> None:
    assert _spans(find_triggers(text, start, end)) == _spans(TRIGGER_PATTERN.finditer(text, start, end))


def test_scan_has_no_backtracking_blowup() -> None:
    text = "visit" * 20_000 + " " + "-" * 100_000
    assert _spans(find_triggers(text)) == _spans(TRIGGER_PATTERN.finditer(text)) == []  # one long word
