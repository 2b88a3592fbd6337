"""Value strings: TIMEX3 durations, day counts, and the canonical strings of the corpora."""

from __future__ import annotations

from itinerary.model import (
    AnchoredPattern,
    DatePattern,
    DurationPattern,
    RangePattern,
    RelativePattern,
    SetPattern,
    TemporalValue,
)
from itinerary.temporal import vocab as V

_OPEN_LETTERS = {"decade": "DE", "century": "CE", "millennium": "ML"}
_CLOCK_PARTS = {"hour": "M", "minute": "S"}  # the letter of the next smaller clock unit


def _amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def timex_duration(d: DurationPattern) -> str:
    """TIMEX3 duration value.

    >>> timex_duration(DurationPattern(amount=4, unit="day"))
    'P4D'
    >>> timex_duration(DurationPattern(amount=None, unit="hour"))
    'PTXH'
    >>> timex_duration(DurationPattern(amount=0.5, unit="year"))
    'P6M'
    >>> timex_duration(DurationPattern(amount=2.5, unit="year"))
    'P2.5Y'
    >>> timex_duration(DurationPattern(amount=5.5, unit="hour"))
    'PT5H30M'
    """
    letter, per = V.UNIT_TIMEX[d.unit]
    if d.amount is None and d.unit in _OPEN_LETTERS:
        return f"PX{_OPEN_LETTERS[d.unit]}"  # "decades": PXDE, as TimeBank writes it
    amount = None if d.amount is None else d.amount * per
    if d.unit == "year" and amount is not None and amount < 1:
        letter, amount = "M", amount * 12  # "half a year" -> P6M, but "2 1/2 years" -> P2.5Y
    if d.unit == "half":
        letter = "M"
    if amount is not None and d.unit in _CLOCK_PARTS and amount != int(amount) and (amount * 60) == int(amount * 60):
        # A clock length is written in its smaller units, as a clock reads: "5 1/2 hours" PT5H30M,
        # "a minute and a half" PT1M30S (TimeBank 2 of 2); calendar units keep the fraction (P2.5Y).
        smaller = round((amount - int(amount)) * 60)
        whole = f"{int(amount)}{letter}" if int(amount) else ""
        return f"PT{whole}{smaller}{_CLOCK_PARTS[d.unit]}"
    text = "X" if amount is None else _amount(amount)
    return f"PT{text}{letter}" if d.unit in V.TIME_UNITS else f"P{text}{letter}"


def duration_days(d: DurationPattern) -> tuple[int, int] | None:
    """Inclusive bounds in days; vague amounts ('several days') count 2..9 units.

    >>> duration_days(DurationPattern(amount=4, unit="day"))
    (4, 4)
    >>> duration_days(DurationPattern(amount=None, unit="day"))
    (2, 9)
    >>> duration_days(DurationPattern(amount=3, unit="hour")) is None
    True
    """
    per = V.UNIT_DAYS[d.unit]
    if per is None:
        return None
    low_amount, high_amount = (d.amount, d.amount) if d.amount is not None else V.VAGUE_AMOUNT_BOUNDS
    return int(low_amount * per[0]), round(high_amount * per[1])


def year_text(year: int | None) -> str:
    """A TIMEX3 year: 'XXXX' when open, 'BC0490' for a year before the common era (written as -490)."""
    if year is None:
        return "XXXX"
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def canonical_date(p: DatePattern) -> str:
    """'2026-01-05', 'XXXX-01-05 wd=1', '2025-10 mod=END', '199', 'XXXX-XX-XXT10:30 tz=+0', 'BC0490'."""
    year = year_text(p.year)
    if p.decade is not None:
        base = str(p.decade)
    elif p.century is not None:
        base = f"BC{-p.century:02d}" if p.century < 0 else f"{p.century:02d}"
    elif p.week is not None:
        base = f"{year}-W{p.week:02d}"
    elif p.season is not None:
        base = f"{year}-{p.season}"
    elif p.quarter is not None:
        base = f"{year}-Q{p.quarter}"
    elif p.half is not None:
        base = f"{year}-H{p.half}"
    elif p.day is not None or p.weekday is not None or p.hour is not None or p.part_of_day is not None:
        month = "XX" if p.month is None else f"{p.month:02d}"
        day = "XX" if p.day is None else f"{p.day:02d}"
        base = f"{year}-{month}-{day}"
    elif p.month is not None:
        base = f"{year}-{p.month:02d}"
    else:
        base = year
    if p.hour is not None:
        base += f"T{p.hour:02d}" + ("" if p.minute is None else f":{p.minute:02d}")
    elif p.part_of_day is not None:
        base += f"T{p.part_of_day}"
    extras = []
    if p.weekday is not None:
        extras.append(f"wd={p.weekday}")
    if p.utc_offset_minutes is not None:
        extras.append(f"tz={p.utc_offset_minutes:+d}")
    if p.mod is not None:
        extras.append(f"mod={p.mod}")
    return " ".join([base, *extras])


def canonical(value: TemporalValue) -> str:
    """One readable string per temporal value, with X for open fields (as ctparse writes them)."""
    if isinstance(value, DatePattern):
        return canonical_date(value)
    if isinstance(value, RangePattern):
        text = f"{canonical_date(value.start)}/{canonical_date(value.end)}"
        return text if value.mod is None else f"{text} mod={value.mod}"
    if isinstance(value, DurationPattern):
        parts = [timex_duration(value)]
        if value.adjectival:
            parts.append("adj")
        if value.mod is not None:
            parts.append(f"mod={value.mod}")
        return " ".join(parts)
    if isinstance(value, RelativePattern):
        return _canonical_relative(value)
    if isinstance(value, AnchoredPattern):
        distance = "-" if value.distance is None else canonical(value.distance)
        day = f" day={value.day}" if value.day is not None else ""
        return f"{value.relation} {distance} {value.anchor or '-'}{day}"
    return _canonical_set(value)


def _canonical_relative(r: RelativePattern) -> str:
    if r.reference is not None:
        return r.reference
    offset = "?" if r.offset is None else f"{r.offset:+d}"
    parts = [f"REL {r.unit or '-'} {offset}"]
    for key, item in (("wd", r.weekday), ("m", r.month), ("pod", r.part_of_day), ("gran", r.granularity),
                      ("mod", r.mod)):
        if item is not None:
            parts.append(f"{key}={item}")
    return " ".join(parts)


def _canonical_set(s: SetPattern) -> str:
    parts = [f"SET {s.unit}"]
    if s.interval != 1:
        parts.append(f"every={s.interval}")
    if s.weekday is not None:
        parts.append(f"wd={s.weekday}")
    if s.frequency is not None:
        parts.append(f"freq={s.frequency}")
    return " ".join(parts)
