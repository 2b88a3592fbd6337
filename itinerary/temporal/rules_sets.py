"""Recurring times: 'every Monday', 'daily', 'twice a year', 'on Mondays'."""

from __future__ import annotations

import re

from itinerary.model import SetPattern
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import NUMBER, Example, Rule, number_of, rule, weekday_of

# Not "quarterly": news writes it as a plain adjective ("its quarterly dividend", "the quarterly results"),
# which TimeBank leaves untagged (10 of its 11 uses).
_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
            "hourly": "hour", "nightly": "night", "biweekly": "week"}
_FREQ = {"once": 1, "twice": 2, "thrice": 3}


def _every(m: re.Match[str]) -> SetPattern | None:
    interval = 1
    if m["n"]:
        interval = 2 if m["n"].lower() == "other" else int(number_of(m["n"]) or 1)
    if m["pod"]:
        return SetPattern(unit="day", interval=interval)
    if m["wd"]:
        weekday = weekday_of(m["wd"])
        return None if weekday is None else SetPattern(unit="week", interval=interval, weekday=weekday)
    return SetPattern(unit=V.UNITS[m["u"].lower()], interval=interval)


_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’]*\s+$")


def _adverb(m: re.Match[str]) -> SetPattern | None:
    if m["w"][:1].isupper() and _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "China Daily", "Business Weekly": a title, not a recurrence
    word = m["w"].lower()
    return SetPattern(unit=V.UNITS[_ADVERBS[word]], interval=2 if word == "biweekly" else 1)


def _frequency(m: re.Match[str]) -> SetPattern | None:
    word = " ".join(m["f"].lower().split())
    count = _FREQ.get(word)
    if count is None:
        amount = number_of(word.rsplit(" ", 1)[0])
        count = int(amount) if amount else None
    return SetPattern(unit=V.UNITS[m["u"].lower()], frequency=count)


def _plural_weekday(m: re.Match[str]) -> SetPattern | None:
    weekday = weekday_of(m["wd"][:-1])
    return None if weekday is None else SetPattern(unit="week", weekday=weekday)


_WEEKDAY_FULL = V.alternation(V.WEEKDAYS)

RULES: tuple[Rule, ...] = (
    rule("every", rf"\b(?:every|each)\s+(?:(?P<n>other|{NUMBER})\s+)?(?:(?P<wd>{_WEEKDAY_FULL})\b|"
         r"(?P<pod>morning|afternoon|evening|night)\b|"
         r"(?P<u>" + V.alternation(V.UNITS) + r")\b)", _every, trigger="every"),
    rule("set_adverb", r"\b(?P<w>" + V.alternation(_ADVERBS) + r")\b", _adverb, trigger="setword"),
    rule("frequency", rf"\b(?P<f>once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+"
         r"(?P<u>" + V.alternation(V.UNITS) + r")\b", _frequency, trigger="counted"),
    rule("plural_weekday", rf"\b(?<=on\s)(?P<wd>(?:{_WEEKDAY_FULL})s)\b", _plural_weekday, trigger="weekday", lead="weekday"),
)

EXAMPLES: tuple[Example, ...] = (
    Example("The council meets [every Monday] at ten.", "SET week wd=1"),
    Example("The council meets [every year] in the hall.", "SET year"),
    Example("The council meets [every two years] in the hall.", "SET year every=2"),
    Example("The council meets [each week] in the hall.", "SET week"),
    Example("She checks the air [every morning] at home.", "SET day"),
    Example("The paper appears [daily] in print.", "SET day"),
    Example("The fair is held [annually] in the hall.", "SET year"),
    Example("The council meets [twice a year] in the hall.", "SET year freq=2"),
    Example("The council meets [three times a week] in the hall.", "SET week freq=3"),
    Example("The council meets on [Mondays] in the hall.", "SET week wd=1"),
)

NEGATIVE: tuple[str, ...] = (
    "Every member voted in the hall.",
    "Each delegate spoke once in the hall.",
    "The report ran in China Daily first.",
    "The firm raised its quarterly dividend to ten cents.",
    "The reserve will be adjusted quarterly by the board.",
)
