"""Periods inside a month and nights across two days: value, type and the bounds the trip work reads."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve
from itinerary.temporal.timex import timex_annotations

WRITTEN = dt.date(2025, 1, 10)


def _only(text: str, dct: dt.date | None = WRITTEN) -> tuple[str, str, str, dt.date, dt.date]:
    (item,) = resolve(text, extract(text), dct)
    reading = item.readings[0]
    return item.mention.text, item.timex_type, item.value, reading.start, reading.end


@pytest.mark.parametrize(("text", "extent", "value", "first", "last"), [
    # February 8-14, 2025 runs Saturday to Friday: most of it is in ISO week 7 (February 10-16).
    ("The envoy will tour the region in the second week of February.", "the second week of February", "2025-W07",
     dt.date(2025, 2, 10), dt.date(2025, 2, 16)),
    # June 8-14, 2026 is Monday to Sunday: exactly ISO week 24.
    ("The fair opens in the 2nd week of June, 2026.", "the 2nd week of June, 2026", "2026-W24",
     dt.date(2026, 6, 8), dt.date(2026, 6, 14)),
    ("Crews worked through the third week of October 2023.", "the third week of October 2023", "2023-W42",
     dt.date(2023, 10, 16), dt.date(2023, 10, 22)),
    ("The board meets in the fourth week of March.", "the fourth week of March", "2025-W13",
     dt.date(2025, 3, 24), dt.date(2025, 3, 30)),
])
def test_a_week_inside_a_month_is_a_week(text: str, extent: str, value: str, first: dt.date, last: dt.date) -> None:
    assert _only(text) == (extent, "DATE", value, first, last)


def test_a_week_inside_a_month_takes_its_year_from_the_tense() -> None:
    # Written in January 2025: a past week of November is last year's.
    assert _only("Talks stalled in the second week of November.")[2] == "2024-W46"  # November 8-14, 2024: Friday to Thursday


def test_a_week_inside_a_month_without_anchor_stays_open() -> None:
    (item,) = resolve("in the third week of May", extract("in the third week of May"), None)
    assert (item.value, item.readings) == ("XXXX-WXX", ())


def test_first_and_last_weeks_stay_the_start_and_end_of_the_month() -> None:
    assert _only("They left in the last week of August.")[1:3] == ("DATE", "2024-08")


@pytest.mark.parametrize(("text", "extent"), [
    ("The shelling went on through the night of January 6-7.", "the night of January 6-7"),
    ("The shelling went on through the night of 6 to 7 January.", "the night of 6 to 7 January"),
    ("The shelling went on through the night of Jan. 6-7, 2025.", "the night of Jan. 6-7, 2025"),
])
def test_a_night_across_two_days_spans_both(text: str, extent: str) -> None:
    assert _only(text) == (extent, "TIME", "2025-01-06TNI", dt.date(2025, 1, 6), dt.date(2025, 1, 7))


def test_a_night_across_a_month_end() -> None:
    assert _only("Looters struck on the night of 31 March - 1 April.")[2:] == (
        "2024-03-31TNI", dt.date(2024, 3, 31), dt.date(2024, 4, 1))


@pytest.mark.parametrize("text", [
    "On the night of May 6 and 7 guards were posted.",  # 7 guards: no second day
    "It rained on the night of January 6-9.",  # not one night
])
def test_no_night_span_where_the_days_do_not_make_one(text: str) -> None:
    assert all(m.rule not in {"range_night_md", "range_night_dm"} for m in extract(text))


def test_a_night_span_is_tagged_as_two_timexes_as_timeml_splits_ranges() -> None:
    text = "The shelling went on through the night of January 6-7."
    first, second = timex_annotations(resolve(text, extract(text), WRITTEN))
    assert (text[first.start:first.end], first.type, first.value) == ("the night of January 6", "TIME", "2025-01-06TNI")
    assert (text[second.start:second.end], second.type, second.value) == ("7", "DATE", "2025-01-07")


@pytest.mark.parametrize(("text", "extent", "value", "first", "last"), [
    ("A hearing is set for the week of March 6 in the capital.", "the week of March 6", "2025-W10",
     dt.date(2025, 3, 3), dt.date(2025, 3, 9)),
    ("The hearing was held during the week of 6 March 2023.", "the week of 6 March 2023", "2023-W10",
     dt.date(2023, 3, 6), dt.date(2023, 3, 12)),
])
def test_the_week_of_a_day_is_the_iso_week_holding_it(text: str, extent: str, value: str, first: dt.date,
                                                      last: dt.date) -> None:
    assert _only(text) == (extent, "DATE", value, first, last)


@pytest.mark.parametrize(("text", "written", "value", "first", "last"), [
    # A winter is named by the year of its January.
    ("The army froze in the winter of 1851.", WRITTEN, "1851-WI", dt.date(1850, 12, 1), dt.date(1851, 2, 28)),
    ("He returned last winter.", dt.date(2025, 11, 10), "2025-WI", dt.date(2024, 12, 1), dt.date(2025, 2, 28)),
    ("He returned last winter.", dt.date(2026, 1, 20), "2025-WI", dt.date(2024, 12, 1), dt.date(2025, 2, 28)),
    ("He will return next winter.", dt.date(2025, 11, 10), "2026-WI", dt.date(2025, 12, 1), dt.date(2026, 2, 28)),
    ("He will return next summer.", dt.date(2025, 7, 10), "2026-SU", dt.date(2026, 6, 1), dt.date(2026, 8, 31)),
    ("He came this past spring.", dt.date(2025, 7, 10), "2025-SP", dt.date(2025, 3, 1), dt.date(2025, 5, 31)),
])
def test_seasons(text: str, written: dt.date, value: str, first: dt.date, last: dt.date) -> None:
    assert _only(text, written)[2:] == (value, first, last)
