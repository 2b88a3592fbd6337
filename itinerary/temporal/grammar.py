"""Rule type and the regex fragments the rule groups share.

A rule is a name, a compiled pattern and a pure function from the match to a
model value (or ``None`` to refuse the match after all). Patterns are checked
when the rule is made: a pattern that can match the empty string is refused.
The extent of a mention is the named group ``x`` when the pattern has one
(context the pattern must see but TimeML keeps outside), else the whole match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from itinerary.errors import ItineraryError
from itinerary.model import DatePattern, TemporalValue
from itinerary.temporal import vocab as V

Builder = Callable[[re.Match[str]], TemporalValue | None]


class RuleError(ItineraryError):
    """A grammar rule that cannot work (e.g. its pattern matches the empty string)."""


Lead = Literal["weekday", "month", "day"]


@dataclass(frozen=True)
class Rule:
    """One grammar rule: ``build`` makes the value from a match of ``pattern``."""

    name: str
    pattern: re.Pattern[str]
    build: Builder
    trigger: str  # the cheap anchor every match contains: a key of ``extract.TRIGGERS``
    # Where every match starts, or None: "weekday": at a weekday name; "month": at a month name, or at a
    # weekday name written just before one ("Monday, May 4"); "day": at a day number or the "the" before
    # it, or at a weekday name written just before one ("Monday 4 May", "Monday the 4th"). A pattern that
    # opens with optional groups gets no fast first-character scan from ``re``: tried at every character of
    # dense text it costs far more than trying it only where such a word starts.
    lead: Lead | None = None


def rule(name: str, pattern: str, build: Builder, *, trigger: str = "digit", flags: int = re.IGNORECASE,
         lead: Lead | None = None) -> Rule:
    """Compile and validate a rule; refuses patterns that match the empty string.

    ``trigger`` names the cheap anchor (digits, a month name, a unit word, ...) that every match
    contains: the rule is only searched near those anchors. ``lead`` names where every match starts.
    """
    try:
        compiled = re.compile(pattern, flags)
    except re.error as exc:
        raise RuleError(f"rule {name}: bad pattern: {exc}") from exc
    if compiled.fullmatch("") is not None:
        raise RuleError(f"rule {name}: pattern matches the empty string")
    return Rule(name, compiled, build, trigger, lead)


class Example(NamedTuple):
    """A corpus line: text with the expected extent in [brackets], and the canonical value."""

    text: str
    expected: str


# ------------------------------------------------------------------ fragments



def _by_first_letter(forms: Iterable[str]) -> str:
    """An alternation of words grouped by their first character: the engine tries the rest of a word only
    where its first character is, instead of entering every word (a month name is tried at every position of
    a window). Only for words of which at most one can match where the pattern goes on (no word is a prefix
    of another that may end there): the order of the words then changes nothing."""
    groups: dict[str, list[str]] = {}
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        groups.setdefault(form[0], []).append(re.escape(form[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# A name is followed by no letter, so no name can stand where a longer one that starts with it does.
_MONTH_FULL = _by_first_letter(V.MONTHS)
_MONTH_ABBR = _by_first_letter(("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"))
MONTH = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)(?![a-z])"
WEEKDAY = rf"(?:{_by_first_letter([*V.WEEKDAYS, *V.WEEKDAY_ABBREVS])})(?![a-z])"  # abbreviations end in "."
DAYNUM = r"[0-3]?\d(?:st|nd|rd|th)?(?![\d%.,:]\d|[\d%])"
# A hyphen after a year joins a number or a word ("1979-80", "1500-strong"), except a capitalised one:
# "December 1979-February 1980".
YEAR = r"[12]\d{3}(?![\d%]|[.,]\d|-(?!(?-i:[A-Z][a-z]))\w|\s*(?:%|percent\b))"
_SMALL = V.alternation(k for k, v in V.NUMBER_WORDS.items() if " " not in k and "-" not in k and v < 20)
_TENS = V.alternation(k for k, v in V.NUMBER_WORDS.items() if k.endswith("ty") and " " not in k)
_UNITS19 = "one|two|three|four|five|six|seven|eight|nine"
# Compact on purpose: a flat alternation of all 300 number words is slow to try at every position.
NUMWORD = (rf"(?:(?:{_TENS})(?:[-\u2010\u2011 ](?:{_UNITS19})\b)?|(?:{_SMALL})|a\s+dozen|dozen|a\s+hundred"
           rf"|hundred|half\s+a|a\s+half|a\s+couple\s+of)")
NUMBER = rf"(?:\d+(?:\.\d+)?|{NUMWORD})"
DASH = "[-\u2010\u2011\u2012\u2013\u2014]"
# The spaces and commas between the parts of a date are taken whole, never given back one by one ("(?>...)"):
# what follows them starts with a letter or a digit, so a shorter take cannot match where the whole one did
# not, and trying each one made a date that fails ("January 5, and will") cost several times over.
_GAP = r"(?>\s*,?\s*)"
RANGE_SEP = rf"{_GAP}(?:{DASH}|\bto\b|\bthrough(?:\s+to)?\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*"
POS_MOD = r"(?:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of|(?:beginning|end)\s+of)"

# A verb that moves a date, maybe with its object and by how much: "postponed", "moved the vote", "pushed back
# by a day", "brought forward". What follows it ("from Tuesday to Wednesday", "Friday to Sunday") is a move.
_PARTICLE = rf"\s+(?:{V.alternation(V.MOVE_PARTICLES)})\b"
MOVE = (rf"\b(?:(?:{V.alternation(V.MOVE_VERBS)})\b(?:{_PARTICLE})?|(?:{V.alternation(V.MOVE_PARTICLE_VERBS)})"
        rf"{_PARTICLE})(?:\s+(?:it|them|(?:the|its|their|his|her)\s+[a-z]+))?"
        rf"(?:\s+(?:by\s+)?(?:a|an|one|two|three|four|five|six|seven|several|\d+)\s+(?:days?|weeks?|months?|hours?))?")
# The text just before the first date of a move, with or without its 'from' (searched back from the date).
MOVED_BEFORE = re.compile(rf"{MOVE}\s+(?:from\s+)?$", re.IGNORECASE)
# The text just before the new date of a move: "postponed from Tuesday to ", "moved Jan. 4 to ".
MOVED_FROM_TO = re.compile(rf"{MOVE}\s+(?:from\s+)?[^\s;!?][^;!?\n]{{0,40}}?\s(?:to|until|till)\s+$", re.IGNORECASE)
MOVE_REACH = 70  # characters looked back for MOVED_BEFORE; twice that for MOVED_FROM_TO


_TO_AFTER = re.compile(r"\s*(?:to|until|till)\s", re.IGNORECASE)


def is_old_date_of_move(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the date a move left: 'postponed from [Tuesday] to Wednesday', 'moved from
    [January 12] to January 14'. It needs its 'from' and the 'to' after it: "shares pushed higher Tuesday"
    moves no date. Shared by the resolver (a plan changed before either day) and the events (the old date dates
    nothing)."""
    return bool(_TO_AFTER.match(text, end)) and text.endswith("from", max(0, start - 6), start - 1) \
        and MOVED_BEFORE.search(text, max(0, start - MOVE_REACH), start) is not None


def after_move(m: re.Match[str]) -> bool:
    """Whether a move verb stands just before the match: 'X to Y' then names two dates, not a span."""
    at = m.start()
    return MOVED_BEFORE.search(m.string, max(0, at - MOVE_REACH), at) is not None


def md_point(p: str, *, year: bool = True) -> str:
    """'[Weekday,] Month Day[, Year]' with groups {p}wd {p}mon {p}sep {p}d {p}y."""
    y = rf"(?:{_GAP}(?:of\s+)?(?P<{p}y>{YEAR}))?" if year else ""
    return (rf"(?:(?P<{p}wd>{WEEKDAY}){_GAP})?\b(?P<{p}mon>{MONTH})(?P<{p}sep>(?>\s*,\s*|\s*))"
            rf"(?P<{p}d>{DAYNUM}){y}{_paren_weekday(p) if year else ''}")


def dm_point(p: str, *, year: bool = True) -> str:
    """'[Weekday,] [the] Day [of] Month[, Year]' with groups {p}wd {p}d {p}mon {p}y."""
    y = rf"(?:{_GAP}(?:of\s+)?(?P<{p}y>{YEAR}))?" if year else ""
    return (rf"(?:(?P<{p}wd>{WEEKDAY}){_GAP})?(?:the\s+)?\b(?P<{p}d>{DAYNUM})(?>\s+)(?:of\s+)?"
            rf"(?P<{p}mon>{MONTH}){y}{_paren_weekday(p) if year else ''}")


def _paren_weekday(p: str) -> str:
    """A programme's '(Monday)' after its date: 'September 2, 2024 (Monday)'."""
    return rf"(?:\s?\(\s?(?P<{p}pwd>{WEEKDAY})\.?\s?\))?"


# ------------------------------------------------------------------ helpers for builders


def capital(word: str) -> bool:
    """Month and weekday names count only when capitalised as names are."""
    return word[:1].isupper()


def month_of(word: str | None) -> int | None:
    """Month number of a written month name (capitalised), else None."""
    if not word or not capital(word):
        return None
    low = word.lower()
    return V.MONTHS.get(low) or V.MONTH_ABBREVS.get(low) or V.MONTH_ABBREVS.get(low.rstrip("."))


def weekday_of(word: str | None) -> int | None:
    """ISO weekday number of a written weekday name (capitalised), else None."""
    if not word or not capital(word):
        return None
    low = word.lower()
    return V.WEEKDAYS.get(low) or V.WEEKDAY_ABBREVS.get(low)


def day_of(word: str | None) -> int | None:
    """Day of month from '5', '05', '5th'; None when out of 1..31."""
    if not word:
        return None
    digits = word.rstrip("stndrhSTNDRH")
    value = int(digits)
    return value if 1 <= value <= 31 else None


def number_of(word: str) -> float | None:
    """Amount from digits or number words; None for vague amounts ('several')."""
    low = " ".join(word.lower().split())
    if low in V.VAGUE_AMOUNTS:
        return None
    if low[:1].isdigit():
        return float(low.replace(",", ""))
    return V.NUMBER_WORDS.get(low)


def position_mod(word: str | None) -> str | None:
    """START/MID/END from 'early', 'mid-', 'late', 'the end of', ..."""
    if not word:
        return None
    low = " ".join(word.lower().replace("-", " ").split())
    if low.startswith(("early", "the beginning", "beginning", "the start", "start")):
        return "START"
    if low.startswith(("mid", "the middle", "middle")):
        return "MID"
    if low.startswith(("late", "the end", "end")):
        return "END"
    return None


def md_date(m: re.Match[str], p: str) -> DatePattern | None:
    """The DatePattern of an ``md_point``/``dm_point`` match with prefix ``p``."""
    groups = m.groupdict()
    month = month_of(groups.get(f"{p}mon"))
    day = day_of(groups.get(f"{p}d"))
    if month is None or day is None:
        return None
    wd_text = groups.get(f"{p}wd") or groups.get(f"{p}pwd")
    weekday = weekday_of(wd_text)
    if wd_text and weekday is None:
        return None
    sep = groups.get(f"{p}sep") or ""
    if "," in sep and weekday is None:  # "May, 22" only reads as a date after a weekday
        return None
    year_text = groups.get(f"{p}y")
    return DatePattern(year=int(year_text) if year_text else None, month=month, day=day, weekday=weekday)


def preceded_by(m: re.Match[str], words: re.Pattern[str], start: int | None = None) -> bool:
    """Whether the text just before the match (up to 25 chars) ends with ``words``."""
    at = m.start() if start is None else start
    return words.search(m.string, max(0, at - 25), at) is not None
