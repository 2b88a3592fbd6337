"""Holidays: fixed days take their year like a written date; movable ones are computed for the year picked."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve
from itinerary.temporal.calendar import easter, nth_weekday


@pytest.mark.parametrize(
    ("year", "day"),
    [(2000, dt.date(2000, 4, 23)), (2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)),
     (1972, dt.date(1972, 4, 2)), (2038, dt.date(2038, 4, 25))],
    ids=["2000", "2024-march", "2025", "1972", "2038-latest"],
)
def test_easter(year: int, day: dt.date) -> None:
    assert easter(year) == day


def test_fourth_thursday_of_november() -> None:
    assert [nth_weekday(y, 11, 4, 4) for y in (1999, 2024, 2025)] == [
        dt.date(1999, 11, 25), dt.date(2024, 11, 28), dt.date(2025, 11, 27)]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The boy was found on Thanksgiving Day at sea.", dt.date(2000, 1, 7), "1999-11-25"),
        ("The boy was found at sea last Thanksgiving.", dt.date(2000, 2, 10), "1999-11-25"),
        ("The talks will resume after Easter, he said.", dt.date(2025, 3, 1), "2025-04-20"),
        ("The plant closes over Christmas as usual.", dt.date(2025, 12, 1), "2025-12-25"),
        ("Parties on New Year's Eve ran late.", dt.date(2026, 1, 2), "2025-12-31"),
    ],
    ids=["thanksgiving-past", "last-thanksgiving", "easter-ahead", "christmas-ahead", "new-years-eve-past"],
)
def test_holiday_value(text: str, dct: dt.date, value: str) -> None:
    assert [r.value for r in resolve(text, extract(text), dct)] == [value]
