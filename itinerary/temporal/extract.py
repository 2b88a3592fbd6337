"""Find every date expression in a text: ``extract(text) -> tuple[TemporalMention, ...]``.

Every rule runs over the text; the candidates are kept longest first, so that
"Sunday, January 4, 2026" wins over "January 4" and "2026". Each rule is run
only inside the windows around cheap anchors (digits, month and weekday
names, number and time words): text without any anchor is never looked at.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import compress, count, repeat
from operator import add, gt, is_not, itemgetter, le, lt, sub
from typing import NamedTuple, cast

from itinerary.collector import collector_paused
from itinerary.model import TemporalMention, TemporalValue
from itinerary.temporal import (
    rules_anchored,
    rules_dates,
    rules_durations,
    rules_ranges,
    rules_relative,
    rules_sets,
    rules_times,
)
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import MONTH, WEEKDAY, Lead, Rule

# Order decides ties between candidates of the same extent: earlier groups win.
RULES: tuple[Rule, ...] = (
    rules_ranges.RULES + rules_dates.RULES + rules_times.RULES + rules_relative.RULES + rules_anchored.RULES
    + rules_durations.RULES + rules_sets.RULES
)

# Anchor words: (form, whole) per trigger key; a ``whole`` form must end where its word ends ("after" but
# not "afternoon"). Every form counts only at the start of a word, as lower, Capitalised or UPPER case
# (month names only Capitalised or UPPER: "may" is a verb).
_MONTH_FORMS = tuple(V.MONTHS) + ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                  "dec")
_ANCHOR_WORDS: dict[str, tuple[tuple[str, bool], ...]] = {
    "relation": tuple((w, True) for w in ("before", "after", "ahead", "prior", "following", "into")),
    "month": tuple((w, True) for w in _MONTH_FORMS),
    "weekday": tuple((w, False) for w in (*V.WEEKDAYS, "mon.", "tue", "wed.", "thu", "fri.", "sat.", "sun.")),
    "century": (("centur", False),),
    "season": tuple((w, True) for w in ("spring", "summer", "autumn", "fall", "winter")),
    "quarter": (("quarter", False), ("half", True)),
    "clockword": tuple((w, True) for w in ("noon", "midnight", "midday", "o'clock", "o\u2019clock")),
    "deictic": tuple((w, True) for w in ("today", "tonight", "tomorrow", "yesterday")),
    "unit": tuple((w, False) for w in ("second", "minute", "mins", "hour", "hrs", "day", "night", "week",
                                       "fortnight", "month", "season", "quarter", "year", "yrs", "decade",
                                       "centur", "millenni", "moment", "morning", "afternoon", "evening",
                                       "these days")),
    "reference": (("recent", False), ("lately", True), ("formerly", True), ("previously", True), ("term", True),
                  ("nowadays", True), ("currently", True), ("presently", True), ("present", True),
                  ("these days", True), ("now", True), ("past", True), ("future", True)),
    "shortly": (("before", True), ("after", True)),
    "ahead": (("ahead", True), ("prior", True), ("eve of", True), ("run-up", True), ("runup", True),
              ("lead-up", True)),
    "dayof": (("day of", True),),
    "every": (("every", True), ("each", True)),
    "timeword": (("time", True), ("period", True)),
    "spokenyear": (("nineteen", True), ("eighteen", True), ("two thousand", True)),
    "holiday": (("christmas", True), ("New Year", False), ("boxing", True), ("halloween", True),
                ("thanksgiving", True), ("easter", True), ("Good Friday", True)),
    "spokendecade": tuple((w, True) for w in ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                              "eighties", "nineties")),
    "setword": tuple((w, True) for w in ("daily", "weekly", "monthly", "annually", "yearly", "hourly",
                                         "nightly", "quarterly", "biweekly")),
    # Words a few rules need beside their anchor; they only narrow those rules' anchors (below).
    "direction": tuple((w, True) for w in ("this", "last", "next", "past", "current", "previous", "following",
                                           "coming")),
    "pod": tuple((w, True) for w in ("morning", "afternoon", "evening", "night")),
    "soon": tuple((w, True) for w in ("shortly", "soon", "immediately", "right", "just", "moments")),
    "posmod": (("early", True), ("mid", False), ("late", True), ("beginning", True), ("start", True),
               ("end", True), ("middle", True)),
}


def _anchor_table() -> dict[str, tuple[tuple[str, ...], bool]]:
    """Each written form of an anchor word -> (its trigger keys, whether it must end a word)."""
    keys: dict[str, list[str]] = {}
    whole: dict[str, bool] = {}
    for key, forms in _ANCHOR_WORDS.items():
        for word, must_end in forms:
            cases = (word[:1].upper() + word[1:], word.upper())
            for form in cases if key == "month" else (word, *cases):
                keys.setdefault(form, [])
                if key not in keys[form]:
                    keys[form].append(key)
                whole[form] = whole.get(form, True) and must_end
    return {form: (tuple(k), whole[form]) for form, k in keys.items()}


def _trie(forms: list[str]) -> str:
    """An alternation grouped by first character, longest first: the regex engine tests one character
    per position and alternative group instead of every word (a flat alternation is several times slower)."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0], []).append(form[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        rests.sort(key=lambda r: (-len(r), r))
        parts.append(re.escape(first) + "(?:" + "|".join(re.escape(r) for r in rests) + ")")
    return "|".join(parts)


_ANCHOR_FORMS = _anchor_table()
_WORD_ANCHOR = re.compile(r"\b(?:" + _trie(list(_ANCHOR_FORMS)) + ")")
_DIGIT_ANCHORS: dict[str, re.Pattern[str]] = {
    "digit": re.compile(r"\d\d\d\d"),
    "era": re.compile(r"\d\s?B\.?C"),
    "decade": re.compile(r"\d0['\u2019]?s\b"),
    "clocknum": re.compile(r"\d[:.]\d\d|\d ?[apAP]\.? ?[mM]"),
}
# Narrower anchors derived from the word anchors: a month name with a number near it (dates, not months),
# a unit word after a count ("three days", "a few weeks", "twice a year": the numbered rules need one), a
# month name near a range sign (ranges: "May 5-7", "5 to 7 May", "May to June"), and an anchor with the
# word its rules need near it: (derived key, anchor key, needed key, reach before and after the anchor).
_NEEDS: tuple[tuple[str, str, str, int, int], ...] = (
    ("relation_unit", "relation", "unit", 24, 0),  # "two days before", "the day after"
    ("direction_weekday", "weekday", "direction", 18, 0),  # "this coming Monday", "last Friday"
    ("direction_month", "month", "direction", 26, 0),  # "next May", "late last June"
    ("pod_month", "month_num", "pod", 45, 0),  # "the morning of May 5", "the night of 4 June"
    ("month_pod", "month_num", "pod", 0, 70),  # "May 5 morning": the part of the day after its date
    ("soon_relation", "shortly", "soon", 16, 0),  # "shortly after", "just before"
    ("modified_year", "digit", "posmod", 25, 0),  # "early 2026", "the end of 1999"
    ("week_month", "month", "unit", 18, 0),  # "the second week of March"
    ("month_year", "month", "unit", 0, 30),  # "August of that year", "May 4 of the same year"
    ("unit_direction", "unit", "direction", 0, 16),  # "the week after next", "the month before last"
    ("unit_weekday", "unit", "weekday", 0, 12),  # "a week from Tuesday", "a week on Friday"
    ("unit_deictic", "unit", "deictic", 0, 12),  # "a week from today", "two weeks from tomorrow"
)
_ANCHOR_KEYS = (frozenset(_ANCHOR_WORDS) | frozenset(_DIGIT_ANCHORS)
                | {"month_num", "counted", "month_range", "ordinal"} | {d for d, *_ in _NEEDS})
# "the 5th", "The 6th": a day of the month alone. Searched from its literal "he" (found by a fast scan in C; a
# pattern opening with "[Tt]" or "\b" is tried at every character), the "T" or "t" before it checked after.
_ORDINAL = re.compile(r"he\s+[0-3]?\d(?:st|nd|rd|th)\b")
# Range signs: a slash before a digit, a dash, or the words "to", "through", "thru", "till", "until", "and" in
# any case. Every branch opens with one literal character (the word's start checked after it, "(?<!\w)"), so
# ``re`` skips in C to the next character that can start one instead of trying the pattern at every position
# ("\b" or IGNORECASE first defeat that: twice slower on prose). Each word differs from the others before its
# end, so their order changes nothing.
_RANGE_SIGN = re.compile("|".join([
    r"/(?=\d)", *"-\u2010\u2011\u2012\u2013\u2014",
    *(rf"{c}(?<!\w{c})(?i:{rest})\b" for c, rest in (("t", "o|hrough|hru|ill"), ("T", "o|hrough|hru|ill"),
                                                   ("u", "ntil"), ("U", "ntil"), ("a", "nd"), ("A", "nd")))]))
# What every range of dates has just after its sign: a day number or a month name, maybe after a weekday and
# "the" ("to Friday, May 8", "and the 9th of May"). A sign before anything else ("January 5, and will", "a
# state-of-the-art") brings no month near a range: the range rules are not tried around it.
_AFTER_SIGN = re.compile(rf"(?>\s*)(?:{WEEKDAY}(?>\s*,?\s*))?(?:the\s+)?(?:\d|{MONTH})", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_LAST_WORD = re.compile(r"([A-Za-z]+|\d)[\s\-\u2010\u2011]*$")
_COUNTS = frozenset(
    {w for w in V.NUMBER_WORDS if " " not in w and "-" not in w and "\u2010" not in w and "\u2011" not in w}
    | {"few", "several", "many", "some", "of", "numerous", "dozen", "half", "per", "each", "every"}
)


def _counted(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept = []
    for start, end in hits:
        m = _LAST_WORD.search(text, max(0, start - 14), start)
        if m is not None and (m[1].isdigit() or m[1].lower() in _COUNTS):
            kept.append((start, end))
    return kept


def _shorter_whole(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The longest anchor form at ``m``'s start that stops at a word's end, when ``m``'s own form runs into a
    longer word: 'day of' in "a two-day official visit" leaves 'day'. The forms differ by whole words."""
    cut = text.rfind(" ", m.start(), m.end())
    while cut > m.start():
        shorter = _WORD_ANCHOR.match(text, m.start(), cut)
        if shorter is not None and not (
                _ANCHOR_FORMS[shorter.group()][1] and text[shorter.end():shorter.end() + 1].isalpha()):
            return shorter
        cut = text.rfind(" ", m.start(), cut)
    return None


def anchor_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of the anchors of every trigger key, in text order: one scan for words, two for digits."""
    hits: dict[str, list[tuple[int, int]]] = {key: [] for key in sorted(_ANCHOR_KEYS)}
    table = _ANCHOR_FORMS
    for m in _WORD_ANCHOR.finditer(text):
        keys, whole = table[m.group()]
        end = m.end()
        if whole and text[end:end + 1].isalpha():
            shorter = _shorter_whole(text, m)
            if shorter is None:
                continue
            keys, end = table[shorter.group()][0], shorter.end()
        span = (m.start(), end)
        for key in keys:
            hits[key].append(span)
    for key, pattern in _DIGIT_ANCHORS.items():
        hits[key] = [m.span() for m in pattern.finditer(text)]
    hits["ordinal"] = [(m.start() - 1, m.end()) for m in _ORDINAL.finditer(text)
                       if text[m.start() - 1:m.start()] in ("T", "t") and not text[m.start() - 2:m.start() - 1].isalnum()]
    months = hits["month"]  # with a digit from 24 characters before to 15 after: one search each, in C
    digits = map(_DIGIT.search, repeat(text), map(max, repeat(0), map(sub, map(_FIRST, months), repeat(24))),
                 map(add, map(_SECOND, months), repeat(16)))
    hits["month_num"] = list(compress(months, map(is_not, digits, repeat(None))))
    hits["counted"] = _counted(text, hits["unit"])
    signs = [m.span() for m in _RANGE_SIGN.finditer(text)]
    followed = map(_AFTER_SIGN.match, repeat(text), map(_SECOND, signs))  # in C, one match per sign
    hits["month_range"] = _near(hits["month"], list(compress(signs, followed)), 40, 40)
    for derived, anchor, needed, before, after in _NEEDS:
        hits[derived] = _near(hits[anchor], hits[needed], before, after)
    return hits


def _near(hits: list[tuple[int, int]], others: list[tuple[int, int]], before: int, after: int
          ) -> list[tuple[int, int]]:
    """The hits with one of ``others`` (sorted spans) lying within ``before``/``after`` characters of them.

    For each hit, the first other that ends late enough must start early enough: column by column in C.
    """
    ends = list(map(_SECOND, others))
    starts = [*map(_FIRST, others), sys.maxsize]  # past the last other: nothing starts early enough
    which = map(bisect.bisect_left, repeat(ends), map(sub, map(_FIRST, hits), repeat(before)))
    return list(compress(hits, map(le, map(starts.__getitem__, which), map(add, map(_SECOND, hits),
                                                                           repeat(after)))))


_TRAILING = frozenset(" \t\n\r,;:")
_SIGNAL = re.compile(
    r"\b(?P<s>on|since|by|until|till|from|before|after|in|during|at|through\s+to|through|thru|throughout|between|for|of|to|"
    r"within|as\s+of|starting|beginning|ending|around|about)\s+$",
    re.IGNORECASE,
)


class _Candidate(NamedTuple):
    start: int
    end: int
    priority: int
    rule: str
    value: TemporalValue


# Each rule names the anchor every one of its matches contains, and how far before and after it a match
# can reach: the rule is only searched in those windows.
TRIGGERS: dict[str, tuple[str, int, int]] = {
    "digit": ("digit", 25, 30), "clocknum": ("clocknum", 30, 40), "relation": ("relation", 60, 70), "month": ("month", 45, 60), "weekday": ("weekday", 40, 50),
    "century": ("century", 40, 10), "season": ("season", 40, 30), "quarter": ("quarter", 40, 20),
    "clockword": ("clockword", 40, 40), "deictic": ("deictic", 30, 30), "unit": ("unit", 40, 12),
    "reference": ("reference", 10, 40), "timeword": ("timeword", 20, 4), "shortly": ("shortly", 20, 60),
    "ahead": ("ahead", 20, 60), "dayof": ("dayof", 24, 60), "every": ("every", 5, 40), "setword": ("setword", 5, 20),
    "month_num": ("month_num", 45, 60), "counted": ("counted", 40, 12), "decade": ("decade", 20, 4),
    "era": ("era", 16, 8), "ordinal": ("ordinal", 16, 4), "spokenyear": ("spokenyear", 10, 32), "holiday": ("holiday", 6, 30),
    "spokenyear_period": ("spokenyear", 24, 32), "month_year": ("month_year", 45, 60),
    "month_range": ("month_range", 45, 60), "relation_unit": ("relation_unit", 60, 70),
    "direction_weekday": ("direction_weekday", 40, 50), "direction_month": ("direction_month", 45, 60),
    "pod_month": ("pod_month", 45, 60), "month_pod": ("month_pod", 45, 60), "soon_relation": ("soon_relation", 20, 60),
    "modified_year": ("modified_year", 25, 30),
    "unit_direction": ("unit_direction", 4, 16), "unit_weekday": ("unit_weekday", 8, 24),
    "unit_deictic": ("unit_deictic", 8, 24), "week_month": ("week_month", 32, 16), "pod": ("pod", 40, 4),
    "spokendecade": ("spokendecade", 20, 4),
}


# How far before its anchor a rule's match can start and how far after it the match can end, in
# characters, when tighter than its trigger's: e.g. "month_day" starts at most a weekday before the month.
REACH: dict[str, tuple[int, int]] = {
    "range_md_md": (15, 60), "range_md_d": (15, 40), "range_d_dm": (50, 14), "range_dm_dm": (28, 50),
    "anchored_day_n": (4, 32), "after_next": (4, 16), "week_from_day": (8, 24), "week_from_today": (8, 24), "range_md_list": (15, 60), "range_d_list_m": (50, 14), "range_ordinals": (2, 24),
    "range_years": (2, 20), "range_months": (5, 35), "range_weekdays": (2, 28),
    "iso_date": (2, 20), "iso_week": (2, 8), "numeric_date": (8, 4), "month_day": (15, 24),
    "month_day_part": (15, 36), "day_month": (28, 14), "month": (24, 14), "of_that_year": (25, 30),
    "year_mod": (25, 4), "day_ordinal": (14, 4), "pod_of_ordinal": (40, 4),
    "year": (10, 4), "decade": (14, 8), "century": (30, 10), "season": (36, 16), "quarter": (20, 16),
    "quarter_short": (5, 8), "half_year": (14, 12), "weekday": (12, 14),
    "clock": (20, 40), "named_time": (18, 6), "oclock": (30, 22),
    "deictic_day": (25, 14), "this_unit": (32, 6), "this_weekday": (18, 10), "this_month": (26, 14),
    "ago": (32, 12), "the_quarter": (44, 24), "year_earlier": (2, 10), "ago_bare": (2, 24), "generic_night": (4, 26),
    "in_the_period": (24, 4), "the_year": (20, 4), "year_end": (2, 12), "reference": (12, 20), "position_of_unit": (34, 6),
    "duration": (32, 12), "duration_the": (32, 6), "duration_vague": (32, 6), "duration_bare": (14, 6),
    "duration_past": (36, 6), "coming_units": (24, 6), "period_of_length": (44, 4), "anchored_distance": (42, 70), "anchored_the_day": (16, 70),
    "anchored_shortly": (16, 60), "anchored_ahead": (12, 70), "every": (2, 40), "set_adverb": (3, 12),
    "frequency": (32, 6), "plural_weekday": (2, 12),
}
_BUCKETS = (4, 8, 16, 24, 32, 44, 60, 70)


def _bucket(reach: int) -> int:
    return next((b for b in _BUCKETS if b >= reach), reach)


def _window_of(rule: Rule) -> tuple[Rule, str, int, int]:
    """The rule, the anchors of its windows and how far they reach before and after them."""
    key, before, after = TRIGGERS[rule.trigger]
    before, after = REACH.get(rule.name, (before, after))
    return rule, key, _bucket(before), _bucket(after)  # fewer distinct windows to compute


_PLAN = tuple(map(_window_of, RULES))  # once, not per text: short texts are many


_WORD_TAIL = re.compile(r"[^\s]{0,24}")


def _match_ends(pattern: re.Pattern[str], text: str, positions: Iterable[int]) -> list[int]:
    """Where ``pattern``, which always matches (maybe nothing), ends from each position: one pass in C.
    A position past the end of the text matches at its end."""
    matches = cast("Iterator[re.Match[str]]", map(pattern.match, repeat(text), positions))
    return list(map(_MATCH_END, matches))


_MATCH_END: Callable[[re.Match[str]], int] = re.Match.end


class _Anchors:
    """One trigger's anchors (sorted, not overlapping) as columns, with the gap from each to the next."""

    def __init__(self, hits: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in hits]
        self.ends = [e for _, e in hits]
        self.gaps = list(map(sub, self.starts[1:], self.ends[:-1]))


def _windows(text: str, anchors: _Anchors, before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around the anchors of one trigger: its rules are only searched inside these.

    Two neighbours' windows touch unless the gap between the anchors is wider than ``before + after``: the
    windows close after those anchors alone (found in one pass in C), so dense anchors cost nothing each.
    A window ends at a word's end: a search bounded inside a word would see a false end of text there.
    """
    starts, ends = anchors.starts, anchors.ends
    if not starts:
        return []
    closing = [*compress(count(), map(gt, anchors.gaps, repeat(before + after))), len(starts) - 1]
    if len(closing) > _FEW_WINDOWS:
        return _many_windows(text, anchors, before, after, closing)
    windows: list[tuple[int, int]] = []
    size = len(text)
    tail = _WORD_TAIL.match
    first = 0
    for last in closing:
        lo = max(0, starts[first] - before)
        hi = ends[last] + after
        if hi >= size:
            hi = size
        else:
            tail_match = tail(text, hi)
            hi = tail_match.end() if tail_match else hi
        if windows and lo <= windows[-1][1]:
            lo = windows.pop()[0]
        windows.append((lo, hi))
        first = last + 1
    return windows


# Past this many windows, working them out column by column in C is quicker than one by one in Python.
_FEW_WINDOWS = 8


def _many_windows(text: str, anchors: _Anchors, before: int, after: int, closing: list[int]
                  ) -> list[tuple[int, int]]:
    """``_windows`` with every step a ``map`` over whole columns, run in C: dense text has a window per
    anchor, and a loop in Python over them cost more than the searches inside them."""
    starts, ends = anchors.starts, anchors.ends
    opening = [0, *map(add, closing[:-1], repeat(1))]
    los = list(map(sub, map(starts.__getitem__, opening), repeat(before)))
    for i, lo in enumerate(los):  # increasing: only the first few can fall before the text
        if lo >= 0:
            break
        los[i] = 0
    # the tail always matches (maybe nothing); a position past the end of the text matches at its end
    his = _match_ends(_WORD_TAIL, text, map(add, map(ends.__getitem__, closing), repeat(after)))
    # the ends only grow: a window whose start reaches the previous one's end joins it
    firsts = [0, *compress(count(1), map(gt, los[1:], his[:-1]))]
    lasts = [*map(sub, firsts[1:], repeat(1)), len(los) - 1]
    return list(zip(map(los.__getitem__, firsts), map(his.__getitem__, lasts)))


# One rule yields at most this many matches per window, plus one per _DENSITY characters of it, and at
# most _MAX_PER_RULE plus one per _DENSITY characters of the text: real text is never that dense, and
# adversarial text ("January January ...") must not cost a mention per word.
_MAX_PER_WINDOW = 8
_MAX_PER_RULE = 64
_DENSITY = 256


# A digit run at a word start ("\w" is what ``str.isalnum`` or "_" accept), and a "the" (any case, maybe inside a
# word: "bathe 5") with only spaces, at most 40 characters in all, before a digit. Each opens with a character
# class, which ``re`` skips to in C.
_DAY_RUN = re.compile(r"\d(?<!\w\d)\d*")
_THE_BEFORE_DIGIT = re.compile(r"[tT](?i:he)\s+(?=\d)")
_THE_REACH = 40


def _day_starts(text: str) -> list[tuple[int, int | None]]:
    """Where a day number can start a date: each digit run at a word start, with the "the" just before it
    (or None). Worked out once per text: a rule's windows only pick their share of them."""
    starts = [m.start() for m in _DAY_RUN.finditer(text)]
    the = {m.end(): m.start() for m in _THE_BEFORE_DIGIT.finditer(text) if m.end() - m.start() <= _THE_REACH}
    return list(zip(starts, map(the.get, starts)))


# The rest of a weekday's word after its anchor ("Tues" + "day", "Tue" + "s."), then spaces and commas.
_WEEKDAY_REST = re.compile(r"[^\W\d_]*\.?[\s,]*")


class _Leads:
    """Sorted positions where a rule with a lead can start (see ``grammar.Rule.lead``), for one text: what
    does not depend on a rule's windows is worked out once, when a rule first needs it."""

    def __init__(self, text: str, hits: dict[str, list[tuple[int, int]]]) -> None:
        self._text = text
        self._hits = hits
        self._past: list[int] | None = None
        self._days: list[tuple[int, int | None]] | None = None

    def starts(self, lead: Lead, spans: list[tuple[int, int]]) -> list[int]:
        weekdays = self._hits["weekday"]
        if lead == "weekday":
            return [s for s, _ in weekdays]
        targets = {s for s, _ in self._hits["month"]} if lead == "month" else set(self._days_in(spans))
        if self._past is None:  # where each weekday's word and the spaces and commas after it end
            self._past = _match_ends(_WEEKDAY_REST, self._text, map(_SECOND, weekdays))
        # a weekday leads only where it is written just before what the rule needs next: "Monday, May 4"
        return sorted(targets.union(compress(map(_FIRST, weekdays), map(targets.__contains__, self._past))))

    def _days_in(self, spans: list[tuple[int, int]]) -> list[int]:
        """The day starts whose digits lie inside the windows, and the "the" before them."""
        if self._days is None:
            self._days = _day_starts(self._text)
        days = self._days
        los = [lo for lo, _ in spans]
        his = [-1, *(hi for _, hi in spans)]  # the end of the window before each: none before the first
        digits = list(map(_FIRST, days))
        inside = map(gt, map(his.__getitem__, map(bisect.bisect_right, repeat(los), digits)), digits)
        found: list[int] = []
        for p, the in compress(days, inside):
            if the is not None:
                found.append(the)
            found.append(p)
        return found


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    windows: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    anchors: dict[str, _Anchors] = {}
    led: dict[tuple[Lead, str, int, int], list[int]] = {}
    hits = anchor_hits(text)
    leads = _Leads(text, hits)
    cap = _MAX_PER_RULE + len(text) // _DENSITY
    for priority, (rule, key, before, after) in enumerate(_PLAN):
        spans = windows.get((key, before, after))
        if spans is None:
            if key not in anchors:
                anchors[key] = _Anchors(hits[key])
            spans = windows[(key, before, after)] = _windows(text, anchors[key], before, after)
        if not spans:
            continue
        if rule.lead is None:
            _search_windows(text, rule, priority, spans, cap, found)
            continue
        # only day numbers are looked for inside the windows: the other leads are the same for every rule
        led_key = (rule.lead, key, before, after) if rule.lead == "day" else (rule.lead, "", 0, 0)
        starts = led.get(led_key)
        if starts is None:
            starts = led[led_key] = leads.starts(rule.lead, spans)
        _match_windows(text, rule, priority, spans, starts, cap, found)
    return found


# In each window a rule yields at most its budget of candidates and is tried at most twice that many times
# (a match its builder refuses counts as a try); ``cap`` bounds the rule's candidates over the whole text.
# Dense text has thousands of windows and most hold no match: the first search of every window runs in one
# ``map`` in C, and Python only looks at the windows where it found something.

def _search_windows(text: str, rule: Rule, priority: int, spans: list[tuple[int, int]], cap: int,
                    found: list[_Candidate]) -> None:
    """The rule's candidates inside the windows: the leftmost match from a position on, again and again."""
    search, build = rule.pattern.search, rule.build
    firsts = map(search, repeat(text), map(_FIRST, spans), map(_SECOND, spans))
    total = cap
    for (lo, hi), m in zip(spans, firsts):
        if m is None:
            continue
        budget = min(total, _MAX_PER_WINDOW + (hi - lo) // _DENSITY)
        tries = 2 * budget
        while True:
            tries -= 1
            value = build(m)
            if value is None:  # refused: other readings may start inside it
                pos = m.start() + 1
            else:
                found.append(_candidate(text, m, priority, rule, value))
                budget -= 1
                total -= 1
                pos = max(m.end(), m.start() + 1)
            if pos >= hi or budget <= 0 or tries <= 0:
                break
            m = search(text, pos, hi)
            if m is None:
                break
        if total <= 0:
            break


def _match_windows(text: str, rule: Rule, priority: int, spans: list[tuple[int, int]], starts: list[int],
                   cap: int, found: list[_Candidate]) -> None:
    """The same candidates as ``_search_windows`` for a rule whose every match begins at one of ``starts``
    (sorted): the leftmost match from a position is the first match at a start from there (``match`` at a
    position sees the same text around it as ``search`` does), and a window without a start has none.
    The rule is matched at every start inside a window at once, in C; Python only walks the matches.
    """
    los = list(map(_FIRST, spans))
    his = [-1, *map(_SECOND, spans)]  # the end of the window before each start's: none before the first
    which = list(map(bisect.bisect_right, repeat(los), starts))  # 1 + the window each start may be in
    inside = list(map(lt, starts, map(his.__getitem__, which)))
    which = list(compress(which, inside))
    starts = list(compress(starts, inside))
    matches = map(rule.pattern.match, repeat(text), starts, map(his.__getitem__, which))
    build = rule.build
    total = cap
    window = -1
    pos = budget = tries = 0
    for at, w, m in zip(starts, which, matches):
        if m is None:
            continue
        if w != window:  # the first match in a window
            window, pos = w, los[w - 1]
            budget = min(total, _MAX_PER_WINDOW + (his[w] - pos) // _DENSITY)
            tries = 2 * budget
        if at < pos or budget <= 0 or tries <= 0:
            continue
        tries -= 1
        value = build(m)
        if value is None:  # refused: other readings may start inside it
            pos = at + 1
            continue
        found.append(_candidate(text, m, priority, rule, value))
        budget -= 1
        total -= 1
        if total <= 0:
            break
        pos = max(m.end(), at + 1)


def _candidate(text: str, m: re.Match[str], priority: int, rule: Rule, value: TemporalValue) -> _Candidate:
    """The candidate of a match: its group ``x`` when there is one, less trailing spaces and punctuation."""
    start, end = m.span("x") if "x" in rule.pattern.groupindex and m["x"] is not None else m.span()
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    return _Candidate(start, end, priority, rule.name, value)


def _select(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then leftmost, then rule order; no two kept candidates overlap.

    Taken characters are marked in a byte mask: each test costs the candidate's length, never the
    number of candidates kept so far.
    """
    found.sort(key=lambda c: (c.start - c.end, c.start, c.priority))
    taken = bytearray(len(text))
    kept: list[_Candidate] = []
    for cand in found:
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


def _signal(text: str, start: int) -> str | None:
    m = _SIGNAL.search(text, max(0, start - 16), start)
    return " ".join(m["s"].lower().split()) if m else None


@collector_paused()  # many small objects, no cycles: see itinerary.collector
def extract(text: str) -> tuple[TemporalMention, ...]:
    """Date expressions in ``text``, sorted by start, non-overlapping, exactly as written.

    >>> [(m.text, m.signal) for m in extract("The talks open on Monday, January 5, in Lima.")]
    [('Monday, January 5', 'on')]
    """
    kept = _select(text, _candidates(text))
    return tuple(
        TemporalMention(start=c.start, end=c.end, text=text[c.start:c.end], value=c.value, rule=c.rule,
                        signal=_signal(text, c.start))
        for c in kept
    )
