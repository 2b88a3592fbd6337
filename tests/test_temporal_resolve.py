"""Resolution: mention text + anchor -> value, bounds, precision, anchor kind and notes."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from itinerary.model import DurationPattern, Resolved
from itinerary.temporal import duration_days, extract, resolve, resolve_against, timex_duration
from itinerary.temporal.timex import timex_annotations

D = dt.date


class Case(NamedTuple):
    text: str
    target: str  # the mention looked at
    dct: dt.date | None
    value: str
    bounds: tuple[object, object] | None  # first reading (start, end); None: no reading
    precision: str | None = None


def _find(text: str, target: str, dct: dt.date | None, narrative: bool = False) -> Resolved:
    found = resolve(text, extract(text), dct, narrative=narrative)
    hits = [r for r in found if r.mention.text == target]
    assert hits, [r.mention.text for r in found]
    return hits[0]


CASES = [
    Case("Talks are set for Monday, January 5.", "Monday, January 5", D(2026, 1, 2), "2026-01-05",
         (D(2026, 1, 5), D(2026, 1, 5)), "day"),
    Case("It landed on January 5, 2026 at dawn.", "January 5, 2026", None, "2026-01-05",
         (D(2026, 1, 5), D(2026, 1, 5)), "day"),
    Case("The summit was in late October 2025 there.", "late October 2025", None, "2025-10",
         (D(2025, 10, 21), D(2025, 10, 31)), "month"),
    Case("Growth slowed in early 2025 there.", "early 2025", None, "2025", (D(2025, 1, 1), D(2025, 4, 30)), "year"),
    Case("Growth slowed in mid-2025 there.", "mid-2025", None, "2025", (D(2025, 5, 1), D(2025, 8, 31)), "year"),
    Case("Growth slowed in 2024 there.", "2024", None, "2024", (D(2024, 1, 1), D(2024, 12, 31)), "year"),
    Case("He served in 2009-2010 there.", "2009-2010", None, "2009", (D(2009, 1, 1), D(2010, 12, 31)), "year"),
    Case("Music of the 1990s returned.", "the 1990s", None, "199", (D(1990, 1, 1), D(1999, 12, 31)), "decade"),
    Case("Houses of the mid-20th century remain.", "the mid-20th century", None, "19",
         (D(1934, 1, 1), D(1965, 12, 31)), "century"),
    Case("The plan covers 2026-W02 only.", "2026-W02", None, "2026-W02", (D(2026, 1, 5), D(2026, 1, 11)), "week"),
    Case("The visit runs January 4 to 7, 2026 in full.", "January 4 to 7, 2026", None, "2026-01-04",
         (D(2026, 1, 4), D(2026, 1, 7)), "day"),
    Case("The visit runs December 30 to January 2.", "December 30 to January 2", D(2025, 12, 1), "2025-12-30",
         (D(2025, 12, 30), D(2026, 1, 2)), "day"),
    Case("Trade fell last year overall.", "last year", D(2026, 1, 3), "2025", (D(2025, 1, 1), D(2025, 12, 31)), "year"),
    Case("The envoy arrived yesterday.", "yesterday", D(2026, 1, 3), "2026-01-02", (D(2026, 1, 2), D(2026, 1, 2)), "day"),
    Case("Talks resume next week.", "next week", D(2026, 1, 7), "2026-W03", (D(2026, 1, 12), D(2026, 1, 18)), "week"),
    Case("They met two weeks ago.", "two weeks ago", D(2026, 1, 3), "2025-12-20",
         (D(2025, 12, 20), D(2025, 12, 20)), "day"),
    Case("They met this morning.", "this morning", D(2026, 1, 3), "2026-01-03TMO",
         (D(2026, 1, 3), D(2026, 1, 3)), "day"),
    Case("Ties improved recently.", "recently", D(2026, 1, 3), "PAST_REF", None),
    Case("The summit was held on Monday.", "Monday", D(2026, 1, 8), "2026-01-05", (D(2026, 1, 5), D(2026, 1, 5)), "day"),
    Case("The summit will be held on Monday.", "Monday", D(2026, 1, 8), "2026-01-12",
         (D(2026, 1, 12), D(2026, 1, 12)), "day"),
    Case("He will speak Friday evening.", "Friday evening", D(2026, 1, 7), "2026-01-09TEV",
         (D(2026, 1, 9), D(2026, 1, 9)), "day"),
    Case("He spoke at 10:30 a.m. on January 5, 2026.", "10:30 a.m.", None, "2026-01-05T10:30",
         (dt.datetime(2026, 1, 5, 10, 30), dt.datetime(2026, 1, 5, 10, 30)), "minute"),
    Case("He landed on May 7, 2024 at 7:35 p.m. GMT.", "7:35 p.m. GMT", None, "2024-05-07T19:35",
         (dt.datetime(2024, 5, 7, 19, 35, tzinfo=dt.UTC),) * 2, "minute"),
    Case("He lands at 6pm sharp.", "6pm", D(2026, 1, 3), "2026-01-03T18:00",
         (dt.datetime(2026, 1, 3, 18), dt.datetime(2026, 1, 3, 18)), "hour"),
    Case("He lands at 6pm sharp.", "6pm", None, "XXXX-XX-XXT18:00", None),
    Case("A four-day visit.", "four-day", D(2026, 1, 3), "P4D", None),
    Case("They meet on Monday.", "Monday", None, "XXXX-XX-XX", None),
    Case("They meet on January 5.", "January 5", None, "XXXX-01-05", None),
    Case("They meet in May.", "May", D(2026, 1, 3), "2026-05", (D(2026, 5, 1), D(2026, 5, 31)), "month"),
    Case("They met in May.", "May", D(2026, 1, 3), "2025-05", (D(2025, 5, 1), D(2025, 5, 31)), "month"),
    Case("It began on January 4, 2026. Talks followed on January 6.", "January 6", None, "2026-01-06",
         (D(2026, 1, 6), D(2026, 1, 6)), "day"),
    Case("The schedule:\nMonday, September 2, 2024\n17:15 Arrival at the airport", "17:15", None,
         "2024-09-02T17:15", (dt.datetime(2024, 9, 2, 17, 15), dt.datetime(2024, 9, 2, 17, 15)), "minute"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.target}|{c.dct}|{c.text[:30]}" for c in CASES])
def test_resolution_table(case: Case) -> None:
    got = _find(case.text, case.target, case.dct)
    assert got.value == case.value
    if case.bounds is None:
        assert got.readings == ()
    else:
        assert (got.readings[0].start, got.readings[0].end) == case.bounds
        assert got.readings[0].precision == case.precision


@pytest.mark.parametrize(
    ("text", "target", "dct", "anchor"),
    [
        ("It began on January 4, 2026.", "January 4, 2026", D(2025, 1, 1), "explicit"),
        ("They meet on January 5.", "January 5", D(2026, 1, 1), "published"),
        ("It began on January 4, 2026. Talks followed on January 6.", "January 6", None, "previous"),
        ("They meet on Monday.", "Monday", None, "none"),
    ],
    ids=["explicit", "published", "previous", "none"],
)
def test_anchor_kind(text: str, target: str, dct: dt.date | None, anchor: str) -> None:
    assert _find(text, target, dct).anchor == anchor


def test_no_anchor_notes_say_why() -> None:
    assert _find("They meet on Monday.", "Monday", None).note == "weekday without an anchor date"
    assert _find("They meet on January 5.", "January 5", None).note == "no year written and no anchor date"


@pytest.mark.parametrize(
    ("text", "target", "readings", "note"),
    [
        ("Talks open Tuesday, January 7 in the capital.", "Tuesday, January 7",
         [(D(2026, 1, 7), D(2026, 1, 7), "day of month"), (D(2026, 1, 6), D(2026, 1, 6), "weekday")],
         "Tuesday does not match 2026-01-07 (a Wednesday)"),
        ("Talks run from Tuesday, January 7, to Wednesday, January 8 there.",
         "Tuesday, January 7, to Wednesday, January 8",
         [(D(2026, 1, 7), D(2026, 1, 8), "day of month"), (D(2026, 1, 6), D(2026, 1, 7), "weekday")],
         "Tuesday does not match 2026-01-07 (a Wednesday)"),
        ("Talks open Wednesday, January 7 in the capital.", "Wednesday, January 7",
         [(D(2026, 1, 7), D(2026, 1, 7), "as written")], None),
    ],
    ids=["point", "range", "agrees"],
)
def test_weekday_contradiction(text: str, target: str, readings: list[tuple[object, object, str]],
                               note: str | None) -> None:
    got = _find(text, target, D(2026, 1, 2))
    assert [(r.start, r.end, r.basis) for r in got.readings] == readings
    assert got.note == note


@pytest.mark.parametrize(
    ("narrative", "value"),
    [(False, "2026-01-02"), (True, "1967-06-06")],
    ids=["news-anchors-on-dct", "narrative-anchors-on-previous"],
)
def test_narrative_mode(narrative: bool, value: str) -> None:
    text = "The siege began on June 5, 1967. Relief came tomorrow, they say."
    assert _find(text, "tomorrow", D(2026, 1, 1), narrative).value == value


def test_later_counts_from_the_story() -> None:
    text = "The siege began on June 5, 1967. It ended three days later."
    assert _find(text, "three days later", D(2026, 1, 1)).value == "1967-06-08"


def test_event_anchored_stays_open() -> None:
    got = _find("The news broke just hours before his departure abroad.", "just hours before his departure",
                D(2026, 1, 3))
    assert (got.readings, got.value, got.timex_type, got.note) == ((), "PTXH", "DURATION",
                                                                    "relative to an event: departure")


def _mention(text: str) -> Resolved:
    found = resolve(text, extract(text), None)
    return found[0]


@pytest.mark.parametrize(
    ("text", "anchor", "within", "days"),
    [
        ("They meet on Monday.", D(2026, 1, 5), (D(2026, 1, 4), D(2026, 1, 7)), [D(2026, 1, 5)]),
        ("They meet on Monday.", D(2026, 1, 9), (D(2026, 1, 1), D(2026, 1, 14)), [D(2026, 1, 12), D(2026, 1, 5)]),
        ("They meet on Monday.", D(2026, 1, 3), None, [D(2026, 1, 5)]),
        ("They meet Friday evening.", D(2026, 1, 7), None, [D(2026, 1, 9)]),
        ("They meet on January 5.", D(2025, 12, 20), None, [D(2026, 1, 5)]),
        ("They meet tomorrow.", D(2026, 1, 3), None, [D(2026, 1, 4)]),
    ],
    ids=["weekday-in-frame", "two-in-frame-nearest-first", "weekday-nearest", "weekday-part-of-day",
         "year-nearest", "tomorrow"],
)
def test_resolve_against(text: str, anchor: dt.date, within: tuple[dt.date, dt.date] | None,
                         days: list[dt.date]) -> None:
    got = resolve_against(_mention(text).mention, anchor, within=within)
    assert [r.start for r in got.readings] == days


@pytest.mark.parametrize(
    ("amount", "unit", "days", "value"),
    [(4, "day", (4, 4), "P4D"), (None, "day", (2, 9), "PXD"), (3, "hour", None, "PT3H"),
     (10, "year", (3650, 3660), "P10Y"), (2, "week", (14, 14), "P2W"), (None, "week", (14, 63), "PXW")],
    ids=["four-day", "several-days", "hours", "ten-years", "two-weeks", "weeks"],
)
def test_duration_days_and_value(amount: float | None, unit: str, days: tuple[int, int] | None, value: str) -> None:
    d = DurationPattern(amount=amount, unit=unit)
    assert duration_days(d) == days
    assert timex_duration(d) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visit runs January 4 to 7, 2026 in full.",
         [("January 4", "DATE", "2026-01-04"), ("7, 2026", "DATE", "2026-01-07")]),
        ("He served in 2009-2010 there.", [("2009", "DATE", "2009"), ("2010", "DATE", "2010")]),
        ("The news broke just hours before his departure abroad.", [("hours", "DURATION", "PTXH")]),
        ("The deal came shortly after that.", []),
        ("It peaked a month earlier than usual.", [("a month", "DURATION", "P1M")]),
        ("It was signed a month earlier, they said.", [("a month earlier", "DATE", "2025-12")]),
        ("It ended an 11-year-old papacy.", []),
        ("It landed on January 5, 2026 at dawn.", [("January 5, 2026", "DATE", "2026-01-05")]),
    ],
    ids=["day-range", "year-range", "anchored-distance", "anchored-without-distance", "comparative",
         "shifted", "age", "date"],
)
def test_timex_annotations(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = resolve(text, extract(text), D(2026, 1, 1))
    got = [(text[a.start:a.end], a.type, a.value) for a in timex_annotations(found)]
    assert got == expected
