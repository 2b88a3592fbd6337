"""Tense, fiscal quarters, story time and linear-time guards of the resolver and extractor."""

from __future__ import annotations

import datetime as dt

import pytest
from work import filled, growth

from itinerary.temporal import extract, resolve
from itinerary.temporal.resolve import direction

DCT = dt.date(2026, 3, 18)  # a Wednesday


def _values(text: str, dct: dt.date | None = DCT, *, narrative: bool = False) -> list[tuple[str, str]]:
    return [(r.mention.text, r.value) for r in resolve(text, extract(text), dct, narrative=narrative)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy to Lisbon said on Tuesday that talks would resume.", -1),  # "to" + noun is no modal
        ("The minister will meet the envoy on Thursday.", 1),
        ("The accord is to be signed Friday in the capital.", 1),
        ("The two leaders met Monday in the capital.", -1),
        ("He said the vote is scheduled for Sunday.", 1),
        ("The reduced tariff applies from June 2 onwards.", 0),  # "reduced" after "the" is no verb
    ],
    ids=["said-to-noun", "will-meet", "to-be-signed", "met", "is-scheduled", "adjective-ed"],
)
def test_direction_reads_the_governing_verb(text: str, expected: int) -> None:
    mention = extract(text)[0]
    assert direction(text, mention) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two leaders met Monday in the capital.", "2026-03-16"),
        ("The minister will fly out Friday.", "2026-03-20"),
        ("Officials spoke Wednesday about the plan.", "2026-03-18"),
        ("Profits were reported in the quarter, payable April 2 to holders.", "2026-04-02"),
        ("The board declared a dividend, payable April 2 to holders.", "2026-04-02"),
        ("Prices fell sharply on Aug. 6 after the report.", "2025-08-06"),
        ("Lawyers will try to get around Monday's ruling.", "2026-03-16"),
        ("Crowds gathered in the square ahead of Saturday.", "2026-03-21"),
        ("He said the family could arrive as early as Monday.", "2026-03-23"),
        ("The firm said Later Tuesday the deal closed.", "2026-03-17"),
        ("The board named two new directors, effective July 1.", "2026-07-01"),
        ("Costs rose under the labor pact signed effective from Aug. 1.", "2026-08-01"),
        ("The new tariff became effective Monday at the border.", "2026-03-16"),
    ],
    ids=["past-weekday", "future-weekday", "weekday-today", "near-deadline", "past-clause-near-deadline",
         "past-far-month", "possessive-weekday-past", "ahead-of", "as-early-as", "later-weekday", "effective",
         "effective-from", "became-effective"],
)
def test_tense_and_nearness_place_open_dates(text: str, expected: str) -> None:
    assert _values(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote on the charter began in February this year.", ("February this year", "2026-02")),
        ("The charter talks stalled in November this year.", ("November this year", "2026-11")),
        ("The fleet sailed in July last year.", ("July last year", "2025-07")),
        ("The members join in April next year.", ("April next year", "2027-04")),
        ("The members join on Feb. 1 next year.", ("Feb. 1", "2027-02-01")),
        ("The members join in April, next to the river.", ("April", "2026-04")),  # no year named
        ("Sales for this year's third quarter fell.", ("this year's third quarter", "2026-Q3")),
        ("Sales for last year's third quarter fell.", ("last year's third quarter", "2025-Q3")),
        ("It may apply as early as next year's first quarter.", ("next year's first quarter", "2027-Q1")),
    ],
    ids=["this-year-past", "this-year-ahead", "last-year", "next-year", "day-next-year", "next-to",
         "this-years-quarter", "last-years-quarter", "next-years-quarter"],
)
def test_a_month_takes_the_year_named_right_after_it(text: str, expected: tuple[str, str]) -> None:
    assert _values(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written in March: "In January, ... hired" is two months back; the opening frame is past even
        # when the nearest cue looks forward ("plans") or the month is next year's nearest.
        ("Talks dragged on for months. In January, the firm hired a new chief.", "2026-01"),
        ("Talks dragged on for months. In December, the firm hired a new chief.", "2025-12"),
        ("Talks dragged on for months. In May, it announced plans to expand.", "2025-05"),
        ("Talks dragged on for months.\nIn April, Mr. Vale quit the board.", "2025-04"),
        # Not a frame: inside a sentence, or without the comma, the tense decides as before.
        ("The firm will hire a new chief in May, the board said.", "2026-05"),
        ("In May the firm will hire a new chief.", "2026-05"),
        # A frame whose clause says what will be keeps the tense: a trip announced for April.
        ("Talks dragged on for months. In April, the envoy will visit the capital.", "2026-04"),
        ("Talks dragged on for months. In April, the envoys are expected to meet.", "2026-04"),
    ],
    ids=["frame-near-past", "frame-far-past", "frame-over-forward-cue", "frame-after-newline", "in-sentence",
         "no-comma", "frame-will", "frame-expected"],
)
def test_a_month_opening_its_sentence_as_a_frame_is_past(text: str, expected: str) -> None:
    months = [value for mention, value in _values(text) if mention in {"January", "December", "May", "April"}]
    assert months == [expected]


def test_year_ago_in_a_quarterly_report_is_the_same_quarter_a_year_back() -> None:
    text = ("Net income rose in the third quarter to $4 million from $3 million a year ago. "
            "In the year-ago quarter, sales were flat.")
    assert _values(text, dt.date(2025, 11, 2)) == [
        ("the third quarter", "2025-Q3"), ("a year ago", "2024-Q3"), ("the year-ago quarter", "2024-Q3"),
    ]


def test_year_ago_without_a_quarter_stays_a_year() -> None:
    assert _values("The plant opened a year ago.", dt.date(2025, 11, 2)) == [("a year ago", "2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In December 1940 the army halted. In February it moved again.", "1941-02"),
        ("On May 22, 1995, he was promoted, and the following year he retired.", "1996"),
        ("The siege began on 3 June 1777. The next day the walls fell.", "1777-06-04"),
    ],
    ids=["story-moves-forward", "following-year", "next-day"],
)
def test_narrative_expressions_follow_the_story(text: str, expected: str) -> None:
    assert _values(text, dt.date(2009, 12, 19), narrative=True)[-1][1] == expected


def test_the_following_year_in_news_counts_from_the_text_date() -> None:
    text = "On May 22, 1995, he was promoted, and the following year he retired."
    assert _values(text)[-1] == ("the following year", "1996")


def test_bare_times_take_the_nearest_day_of_their_sentence() -> None:
    text = "The talks open on March 20 at 10:30 a.m. The closing session is on March 21 at 4 p.m."
    assert [v for _, v in _values(text)] == ["2026-03-20", "2026-03-20T10:30", "2026-03-21", "2026-03-21T16:00"]


@pytest.mark.parametrize(
    "unit",
    ["January ", "Monday ", "10:30 ", "3 days ", "1999 2000 ", "0123456789", ",", "1-2-3-"],
    ids=["months", "weekdays", "times", "durations", "years", "digits", "commas", "dashes"],
)
def test_repetitive_text_costs_linear_work_and_a_bounded_count(unit: str) -> None:
    text = filled(unit, 200_000)
    assert len(resolve(text, extract(text), DCT)) <= 64 + len(text) // 256 + 64
    assert growth(lambda size: lambda: resolve(filled(unit, size), extract(filled(unit, size)), DCT),
                  20_000, 200_000) <= 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 4% in the quarter, the firm said.", [("the quarter", "2025-Q3")]),
        ("It expects fourth-quarter charges. Sales fell in the latest quarter.",
         [("fourth-quarter", "2025-Q4"), ("the latest quarter", "2025-Q3")]),
        ("The firm reported a loss for the first quarter.", [("the first quarter", "2025-Q1")]),
        ("The firm will report third-quarter results soon.", [("third-quarter", "2025-Q3")]),
    ],
    ids=["bare-quarter-is-the-last-over", "latest-quarter-ignores-a-forecast", "past-first-quarter-this-year",
         "future-report-of-a-quarter-just-over"],
)
def test_quarters_of_a_report_are_quarters_already_over(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, dt.date(2025, 10, 28)) == expected


@pytest.mark.parametrize(
    ("text", "narrative", "expected"),
    [
        ("Imports rose in 2019. The firm lost share that year.", False, [("2019", "2019"), ("that year", "2019")]),
        ("The fort fell on 3 May 1940. The king fled that afternoon.", True,
         [("3 May 1940", "1940-05-03"), ("that afternoon", "1940-05-03TAF")]),
        ("The fort fell in June 1940. In the same month, the king fled.", True,
         [("June 1940", "1940-06"), ("the same month", "1940-06")]),
    ],
    ids=["that-year-news", "that-afternoon-story", "same-month-story"],
)
def test_that_and_same_units_are_the_time_the_text_is_at(
    text: str, narrative: bool, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, narrative=narrative) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials met over the weekend.", "2026-W11-WE"),
        ("Traders squared positions ahead of the weekend.", "2026-W12-WE"),
    ],
    ids=["over-the-weekend-past", "ahead-of-the-weekend"],
)
def test_the_weekend_is_the_one_next_to_the_writing_in_the_sentence_tense(text: str, expected: str) -> None:
    assert _values(text)[-1][1] == expected


def test_a_weekday_after_a_date_of_its_sentence_follows_that_date() -> None:
    """Written on Wednesday 2026-03-18: 'on Monday' after 'Saturday, March 28' in the same sentence, or in the
    sentence right after it (a programme goes on from the day it has named), is the Monday after it; further
    on, the coming Monday; looking back, the last one."""
    assert _values("She travels to Lima on Saturday, March 28, and will hold talks there on Monday.")[-1] == (
        "Monday", "2026-03-30")
    assert _values("She travels to Lima on Saturday, March 28. She will hold talks on Monday.")[-1] == (
        "Monday", "2026-03-30")
    assert _values("She travels to Lima on Saturday, March 28. The trip is her third this year. She will hold "
                   "talks with unions on Monday.")[-1] == ("Monday", "2026-03-23")
    assert _values("She leaves on Saturday, March 28, and lands at 8 p.m. local time. On Monday she will hold "
                   "talks.")[-1] == ("Monday", "2026-03-30")  # "p.m. local" ends no sentence
    assert _values("She arrived in Lima on Saturday, March 14, and held talks on Monday.")[-1] == (
        "Monday", "2026-03-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her visit has been postponed by a day to Thursday.", "2026-03-19"),
        ("The talks were postponed until Friday.", "2026-03-20"),
        ("The vote was rescheduled for Monday.", "2026-03-23"),
        ("The summit was postponed on Monday amid protests.", "2026-03-16"),  # the postponing itself is past
    ],
    ids=["postponed-by-to", "postponed-until", "rescheduled-for", "postponed-on"],
)
def test_the_date_a_plan_is_moved_to_is_ahead(text: str, expected: str) -> None:
    assert _values(text)[-1][1] == expected


@pytest.mark.parametrize("verb", ["is leaving", "is travelling", "is flying", "is heading"])
def test_the_present_progressive_of_a_journey_looks_ahead(verb: str) -> None:
    # written on Wednesday 2026-03-18
    assert _values(f"The president {verb} on Tuesday for a four-day state visit.")[0] == ("Tuesday", "2026-03-24")


@pytest.mark.parametrize(("text", "expected"), [
    ("Lee met Zhou on Tuesday and will sign agreements next month.", ("Tuesday", "2026-03-17")),
    ("He arrived in London on Monday night ahead of a three-day state visit.", ("Monday night", "2026-03-16TNI")),
    ("On Monday and Tuesday, the leaders will meet in Oslo.", ("Monday and Tuesday", "2026-03-23")),
], ids=["and-opens-the-next-clause", "ahead-of-orders-events", "and-between-two-days"])
def test_a_weekday_takes_the_tense_of_its_own_clause(text: str, expected: tuple[str, str]) -> None:
    # written on Wednesday 2026-03-18
    assert _values(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks start at 9:30 a.m. local time Tuesday.", "2026-03-24T09:30"),
    ("The leaders meet on Monday in Oslo.", "2026-03-23"),
], ids=["talks-start", "leaders-meet"])
def test_the_plural_present_of_a_programme_looks_ahead(text: str, expected: str) -> None:
    # written on Wednesday 2026-03-18
    assert _values(text)[0][1] == expected
