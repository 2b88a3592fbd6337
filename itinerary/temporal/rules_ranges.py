"""Ranges: 'January 4 to 7, 2026', 'Sept. 2-13', 'from Tuesday, January 7, to Wednesday, January 8', '2009-2010'.

What the text says once is said for both ends: the year written after the
end also dates the start, the month of the start also holds for the end.
After a verb that moves a date ("postponed from Tuesday to Wednesday", "moved
March 3 to March 5") no range is read: the two ends are the old and the new date.
"""

from __future__ import annotations

import re
from itertools import pairwise

from itinerary.model import DatePattern, RangePattern
from itinerary.temporal.grammar import (
    DASH,
    DAYNUM,
    MONTH,
    RANGE_SEP,
    WEEKDAY,
    YEAR,
    Example,
    Rule,
    after_move,
    day_of,
    dm_point,
    md_date,
    md_point,
    month_of,
    preceded_by,
    rule,
    weekday_of,
)

_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s*(?:morning|afternoon|evening|night)s?\b", re.IGNORECASE)
_WORD_SEP = re.compile(r"\b(?:to|through|thru|until|till|and)\b", re.IGNORECASE)
# "May 12 and 13" is one span only when what follows cannot be counted by the 13 ("on May 12 and 13
# people died"): the end of the clause, a capital, or one of these words.
_PAIR_FOLLOWERS = frozenset({
    "in", "at", "on", "for", "from", "to", "with", "by", "during", "before", "after", "when", "while", "as",
    "and", "or", "but", "the", "a", "an", "his", "her", "its", "their", "was", "were", "is", "are", "will",
    "would", "has", "have", "had", "of", "that", "which", "where", "last", "next", "this",
})
_NEXT = re.compile(r"\s*([A-Za-z]+|\S)?")


def _ends_pair(m: re.Match[str]) -> bool:
    nxt = _NEXT.match(m.string, m.end())
    word = nxt[1] if nxt is not None else None
    return word is None or not word[0].isalnum() or word[0].isupper() or word in _PAIR_FOLLOWERS


def _sep_ok(m: re.Match[str], sep: str, *, need_from: bool = False, pair: bool = False) -> bool:
    """'and' joins a range after 'between', or two days in a row ('May 12 and 13': ``pair``);
    word separators between bare years need 'from'."""
    found = _WORD_SEP.search(sep)
    if found is None:
        return True
    if found[0].lower() == "and":
        return preceded_by(m, _BETWEEN) or pair
    return not need_from or preceded_by(m, _FROM)


def _in_a_row(first: int | None, second: int | None) -> bool:
    return first is not None and second is not None and second == first + 1


def _next_day(start: DatePattern, end: DatePattern) -> bool:
    """Two days in a row, also over a month's end ('Sept. 30 and Oct. 1')."""
    if start.month == end.month:
        return _in_a_row(start.day, end.day)
    return start.month is not None and end.month == start.month % 12 + 1 and (start.day or 0) >= 28 \
        and end.day == 1


def _both(start: DatePattern, end: DatePattern) -> RangePattern | None:
    if start.year is None and end.year is not None:
        start = start.model_copy(update={"year": end.year})
    if end.month is None and start.month is not None:
        end = end.model_copy(update={"month": start.month, "year": end.year or start.year})
    if end.year is None and start.year is not None:
        end = end.model_copy(update={"year": start.year})
    if (start.year, start.month, start.day) == (end.year, end.month, end.day):
        return None
    if start.month == end.month and start.year == end.year and (start.day or 0) > (end.day or 0):
        return None
    return RangePattern(start=start, end=end)


def _md_md(m: re.Match[str]) -> RangePattern | None:
    start, end = md_date(m, "a"), md_date(m, "b")
    if start is None or end is None or not _sep_ok(m, m["s"], pair=_next_day(start, end)) or after_move(m):
        return None
    if start.year is not None and end.year is not None and start.year != end.year:
        return RangePattern(start=start, end=end)
    return _both(start, end)


def _md_d(m: re.Match[str]) -> RangePattern | None:
    start = md_date(m, "a")
    day = day_of(m["bd"])
    weekday = weekday_of(m["bwd"])
    if start is None or day is None or (m["bwd"] and weekday is None) \
            or not _sep_ok(m, m["s"], pair=_in_a_row(start.day, day) and _ends_pair(m)) or after_move(m):
        return None
    end = DatePattern(year=int(m["by"]) if m["by"] else None, day=day, weekday=weekday)
    return _both(start, end)


def _d_dm(m: re.Match[str]) -> RangePattern | None:
    end = md_date(m, "b")
    day = day_of(m["ad"])
    weekday = weekday_of(m["awd"])
    if end is None or day is None or (m["awd"] and weekday is None) \
            or not _sep_ok(m, m["s"], pair=_in_a_row(day, end.day)) or after_move(m):
        return None
    start = DatePattern(year=end.year, month=end.month, day=day, weekday=weekday)
    return _both(start, end)


def _years(m: re.Match[str]) -> RangePattern | None:
    first, text = int(m["a"]), m["b"]
    second = int(text) if len(text) == 4 else first // 100 * 100 + int(text)
    if not (1000 <= first < second <= first + 200) or not _sep_ok(m, m["s"], need_from=True):
        return None
    if len(text) == 2 and m.string[m.end(): m.end() + 1] in {"-", "/"}:
        return None
    return RangePattern(start=DatePattern(year=first), end=DatePattern(year=second))


def _years_bc(m: re.Match[str]) -> RangePattern | None:
    """'499-493 BC', 'from 264 to 241 BC': years before the common era count down."""
    first, second = int(m["a"]), int(m["b"])
    if not (0 < second < first <= second + 200) or not _sep_ok(m, m["s"], pair=first == second + 1):
        return None
    return RangePattern(start=DatePattern(year=-first), end=DatePattern(year=-second))


def _months(m: re.Match[str]) -> RangePattern | None:
    first, second = month_of(m["am"]), month_of(m["bm"])
    if first is None or second is None or first == second or not _sep_ok(m, m["s"], need_from=not m["y"]) \
            or after_move(m):
        return None
    year = int(m["y"]) if m["y"] else None
    start_year = year - 1 if year is not None and first > second else year
    return RangePattern(start=DatePattern(year=start_year, month=first), end=DatePattern(year=year, month=second))


def _weekdays(m: re.Match[str]) -> RangePattern | None:
    first, second = weekday_of(m["a"]), weekday_of(m["b"])
    # "Thursday through Sunday", "runs Friday to Sunday" are spans as they stand; "moved Friday to Sunday",
    # "postponed from Tuesday to Wednesday" are not: a move verb before the days makes them the old and new date.
    # 'and' joins two days in a row into one span ("on Monday and Tuesday"), not two days apart, nor two days'
    # parts ("Monday and Tuesday nights": two nights)
    pair = first is not None and second == first % 7 + 1 and _PART_AFTER.match(m.string, m.end()) is None
    if first is None or second is None or first == second or not _sep_ok(m, m["s"], pair=pair) or after_move(m):
        return None
    return RangePattern(start=DatePattern(weekday=first), end=DatePattern(weekday=second))


def _day_list(m: re.Match[str]) -> RangePattern | None:
    """'Jan. 8, 9 and 10', '8, 9 and 10 January': days in a row listed are one span; others are no range."""
    groups = m.groupdict()
    days = [day_of(d) for d in _LISTED_DAY.findall(m["mid"])]
    first = md_date(m, "a") if groups.get("amon") else DatePattern(day=day_of(m["ad"]))
    last = md_date(m, "b") if groups.get("bmon") else DatePattern(day=day_of(m["bd"]),
                                                                  year=int(m["by"]) if m["by"] else None)
    if first is None or last is None or first.day is None or last.day is None:
        return None
    listed = [d for d in days if d is not None]
    row = [first.day, *listed, last.day]
    if len(listed) != len(days) or any(b != a + 1 for a, b in pairwise(row)):
        return None
    if first.month is None:
        first = first.model_copy(update={"month": last.month})
    return _both(first, last)


def _ordinals(m: re.Match[str]) -> RangePattern | None:
    """'from the 6th until the 9th', 'on the 10th and 11th': days of a month the text names elsewhere."""
    first, last = day_of(m["a"]), day_of(m["b"])
    if first is None or last is None or first >= last or not _sep_ok(m, m["s"], pair=last == first + 1) \
            or after_move(m) or not preceded_by(m, _ORDINAL_CUE) or not _ends_pair(m):
        return None
    return RangePattern(start=DatePattern(day=first), end=DatePattern(day=last))


def _night(m: re.Match[str]) -> RangePattern | None:
    """'the night of January 6-7', 'the night of 6 to 7 January': one night, from the evening of the first day
    into the morning of the next; the range starts on the first day's night."""
    groups = m.groupdict()
    start, end = (md_date(m, "a"), md_date(m, "b")) if groups.get("amon") else (None, md_date(m, "b"))
    if start is None and end is not None:
        start = DatePattern(year=end.year, month=end.month, day=day_of(m["ad"]))
    if end is None and start is not None and m["bd"]:
        end = DatePattern(year=int(m["by"]) if m["by"] else None, month=start.month, day=day_of(m["bd"]))
    if start is None or end is None or start.day is None or end.day is None or not _next_day(start, end) \
            or not _sep_ok(m, m["s"], pair=_ends_pair(m)):
        return None
    both = _both(start, end)
    return None if both is None else RangePattern(start=both.start.model_copy(update={"part_of_day": "NI"}),
                                                  end=both.end)


_LISTED_DAY = re.compile(r"\d+")
_ORDINAL_CUE = re.compile(r"\b(?:on|from|between|for|of)\s+$", re.IGNORECASE)
_ORDINAL = r"[0-3]?\d(?:st|nd|rd|th)"
_LIST_MID = r"(?P<mid>(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?(?![\d%]|[.,:]\d)){1,5})\s*,?\s*(?:and|&)\s+"
_SEP = rf"(?P<s>{RANGE_SEP})"
_THE_NIGHT_OF = r"\bthe\s+(?:(?:early|late)\s+)?night\s+of\s+"

RULES: tuple[Rule, ...] = (
    rule("range_md_md", md_point("a") + _SEP + md_point("b"), _md_md, trigger="month_range", lead="month"),
    rule("range_md_d", md_point("a", year=False) + _SEP
         + rf"(?:(?P<bwd>{WEEKDAY})\s*,?\s*)?\b(?P<bd>{DAYNUM})(?:\s*,?\s*(?P<by>{YEAR}))?", _md_d, trigger="month_range", lead="month"),
    # a slash joins two days before their month in British copy: "the weekend of 11/12 January"
    rule("range_d_dm", rf"(?:(?P<awd>{WEEKDAY})\s*,?\s*)?(?:\bthe\s+)?\b(?P<ad>{DAYNUM})(?P<s>{RANGE_SEP}|/)" + dm_point("b"),
         _d_dm, trigger="month_range", lead="day"),
    rule("range_dm_dm", dm_point("a") + _SEP + dm_point("b"), _md_md, trigger="month_range", lead="day"),
    rule("range_night_md", _THE_NIGHT_OF + md_point("a", year=False) + _SEP
         + rf"(?:(?P<bmon>{MONTH})\s*)?\b(?P<bd>{DAYNUM})(?:\s*,?\s*(?P<by>{YEAR}))?", _night, trigger="pod_month"),
    rule("range_night_dm", _THE_NIGHT_OF + rf"(?:the\s+)?\b(?P<ad>{DAYNUM})(?:\s+(?:of\s+)?(?P<amon>{MONTH}))?" + _SEP
         + dm_point("b"), _night, trigger="pod_month"),
    rule("range_md_list", md_point("a", year=False) + _LIST_MID + rf"\b(?P<bd>{DAYNUM})(?:\s*,?\s*(?P<by>{YEAR}))?",
         _day_list, trigger="month_range", lead="month"),
    rule("range_d_list_m", rf"\b(?P<ad>{DAYNUM})" + _LIST_MID + dm_point("b"), _day_list, trigger="month_range",
         lead="day"),
    rule("range_ordinals", rf"\bthe\s+(?P<a>{_ORDINAL})(?P<s>{RANGE_SEP})(?:the\s+)?\b(?P<b>{_ORDINAL})\b",
         _ordinals, trigger="ordinal"),
    rule("range_years", rf"(?<![\d$€£.,/\u2010\u2011-])\b(?P<a>[12]\d{{3}})(?P<s>\s*(?:{DASH}|/)\s*|\s+(?:to|through|"
         r"until|till|and)\s+)(?P<b>[12]\d{3}(?:\b|(?=(?-i:[A-Z][a-z])))|\d{2}\b)(?![-/.,]?\d|%)", _years, trigger="digit"),
    rule("range_years_bc", r"(?<![\d$€£.,/\u2010\u2011-])\b(?P<a>\d{1,4})(?P<s>\s*(?:" + DASH + r")\s*|\s+(?:to|"
         r"and)\s+)(?P<b>\d{1,4})\s?(?:BCE|BC|B\.C\.E\.|B\.C\.?)(?![A-Za-z])", _years_bc, trigger="era", flags=0),
    rule("range_months", rf"\b(?P<am>{MONTH})(?P<s>{RANGE_SEP})\b(?P<bm>{MONTH})(?:\s*,?\s*(?P<y>{YEAR}))?",
         _months, trigger="month_range", lead="month"),
    rule("range_weekdays", rf"\b(?P<a>{WEEKDAY})(?P<s>\s*(?:{DASH}|\bto\b|\bthrough(?:\s+to)?\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*)"
         rf"\b(?P<b>{WEEKDAY})", _weekdays, trigger="weekday", lead="weekday"),
)

EXAMPLES: tuple[Example, ...] = (
    Example("The visit runs [January 4 to 7, 2026] in the capital.", "2026-01-04/2026-01-07"),
    Example("The visit runs [Jan 4-7] in the capital.", "XXXX-01-04/XXXX-01-07"),
    Example("The visit runs [Jan. 4\u20137] in the capital.", "XXXX-01-04/XXXX-01-07"),
    Example("The visit runs from [Tuesday, January 7, to Wednesday, January 8] downtown.",
            "XXXX-01-07 wd=2/XXXX-01-08 wd=3"),
    Example("The fair is held between [May 20 and 24] each time.", "XXXX-05-20/XXXX-05-24"),
    Example("The fair is held on [May 12 and 13] in the park.", "XXXX-05-12/XXXX-05-13"),
    Example("The fair is held [May 12 and 13, 2022] in the park.", "2022-05-12/2022-05-13"),
    Example("The fair is held on [12 and 13 May] in the park.", "XXXX-05-12/XXXX-05-13"),
    Example("The fair is held on [Sept. 30 and Oct. 1] in the park.", "XXXX-09-30/XXXX-10-01"),
    Example("The fair is held [May 20-24] each time.", "XXXX-05-20/XXXX-05-24"),
    Example("The fair is held [May 20, to 24] each time.", "XXXX-05-20/XXXX-05-24"),
    Example("The fair is held [Sept. 3-6, 2024] each time.", "2024-09-03/2024-09-06"),
    Example("The fair is held [September 2-13, 2024] each time.", "2024-09-02/2024-09-13"),
    Example("The fair is held from [May 5 to 10] each time.", "XXXX-05-05/XXXX-05-10"),
    Example("The fair is held [Friday, May 20 \u2013 Sunday, May, 22] in the park.",
            "XXXX-05-20 wd=5/XXXX-05-22 wd=7"),
    Example("The fair is held on [September 6-9] in the park.", "XXXX-09-06/XXXX-09-09"),
    Example("The fair is held [May 30 to June 2, 2024] in the park.", "2024-05-30/2024-06-02"),
    Example("The fair is held [4-7 January 2026] in the park.", "2026-01-04/2026-01-07"),
    Example("The fair is held [4 to 7 January] in the park.", "XXXX-01-04/XXXX-01-07"),
    Example("The fair is held on the weekend of [11/12 January] in the park.", "XXXX-01-11/XXXX-01-12"),
    Example("The fair is held on [8, 9 and 10 January] in the park.", "XXXX-01-08/XXXX-01-10"),
    Example("The fair is held from [the 5th to the 7th of March] in the park.", "XXXX-03-05/XXXX-03-07"),
    Example("The fair is held on [Jan. 8, 9, 10 and 11, 2031] in the park.", "2031-01-08/2031-01-11"),
    Example("The fair is held on [the 10th and 11th] in the park.", "XXXX-XX-10/XXXX-XX-11"),
    Example("The fair is held from [the 6th until the 9th] in the park.", "XXXX-XX-06/XXXX-XX-09"),
    Example("The fair is held [30 May to 2 June 2024] in the park.", "2024-05-30/2024-06-02"),
    Example("The raid came on [the night of March 6-7] near the port.", "XXXX-03-06TNI/XXXX-03-07"),
    Example("The raid came on [the night of 6 to 7 March 2021] near the port.", "2021-03-06TNI/2021-03-07"),
    Example("The raid came during [the night of 30 April - 1 May] near the port.", "XXXX-04-30TNI/XXXX-05-01"),
    Example("He served in [2009-2010] as envoy.", "2009/2010"),
    Example("He served in [2009-10] as envoy.", "2009/2010"),
    Example("The Long Campaign, [1861-1865]Guerrillas roamed the hills.", "1861/1865"),
    Example("He served from [2015 to 2020] as envoy.", "2015/2020"),
    Example("The revolt lasted [499-493 BC] in the east.", "BC0499/BC0493"),
    Example("The war lasted from [264 to 241 BC] at sea.", "BC0264/BC0241"),
    Example("The stalemate held in [496 and 495 BC] at sea.", "BC0496/BC0495"),
    Example("He served between [2015 and 2020] as envoy.", "2015/2020"),
    Example("The season runs from [May to July 2024] by the sea.", "2024-05/2024-07"),
    Example("The season runs [December-February 2025] by the sea.", "2024-12/2025-02"),
    Example("Talks run from [Monday to Wednesday] next door.", "XXXX-XX-XX wd=1/XXXX-XX-XX wd=3"),
    Example("The fair runs [Thursday through Sunday] downtown.", "XXXX-XX-XX wd=4/XXXX-XX-XX wd=7"),
    Example("The summit runs [Friday to Sunday] in Oslo.", "XXXX-XX-XX wd=5/XXXX-XX-XX wd=7"),
    Example("She is in Lima [Monday until Wednesday] this time.", "XXXX-XX-XX wd=1/XXXX-XX-XX wd=3"),
    Example("She visits the port on [Monday and Tuesday] this time.", "XXXX-XX-XX wd=1/XXXX-XX-XX wd=2"),
    Example("The fair is open [Sunday and Monday] this time.", "XXXX-XX-XX wd=7/XXXX-XX-XX wd=1"),
    Example("The fair is held from [May 3 to May 5] downtown.", "XXXX-05-03/XXXX-05-05"),
)

NEGATIVE: tuple[str, ...] = (
    "Phone 2012-2013-2014 for help.",
    "Rooms 12-14 are closed today-ish.",
    "The vote was 5 to 7 against.",
    "The vote was 5 to 7 BCE members against.",
    "He scored 8, 9 and 10 points in the games.",
)
