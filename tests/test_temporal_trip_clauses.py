"""Trip-report wording around a date: a relative clause's own tense, 'through' as the end of a stay, 'early' or
'late' before a full date, 'later in the day', 'the morning of the 9th'. Invented text only.

The date of writing is Friday, January 3, 2031 unless a row says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve
from itinerary.timeml.io import read_tml
from itinerary.timeml.tag import tag_document

FRIDAY = dt.date(2031, 1, 3)


def values(text: str, dct: dt.date = FRIDAY) -> list[tuple[str, str]]:
    return [(r.mention.text, r.value) for r in resolve(text, extract(text), dct)]


# A clause set off by commas after "which"/"who" has its own tense: the main clause's verb after the closing comma
# does not reach back into it.
RELATIVE_CLAUSES = [
    ("The tour, which opened on Monday, closes on Thursday.", [("Monday", "2030-12-30"), ("Thursday", "2031-01-09")]),
    ("The tour, which opened on Monday, will close on Thursday.",
     [("Monday", "2030-12-30"), ("Thursday", "2031-01-09")]),
    ("The envoy, who landed in Quito on Tuesday, flies on to Lima on Saturday.",
     [("Tuesday", "2030-12-31"), ("Saturday", "2031-01-04")]),
    ("The king, whose tour began on Monday, flies home on Thursday.",
     [("Monday", "2030-12-30"), ("Thursday", "2031-01-09")]),
    ("Quito, where the envoy landed on Tuesday, hosts the forum on Saturday.",
     [("Tuesday", "2030-12-31"), ("Saturday", "2031-01-04")]),
    # the clause's own forward verb still looks ahead; without commas nothing changes
    ("The king, whose plane lands on Sunday, praised the talks.", [("Sunday", "2031-01-05")]),
    ("The envoy, who leaves on Sunday, praised the talks.", [("Sunday", "2031-01-05")]),
    ("The tour opened on Monday and closes on Thursday.", [("Monday", "2030-12-30"), ("Thursday", "2031-01-09")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES, ids=[t for t, _ in RELATIVE_CLAUSES])
def test_a_relative_clause_keeps_its_own_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


# "through"/"thru" end a stay as "until" does: ahead with a present verb, past with a past one.
THROUGH = [
    ("She remains in Cairo through Wednesday.", [("Wednesday", "2031-01-08")]),
    ("The fair runs thru Sunday at the port.", [("Sunday", "2031-01-05")]),
    ("She remained in Cairo through Wednesday.", [("Wednesday", "2031-01-01")]),
    ("She remains in Cairo through to Wednesday.", [("Wednesday", "2031-01-08")]),
]

# "through to" joins a span as "through" does; "runs" gives a programme's dates, which are ahead (written Tuesday).
SPANS_THROUGH_TO = [
    ("The fair will run from Friday through to Sunday.", [("Friday through to Sunday", "2031-01-10..2031-01-12")]),
    ("The fair runs from Friday to Sunday.", [("Friday to Sunday", "2031-01-10..2031-01-12")]),
    ("The fair runs from March 3 through to March 5.", [("March 3 through to March 5", "2031-03-03..2031-03-05")]),
]


@pytest.mark.parametrize(("text", "expected"), THROUGH, ids=[t for t, _ in THROUGH])
def test_through_a_weekday_looks_ahead_unless_the_verb_is_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def spans(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(r.mention.text, f"{r.readings[0].start}..{r.readings[0].end}" if r.readings else r.value)
            for r in resolve(text, extract(text), dct)]


@pytest.mark.parametrize(("text", "expected"), SPANS_THROUGH_TO, ids=[t for t, _ in SPANS_THROUGH_TO])
def test_through_to_joins_a_span_and_runs_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, dt.date(2031, 1, 7)) == expected


# "early"/"late" before a month and day is early or late on that day, not in the month.
DAY_PARTS = [
    ("The delegation leaves early March 4 for the coast.", [("early March 4", "2031-03-04")]),
    ("They landed late December 30, 2030, in fog.", [("late December 30, 2030", "2030-12-30")]),
    ("The delegation leaves in early March.", [("early March", "2031-03")]),
    ("The delegation leaves at the end of March.", [("the end of March", "2031-03")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_PARTS, ids=[t for t, _ in DAY_PARTS])
def test_early_or_late_before_a_full_date_is_on_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_early_before_a_full_date_marks_the_start_of_the_day() -> None:
    text = "The delegation leaves early March 4 for the coast."
    (found,) = resolve(text, extract(text), FRIDAY)
    assert (found.value, found.mod) == ("2031-03-04", "START")


# "later in the day", "earlier in the day": the day the text is at, as "later that day" is.
SAME_DAY = [
    ("The minister landed on Tuesday. She met the mayor later in the day.",
     [("Tuesday", "2030-12-31"), ("later in the day", "2030-12-31")]),
    ("The minister lands on Monday. Her aides arrive earlier in the day.",
     [("Monday", "2031-01-06"), ("earlier in the day", "2031-01-06")]),
    ("The mayor spoke later in the day.", [("later in the day", "2031-01-03")]),
    ("It is rather late in the day to object.", []),
]


@pytest.mark.parametrize(("text", "expected"), SAME_DAY, ids=[t for t, _ in SAME_DAY])
def test_later_in_the_day_is_the_day_the_text_is_at(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_timeml_leaves_later_in_the_day_untagged_as_timebank_does() -> None:
    head = '<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2031-01-03">January 3, 2031</TIMEX3></DCT>'
    doc = read_tml(f"{head}<TEXT>The minister landed on Tuesday. She met the mayor later in the day.</TEXT></TimeML>",
                   "d.tml")
    assert [doc.text[a.start:a.end] for a in tag_document(doc)] == ["Tuesday"]


# "the morning of the 9th": a part of a day of the month the text is in.
PARTS_OF_DAYS = [
    ("She flies home on the evening of the 9th.", [("the evening of the 9th", "2031-01-09TEV")]),
    ("She stays until the 8th before flying home on the morning of the 9th.",
     [("the 8th", "2031-01-08"), ("the morning of the 9th", "2031-01-09TMO")]),
    ("She arrived on the night of the 2nd.", [("the night of the 2nd", "2031-01-02TNI")]),
    ("She lands in the early hours of the 9th.", [("the early hours of the 9th", "2031-01-09TMO")]),
    ("The bout ended on the night of the 3rd round.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_DAYS, ids=[t for t, _ in PARTS_OF_DAYS])
def test_the_part_of_a_day_of_the_month_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


# "June last year", "April next year": that month of the year before or after the time of writing, one expression;
# "last June" is the latest June.
MONTH_OF_YEAR = [
    ("He visited Lima in June last year.", dt.date(2031, 11, 3), [("June last year", "2030-06")]),
    ("He returns to Lima in April next year.", dt.date(2031, 2, 3), [("April next year", "2032-04")]),
    ("He visited Lima in January this year.", dt.date(2031, 11, 3), [("January this year", "2031-01")]),
    ("He visited Lima last June.", dt.date(2031, 11, 3), [("last June", "2031-06")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), MONTH_OF_YEAR, ids=[t for t, _, _ in MONTH_OF_YEAR])
def test_a_month_of_last_or_next_year_is_that_years_month(text: str, dct: dt.date,
                                                          expected: list[tuple[str, str]]) -> None:
    assert values(text, dct) == expected
