"""Relative to the time of writing: 'yesterday', 'last year', 'next Wednesday', 'two weeks ago', 'recently'."""

from __future__ import annotations

import re
from typing import Literal

from itinerary.model import Mod, PartOfDay, RelativePattern, Unit
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import (
    MONTH,
    NUMBER,
    POS_MOD,
    WEEKDAY,
    Example,
    Rule,
    month_of,
    number_of,
    position_mod,
    rule,
    weekday_of,
)

_DEICTIC: dict[str, tuple[int, PartOfDay | None]] = {
    "today": (0, None), "tonight": (0, "NI"), "tomorrow": (1, None), "yesterday": (-1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
}
_OFFSETS = {"the last": -1, "the past": -1, "this": 0, "current": 0, "last": -1, "next": 1, "this coming": 1, "this past": -1, "previous": -1,
            "the current": 0, "the previous": -1, "the next": 1, "the following": 1, "following": 1}
_REFERENCES: dict[str, Literal["PAST_REF", "PRESENT_REF", "FUTURE_REF"]] = {
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "once": "PAST_REF",
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF", "the moment": "PRESENT_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF",
    # the time just ahead: TimeBank tags them so (3 of 3); not "the long term" (no example either way)
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}
_GRANULARITY: dict[str, Unit] = {"week": "day", "fortnight": "day", "decade": "year", "century": "year",
                                 "weekend": "day", "night": "day"}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _deictic(m: re.Match[str]) -> RelativePattern | None:
    offset, pod = _DEICTIC[_norm(m["w"])]
    if m["pod"]:
        pod = V.PARTS_OF_DAY[m["pod"].lower()]
    return RelativePattern(unit="day", offset=offset, part_of_day=pod, mod=_position(m["pos"]))


def _mid_pod(m: re.Match[str]) -> RelativePattern | None:
    """'mid-afternoon [yesterday]': that part of the day (of the writing day unless a deictic word says)."""
    offset = _DEICTIC[_norm(m["w"])][0] if m["w"] else 0
    return RelativePattern(unit="day", offset=offset, part_of_day=V.PARTS_OF_DAY[m["pod"].lower()])


def _this_unit(m: re.Match[str]) -> RelativePattern | None:
    offset = _OFFSETS[_norm(m["d"])]
    word = m["u"].lower()
    direction = _norm(m["d"])
    if direction in {"the last", "the past", "the next"} and word not in {"year", "month", "week", "day"} \
            and not (direction == "the next" and word in V.PARTS_OF_DAY):
        return None  # "the past decade" is a length (P10Y); "the past year" names last year
    if word == "day" and direction not in {"the next", "next", "the following", "following", "the previous",
                                           "previous"}:
        return None  # "this day", "the last day" (of a visit) are not days counted from now
    mod: Mod | None = None
    if m["pos"]:
        mod = {"START": "START", "MID": "MID", "END": "END"}.get(position_mod(m["pos"]) or "")  # type: ignore[assignment]
        if _norm(m["pos"]) in {"earlier", "later"}:
            mod = None
    if word in V.PARTS_OF_DAY:
        if offset == 1 and direction in {"the next", "the following", "following"}:
            # "the next morning", "the following evening": the morning after the day the text is at (the
            # resolver counts these from the text's last date, not from the date of writing)
            return RelativePattern(unit="day", offset=1, part_of_day=V.PARTS_OF_DAY[word], mod=mod)
        if offset == 1:
            return None  # a bare "next morning" may be tomorrow's or the story's: left alone
        if word == "night" and offset == -1:
            return RelativePattern(unit="day", offset=-1, part_of_day="NI")
        if offset != 0:
            return None
        return RelativePattern(unit="day", offset=0, part_of_day=V.PARTS_OF_DAY[word], mod=mod)
    return RelativePattern(unit=V.UNITS[word], offset=offset, mod=mod)


def _this_weekday(m: re.Match[str]) -> RelativePattern | None:
    weekday = weekday_of(m["wd"])
    if weekday is None:
        return None
    return RelativePattern(unit="week", offset=_OFFSETS[_norm(m["d"])], weekday=weekday)


def _this_month(m: re.Match[str]) -> RelativePattern | None:
    month = month_of(m["mon"])
    if month is None or m["mon"].lower() not in V.MONTHS:
        return None
    mod = _position(m["pos"])
    return RelativePattern(unit="year", offset=_OFFSETS[_norm(m["d"])], month=month, mod=mod)


def _position(text: str | None) -> Mod | None:
    found = position_mod(text)
    return "START" if found == "START" else "MID" if found == "MID" else "END" if found == "END" else None


def _ago(m: re.Match[str]) -> RelativePattern | None:
    if re.match(r"\s+than\b", m.string[m.end():m.end() + 6]):
        return None  # "a month earlier than usual" compares; the length alone is a duration
    word = _norm(m["n"])
    amount = 1.0 if word in {"a", "an"} else number_of(m["n"])
    unit = V.UNITS[m["u"].lower()]
    sign = -1 if _norm(m["dir"]) in {"ago", "earlier", "before", "previously"} else 1
    offset = None if amount is None or amount != int(amount) else sign * int(amount)
    mod: Mod | None = V.APPROXIMATORS.get(_norm(m["apx"])) if m["apx"] else None
    return RelativePattern(unit=unit, offset=offset, granularity=_GRANULARITY.get(unit, unit), mod=mod)


def _ago_bare(m: re.Match[str]) -> RelativePattern | None:
    """'weeks earlier', 'days later', 'months ago': an uncounted distance back or ahead (dev gold: 4 of 4 tagged)."""
    if re.match(r"\s+than\b", m.string[m.end():m.end() + 6]):
        return None  # "years earlier than planned" compares
    unit = V.UNITS[m["u"].lower()]
    return RelativePattern(unit=unit, offset=None, granularity=_GRANULARITY.get(unit, unit))


def _year_earlier(m: re.Match[str]) -> RelativePattern | None:
    return RelativePattern(unit="year", offset=-1, granularity="year")


def _reference(m: re.Match[str]) -> RelativePattern | None:
    key = _norm(m["w"])
    if key.startswith(("recent ", "the past ")):
        key = "recent"
    if key == "now" and m.string[m.end():m.end() + 1] == "-":
        return None
    return RelativePattern(reference=_REFERENCES[key])


def _the_quarter(m: re.Match[str]) -> RelativePattern | None:
    if m["u"].lower() == "period" and not m["back"]:
        return None  # "the period" alone is any stretch of time ("the latest period": rule latest_period)
    return RelativePattern(unit="quarter", offset=-4 if m["back"] else 0)


def _in_the_period(m: re.Match[str]) -> RelativePattern | None:
    """'later in the year', 'early in the year': the year the text is at (dev gold tags 5 of 5, the whole phrase);
    'later in the day', 'earlier in the day': the day it is at."""
    word = m["pos"].lower()
    if m["u"].lower() == "day":
        return RelativePattern(unit="day", offset=0) if word in {"later", "earlier"} else None
    mod: Mod | None = "END" if word == "late" else "START" if word == "early" else None  # "later": no part named
    return RelativePattern(unit="year", offset=0, mod=mod)


def _latest_period(m: re.Match[str]) -> RelativePattern | None:
    """'the latest period' of an earnings report: its quarter (TimeBank tags it 5 times of 5)."""
    return RelativePattern(unit="quarter", offset=0)


def _pos_unit(m: re.Match[str]) -> RelativePattern | None:
    mod: Mod | None = {"START": "START", "MID": "MID", "END": "END"}.get(position_mod(m["pos"]) or "")  # type: ignore[assignment]
    return RelativePattern(unit=V.UNITS[m["u"].lower()], offset=_OFFSETS.get(_norm(m["d"] or "this"), 0), mod=mod)


_YEAR_END_BEFORE = re.compile(r"\b(?P<w>by|since|until|till|at|before|after|around|near|through|toward|towards)\s+$",
                              re.IGNORECASE)


def _year_end(m: re.Match[str]) -> RelativePattern | None:
    """'by year-end', "by year's end", 'since year end': the end of the year written in; after 'since', the
    last one. Only after such a preposition: 'year-end results' is a modifier (TimeBank tags 5 of 5 after
    one, not the modifier)."""
    before = _YEAR_END_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
    if before is None:
        return None
    return RelativePattern(unit="year", offset=-1 if before["w"].lower() == "since" else 0, mod="END")


def _the_year(m: re.Match[str]) -> RelativePattern | None:
    """'for the year', 'the full year', 'the current year': in a report, the year it is written in (TimeBank
    tags 6 of 7 as that year). Not 'the rest of the year' or 'part of the year': a part is a span of its own;
    after 'of' only a count of time ('the first nine months of the year'), not 'man of the year'."""
    of = _OF_THE_YEAR.search(m.string, max(0, m.start() - 16), m.start())
    if of is not None and of["w"].lower() not in _TIME_PLURALS:
        return None
    return RelativePattern(unit="year", offset=0)


_OF_THE_YEAR = re.compile(r"\b(?P<w>[A-Za-z]+)\s+of\s+$")
_TIME_PLURALS = frozenset({"days", "weeks", "months", "quarters", "half", "weekends"})


# Words that may follow "that day" when it is a time ("that day the army crossed"), not a modifier
# ("that day care"): a lower-case word after it must be one of them.
_AFTER_THAT_UNIT = frozenset({
    "to", "and", "when", "while", "the", "a", "an", "in", "at", "on", "with", "he", "she", "they", "it", "we",
    "i", "his", "her", "their", "its", "was", "were", "had", "by", "for", "from", "after", "before", "but", "or",
    "there", "because", "alone", "too", "also", "itself", "some", "more", "than", "about", "over", "nearly",
})
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _the_weekend(m: re.Match[str]) -> RelativePattern | None:
    """'over the weekend': the weekend next to the time of writing; the tense picks which (offset None)."""
    return RelativePattern(unit="weekend", offset=None)


def _that_unit(m: re.Match[str]) -> RelativePattern | None:
    """'that day', 'the same month', 'that afternoon': the time the story is at (the previous date)."""
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt is not None and nxt.start(1) == m.end() + 1 and nxt[1].islower() and nxt[1] not in _AFTER_THAT_UNIT:
        return None
    word = m["u"].lower()
    if word in V.PARTS_OF_DAY:
        return RelativePattern(unit="day", offset=0, part_of_day=V.PARTS_OF_DAY[word])
    return RelativePattern(unit=V.UNITS[word], offset=0)


def _that_time(m: re.Match[str]) -> RelativePattern | None:
    """'during this period', 'by that time', 'throughout the same period': the time a narrative is at.

    TimeML tags them (TimeBank: 'During that time'; WikiWars: 'during this period', 'by this time') but gives
    no consistent value; 'this'/'the same' refer to the present of the text, 'that' to a time already past.
    """
    return RelativePattern(reference="PAST_REF" if _norm(m["d"]) == "that" else "PRESENT_REF")


# Only after a preposition of time: "At the same time" that opens a sentence is a connective ("moreover") and
# TimeBank leaves it (and "this time" in "this time led by ...") untagged.
_TIME_SIGNAL = "".join(("(?:", "|".join(rf"(?<=\b{w}\s)" for w in (
    "during", "throughout", "over", "by", "until", "till", "from", "around", "in")),
    r"|(?<=\bat\s)(?=th(?:is|at)\b))"))


# "the next year or so", "a week or so ago": TimeBank keeps the hedge inside the extent.
_OR_SO = r"(?:\s+or\s+so\b)?"
_DIR = r"(?P<d>this\s+coming|this\s+past|this|last|next|the\s+(?:last|past|next)|(?:the\s+)?(?:current|previous|following))"
_UNITS_NAMED = r"(?P<u>day|week|weekend|month|year|decade|century|quarter|morning|afternoon|evening|night)"
_APPROX = r"(?:\b(?P<apx>about|around|nearly|almost|some|more\s+than|less\s+than|over)\s+)?"

_WEEKS_AHEAD = {"a": 1, "one": 1, "two": 2, "three": 3}


def _week_from(m: re.Match[str]) -> RelativePattern | None:
    """'a week from today', 'two weeks from tomorrow', 'a week on Friday' (British: the coming Friday and seven
    days)."""
    weeks = _WEEKS_AHEAD[m["n"].lower()]
    groups = m.groupdict()
    if groups.get("wd"):
        weekday = weekday_of(groups["wd"])
        return None if weekday is None else RelativePattern(unit="week", weekday=weekday, offset=1 + weeks)
    return RelativePattern(unit="day", offset=7 * weeks + (1 if groups["dd"].lower() == "tomorrow" else 0))


def _after_next(m: re.Match[str]) -> RelativePattern | None:
    """'the week after next', 'the weekend after next', 'the month before last': two of the unit away."""
    return RelativePattern(unit=V.UNITS[m["u"].lower()], offset=2 if m["rel"] else -2)


RULES: tuple[Rule, ...] = (
    rule("deictic_day", r"(?:\b(?P<pos>early|late)\s+)?\b(?P<w>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight|tomorrow|"
         r"yesterday)\b(?!-)(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?", _deictic, trigger="deictic"),
    rule("mid_pod", r"\bmid[-\u2011 ]?(?P<pod>morning|afternoon|evening)\b(?:\s+(?P<w>today|tomorrow|yesterday)\b)?",
         _mid_pod, trigger="unit"),
    rule("this_unit", r"(?:\b(?P<pos>early|late|mid)[\s\-]+)?\b" + _DIR + r"\s+(?:fiscal\s+)?"
         + _UNITS_NAMED
         + r"\b(?!\s+of\b)(?!-)" + _OR_SO, _this_unit, trigger="unit"),
    rule("that_unit", r"\b(?:that(?:\s+same)?|the\s+(?:very\s+)?same)\s+(?P<u>day|week|month|year|morning|afternoon|"
         r"evening|night)\b(?![-\u2011]|\s+(?:as|of|that)\b)", _that_unit, trigger="unit"),
    rule("the_weekend", r"\bthe\s+weekend\b(?![-\u2011]|\s+of\b)", _the_weekend, trigger="unit"),
    rule("week_from_day", rf"\b(?P<n>a|one|two|three)\s+weeks?\s+(?:from|on)\s+(?P<wd>{WEEKDAY})", _week_from,
         trigger="unit_weekday"),
    rule("week_from_today", r"\b(?P<n>a|one|two|three)\s+weeks?\s+from\s+(?P<dd>today|tomorrow)\b", _week_from,
         trigger="unit_deictic"),
    rule("after_next", r"\bthe\s+(?P<u>weekend|week|month|year)\s+(?:(?P<rel>after)\s+next|(?P<rel2>before)\s+last)\b",
         _after_next, trigger="unit_direction"),
    rule("this_weekday", rf"\b{_DIR}\s+(?P<wd>{WEEKDAY})", _this_weekday, trigger="direction_weekday"),
    rule("this_month", rf"(?:\b(?P<pos>early|mid|late)[\s\-]+)?\b{_DIR}\s+(?P<mon>{MONTH})", _this_month,
         trigger="direction_month"),
    rule("ago", _APPROX + rf"\b(?P<n>{NUMBER}|an?|several|a\s+few|few|many|some)\s+"
         r"(?P<u>" + V.alternation(V.UNITS) + r")" + _OR_SO + r"\s+(?P<dir>ago|earlier|later|previously|before(?=\s*[,.;:)]))\b", _ago,
         trigger="counted"),
    rule("ago_bare", r"\b(?P<u>minutes|hours|days|weeks|months|years|decades)\s+(?P<dir>ago|earlier|later)\b", _ago_bare,
         trigger="unit"),
    rule("year_earlier", r"\byear[-\u2011](?:earlier|ago)\b", _year_earlier, trigger="unit"),
    rule("reference", r"\b(?P<w>recently|lately|formerly|recent\s+(?:years|months|weeks|days|decades)|"
         r"recent|nowadays|currently|presently|at\s+present|these\s+days|now|the\s+past\s+(?:few\s+)?"
         r"(?:years|months|decades)|the\s+past|the\s+future|the\s+present|(?:the\s+near\s+(?:future|term)|"
         r"the\s+short\s+term)(?![-\u2010\u2011]))\b", _reference, trigger="reference"),
    rule("that_time", _TIME_SIGNAL + r"(?P<d>this|that|the\s+same)\s+(?P<u>time|period)\b"
         r"(?![-\u2011]|\s+(?:of|when|that|as|to|in\s+which|last|a\s+year|previous|prior|earlier|ago)\b)", _that_time, trigger="timeword"),
    rule("latest_period", r"\b[Tt]he\s+(?:latest|most\s+recent)\s+period\b(?!\s+of\b|[-\u2011])", _latest_period,
         trigger="timeword"),
    rule("the_quarter", r"\b[Tt]he\s+(?:(?:latest|current|most\s+recent)\s+|(?P<back>(?:comparable\s+|corresponding\s+|same\s+)?"
         r"(?:year[-\u2011](?:ago|earlier)|prior[-\u2011]year|previous[-\u2011]year))\s+)?(?:(?:first|second|third|fourth)"
         r"\s+)?(?:fiscal\s+)?(?P<u>quarter|period)\b(?!\s+of\b|[-\u2011])", _the_quarter, trigger="unit",
         flags=0),
    rule("position_of_unit", rf"\b(?P<pos>{POS_MOD})\s+(?:(?P<d>the|this|last|next|the\s+current)\s+)?"
         r"(?P<u>week|month|year|decade|century)\b", _pos_unit, trigger="unit"),
    # "later in the day": the day the text is at, as "later that day" is; "late in the day" is an idiom. TimeBank
    # leaves "later/earlier in the day" untagged (2 of 2), so the TimeML tagger drops it
    # (``itinerary.timeml.tag.untagged``); the itinerary keeps the day. One rule with the year: one pass.
    rule("in_the_period", r"\b(?P<pos>later|earlier|late|early)\s+in\s+the\s+(?P<u>year|day)\b(?![-\u2011'\u2019])",
         _in_the_period, trigger="unit"),
    rule("the_year", r"(?<!part\sof\s)(?<!rest\sof\s)\bthe\s+(?:(?:full|current|fiscal)\s+)?(?-i:year)\b(?![-\u2011'\u2019]|\s+(?:end(?:ed|ing|s)?|before|"
         r"after|earlier|later|ago|of|in\s+which|when|that|two|nineteen|eighteen|\d)\b)", _the_year, trigger="unit"),
    rule("year_end", r"\byear(?:[-\u2011\s]end|['\u2019]s\s+end)\b(?![-\u2011])", _year_end, trigger="unit"),
)

EXAMPLES: tuple[Example, ...] = (
    Example("Officials met [yesterday] in private.", "REL day -1"),
    Example("Officials meet [today] in private.", "REL day +0"),
    Example("Officials meet [tomorrow] in private.", "REL day +1"),
    Example("Officials meet [tomorrow morning] in private.", "REL day +1 pod=MO"),
    Example("Shares fell [mid-afternoon yesterday] in heavy trading.", "REL day -1 pod=AF"),
    Example("Shares fell by [mid afternoon] in heavy trading.", "REL day +0 pod=AF"),
    Example("Shares fell [mid-morning] in heavy trading.", "REL day +0 pod=MO"),
    Example("Officials met [late yesterday] in private.", "REL day -1 mod=END"),
    Example("Officials meet [tonight] in private.", "REL day +0 pod=NI"),
    Example("Officials met [this morning] in private.", "REL day +0 pod=MO"),
    Example("Officials met [last night] in private.", "REL day -1 pod=NI"),
    Example("Officials met [last year] in private.", "REL year -1"),
    Example("Officials spend less [this fiscal year] in private.", "REL year +0"),
    Example("Officials meet [next week] in private.", "REL week +1"),
    Example("Officials meet [the week after next] in private.", "REL week +2"),
    Example("Officials meet [a week from today] in private.", "REL day +7"),
    Example("Officials meet [a week on Friday] in private.", "REL week +2 wd=5"),
    Example("Officials met [the weekend before last] in private.", "REL weekend -2"),
    Example("Officials met earlier [this month] in private.", "REL month +0"),
    Example("Officials will meet later [this year] in private.", "REL year +0"),
    Example("Officials met [the previous Friday] in private.", "REL week -1 wd=5"),
    Example("Officials meet in [the current year] in private.", "REL year +0"),
    Example("Officials met [late last year] in private.", "REL year -1 mod=END"),
    Example("Officials meet [next Wednesday] in private.", "REL week +1 wd=3"),
    Example("Officials met [last May] in private.", "REL year -1 m=5"),
    Example("Officials met [late last July] in private.", "REL year -1 m=7 mod=END"),
    Example("Officials met [two weeks ago] in private.", "REL week -2 gran=day"),
    Example("Officials met [three years ago] in private.", "REL year -3 gran=year"),
    Example("Officials met [a year earlier] in private.", "REL year -1 gran=year"),
    Example("Officials met [about a decade ago] in private.", "REL decade -1 gran=year mod=APPROX"),
    Example("Profit rose from the [year-earlier] level.", "REL year -1 gran=year"),
    Example("Profit rose from the [year-ago] level.", "REL year -1 gran=year"),
    Example("Officials met often in [the past year] in private.", "REL year -1"),
    Example("Officials met often in [the last month] in private.", "REL month -1"),
    Example("Profit fell in [the quarter] on weak sales.", "REL quarter +0"),
    Example("The troops crossed [the next day] at dawn.", "REL day +1"),
    Example("The envoy landed late. [The next morning] she met the king.", "REL day +1 pod=MO"),
    Example("The envoy landed late; [the following evening] she dined at the palace.", "REL day +1 pod=EV"),
    Example("The troops crossed [the following year] at dawn.", "REL year +1"),
    Example("The troops had crossed [the previous day] at dawn.", "REL day -1"),
    Example("Profit fell in [the latest quarter] on weak sales.", "REL quarter +0"),
    Example("Sales rose in [the latest period] on strong demand.", "REL quarter +0"),
    Example("The plants will close over [the next year or so], he said.", "REL year +1"),
    Example("Then, [a week or so ago], the envoy left.", "REL week -1 gran=day"),
    Example("[Two years before], the envoys had refused.", "REL year -2 gran=year"),
    Example("The rest had arrived [weeks earlier] by sea.", "REL week ? gran=day"),
    Example("He died [days later] of his wounds.", "REL day ? gran=day"),
    Example("The troops had left [five years previously] in haste.", "REL year -5 gran=year"),
    Example("Rains came [later in the year] than usual.", "REL year +0"),
    Example("Sales for [the full year] were flat.", "REL year +0"),
    Example("For [the year], volume was flat.", "REL year +0"),
    Example("Sales rose in most months of [the year] abroad.", "REL year +0"),
    Example("Profit should grow in [the current year] at home.", "REL year +0"),
    Example("The deal should close by [year-end] at the latest.", "REL year +0 mod=END"),
    Example("The deal should close by [year end] at the latest.", "REL year +0 mod=END"),
    Example("Rules should be in place by [year's end] at the latest.", "REL year +0 mod=END"),
    Example("Shares are up 4% since [year-end] on the exchange.", "REL year -1 mod=END"),
    Example("[Late in the year] the army withdrew.", "REL year +0 mod=END"),
    Example("Profit fell from [the year-ago quarter] on weak sales.", "REL quarter -4"),
    Example("Profit fell from [the year-earlier period] on weak sales.", "REL quarter -4"),
    Example("Profit fell from [the comparable year-ago third quarter] on weak sales.", "REL quarter -4"),
    Example("Officials met over [the weekend] in private.", "REL weekend ?"),
    Example("[That same day] the king fled.", "REL day +0"),
    Example("The envoy toured the port [later in the day].", "REL day +0"),
    Example("The envoy had landed [earlier in the day] by ferry.", "REL day +0"),
    Example("In [the same month], the king fled.", "REL month +0"),
    Example("The king fled [that afternoon].", "REL day +0 pod=AF"),
    Example("The king fled [that year] to the coast.", "REL year +0"),
    Example("Officials met [recently] in private.", "PAST_REF"),
    Example("The [recent] talks were useful.", "PAST_REF"),
    Example("Officials met often in [recent years] in private.", "PAST_REF"),
    Example("Officials meet [now] in private.", "PRESENT_REF"),
    Example("Officials are [currently] in private talks.", "PRESENT_REF"),
    Example("Officials will meet in [the future] in private.", "FUTURE_REF"),
    Example("Officials will meet in [the near future] in private.", "FUTURE_REF"),
    Example("Rates may stay high in [the short term], they said.", "FUTURE_REF"),
    Example("Growth will be slow in [the near term], they said.", "FUTURE_REF"),
    Example("Officials met in [the past] in private.", "PAST_REF"),
    Example("The army rested during [this period] near the river.", "PRESENT_REF"),
    Example("Throughout [the same period], the army rested.", "PRESENT_REF"),
    Example("By [this time] the army had rested.", "PRESENT_REF"),
    Example("During [that time], the firm lost money.", "PAST_REF"),
    Example("The envoy, an adviser at [that time], said no.", "PAST_REF"),
    Example("Officials meet by [the end of the year] in private.", "REL year +0 mod=END"),
    Example("Officials meet by [the end of year] in private.", "REL year +0 mod=END"),
    Example("Officials meet at [the beginning of next month] in private.", "REL month +1 mod=START"),
)

NEGATIVE: tuple[str, ...] = (
    "The now-famous photo circulated.",
    "Its year-end profit was below the mark.",
    "Rain fell for the rest of the year.",
    "It was the year of the flood.",
    "She was named woman of the year again.",
    "He signed the Constitution of the Year III.",
    "The firm posted strong year-end results.",
    "The year-end-review meeting went on.",
    "He had a midmorningish snack of middling size.",
    "The current is strong here.",
    "The long term plan was dropped.",
    "It is a short-term loan for the near-term needs of the firm.",
    "The period of calm ended.",
    "Sales rose in the current period of calm.",
    "They fled early in the war.",
    "It is rather late in the day to object.",  # an idiom: only "later"/"earlier in the day" name a time
    "The plan came years earlier than hoped.",
    "Sales rose in the period after the war.",
    "The firm had previously denied it.",  # an order of events, not a time (TimeBank leaves it untagged)
    "He said that day care is costly.",
    "She argued that morning exercise helps.",
    "They left on the same day as the envoy.",
    "They left on the weekend of the fair.",
    "The weekend-long fair ended.",
    "He said that day-to-day work matters.",
    "To this day nobody knows.",
    "At the same time, the envoy said no.",  # a connective ("moreover"), untagged in TimeBank
    "This time the envoy said no.",
    "The army moved again, this time to the coast.",
    "Prices rose in the same period of growth.",
    "They met during the same period as the fair.",
    "It was in this time-honoured way.",
    "They dined in the French Quarter downtown.",
    "Rates fell after the quarter-point cut.",
)
