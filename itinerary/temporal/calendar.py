"""Calendar arithmetic on stdlib dates: periods of a DatePattern with a known year, shifts, TIMEX3 values."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import functools

from itinerary.model import DatePattern, Mod, Precision, Reading

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by ``months``."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def months_span(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """First day of month ``first`` to the last day of month ``last`` (``last`` may run past 12)."""
    end_year, end_month = add_months(year, last, 0) if last <= 12 else add_months(year, 12, last - 12)
    return dt.date(year, first, 1), month_end(end_year, end_month)


def narrow(start: dt.date, end: dt.date, mod: Mod | None, precision: Precision) -> tuple[dt.date, dt.date]:
    """Bounds of the START/MID/END part of a period: days 1-10/11-20/21-end of a month, thirds otherwise."""
    if mod not in {"START", "MID", "END"}:
        return start, end
    if precision == "month":
        if mod == "START":
            return start, start.replace(day=10)
        if mod == "MID":
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=21), end
    if precision == "year":
        parts = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return dt.date(start.year, parts[0], 1), month_end(start.year, parts[1])
    if precision in {"decade", "century"}:
        years = end.year - start.year + 1
        third = years // 3
        if mod == "START":
            return start, dt.date(start.year + third, 12, 31)
        if mod == "MID":
            return dt.date(start.year + third + 1, 1, 1), dt.date(end.year - third - 1, 12, 31)
        return dt.date(end.year - third, 1, 1), end
    total = (end - start).days + 1
    third = total // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "MID":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third - 1), end


def suffix(p: DatePattern) -> str:
    """The time part of a value: 'T10:30' for a clock time, 'TEV' for a part of day."""
    if p.hour is not None:
        return f"T{p.hour:02d}:{p.minute or 0:02d}"
    if p.part_of_day is not None:
        return f"T{p.part_of_day}"
    return ""


# Pure, and asked again and again for the same few dates of a text ("January 7, 2026" in every paragraph):
# each answer is a new Reading, so it is remembered.
@functools.lru_cache(maxsize=4096)
def period(p: DatePattern, year: int) -> Reading | None:
    """The period a date pattern names once its year is known; None if it names no real date."""
    try:
        return _period(p, year)
    except ValueError:  # February 30, week 53 of a 52-week year
        return None


def _period(p: DatePattern, year: int) -> Reading | None:
    start: dt.date
    end: dt.date
    precision: Precision
    if p.decade is not None:
        start, end, precision, value = dt.date(p.decade * 10, 1, 1), dt.date(p.decade * 10 + 9, 12, 31), \
            "decade", str(p.decade)
    elif p.century is not None:
        start, end, precision, value = dt.date(max(1, p.century * 100), 1, 1), dt.date(p.century * 100 + 99, 12, 31), \
            "century", f"{p.century:02d}"
    elif p.week is not None:
        start = dt.date.fromisocalendar(year, p.week, 1)
        end, precision, value = start + dt.timedelta(days=6), "week", f"{year:04d}-W{p.week:02d}"
    elif p.season is not None:
        first, last = _SEASON_MONTHS[p.season]
        # A winter is named by the year of its January, as most of it falls then ("the winter of 1851" runs from
        # December 1850; WikiWars gold: 6 of 6).
        start, end = months_span(year - 1, first, last) if p.season == "WI" else months_span(year, first, last)
        precision, value = "season", f"{year:04d}-{p.season}"
    elif p.quarter is not None:
        start, end = months_span(year, p.quarter * 3 - 2, p.quarter * 3)
        precision, value = "quarter", f"{year:04d}-Q{p.quarter}"
    elif p.half is not None:
        start, end = months_span(year, p.half * 6 - 5, p.half * 6)
        precision, value = "half", f"{year:04d}-H{p.half}"
    elif p.month is not None and p.day is not None:
        start = end = dt.date(year, p.month, p.day)
        precision, value = "day", start.isoformat() + suffix(p)
    elif p.month is not None:
        start, end = dt.date(year, p.month, 1), month_end(year, p.month)
        precision, value = "month", f"{year:04d}-{p.month:02d}"
    else:
        start, end, precision, value = dt.date(year, 1, 1), dt.date(year, 12, 31), "year", f"{year:04d}"
    start, end = narrow(start, end, p.mod, precision)
    return Reading(start=start, end=end, precision=precision, value=value, mod=p.mod)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus).

    >>> easter(2000), easter(2024)
    (datetime.date(2000, 4, 23), datetime.date(2024, 3, 31))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    day_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * day_shift) // 433
    month = (h + day_shift - 7 * m + 90) // 25
    return dt.date(year, month, (h + day_shift - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` of a month: Thanksgiving is the 4th Thursday of November.

    >>> nth_weekday(1999, 11, 4, 4)
    datetime.date(1999, 11, 25)
    """
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def day_reading(day: dt.date, p: DatePattern | None = None, basis: str = "as written") -> Reading:
    """A one-day reading, with the part of day of ``p`` in its value."""
    return Reading(start=day, end=day, precision="day", value=day.isoformat() + (suffix(p) if p else ""),
                   mod=p.mod if p else None, basis=basis)


def week_reading(day: dt.date) -> Reading:
    """The ISO week holding ``day``."""
    iso = day.isocalendar()
    start = day - dt.timedelta(days=iso.weekday - 1)
    return Reading(start=start, end=start + dt.timedelta(days=6), precision="week",
                   value=f"{iso.year:04d}-W{iso.week:02d}")


def shift(reading: Reading, days: int, basis: str) -> Reading:
    """The same reading moved by ``days`` (value recomputed for day precision)."""
    delta = dt.timedelta(days=days)
    start, end = reading.start + delta, reading.end + delta
    value = reading.value
    if reading.precision == "day" and isinstance(start, dt.date):
        value = start.isoformat()[:10] + reading.value[10:]
    return reading.model_copy(update={"start": start, "end": end, "value": value, "basis": basis})
