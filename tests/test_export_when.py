"""format_when, source_tag and calendar names: small tables of cases."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from itinerary.export import format_when, source_tag
from itinerary.export.common import safe_name
from itinerary.model import Event, Mod, Precision

D = dt.date


def event(start: dt.date | dt.datetime, end: dt.date | dt.datetime, precision: Precision, value: str,
          mod: Mod | None = None, tz: str | None = None) -> Event:
    return Event(id="e", kind="summit", role="background", title="t", start=start, end=end,
                 precision=precision, value=value, mod=mod, timezone=tz)


WHEN_CASES = [
    pytest.param(event(D(2025, 10, 21), D(2025, 10, 31), "month", "2025-10", "END"), "late Oct 2025", id="late-month"),
    pytest.param(event(D(2025, 12, 1), D(2025, 12, 31), "month", "2025-12"), "Dec 2025", id="month"),
    pytest.param(event(D(2021, 9, 1), D(2021, 9, 10), "month", "2021-09", "START"), "early Sep 2021", id="early-month"),
    pytest.param(event(D(2025, 1, 1), D(2025, 4, 30), "year", "2025", "START"), "early 2025", id="early-year"),
    pytest.param(event(D(2025, 5, 1), D(2025, 8, 31), "year", "2025", "MID"), "mid-2025", id="mid-year"),
    pytest.param(event(D(2024, 1, 1), D(2024, 12, 31), "year", "2024"), "2024", id="year"),
    pytest.param(event(D(2009, 1, 1), D(2010, 12, 31), "year", "2009"), "2009 .. 2010", id="year-range"),
    pytest.param(event(D(1934, 1, 1), D(1966, 12, 31), "century", "19", "MID"), "mid-20th century", id="mid-century"),
    pytest.param(event(D(2001, 1, 1), D(2100, 12, 31), "century", "20"), "21st century", id="century"),
    pytest.param(event(D(1990, 1, 1), D(1999, 12, 31), "decade", "199"), "1990s", id="decade"),
    pytest.param(event(D(1997, 1, 1), D(1999, 12, 31), "decade", "199", "END"), "late 1990s", id="late-decade"),
    pytest.param(event(D(2025, 6, 1), D(2025, 8, 31), "season", "2025-SU"), "summer 2025", id="season"),
    pytest.param(event(D(2025, 12, 1), D(2026, 2, 28), "season", "2025-WI"), "winter 2025", id="winter-by-value"),
    pytest.param(event(D(2025, 1, 1), D(2025, 3, 31), "quarter", "2025-Q1"), "Q1 2025", id="quarter"),
    pytest.param(event(D(2025, 7, 1), D(2025, 12, 31), "half", "2025-H2"), "H2 2025", id="half"),
    pytest.param(event(D(2026, 1, 5), D(2026, 1, 11), "week", "2026-W02"), "week of 2026-01-05", id="week"),
    pytest.param(event(D(2026, 1, 4), D(2026, 1, 4), "day", "2026-01-04"), "2026-01-04", id="day"),
    pytest.param(event(D(2026, 1, 4), D(2026, 1, 7), "day", "2026-01-04"), "2026-01-04 .. 2026-01-07", id="days"),
    pytest.param(event(D(2025, 12, 1), D(2026, 1, 3), "day", "2026-01-04", "BEFORE"), "before 2026-01-04",
                 id="before-day-from-value"),
    pytest.param(event(D(2026, 1, 1), D(2026, 1, 31), "month", "2026-01", "BEFORE"), "before Jan 2026",
                 id="before-month"),
    pytest.param(event(D(2026, 2, 1), D(2026, 12, 31), "month", "2026-01", "AFTER"), "after Jan 2026", id="after-month"),
    pytest.param(event(D(2026, 1, 5), D(2026, 1, 5), "day", "2026-01-05", "APPROX"), "about 2026-01-05", id="approx"),
    pytest.param(event(dt.datetime(2026, 1, 5, 10, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
                       dt.datetime(2026, 1, 5, 10, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
                       "minute", "2026-01-05T10:30", tz="Asia/Shanghai"), "2026-01-05 10:30 CST", id="timed-zone"),
    pytest.param(event(dt.datetime(2026, 1, 5, 2, 30, tzinfo=dt.UTC), dt.datetime(2026, 1, 5, 4, 0, tzinfo=dt.UTC),
                       "minute", "2026-01-05T10:30", tz="Asia/Shanghai"), "2026-01-05 10:30 CST .. 12:00 CST",
                 id="timed-utc-shown-local"),
    pytest.param(event(dt.datetime(2026, 1, 5, 10, 30), dt.datetime(2026, 1, 5, 10, 30), "minute", "2026-01-05T10:30"),
                 "2026-01-05 10:30", id="timed-floating"),
]


@pytest.mark.parametrize(("ev", "expected"), WHEN_CASES)
def test_format_when(ev: Event, expected: str) -> None:
    assert format_when(ev) == expected


@pytest.mark.parametrize(
    ("article_id", "tag"),
    [
        pytest.param("001_ba7bb46bc863b84c", "001", id="numbered-hash"),
        pytest.param("B1_pope-visit_2024", "B1", id="first-underscore-only"),
        pytest.param("plain", "plain", id="no-underscore"),
        pytest.param("_odd", "_odd", id="leading-underscore-keeps-id"),
    ],
)
def test_source_tag(article_id: str, tag: str) -> None:
    assert source_tag(article_id) == tag


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        pytest.param("State visit to Seoul, Tokyo", "State visit to Seoul - Tokyo", id="comma-space"),
        pytest.param("Tour: Rome,Paris", "Tour: Rome - Paris", id="bare-comma"),
        pytest.param("Line\nbreak ,  spaced", "Line break - spaced", id="whitespace"),
        pytest.param(" , ", "-", id="only-comma"),
        pytest.param("", "Itinerary", id="empty"),
    ],
)
def test_calendar_name_has_no_comma(name: str, safe: str) -> None:
    assert safe_name(name) == safe
    assert "," not in safe_name(name)
