"""Clock times: '10:30 a.m.', '17:15', 'at 9.30am', '6pm', '7:35 p.m. GMT', 'noon'."""

from __future__ import annotations

import re

from itinerary.model import DatePattern, Mod
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import (
    DAYNUM,
    MONTH,
    NUMWORD,
    YEAR,
    Example,
    Rule,
    day_of,
    month_of,
    preceded_by,
    rule,
    weekday_of,
)

_WEEKDAY_FULL = V.alternation(V.WEEKDAYS)

_APPROX = r"(?:(?P<apx>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]\.m\b|[ap]m\b)"
_TZ = (r"(?:\s*\(?(?P<tz>" + "|".join(k.upper() for k in sorted(V.TIMEZONES, key=len, reverse=True) if k != "z")
       + r")(?:\s*(?P<off>[+-]\d{1,2})(?::?(?P<offm>\d{2}))?)?\b\)?|\s+(?P<local>local\s+time)\b)?")
# Wire copy gives the time in UTC after the local one: "at 10:30 a.m. (0230 GMT)". The two together give the
# local offset. The bracketed UTC time restates the local one: it is no expression of its own (TimeBank
# leaves it untagged), and it stays out of the extent so that a weekday after it is one of its own.
_UTC_AFTER = r"(?=\s*\((?P<gh>[01]\d|2[0-3])(?P<gm>[0-5]\d)\s*(?:GMT|UTC)\))?"
# A four-digit clock needs its zone or "local time" next to it; alone it is a year ("at 1400 GMT", not "1400").
_HHMM = (r"(?<![\d.,$€£:(])\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*\(?(?P<tz>GMT|UTC)\b\)?"
         r"|\s+(?P<local>local\s+time)\b|\s?(?P<hrs>hrs|hours)\b)")
# A programme's "at 1000 hrs" is a clock time; "1000 hours of flight" a length of time.
_AT_CLOCK = re.compile(r"\b(?:at|by|from|until|till)\s+$", re.IGNORECASE)
# A dotted time ("16.30") needs a cue before it; otherwise it is a decimal number.
_TIME_CUE = re.compile(r"\b(?:at|around|about|by|from|until|till|to|before|after|since|between|and)\s+$",
                       re.IGNORECASE)


# What a decimal number counts: "2.46 billion guilders", "0.55 share", "3.5 percent".
_COUNT_AFTER = re.compile(r"\s*(?:billion|million|thousand|trillion|percent|per\s+cent|shares?|points?|%|times|"
                          r"guilders|dollars|euros|pounds|yen|marks|francs|tons|tonnes|kilo|km|miles)\b|\s*%",
                          re.IGNORECASE)
# The day right after a time, without "on": "until 5 p.m. EST, Nov. 6" is one expression (TimeBank), with its
# year when one follows (a time stamp: "15:04, April 29, 2026").
_DATE_AFTER = rf",?\s+(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?![\d:])(?:\s*,?\s*(?P<y>{YEAR}))?"


def _mod(apx: str | None) -> Mod | None:
    if not apx:
        return None
    low = apx.lower()
    if low.startswith(("shortly before", "just before")):
        return "BEFORE"
    if low.startswith(("shortly after", "just after")):
        return "AFTER"
    return "APPROX"


def _offset(m: re.Match[str]) -> int | None:
    if not m["tz"]:
        return _offset_from_utc(m)
    base = V.TIMEZONES[m["tz"].lower()]
    if m["off"]:
        sign = -1 if m["off"].startswith("-") else 1
        base += sign * (abs(int(m["off"])) * 60 + int(m["offm"] or 0))
    return base


def _offset_from_utc(m: re.Match[str]) -> int | None:
    """'10:30 a.m. (0230 GMT)': the local time's offset from the UTC one beside it (-12h .. +14h)."""
    if "gh" not in m.re.groupindex or not m["gh"]:
        return None
    local = _hour(m) * 60 + int(m["mi"] or 0)
    offset = (local - int(m["gh"]) * 60 - int(m["gm"])) % (24 * 60)
    return offset - 24 * 60 if offset > 14 * 60 else offset


def _ampm(m: re.Match[str]) -> str:
    """'a.m.', 'P.M', 'pm' -> 'am' / 'pm'; '' when none is written."""
    return (m["ampm"] or "").lower().replace(".", "").replace(" ", "")


def _hour(m: re.Match[str]) -> int:
    """The hour on the 24-hour clock: '6 pm' is 18, '12 am' is 0."""
    hour, ampm = int(m["h"]), _ampm(m)
    return hour % 12 + (12 if ampm == "pm" else 0) if ampm else hour


def _hhmm(m: re.Match[str]) -> DatePattern | None:
    if m["hrs"] and not preceded_by(m, _AT_CLOCK):
        return None
    return DatePattern(hour=int(m["h"]), minute=int(m["mi"]), utc_offset_minutes=0 if m["tz"] else None)


def _clock(m: re.Match[str]) -> DatePattern | None:
    hour = int(m["h"])
    minute = int(m["mi"]) if m["mi"] else None
    ampm = _ampm(m)
    if not ampm and minute is None:
        return None  # also "19 hrs", a length of time (a duration rule's); "19:00 hrs" is a time
    if m["sep"] == "." and not ampm and (not preceded_by(m, _TIME_CUE, m.start("h"))
                                         or _COUNT_AFTER.match(m.string, m.end())):
        return None  # "at 2.46 billion", "about 0.55 share": a decimal number
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = _hour(m)
    elif hour > 23:
        return None
    weekday = weekday_of(m["wd"]) if m["wd"] else None
    if m["wd"] and weekday is None:
        return None
    month, day = (month_of(m["mon"]), day_of(m["d"])) if m["mon"] else (None, None)
    if m["mon"] and (month is None or day is None):
        return None
    year = int(m["y"]) if m["y"] else None
    return DatePattern(year=year, month=month, day=day, hour=hour, minute=minute, weekday=weekday,
                       utc_offset_minutes=_offset(m), mod=_mod(m["apx"]))


def _named(m: re.Match[str]) -> DatePattern | None:
    word = m["w"].lower()
    hour = 0 if word == "midnight" else 12
    weekday = weekday_of(m["wd"]) if m["wd"] else None
    if m["wd"] and weekday is None:
        return None
    return DatePattern(hour=hour, minute=0, weekday=weekday, mod=_mod(m["apx"]))


def _oclock(m: re.Match[str]) -> DatePattern | None:
    hour = int(m["h"]) if m["h"][0].isdigit() else int(V.NUMBER_WORDS.get(m["h"].lower(), 0))
    if not 1 <= hour <= 12:
        return None
    if m["pod"] and m["pod"].lower() in {"afternoon", "evening", "night"} and hour < 12:
        hour += 12
    return DatePattern(hour=hour, minute=0, mod=_mod(m["apx"]))


def _hour_of_day(m: re.Match[str]) -> DatePattern | None:
    """'at 4 in the morning', 'by 10 at night', 'at 7.30 in the evening': an hour the part of day places."""
    if not preceded_by(m, _TIME_CUE, m.start("h")):
        return None  # "won 4 in the morning session": a count
    hour = int(m["h"]) if m["h"][0].isdigit() else int(V.NUMBER_WORDS.get(m["h"].lower(), 0))
    if not 1 <= hour <= 12:
        return None
    pod = (m["pod"] or m["pod2"]).lower()
    if pod == "morning":
        hour %= 12
    elif pod in {"afternoon", "evening"} or hour >= 6:
        hour = hour % 12 + 12  # "at 9 at night" is 21:00, "at 2 at night" stays 02:00
    elif hour == 12:
        hour = 0
    return DatePattern(hour=hour, minute=int(m["mi"]) if m["mi"] else 0, mod=_mod(m["apx"]))


RULES: tuple[Rule, ...] = (
    rule("clock", _APPROX + r"(?<![\d.,$€£:])\b(?P<h>[0-2]?\d)(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?(?![\d%]|\.\d|:\d)"
         + r"(?:\s*" + _AMPM + r"|\s?(?P<hrs>hrs?)\b)?" + _TZ + _UTC_AFTER + rf"(?:,?\s+(?:on\s+)?(?P<wd>{_WEEKDAY_FULL})\b"
         rf"|{_DATE_AFTER})?", _clock, trigger="clocknum"),
    rule("clock_hhmm", _HHMM, _hhmm),
    rule("named_time", _APPROX + rf"\b(?P<w>noon|midnight|midday)\b(?:,?\s+(?P<wd>{_WEEKDAY_FULL})\b)?", _named,
         trigger="clockword"),
    rule("oclock", _APPROX + rf"\b(?P<h>\d{{1,2}}|{NUMWORD})\s+o['’]clock\b"
         r"(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening)|\s+at\s+(?P<pod2>night))?", _oclock, trigger="clockword"),
    rule("hour_of_day", _APPROX + rf"(?<![\d.,$€£:])\b(?P<h>\d{{1,2}}|{NUMWORD})(?:[:.](?P<mi>[0-5]\d))?\s+"
         r"(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<pod2>night))\b", _hour_of_day, trigger="pod"),
)

EXAMPLES: tuple[Example, ...] = (
    Example("The plane lands at [10:30 a.m.] sharp.", "XXXX-XX-XXT10:30"),
    Example("The plane lands at [10:30 a.m.] (0230 GMT) sharp.", "XXXX-XX-XXT10:30 tz=+480"),
    Example("The plane lands at [9:15 p.m.] (0215 GMT) sharp.", "XXXX-XX-XXT21:15 tz=-300"),
    Example("Polls close at [1400 GMT] sharp.", "XXXX-XX-XXT14:00 tz=+0"),
    Example("The president lays a wreath at [1000 hrs] sharp.", "XXXX-XX-XXT10:00"),
    Example("The guard changes at [1830 hours] in the square.", "XXXX-XX-XXT18:30"),
    Example("Polls close at [2000 local time] sharp.", "XXXX-XX-XXT20:00"),
    Example("The plane lands at [10:30 a.m. local time] sharp.", "XXXX-XX-XXT10:30"),
    Example("The plane lands at [10:30 am] sharp.", "XXXX-XX-XXT10:30"),
    Example("The plane lands at [09:45] sharp.", "XXXX-XX-XXT09:45"),
    Example("The plane lands at [17:15] sharp.", "XXXX-XX-XXT17:15"),
    Example("The plane lands at [2:10 pm] sharp.", "XXXX-XX-XXT14:10"),
    Example("The plane lands at [6pm] sharp.", "XXXX-XX-XXT18"),
    Example("The plane lands [around 6pm] again.", "XXXX-XX-XXT18 mod=APPROX"),
    Example("The plane lands at [9.30am] sharp.", "XXXX-XX-XXT09:30"),
    Example("The plane lands at [16.30] sharp.", "XXXX-XX-XXT16:30"),
    Example("The plane lands at [12.12] sharp.", "XXXX-XX-XXT12:12"),
    Example("The plane landed at [7:35 p.m. GMT] sharp.", "XXXX-XX-XXT19:35 tz=+0"),
    Example("The plane landed at [7:35 p.m. (GMT)] sharp.", "XXXX-XX-XXT19:35 tz=+0"),
    Example("The plane landed at [9 a.m. GMT+8] sharp.", "XXXX-XX-XXT09 tz=+480"),
    Example("The plane lands at [7:00 PM] sharp.", "XXXX-XX-XXT19:00"),
    Example("The launch waits until [15:00 GMT Saturday] again.", "XXXX-XX-XXT15:00 wd=6 tz=+0"),
    Example("The plane lands at [12 a.m.] sharp.", "XXXX-XX-XXT00"),
    Example("The column moved off at [05:30hrs] sharp.", "XXXX-XX-XXT05:30"),
    Example("The column moved off at [19:00 hr]. Then it rained.", "XXXX-XX-XXT19:00"),
    Example("The plane lands at [noon] sharp.", "XXXX-XX-XXT12:00"),
    Example("Talks broke off at [noon Thursday] without a deal.", "XXXX-XX-XXT12:00 wd=4"),
    Example("The offer runs until [5 p.m. EST, Nov. 6] only.", "XXXX-11-06T17 tz=-300"),
    Example("The offer runs until [5 p.m. EST Nov. 9] only.", "XXXX-11-09T17 tz=-300"),
    Example("Updated [15:04, April 29, 2026] by the desk.", "2026-04-29T15:04"),
    Example("The plane lands [shortly after midnight] again.", "XXXX-XX-XXT00:00 mod=AFTER"),
    Example("The plane lands at [six o'clock in the evening] again.", "XXXX-XX-XXT18:00"),
    Example("The father will leave at [4 in the morning] with his son.", "XXXX-XX-XXT04:00"),
    Example("The vigil ends at [10 at night] in the square.", "XXXX-XX-XXT22:00"),
    Example("The talks resume at [3.30 in the afternoon] downstairs.", "XXXX-XX-XXT15:30"),
)

NEGATIVE: tuple[str, ...] = (
    "Growth was 16.30 percent overall.",
    "The ratio stood at 3:1 among voters.",
    "Prices rose by 12.5 points.",
    "Chapter 3 covers 20 topics.",
    "Psalm 23:4 was read aloud.",
    "The team won 2:1 away.",
    "The team scored 4 in the morning session.",
    "Sales were little changed at 2.46 billion guilders.",
    "Holders get about 0.55 share for each share held.",
    "The rate rose to 4.75 percent and 5.25 percent.",
)
