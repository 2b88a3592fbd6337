"""Times as a reader says them, at the precision they were written: 'late Oct 2025', 'mid-20th century'."""

from __future__ import annotations

import datetime as dt
import re

from itinerary.export.common import TIMED, local
from itinerary.model import Event

MONTH_ABBR: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_ABBR: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEASON_NAMES: dict[str, str] = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
# Northern-hemisphere meteorological seasons, used only when the value does not name the season.
SEASON_OF_MONTH: tuple[str, ...] = ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")

# START/MID/END qualify the period itself ("late Oct 2025"); the others place the time around it.
PART_MODS: dict[str, str] = {"START": "early ", "MID": "mid-", "END": "late "}
PREFIX_MODS: dict[str, str] = {
    "APPROX": "about ",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
    "LESS_THAN": "nearly ",
    "MORE_THAN": "more than ",
    "EQUAL_OR_LESS": "at most ",
    "EQUAL_OR_MORE": "at least ",
}

_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_HALF_VALUE = re.compile(r"(\d{4})-H([12])")
_CALENDAR_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 11th, 21st.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 20, 21, 22)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '20th', '21st', '22nd']
    """
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def format_day(day: dt.date) -> str:
    """Weekday and ISO date.

    >>> format_day(dt.date(2026, 1, 4))
    'Sun 2026-01-04'
    """
    return f"{WEEKDAY_ABBR[day.weekday()]} {day.isoformat()}"


def format_clock(value: dt.datetime, tz_name: str | None) -> str:
    """Local clock time with the zone's abbreviation when known: '10:30 CST'."""
    at = local(value, tz_name)
    abbr = at.tzname() if at.tzinfo is not None else None
    return f"{at:%H:%M} {abbr}" if abbr else f"{at:%H:%M}"


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _value_day(value: str | None) -> dt.date | None:
    """The first day of a TIMEX3 calendar value (``2026``, ``2026-01``, ``2026-01-04``), if it is one."""
    m = _CALENDAR_VALUE.fullmatch(value or "")
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def period_label(value: dt.date | dt.datetime, precision: str, timex: str | None, tz_name: str | None) -> str:
    """The period that holds ``value`` at ``precision``, named as a reader would."""
    if precision in TIMED and isinstance(value, dt.datetime):
        return f"{local(value, tz_name).date().isoformat()} {format_clock(value, tz_name)}"
    day = _as_date(local(value, tz_name) if isinstance(value, dt.datetime) else value)
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return f"week of {monday.isoformat()}"
    if precision == "month":
        return f"{MONTH_ABBR[day.month - 1]} {day.year}"
    if precision == "season":
        m = _SEASON_VALUE.fullmatch(timex or "")
        year, season = (int(m.group(1)), m.group(2)) if m else (day.year, SEASON_OF_MONTH[day.month - 1])
        return f"{SEASON_NAMES[season]} {year}"
    if precision == "quarter":
        m = _QUARTER_VALUE.fullmatch(timex or "")
        year, quarter = (int(m.group(1)), int(m.group(2))) if m else (day.year, (day.month - 1) // 3 + 1)
        return f"Q{quarter} {year}"
    if precision == "half":
        m = _HALF_VALUE.fullmatch(timex or "")
        year, half = (int(m.group(1)), int(m.group(2))) if m else (day.year, 1 if day.month <= 6 else 2)
        return f"H{half} {year}"
    if precision == "year":
        return str(day.year)
    if precision == "decade":
        return f"{day.year // 10 * 10}s"
    if precision == "century":
        return f"{ordinal((day.year - 1) // 100 + 1)} century"
    return day.isoformat()


def format_period(
    start: dt.date | dt.datetime,
    end: dt.date | dt.datetime,
    precision: str,
    *,
    value: str | None = None,
    mod: str | None = None,
    tz_name: str | None = None,
) -> str:
    """A time span at its precision, with its mod, as short as it can be said."""
    if mod in PREFIX_MODS and mod != "APPROX":
        # "before January 4": the bounds are open on one side; the value is what was written.
        written = _value_day(value)
        if written is not None:
            return f"{PREFIX_MODS[mod]}{period_label(written, precision, value, None)}"
    first = period_label(start, precision, value, tz_name)
    last = period_label(end, precision, value, tz_name)
    if first == last:
        text = first
    elif precision in TIMED and first[:10] == last[:10]:
        text = f"{first} .. {last[11:]}"  # same day: "2026-01-05 10:30 CST .. 12:00 CST"
    else:
        text = f"{first} .. {last}"
    if mod in PART_MODS:
        return f"{PART_MODS[mod]}{text}"
    if mod in PREFIX_MODS:
        return f"{PREFIX_MODS[mod]}{text}"
    return text


def format_when(event: Event) -> str:
    """When an event happens, at the precision its sources give.

    >>> from itinerary.model import Event
    >>> format_when(Event(id="e", kind="summit", role="background", title="t", start=dt.date(2025, 10, 21),
    ...                   end=dt.date(2025, 10, 31), precision="month", value="2025-10", mod="END"))
    'late Oct 2025'
    """
    return format_period(
        event.start, event.end, event.precision, value=event.value, mod=event.mod, tz_name=event.timezone
    )
