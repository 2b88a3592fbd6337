"""The sentence fast path gives syntok's sentence starts, or gives up; it never disagrees with syntok."""

from __future__ import annotations

import pytest
from syntok import segmenter  # type: ignore[import-untyped]

from itinerary.ingest.fastsplit import fast_starts
from itinerary.ingest.sentences import split_sentences


def _syntok(text: str) -> list[int]:
    return [sentence[0].offset for paragraph in segmenter.analyze(text) for sentence in paragraph if sentence]


# Paragraphs the fast path must take (plain terminals only), each with syntok's decision spelt out in its id.
TAKEN = {
    "plain split": "The minister arrived on Monday. The talks began at noon.",
    "lower case after a period": "He met officials from the U.S. and the talks went on.",
    "dotted abbreviation before a capital": "He flew to the U.S. Officials met him at the airport.",
    "clock time": "The plane landed at 9 a.m. Monday in the capital.",
    "abbreviation then name": "Gov. Smith met Dr. Kim at the port on Friday.",
    "month abbreviation then day": "The summit opens on Sept. 11 in the north.",
    "number then month abbreviation": "The total rose to 1998. May was quieter.",
    "year before a name": "The port opened in 1998. Trade grew fast.",
    "large number after a period": "The score was level. 2024 was the year of the vote.",
    "small number after a period": "The score was level. 24 people came.",
    "question and exclamation": "Was it over? Nobody knew! The crowd waited.",
    "quote closing a sentence": "He said \"we are ready.\" The talks then began.",
    "quote opening the next sentence": "The talks ended. \"We are ready,\" he said.",
    "double closing quotes": "It was over.'' The minister left.",
    "semicolon before a capital": "The talks ended; The minister left.",
    "semicolon before lower case": "The talks ended; the minister left.",
    "initial inside a name": "The envoy John K. Rowe arrived on Monday.",
    "initial then starter, not first": "They met at A and T. The talks went well.",
    "first token initial then starter": "T. The talks went well.",
    "lower-case single letter, not first": "The grade was a. The class ended.",
    "roman numeral": "King Charles III. The visit ended.",
    "hyphenated word": "The mission was ill-defined. Officials said so.",
    "apostrophe in the next word": "The talks ended. It's over now.",
    "negation in the next word": "The talks ended. Wasn't that quick?",
    "lone terminal after a space": "The talks ended . The minister left.",
    "ellipsis then capital": "The talks ended... Another round follows.",
    "decimal number": "Prices rose 3.5 percent. Trade fell.",
    "percent before a lower-case word": "Prices rose 4%. and fell again.",
    "hard-wrapped line": "The minister arrived on\nMonday. The talks began.",
    "padded": "  The talks ended. Officials left.  ",
    "case change in the next word": "The talks ended. McDonald spoke.",
    "lone terminal after a first initial": "A . The talks went well.",
    "short bracket mid-sentence": "PORT CITY, Land (Wire) _ The minister (a former envoy) arrived. He left.",
    "terminal inside a skipped bracket": "The talks (set for Sept. 5. Or later) ended. Officials left.",
    "terminal right after a skipped bracket": "He met the envoy (Wire). The talks ended.",
    "square brackets": "He said the talks [in the capital] ended. Officials left.",
    "curly brackets": "He met the envoy {a minister} on Monday. He left.",
    "number sign before a number": "He is No. 2 in the party. The talks ended.",
    "no before a word": "He said no. Then he left.",
    "dotted initialism opening the next sentence": "The talks ended. U.S. officials left.",
    "dotted initialism joined to a word": "The talks ended. U.S.officials left.",
    "single-letter initial then a starter": "The talks ended. A.The envoy left.",
    "tab before the word before a terminal": "The talks\tended. Officials left.",
    "line break before the word before a terminal": "The talks ended on\nMonday. Officials left.",
    "long word before a terminal": "He wrote " + "x" * 40 + ". Officials left.",
    "many short words before a terminal": "a b c d e f g h i j k l m n o p q r s t u v w. Then it ended.",
}

# Paragraphs the fast path must hand to syntok.
GIVEN_UP = {
    "bracket after the first token": "He (the envoy) left. Then he came back.",
    "bracket opening a sentence": "(Wire) The talks ended. Officials left.",
    "long bracket": "He met the envoy (a former minister of trade, transport and the interior). He left.",
    "bracket after a terminal": "The talks ended. (Wire) Officials left.",
    "nested brackets": "He met the envoy (a minister (trade)) on Monday. He left.",
    "curly brackets after a first token": "He {a minister} left on Monday. He left.",
    "single letter before a starter, first unknown": "\"Yes\". a. The class ended.",
    "number sign before a model": "He flew the No. A380 home.",
    "case change before the terminal": "He bought a McDonald. Then he left.",
    "period between lower and upper case": "He left.Then he came back.",
    "percent before a capital": "Prices rose 4%. The index fell.",
    "other script terminal": "会談は終わった。 The talks ended.",
    "no-break space after a terminal": "The talks ended.\u00a0The minister left.",
    "signs after a dotted initialism": "The talks ended. U.N.-backed envoys left.",
    "possessive after a dotted initialism": "The talks ended. U.S.'s envoy left.",
    "word before a terminal longer than the window": "He wrote " + "x" * 60 + ". Officials left.",
}


@pytest.mark.parametrize("text", list(TAKEN.values()), ids=list(TAKEN))
def test_fast_path_agrees_with_syntok(text: str) -> None:
    starts = fast_starts(text)
    assert starts is not None
    assert starts == _syntok(text)


@pytest.mark.parametrize("text", list(GIVEN_UP.values()), ids=list(GIVEN_UP))
def test_fast_path_gives_up_on_unclear_terminals(text: str) -> None:
    assert fast_starts(text) is None


@pytest.mark.parametrize("text", [*TAKEN.values(), *GIVEN_UP.values()], ids=[*TAKEN, *GIVEN_UP])
def test_split_sentences_unchanged_by_fast_path(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = split_sentences(text, 0, len(text))
    monkeypatch.setattr("itinerary.ingest.sentences.fast_starts", lambda _text: None)
    assert fast == split_sentences(text, 0, len(text))


def test_empty_and_blank_paragraphs() -> None:
    assert fast_starts("") == []
    assert fast_starts("   ") == []
