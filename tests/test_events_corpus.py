"""The trigger table's example corpus: every example finds its trigger and kind, no negative finds one."""

from __future__ import annotations

import pytest

from itinerary.events.triggers import EXAMPLES, NEGATIVE, TRIGGER_PATTERN, TRIGGERS, trigger_of


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.group(0), trigger_of(text, m).kind) for m in TRIGGER_PATTERN.finditer(text)]


@pytest.mark.parametrize(("text", "trigger", "kind"), EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_trigger_examples(text: str, trigger: str, kind: str) -> None:
    assert (trigger, kind) in _found(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_trigger_negative(text: str) -> None:
    assert _found(text) == []


def test_no_trigger_matches_the_empty_string() -> None:
    assert all(TRIGGER_PATTERN.fullmatch("") is None for _ in TRIGGERS)
