"""Paragraphs, sentences (syntok plus join rules) and titles, with exact offsets."""

from __future__ import annotations

import pytest

from itinerary.ingest import article_from_text
from itinerary.ingest.article import looks_like_title
from itinerary.ingest.lines import paragraphs, split_lines
from itinerary.ingest.sentences import JOIN_RULES, JoinRule, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


JOIN_EXAMPLES = [pytest.param(r, t, id=f"{r.name}:{t[:30]}") for r in JOIN_RULES for t in r.examples]
JOIN_NON_EXAMPLES = [pytest.param(r, t, id=f"{r.name}:not:{t[:30]}") for r in JOIN_RULES for t in r.non_examples]


@pytest.mark.parametrize(("rule", "text"), JOIN_EXAMPLES)
def test_join_rule_examples_stay_one_sentence(rule: JoinRule, text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("rule", "text"), JOIN_NON_EXAMPLES)
def test_join_rule_non_examples_still_split(rule: JoinRule, text: str) -> None:
    assert len(_sentences(text)) >= 2


SPLITS = [
    pytest.param("He met the U.S. envoy. Then he left.", ["He met the U.S. envoy.", "Then he left."], id="us"),
    pytest.param("Talks open Jan. 5 in the capital. They end Jan. 7.",
                 ["Talks open Jan. 5 in the capital.", "They end Jan. 7."], id="jan"),
    pytest.param("Dr. Kim arrives at 9 a.m. Monday. She leaves at noon.",
                 ["Dr. Kim arrives at 9 a.m. Monday.", "She leaves at noon."], id="dr-am"),
    pytest.param('He said: "We will go." Then he went.', ['He said: "We will go."', "Then he went."], id="quote"),
    pytest.param("  Padded sentence.   ", ["Padded sentence."], id="trimmed"),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


PARAGRAPHS = [
    pytest.param("One.\n\nTwo.\n\n\nThree.", ["One.", "Two.", "Three."], id="blank-lines"),
    pytest.param("Line one\nLine two\nLine three", ["Line one", "Line two", "Line three"], id="single-newlines"),
    pytest.param("The minister said the talks\nwould open on Monday and\nlast three days.\n\nNext.",
                 ["The minister said the talks\nwould open on Monday and\nlast three days.", "Next."],
                 id="hard-wrapped-block"),
    pytest.param("  Indented line.  \n\t\tTabbed\t", ["Indented line.", "Tabbed"], id="trimmed"),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraphs(split_lines(text))] == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "Schedule for Monday\n09:30\nWelcome ceremony at the palace\nThe talks follow. Then lunch."
    article = article_from_text(text, id="s")
    assert [text[a:b] for a, b in article.sentences] == [
        "Schedule for Monday", "09:30", "Welcome ceremony at the palace", "The talks follow.", "Then lunch.",
    ]


TITLES = [
    pytest.param("Minister Opens Ferry Terminal\n\nIt opened on Monday.", "Minister Opens Ferry Terminal", id="headline"),
    pytest.param("INTERNATIONAL\n\nMinister Opens Ferry Terminal\n\nIt opened on Monday.",
                 "Minister Opens Ferry Terminal", id="after-section-label"),
    pytest.param("Minister_Opens_Ferry_Terminal\n\nMinister Opens Ferry Terminal\n\nIt opened.",
                 "Minister Opens Ferry Terminal", id="after-slug"),
    pytest.param("The minister opened the ferry terminal on Monday.\nIt cost a lot.", None, id="prose-first"),
    pytest.param("Minister Opens Ferry Terminal", None, id="only-line"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_title_of_plain_text(text: str, title: str | None) -> None:
    article = article_from_text(text, id="t")
    assert article.title == title
    if title is None:
        assert article.title_span is None
    else:
        assert article.title_span is not None
        assert text[slice(*article.title_span)] == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Port Reopens After Storm", True, id="headline"),
        pytest.param("Is the port ready?", True, id="question"),
        pytest.param("The port reopened after the storm.", False, id="sentence"),
        pytest.param("x" * 201, False, id="too-long"),
        pytest.param("lowercase start", False, id="lowercase"),
    ],
)
def test_looks_like_title(line: str, expected: bool) -> None:
    assert looks_like_title(line) is expected


def test_offsets_exact_on_unicode_text() -> None:
    text = "Ministerin Öffnet Terminal\n\n“Wir öffnen am Montag,” sagte sie. Der Hafen – neu – ist groß."
    article = article_from_text(text, id="u")
    got = [text[a:b] for a, b in article.sentences]
    assert got == ["Ministerin Öffnet Terminal", "“Wir öffnen am Montag,” sagte sie.", "Der Hafen – neu – ist groß."]
