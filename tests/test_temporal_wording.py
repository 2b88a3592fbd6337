"""The date wording of trip reports (wire copy, British and American papers, press releases, programmes):
each sentence gives the dates it should, placed from a date of writing. Invented text only.

The date of writing is Friday, January 3, 2031 unless a row says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles
from itinerary.temporal import extract, resolve

FRIDAY = dt.date(2031, 1, 3)


def readings(text: str, dct: dt.date = FRIDAY) -> list[tuple[str, str]]:
    """Each mention as (text, 'start..end' of its first reading, or its value when it has none)."""
    out = []
    for r in resolve(text, extract(text), dct):
        if r.readings:
            first = r.readings[0]
            out.append((r.mention.text, f"{first.start}..{first.end}"))
        else:
            out.append((r.mention.text, r.value))
    return out


# A move names the date left and the new date, never a span from one to the other; both were still ahead
# when the plan changed.
MOVES = [
    ("The talks were postponed from Tuesday to Wednesday.",
     [("Tuesday", "2031-01-07..2031-01-07"), ("Wednesday", "2031-01-08..2031-01-08")]),
    ("The vote was moved from March 3 to March 5.",
     [("March 3", "2031-03-03..2031-03-03"), ("March 5", "2031-03-05..2031-03-05")]),
    ("They moved the vote from 3 March to 5 March.",
     [("3 March", "2031-03-03..2031-03-03"), ("5 March", "2031-03-05..2031-03-05")]),
    ("The summit was pushed back a day from January 12 to January 13.",
     [("a day", "P1D"), ("January 12", "2031-01-12..2031-01-12"), ("January 13", "2031-01-13..2031-01-13")]),
    ("The trip has been postponed from May to June.",
     [("May", "2031-05-01..2031-05-31"), ("June", "2031-06-01..2031-06-30")]),
    ("The meeting was brought forward from Wednesday to Tuesday.",
     [("Wednesday", "2031-01-08..2031-01-08"), ("Tuesday", "2031-01-07..2031-01-07")]),
    ("The talks were postponed from Monday to Friday.",
     [("Monday", "2031-01-06..2031-01-06"), ("Friday", "2031-01-10..2031-01-10")]),
    ("The vote was moved Friday to Sunday.",
     [("Friday", "2031-01-03..2031-01-03"), ("Sunday", "2031-01-05..2031-01-05")]),
]

# Two weekdays joined by 'to' or 'until' are a span when no move verb stands before them, with 'from' or not.
SPANS = [
    ("Talks will run from Tuesday to Wednesday in Lima.", [("Tuesday to Wednesday", "2031-01-07..2031-01-08")]),
    ("The summit runs Friday to Sunday in Oslo.", [("Friday to Sunday", "2031-01-03..2031-01-05")]),
    ("He will visit Peru Monday to Wednesday.", [("Monday to Wednesday", "2031-01-06..2031-01-08")]),
    ("Monday to Wednesday she will tour the north.", [("Monday to Wednesday", "2031-01-06..2031-01-08")]),
    ("The fair will be held Thursday until Saturday.", [("Thursday until Saturday", "2031-01-09..2031-01-11")]),
    ("She toured the north Monday to Wednesday.", [("Monday to Wednesday", "2030-12-30..2031-01-01")]),
    ("Shares advanced from Monday to Wednesday.", [("Monday to Wednesday", "2030-12-30..2031-01-01")]),
    # 'and' joins two days, not a span, unless after 'between'
    ("He will visit on Monday and Wednesday.",
     [("Monday", "2031-01-06..2031-01-06"), ("Wednesday", "2031-01-08..2031-01-08")]),
]

# A bound that no verb puts in the past is still ahead.
BOUNDS = [
    ("The delegation stays in Tokyo until Thursday.", [("Thursday", "2031-01-09..2031-01-09")]),
    ("The delegation stayed in Tokyo until Thursday.", [("Thursday", "2031-01-02..2031-01-02")]),
]


@pytest.mark.parametrize(("text", "expected"), MOVES, ids=[t for t, _ in MOVES])
def test_a_moved_date_is_two_dates_not_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPANS, ids=[t for t, _ in SPANS])
def test_weekday_to_weekday_is_a_span_without_from(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(("text", "expected"), BOUNDS, ids=[t for t, _ in BOUNDS])
def test_until_a_weekday_looks_ahead_unless_the_verb_is_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


# A day of the month alone takes its month from the date the text has just named, else from the date of writing.
DAYS_OF_MONTH = [
    ("The summit opens on January 7 and closes on the 9th.",
     [("January 7", "2031-01-07..2031-01-07"), ("the 9th", "2031-01-09..2031-01-09")]),
    ("The summit opened on December 29 and closed on the 2nd.",
     [("December 29", "2030-12-29..2030-12-29"), ("the 2nd", "2031-01-02..2031-01-02")]),
    ("The king will be in Madrid from the 6th until the 9th.", [("the 6th until the 9th", "2031-01-06..2031-01-09")]),
    ("The summit opens on January 27 and runs from the 28th to the 30th.",
     [("January 27", "2031-01-27..2031-01-27"), ("the 28th to the 30th", "2031-01-28..2031-01-30")]),
    ("The king will visit the town on the 10th and 11th.", [("the 10th and 11th", "2031-01-10..2031-01-11")]),
    ("The delegation arrives on Monday the 13th.", [("Monday the 13th", "2031-01-13..2031-01-13")]),
    ("The delegation arrives on January the 6th.", [("January the 6th", "2031-01-06..2031-01-06")]),
    ("The vote took place on the 2nd.", [("the 2nd", "2031-01-02..2031-01-02")]),
    ("He lives on the 5th floor.", []),
    ("In March 2030, the king visited Spain. The summit ended on the 9th.",
     [("March 2030", "2030-03-01..2030-03-31"), ("the 9th", "2030-12-09..2030-12-09")]),
]

# What 'since' counts from is past, however far back: "since taking office in March" written in January.
SINCE = [
    ("It is her first trip abroad since taking office in March.", [("March", "2030-03-01..2030-03-31")]),
    ("It is his first visit since he took office in May.", [("May", "2030-05-01..2030-05-31")]),
    ("Since the fair opens in March, hotels are full.", [("March", "2031-03-01..2031-03-31")]),
]

# A weekday that ends a span from a full date is the first such day after it.
DATE_TO_WEEKDAY = [
    ("The visit runs from Tuesday, 7 January 2031 to Thursday.",
     [("Tuesday, 7 January 2031", "2031-01-07..2031-01-07"), ("Thursday", "2031-01-09..2031-01-09")]),
    ("The festival runs from Friday, January 10 until Sunday.",
     [("Friday, January 10", "2031-01-10..2031-01-10"), ("Sunday", "2031-01-12..2031-01-12")]),
]


# Written weeks later, a day alone still takes the month of the day named just before it, not of the date of
# writing.
LATER_DAYS_OF_MONTH = [
    ("The summit opened on January 7 and closed on the 9th.",
     [("January 7", "2031-01-07..2031-01-07"), ("the 9th", "2031-01-09..2031-01-09")]),
    ("The summit opened on January 7. It closed on the 9th.",
     [("January 7", "2031-01-07..2031-01-07"), ("the 9th", "2031-01-09..2031-01-09")]),
]


@pytest.mark.parametrize(("text", "expected"), DAYS_OF_MONTH, ids=[t for t, _ in DAYS_OF_MONTH])
def test_a_day_of_the_month_alone_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(("text", "expected"), LATER_DAYS_OF_MONTH, ids=[t for t, _ in LATER_DAYS_OF_MONTH])
def test_a_day_of_the_month_takes_the_month_of_the_day_before_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text, dt.date(2031, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), SINCE, ids=[t for t, _ in SINCE])
def test_what_since_counts_from_is_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATE_TO_WEEKDAY, ids=[t for t, _ in DATE_TO_WEEKDAY])
def test_a_weekday_ending_a_span_from_a_date_follows_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


# British copy joins two days before their month with a slash: one span, not the second day alone. Days in a
# row listed are one span too.
SLASHED = [
    ("The talks will take place Jan. 8, 9 and 10.", [("Jan. 8, 9 and 10", "2031-01-08..2031-01-10")]),
    ("The festival runs 8, 9 and 10 January.", [("8, 9 and 10 January", "2031-01-08..2031-01-10")]),
    ("The festival runs 8, 10 and 12 January.", [("12 January", "2031-01-12..2031-01-12")]),
    ("Trading is halted from the 5th to the 7th of March.", [("the 5th to the 7th of March", "2031-03-05..2031-03-07")]),
    ("He will visit on the weekend of 11/12 January.", [("11/12 January", "2031-01-11..2031-01-12")]),
    ("Sales rose 11/12 percent in January.", [("January", "2031-01-01..2031-01-31")]),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED, ids=[t for t, _ in SLASHED])
def test_two_days_joined_by_a_slash_are_a_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


SATURDAY = dt.date(2030, 12, 28)

# The timetable present of an end ("ends Sunday") and the infinitive of a journey ("was due to arrive late
# Sunday") look ahead: written on a Saturday, the Sunday is the next day, not six days back.
AHEAD = [
    ("The trip, his third this year, ends Sunday.",
     [("this year", "2030-01-01..2030-12-31"), ("Sunday", "2030-12-29..2030-12-29")]),
    ("She was due to arrive late Sunday or early Monday.",
     [("late Sunday", "2030-12-29..2030-12-29"), ("early Monday", "2030-12-30..2030-12-30")]),
    ("The envoy is to return on Monday.", [("Monday", "2030-12-30..2030-12-30")]),
    ("The envoy returned on Monday.", [("Monday", "2030-12-23..2030-12-23")]),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD, ids=[t for t, _ in AHEAD])
def test_an_end_or_a_journey_still_to_come_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text, SATURDAY) == expected


# Programme times: "at 1000 hrs" is a clock time; a bare time shares the day of a dated time in its sentence;
# a weekday takes the date written in brackets after it.
PROGRAMME = [
    ("The president will lay a wreath at 1000 hrs on Monday.",
     [("1000 hrs", "2031-01-06 10:00:00..2031-01-06 10:00:00"), ("Monday", "2031-01-06..2031-01-06")]),
    ("The pilot logged 1200 hours in the air.", [("1200 hours", "PT1200H")]),
    ("The meeting will run from 10:00 to 12:00 on Monday.",
     [("10:00", "2031-01-06 10:00:00..2031-01-06 10:00:00"),
      ("12:00 on Monday", "2031-01-06 12:00:00..2031-01-06 12:00:00")]),
    ("The summit closed on Friday (Jan 10) in Oslo.",
     [("Friday", "2031-01-10..2031-01-10"), ("Jan 10", "2031-01-10..2031-01-10")]),
    ("The summit closed on Friday (Jan 9) in Oslo.",
     [("Friday", "2031-01-03..2031-01-03"), ("Jan 9", "2031-01-09..2031-01-09")]),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMME, ids=[t for t, _ in PROGRAMME])
def test_programme_times_and_bracketed_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


# "the week after next" is two weeks on, not "the week after" some event.
TWO_AWAY = [
    ("The summit is the week after next.", [("the week after next", "2031-01-13..2031-01-19")]),
    ("The vote is the weekend after next.", [("the weekend after next", "2031-01-18..2031-01-19")]),
    ("They met the month before last.", [("the month before last", "2030-11-01..2030-11-30")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_AWAY, ids=[t for t, _ in TWO_AWAY])
def test_after_next_and_before_last_are_two_away(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


# "day two of her visit" counts a day inside the trip, as "the second day of her visit" does: the itinerary
# places the event dated by it on the trip's second day.
DAY_N_OF = [
    "On day two of her visit, she will hold talks with Prime Minister Ana Soto in Lima.",
    "On day 2 of her visit, she will hold talks with Prime Minister Ana Soto in Lima.",
    "On the second day of her visit, she will hold talks with Prime Minister Ana Soto in Lima.",
]


@pytest.mark.parametrize("sentence", DAY_N_OF, ids=DAY_N_OF)
def test_day_n_of_the_visit_is_placed_in_the_trip(sentence: str) -> None:
    body = ("Queen begins Peru visit\n\nQueen Mara Vell began a four-day state visit to Peru on Monday, January 6, "
            f"2031.\n\n{sentence}")
    plan = itinerary_of_articles([article_from_text(body, id="a", dct=dt.date(2031, 1, 6))])
    talks = next(e for e in plan.events if e.kind == "talks")
    assert (talks.start, talks.end) == (dt.date(2031, 1, 7), dt.date(2031, 1, 7))


# "a week from Tuesday", "a week on Friday" (British), "a week from today": seven days after the day named.
WEEK_FROM = [
    ("The king will visit a week from Tuesday.", [("a week from Tuesday", "2031-01-14..2031-01-14")]),
    ("The talks resume a week from today.", [("a week from today", "2031-01-10..2031-01-10")]),
    ("The talks resume two weeks from tomorrow.", [("two weeks from tomorrow", "2031-01-18..2031-01-18")]),
    ("The treaty will be signed a week on Friday.", [("a week on Friday", "2031-01-17..2031-01-17")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEK_FROM, ids=[t for t, _ in WEEK_FROM])
def test_a_week_from_a_day_is_seven_days_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected


# The headline present: "visits" after a name or a title looks ahead (a year-less date is this year's coming one),
# after a determiner it is a noun.
VISITS = [
    ("The queen visits Canada from 9 to 11 Sept.", [("9 to 11 Sept.", "2031-09-09..2031-09-11")]),
    ("Prime Minister Ana Soto visits Japan on Sunday.", [("Sunday", "2031-01-05..2031-01-05")]),
    ("His visits to Japan on Sunday were brief.", [("Sunday", "2030-12-29..2030-12-29")]),
]


@pytest.mark.parametrize(("text", "expected"), VISITS, ids=[t for t, _ in VISITS])
def test_a_named_visitor_visits_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert readings(text) == expected
