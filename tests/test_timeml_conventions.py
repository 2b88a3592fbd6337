"""TimeML drawing conventions. Stories (WikiWars, narrative mode only): time adjectives ("the former capital",
"future wars") are TIMEX3s, a length takes in what it is a length of ("two months of siege"), "at the same time"
is the time the story is at, "per day" is a length, a campaign named after a season dates it. All texts: "around
Nov. 1" takes in its "around", "for a while" is a length, "each July" a recurrence."""

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
    ("In 1904 the railway was at the time unfinished. At the time, the fleet sailed.", True,
     [("1904", "1904"), ("the time", "PRESENT_REF")]),
    ("In 1904 the railway was at the time incomplete.", True, [("1904", "1904"), ("the time", "PRESENT_REF")]),
    ("In 1904, at the time of the treaty, the fleet sailed.", True, [("1904", "1904")]),
    ("On 5 May 1920 the army took the city. At the same time, the fleet sailed.", False,
     [("5 May 1920", "1920-05-05")]),
], ids=["story", "no-date-before", "same-time-as", "at-the-time", "at-the-time-was", "at-the-time-of", "news"])
def test_a_story_at_the_same_time(text: str, narrative: bool, expected: list[tuple[str, str]]) -> None:
    doc = read_plain(text, dct=dt.date(2031, 3, 2))
    assert [(text[a.start:a.end], a.value) for a in tag_document(doc, narrative=narrative)] == expected


@pytest.mark.parametrize(("text", "narrative", "expected"), [
    ("The garrison held the pass for a while.", False, [("a while", "DURATION", "PXX")]),
    ("Rebels kept the valley for a short period of time.", True, [("a short period of time", "DURATION", "null")]),
    ("The navy grew in a very short time.", False, [("a very short time", "DURATION", "PXX")]),
    # no 'for' or 'in' before it, or the start of a date counted from an event: none
    ("It was a long time coming.", False, []),
    ("A short time after the truce, the army left.", True, []),
    ("He arrived for some time after the talks.", False, []),
], ids=["for-a-while", "short-period-of-time", "in-a-very-short-time", "no-for", "time-after", "for-some-time-after"])
def test_a_vague_length_is_a_duration(text: str, narrative: bool, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text, narrative) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Farmers march each July to the square.", [("each July", "SET", "XXXX-07")]),
    ("The fair opens every spring in Quito.", [("every spring", "SET", "XXXX-SP")]),
    ("They meet every Monday morning in Lima.", [("every Monday morning", "SET", "XXXX-WXX-1TMO")]),
    ("Flights leave on Tuesday nights from Quito.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("The club meets each Thursday in Lima.", [("each Thursday", "SET", "XXXX-WXX-4")]),
    # one night, or a month counted in a longer phrase: no recurrence
    ("They left on Tuesday night for Quito.", [("Tuesday night", "TIME", "2031-02-25TNI")]),
    ("Each member voted in July.", [("July", "DATE", "2030-07")]),
], ids=["each-month", "every-season", "every-weekday-morning", "weekday-nights", "each-weekday", "one-night",
        "each-member"])
def test_a_recurring_month_season_or_weekday_is_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text, narrative=False) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The guns fired 400 shells per day in 1916.", [("per day", "DURATION", "P1D"), ("1916", "DATE", "1916")]),
    ("Aid of $20 million per year came in 1950.", [("per year", "DURATION", "P1Y"), ("1950", "DATE", "1950")]),
    ("They fought near present-day Hanoi in 1946.", [("present-day", "DATE", "PRESENT_REF"), ("1946", "DATE", "1946")]),
    ("It was the largest raid to date, in 1952.", [("date", "DATE", "PRESENT_REF"), ("1952", "DATE", "1952")]),
    ("The city fell on 19 October 1950. At month's end, the front held.",
     [("19 October 1950", "DATE", "1950-10-19"), ("month's end", "DATE", "1950-10")]),
    ("At month's end, the front held.", []),
    ("In 1974 they struck when dry season began, before the monsoon season.",
     [("1974", "DATE", "1974"), ("dry season", "DATE", "null"), ("the monsoon season", "DATE", "null")]),
    ("In 1950 the presses ran daily and the paper weekly.",
     [("1950", "DATE", "1950"), ("daily", "SET", "XXXX-XX-XX"), ("weekly", "SET", "XXXX-WXX")]),
    # no unit after 'per', or a day of the present that is no adjective: none
    ("The army lost 3 per cent of its men in 1916.", [("1916", "DATE", "1916")]),
], ids=["per-day", "per-year", "present-day", "to-date", "months-end", "months-end-no-month", "climate-seasons",
        "story-sets", "per-cent"])
def test_story_rates_sets_and_the_present_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text, narrative=True) == expected


def test_news_leaves_rates_and_writes_sets_as_periods() -> None:
    assert _tags("Prices rose 3% per year as trains ran daily near present-day Lima.", narrative=False) == [
        ("daily", "SET", "P1D")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In 1918 the army planned the Spring Offensive. The Spring Offensive failed.",
     [("1918", "DATE", "1918"), ("Spring", "DATE", "1918-SP"), ("Spring", "DATE", "1918-SP")]),
    ("The German Spring Offensive of 1918 began.", [("Spring", "DATE", "1918-SP"), ("1918", "DATE", "1918")]),
    ("In 1935 came the Christmas Offensive.", [("1935", "DATE", "1935"), ("Christmas", "DATE", "1935-12")]),
    # no year given in the story, or a season that names no campaign: as the engine reads it
    ("The Winter Offensive failed.", []),
    ("British Summer Time began in 1916.", [("1916", "DATE", "1916")]),
], ids=["year-before", "year-after", "holiday", "no-year", "no-campaign"])
def test_a_story_campaign_named_after_its_season(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text, narrative=True) == expected


@pytest.mark.parametrize(("text", "narrative", "expected"), [
    ("For the first ten months of 1915, the army waited.", True, ["the first ten months of 1915"]),
    ("In the last two weeks of March 1842, the rebels held out.", True, ["the last two weeks of March 1842"]),
    # no first or last: a length and a date
    ("They fought for two months of 1939.", True, ["two months", "1939"]),
    ("Sales rose in the first nine months of 1997.", False, ["the first nine months", "1997"]),
], ids=["first-months-of-a-year", "last-weeks-of-a-month", "no-part", "news"])
def test_a_story_part_of_a_date_is_one_duration(text: str, narrative: bool, expected: list[str]) -> None:
    assert [t for t, _, _ in _tags(text, narrative)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("They fell on 2 May 1915, the first day of the siege of the port. Most died in the first hour of the assault.",
     [("2 May 1915", "DATE", "1915-05-02"), ("the first day of the siege of the port", "DATE", "1915-05-02"),
      ("the first hour of the assault", "DURATION", "PT1H")]),
    ("During the first year of the uprising, the party grew.", [("the first year of the uprising", "DATE", "P1Y")]),
    ("Feuds in the early years of the revolt split the leaders.",
     [("the early years of the revolt", "DURATION", "PXY")]),
    # no determiner after 'of' (a date follows), or no ordinal: not a part of an event
    ("In the first year of 1920s unrest, little changed.", [("1920s", "DATE", "192")]),
    ("They spent a day of the siege in the hills.", []),
], ids=["beside-a-date-and-an-hour", "one-year", "years-stop-before-the-verb", "no-determiner", "no-ordinal"])
def test_a_story_part_of_an_event_takes_in_the_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text, narrative=True) == expected
