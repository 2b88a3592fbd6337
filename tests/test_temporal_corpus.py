"""Every rule group's example corpus: extraction finds exactly the bracketed extent and the canonical value."""

from __future__ import annotations

import re

import pytest

from itinerary.temporal import (
    extract,
    rules_anchored,
    rules_dates,
    rules_durations,
    rules_ranges,
    rules_relative,
    rules_sets,
    rules_times,
)
from itinerary.temporal.grammar import Example, RuleError, rule
from itinerary.temporal.values import canonical

GROUPS = (rules_dates, rules_ranges, rules_times, rules_durations, rules_relative, rules_anchored, rules_sets)
EXAMPLES: list[Example] = [example for group in GROUPS for example in group.EXAMPLES]
NEGATIVES: list[str] = [text for group in GROUPS for text in group.NEGATIVE]
_BRACKETED = re.compile(r"\[([^\]]+)\]")


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.text for e in EXAMPLES])
def test_example_extent_and_value(example: Example) -> None:
    marked = _BRACKETED.search(example.text)
    assert marked is not None, "corpus line without [extent]"
    text = example.text.replace("[", "").replace("]", "")
    found = [(m.text, m.start, canonical(m.value)) for m in extract(text)]
    assert found == [(marked[1], marked.start(), example.expected)]


@pytest.mark.parametrize("text", NEGATIVES, ids=NEGATIVES)
def test_negative_finds_nothing(text: str) -> None:
    assert [m.text for m in extract(text)] == []


@pytest.mark.parametrize("pattern", [r"\d*", r"(?:on)?", r"x|"], ids=["star", "optional", "empty-branch"])
def test_rule_refuses_empty_match(pattern: str) -> None:
    with pytest.raises(RuleError):
        rule("bad", pattern, lambda m: None)


def test_every_group_lists_rules_and_examples() -> None:
    for group in GROUPS:
        assert group.RULES and group.EXAMPLES, group.__name__
