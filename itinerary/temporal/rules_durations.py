"""Durations: 'four-day', 'three days', 'nearly a decade', 'several weeks', 'the past decade', '11-year-old'.

Ages ('an 11-year-old papacy', '70 years old') are durations, as TimeBank
annotates them (DURATION P11Y), marked adjectival when they measure a noun.
"""

from __future__ import annotations

import re

from itinerary.model import DurationPattern, Mod
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import NUMBER, Example, Rule, number_of, preceded_by, rule

# "over" is "more than" only where a length is asked for ("for over a year", "lasted over a week"); elsewhere it is
# "during" ("used over three years", "held over 24 hours") and stays outside (TBAQ and WikiWars gold: 9 of 9).
_OVER = r"(?:(?<=\bfor\s)|(?<=\blast\s)|(?<=\blasts\s)|(?<=\blasted\s)|(?<=\btook\s)|(?<=\btakes\s))over"
_APPROX = r"(?:\b(?P<apx>" + V.alternation(a for a in V.APPROXIMATORS if a != "over") + "|" + _OVER + r")\s+)?"
_UNIT = r"(?P<u>" + V.alternation(V.UNITS) + r")\b"
_HYPHEN = "[-\u2010\u2011]"
_HYPHEN_OR_SPACE = "(?:[-\u2010\u2011]|\\s)"
# "2 1/2 years", "two and a half years": TimeML writes the fraction (P2.5Y); a clock length takes its smaller
# unit ("5 1/2 hours": PT5H30M).
_HALF = r"\s+1/2|\s*\u00bd|\s+and\s+a\s+half"
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_OLDER = re.compile(r"\s+(?:and|or)\s+(?:older|younger|over|under|above)\b", re.IGNORECASE)
_NOT_PER = re.compile(r"(?:\d|\b(?:billion|million|thousand|times|percent|cent|once|twice|dollars|euros))\s*$",
                      re.IGNORECASE)


def _mod(m: re.Match[str]) -> Mod | None:
    apx = m["apx"]
    return V.APPROXIMATORS[" ".join(apx.lower().split())] if apx else None


def _numbered(m: re.Match[str]) -> DurationPattern | None:
    word = " ".join(m["n"].lower().split())
    unit_text = m["u"].lower()
    unit = V.UNITS[unit_text]
    if word in {"a", "an"}:
        if unit in {"second", "quarter", "season", "half"}:
            return None  # "a second term", "a quarter of the vote"
        if _NOT_PER.search(m.string, max(0, m.start() - 20), m.start()):
            return None  # "$5 billion a year": a rate, not a length
    amount = number_of(m["n"])
    if amount is None or _OLDER.match(m.string, m.end()) or _LONG_AFTER.match(m.string, m.end()):
        return None  # "ages 6 months and older": an age limit
    if unit == "quarter" and unit_text.endswith("s") and re.search(_HYPHEN, m["j"]) and _OF.match(m.string, m.end()):
        return None  # "three-quarters of its food": a fraction, not three quarters of a year
    if m["f"] or m["f2"]:
        amount += 0.5
    singular = not unit_text.endswith("s") or unit_text in {"hrs", "yrs", "mins", "secs"}
    joined = bool(re.search(_HYPHEN, m["j"])) or bool(m["age"])
    adjectival = joined or (singular and amount != 1 and word[:1].isdigit())
    return DurationPattern(amount=amount, unit=unit, mod=_mod(m), adjectival=adjectival)


def _the_numbered(m: re.Match[str]) -> DurationPattern | None:
    """'the nine months', 'the first two years': TimeBank keeps the article inside the extent.

    A capitalised unit names an event ("the Hundred Days", "the Seven Years' War"): the article stays out.
    """
    if not m["u"].lower().endswith("s") or m["u"][:1].isupper():
        return None
    amount = number_of(m["n"])
    return None if amount is None else DurationPattern(amount=amount, unit=V.UNITS[m["u"].lower()])


def _vague(m: re.Match[str]) -> DurationPattern | None:
    unit_text = m["u"].lower()
    if not unit_text.endswith(("s", "ia")):
        return None
    return DurationPattern(amount=number_of(m["v"]), unit=V.UNITS[unit_text], mod=_mod(m))


def _bare(m: re.Match[str]) -> DurationPattern | None:
    return DurationPattern(amount=None, unit=V.UNITS[m["x"].lower()])


_ON = re.compile(r"\bon\s+$", re.IGNORECASE)


def _the_past(m: re.Match[str]) -> DurationPattern | None:
    if preceded_by(m, _ON) or re.match(r"\s+of\b", m.string[m.end():m.end() + 4]):
        return None  # "on the last day (of the visit)" is a date, not a length
    amount: float | None = 1.0
    if m["n"]:
        amount = number_of(m["n"])
    unit_text = m["u"].lower()
    if amount == 1.0 and m["n"] is None and unit_text.endswith("s"):
        amount = None  # "the past weeks"
    return DurationPattern(amount=amount, unit=V.UNITS[unit_text])


def _period_of(m: re.Match[str]) -> DurationPattern | None:
    """'a three-year period', 'the same 28-day period': a stretch of that length, drawn whole with its article
    (TimeBank 1 of 1, WikiWars 3 of 3)."""
    amount = number_of(m["n"])
    return None if amount is None else DurationPattern(amount=amount, unit=V.UNITS[m["u"].lower()], adjectival=True)


def _coming(m: re.Match[str]) -> DurationPattern | None:
    """'in coming weeks', 'for coming quarters': the stretch ahead, its length unsaid (TimeBank leaves the
    preposition out and tags the rest, 4 of 4)."""
    return DurationPattern(amount=None, unit=V.UNITS[m["u"].lower()])


def _long(m: re.Match[str]) -> DurationPattern | None:
    """'a week-long tour', 'a two-week-long stay': the length of what it measures."""
    amount = number_of(m["n"]) if m["n"] else 1.0
    return None if amount is None else DurationPattern(amount=amount, unit=V.UNITS[m["u"].lower()], adjectival=True)


_LONG_AFTER = re.compile(rf"{_HYPHEN}long\b", re.IGNORECASE)


def _year_ended(m: re.Match[str]) -> DurationPattern | None:
    """'the year ended March 31', 'the fiscal year ending June 30': a report's twelve months, a length (TimeBank
    tags 'the year' as P1Y, 7 of 8); the end date is a date of its own."""
    return DurationPattern(amount=1, unit="year")


RULES: tuple[Rule, ...] = (
    rule("duration", _APPROX + rf"(?<![\d$€£.,\-\u2011])\b(?P<n>{NUMBER}|an?)(?P<f>{_HALF})?(?P<j>\s*{_HYPHEN}\s*|\s+)"
         + _UNIT + rf"(?P<f2>\s+and\s+a\s+half\b)?(?P<age>\s*{_HYPHEN}\s*old\b|\s+old\b)?", _numbered,
         trigger="counted"),
    rule("duration_the", rf"\bthe\s+(?:first\s+|latest\s+|entire\s+|whole\s+)?(?P<n>{NUMBER})\s+" + _UNIT
         + r"(?![\-\u2011])", _the_numbered, trigger="unit"),
    rule("duration_vague", _APPROX + r"\b(?P<v>several|a\s+few|few|many|a\s+couple\s+of|couple\s+of|a\s+number\s+of"
         r"|numerous|some)\s+" + _UNIT, _vague, trigger="counted"),
    rule("duration_bare", r"\b(?:for|over|within|lasting|lasts?|took|takes?|taking|spent|spend|spanning)\s+"
         r"(?P<x>years|months|weeks|days|hours|decades|centuries|minutes)\b(?!\s+(?:of|ago|before|after|later))",
         _bare, trigger="unit"),
    rule("duration_past", r"\bthe\s+(?:past|last|previous|next|coming|following)\s+(?:(?P<n>" + NUMBER
         + r"|few|several|couple\s+of)\s+)?" + _UNIT + r"(?:\s+or\s+so\b)?", _the_past, trigger="unit"),
    rule("period_of_length", rf"\b(?:an?|the|this|that)\s+(?:same\s+)?(?P<n>{NUMBER}){_HYPHEN_OR_SPACE}"
         r"(?P<u>year|month|week|day|hour)\s+period\b(?![-\u2010\u2011])", _period_of, trigger="timeword"),
    rule("coming_units", r"\b(?:in|for|over|during|through)\s+(?P<x>coming\s+(?P<u>days|weeks|months|quarters|years|"
         r"decades))\b(?![-\u2010\u2011])", _coming, trigger="unit"),
    rule("duration_long", rf"(?<![\w\-\u2011])(?:(?P<n>{NUMBER}){_HYPHEN})?(?P<u>day|night|week|month|year)"
         rf"{_HYPHEN}long\b", _long, trigger="unit"),
    rule("year_ended", r"\bthe\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)", _year_ended, trigger="unit"),
)

EXAMPLES: tuple[Example, ...] = (
    Example("The pilot logged [1200 hours] in the air.", "PT1200H"),
    Example("Over [the next two years or so], the share rose.", "P2Y"),
    Example("Rates may fall in [coming months], they said.", "PXM"),
    Example("Profits grew over [a three-year period] at the firm.", "P3Y adj"),
    Example("Deaths fell during [the same 28-day period] downtown.", "P28D adj"),
    Example("Envoys agreed on [a sixty day period] of calm.", "P60D adj"),
    Example("It bodes ill for [coming quarters] at the firm.", "PXQ"),
    Example("Napoleon's return, the [Hundred Days], ended at a battle.", "P100D"),
    Example("He began a [four-day] trip.", "P4D adj"),
    Example("He began a [two-day] official visit.", "P2D adj"),  # 'day of' is a longer anchor: not this one
    Example("She leaves for a [week-long] tour.", "P1W adj"),
    Example("She leaves for a [two-week-long] tour.", "P2W adj"),
    Example("This [month-long] fair is good.", "P1M adj"),
    Example("He began a [four\u2011day] trip.", "P4D adj"),
    Example("He began a [three-day] trip.", "P3D adj"),
    Example("He began a [3-day] trip.", "P3D adj"),
    Example("He began a [12-day] trip.", "P12D adj"),
    Example("He began a [twenty-two-day] trip.", "P22D adj"),
    Example("He stayed [three days] in the city.", "P3D"),
    Example("He stayed [two weeks] in the city.", "P2W"),
    Example("He stayed for [nearly a decade] in the city.", "P10Y mod=LESS_THAN"),
    Example("He stayed [six years] in the city.", "P6Y"),
    Example("It will be done in [six years] at most.", "P6Y"),
    Example("There was a [50 minute] delay.", "PT50M adj"),
    Example("It was a [six-hour] flight.", "PT6H adj"),
    Example("It was a [two-week] trip.", "P2W adj"),
    Example("It ended an [11-year-old] papacy.", "P11Y adj"),
    Example("She is [70 years old] now-ish.", "P70Y adj"),
    Example("He waited [more than two hours] outside.", "PT2H mod=MORE_THAN"),
    Example("He waited [about 90 minutes] outside.", "PT90M mod=APPROX"),
    Example("He waited [1.5 hours] outside.", "PT1H30M"),
    Example("He waited [half a year] outside.", "P6M"),
    Example("He waited [2 1/2 years] outside.", "P2.5Y"),
    Example("He waited [two and a half years] outside.", "P2.5Y"),
    Example("He waited [a minute and a half] outside.", "PT1M30S"),
    Example("He waited [5 1/2 hours] outside.", "PT5H30M"),
    Example("He waited [2 1/2 minutes] outside.", "PT2M30S"),
    Example("He waited [1.25 hours] outside.", "PT1H15M"),
    Example("He waited [several days] outside.", "PXD"),
    Example("He waited [a few weeks] outside.", "PXW"),
    Example("It will take [a couple of years] to build.", "P2Y"),
    Example("Prices will rise over [the next couple of years] steadily.", "P2Y"),
    Example("He waited for [years] outside.", "PXY"),
    Example("It can take [weeks] to know.", "PXW"),
    Example("Prices rose over [the past decade] steadily.", "P10Y"),
    Example("The credit can be drawn over [three years] for purchases.", "P3Y"),
    Example("The front held for [over a year] without change.", "P1Y mod=MORE_THAN"),
    Example("The talks may last [over a week] in the capital.", "P1W mod=MORE_THAN"),
    Example("Prices rose for [decades] steadily.", "PXDE"),
    Example("Prices rose over [the past two years] steadily.", "P2Y"),
    Example("Prices will rise in [the coming weeks] steadily.", "PXW"),
    Example("Prices will rise over [the next few days] steadily.", "PXD"),
    Example("It lasted [an hour] or so.", "PT1H"),
    Example("Profit rose in [the first nine months] overall.", "P9M"),
    Example("Profit rose in [the six months] so far.", "P6M"),
    Example("It lasted [a dozen years] or so.", "P12Y"),
    Example("The work took [three quarters] to finish.", "P3Q"),
    Example("Sales rose in [the year] ended with the merger.", "P1Y"),
    Example("Net fell for [the fiscal year] ending with the sale.", "P1Y"),
)

NEGATIVE: tuple[str, ...] = (
    "He won a second term easily.",
    "They waited in a mile-long queue.",
    "A quarter of the vote went elsewhere.",
    "He earns $5 billion a year abroad.",
    "It happened in the morning light.",
    "They sat in the lobby for a while.",
    "He spoke on the last day of term.",
    "He ran a sub-five-minute mile.",
    "Children aged 6 months and older qualify.",
    "He ate 1/2 of the cake and a half loaf.",
    "The town imports about three-quarters of its grain.",
    "Nearly three-quarters of the members voted yes.",
    "The year ends with a vote.",
)
