"""Furniture rules: every rule's examples match, its non-examples do not; context rules on short texts."""

from __future__ import annotations

import pytest

from itinerary.ingest import article_from_text
from itinerary.ingest.furniture import RULES, FurnitureRule, find_furniture, match_rule
from itinerary.ingest.lines import split_lines

EXAMPLES = [pytest.param(rule, text, id=f"{rule.name}:{text[:30]}") for rule in RULES for text in rule.examples]
NON_EXAMPLES = [
    pytest.param(rule, text, id=f"{rule.name}:not:{text[:30]}") for rule in RULES for text in rule.non_examples
]


@pytest.mark.parametrize(("rule", "text"), EXAMPLES)
def test_rule_matches_its_examples(rule: FurnitureRule, text: str) -> None:
    assert rule.test(text)


@pytest.mark.parametrize(("rule", "text"), NON_EXAMPLES)
def test_rule_refuses_its_non_examples(rule: FurnitureRule, text: str) -> None:
    assert not rule.test(text)


PROSE = [
    "The minister will visit the port on Monday, May 3.",
    "By Monday the talks had ended",
    "Sources close to the ministry said the visit would go ahead.",
    "September 2, 2024 (Monday)",
    "ROME",
    "17:15",
    "Departure by airplane to the capital",
]


@pytest.mark.parametrize("text", PROSE, ids=[p[:25] for p in PROSE])
def test_prose_lines_are_no_furniture(text: str) -> None:
    assert match_rule(text) is None


def test_rule_matching_empty_line_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        FurnitureRule("bad", lambda line: True, (), ())


def _furniture_texts(text: str) -> list[str]:
    return [text[a:b] for a, b in find_furniture(split_lines(text))]


CONTEXT = [
    pytest.param(
        "The visit starts on Monday.\nSources\nDaily Post\nRadio North (HK)\nThe talks end on Friday with a dinner.",
        ["Sources", "Daily Post", "Radio North (HK)"],
        id="sources-heading-takes-its-list",
    ),
    pytest.param(
        "The visit starts on Monday.\nRead more news on this topic:\nPort strike ends after talks example.org/x\n",
        ["Read more news on this topic:", "Port strike ends after talks example.org/x"],
        id="read-more-takes-its-links",
    ),
    pytest.param(
        "The visit starts on Monday.\n\nNorth harbour\nNorth harbour\n\nThe talks end on Friday.",
        ["North harbour", "North harbour"],
        id="short-repeated-line-both-copies",
    ),
    pytest.param(
        "Minister Opens the Long-Awaited Northern Ferry Terminal Today\n\n"
        "Minister Opens the Long-Awaited Northern Ferry Terminal Today\n\nIt opened on Monday.",
        ["Minister Opens the Long-Awaited Northern Ferry Terminal Today"],
        id="repeated-title-only-the-repeat",
    ),
    pytest.param(
        "Minister_Opens_Ferry_Terminal__Key_Points\n\nMinister Opens Ferry Terminal\n\nIt opened on Monday.",
        ["Minister_Opens_Ferry_Terminal__Key_Points"],
        id="file-slug-first-line",
    ),
    pytest.param(
        "READ MORE: Ferry fares rise\nThe minister opened the terminal on Monday.",
        ["READ MORE: Ferry fares rise"],
        id="inline-read-more-takes-no-list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT)
def test_context_rules(text: str, expected: list[str]) -> None:
    assert _furniture_texts(text) == expected


def test_repeated_title_leaves_first_copy_as_title() -> None:
    text = "Minister Opens the Northern Ferry Terminal Today\n\nMinister Opens the Northern Ferry Terminal Today\n\nIt opened."
    article = article_from_text(text, id="t")
    assert article.title_span == (0, 48)
    assert article.furniture == ((50, 98),)


def test_sentence_inside_furniture_is_not_listed() -> None:
    text = "The port opens on Monday.\nYour email address will not be published. Required fields are marked *"
    article = article_from_text(text, id="t")
    assert [text[a:b] for a, b in article.sentences] == ["The port opens on Monday."]
    assert [text[a:b] for a, b in article.furniture] == [text.splitlines()[1]]
