"""TimeML drawing conventions. Stories (WikiWars, narrative mode only): time adjectives ("the former capital",
"future wars") are TIMEX3s, a length takes in what it is a length of ("two months of siege"), "at the same time"
is the time the story is at. All texts: "around Nov. 1" takes in its "around"."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.timeml.io import read_plain
from itinerary.timeml.tag import tag_document


def _tags(text: str, narrative: bool) -> list[tuple[str, str, str | None]]:
    doc = read_plain(text, dct=dt.date(2031, 3, 2))
    return [(text[a.start:a.end], a.type, a.value) for a in tag_document(doc, narrative=narrative)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army took the former capital by storm.", [("former", "DATE", "PAST_REF")]),
    ("Former envoys met the current council.", [("Former", "DATE", "PAST_REF"), ("current", "DATE", "PRESENT_REF")]),
    ("The pact was meant to stop future wars.", [("future", "DATE", "FUTURE_REF")]),
    # a pronoun, or the noun with its 'of': not an adjective
    ("Of the two plans, the former was chosen.", []),
    ("He weighed the former against the latter.", []),
    ("They argued about the future of the city.", []),
], ids=["former", "former-and-current", "future", "the-former-was", "the-former-against", "the-future-of"])
def test_story_time_adjectives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [t for t in _tags(text, narrative=True) if t[0].lower() in {"former", "future", "current"}] == expected


def test_news_leaves_time_adjectives_untagged() -> None:
    assert _tags("The former minister and the current council discussed future plans.", narrative=False) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("After two months of fierce battles, the fort fell.", "two months of fierce battles"),
    ("The town held out through four years of war.", "four years of war"),
    ("It fell after several days of siege and hunger; the rest fled.", "several days of siege and hunger"),
    # no 'of', or a phrase cut by a quotation: the length alone
    ("The siege lasted two months, and the town fell.", "two months"),
    ('They fought for three weeks of the "long march" along the coast.', "three weeks"),
], ids=["to-the-comma", "to-the-stop", "to-the-semicolon", "no-of", "cut-at-a-quote"])
def test_a_story_length_takes_in_what_it_is_a_length_of(text: str, expected: str) -> None:
    assert [t for t, kind, _ in _tags(text, narrative=True) if kind == "DURATION"] == [expected]


def test_news_keeps_the_length_alone() -> None:
    assert [t for t, kind, _ in _tags("After two months of talks, the deal was signed.", narrative=False)
            if kind == "DURATION"] == ["two months"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The column covered the road in just seven hours.", "just seven hours"),
    ("The city fell a mere two years later.", "a mere two years later"),
    ("The garrison held out for close to two years.", "close to two years"),
    # not before a date, nor a word that merely ends in the cue
    ("The treaty was signed only in 1921.", "1921"),
    ("The rebels adjust three days later.", "three days later"),
], ids=["just", "a-mere", "close-to", "not-a-date", "inside-a-word"])
def test_a_story_amount_takes_in_its_restriction(text: str, expected: str) -> None:
    assert [t for t, _, _ in _tags(text, narrative=True)] == [expected]


def test_news_leaves_the_restriction_out() -> None:
    assert [t for t, _, _ in _tags("He served for only six months.", narrative=False)] == ["six months"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The sale closes around Nov. 1, the firm said.", [("around Nov. 1", "APPROX")]),
    ("The movement was founded about 1910 in the south.", [("about 1910", "APPROX")]),
    # not before a day named by its weekday, nor a word that ends in the cue
    ("They talked about Monday at length.", [("Monday", None)]),
    ("The walkabout 1910 show was a hit.", [("1910", None)]),
], ids=["around-a-day", "about-a-year", "weekday", "inside-a-word"])
def test_an_approximate_date_takes_in_its_approximation(text: str, expected: list[tuple[str, str | None]]) -> None:
    doc = read_plain(text, dct=dt.date(2031, 3, 2))
    assert [(text[a.start:a.end], a.mod) for a in tag_document(doc)] == expected


@pytest.mark.parametrize(("text", "narrative", "expected"), [
    ("On 5 May 1920 the army took the city. At the same time, the fleet sailed.", True,
     [("5 May 1920", "1920-05-05"), ("the same time", "1920-05-05")]),
    # no date before it, 'the same time as' (the event names its time), or news: none
    ("At the same time, the fleet sailed.", True, []),
    ("On 5 May 1920 the army moved at the same time as the fleet.", True, [("5 May 1920", "1920-05-05")]),
    ("On 5 May 1920 the army took the city. At the same time, the fleet sailed.", False,
     [("5 May 1920", "1920-05-05")]),
], ids=["story", "no-date-before", "same-time-as", "news"])
def test_a_story_at_the_same_time(text: str, narrative: bool, expected: list[tuple[str, str]]) -> None:
    doc = read_plain(text, dct=dt.date(2031, 3, 2))
    assert [(text[a.start:a.end], a.value) for a in tag_document(doc, narrative=narrative)] == expected
