"""Find every date expression in a text: ``extract(text) -> tuple[TemporalMention, ...]``.

Every rule runs over the text; the candidates are kept longest first, so that
"Sunday, January 4, 2026" wins over "January 4" and "2026". Each rule is run
only inside the windows around cheap anchors (digits, month and weekday
names, number and time words): text without any anchor is never looked at.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

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
from itinerary.temporal.grammar import Rule

# Order decides ties between candidates of the same extent: earlier groups win.
RULES: tuple[Rule, ...] = (
    rules_ranges.RULES + rules_dates.RULES + rules_times.RULES + rules_relative.RULES + rules_anchored.RULES
    + rules_durations.RULES + rules_sets.RULES
)

def _words(*words: str) -> re.Pattern[str]:
    """A case-sensitive alternation of each word as lower, Capitalised and UPPER: cheap to scan for."""
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:], w.upper())}
    return re.compile("|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))))


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ANCHORS: dict[str, re.Pattern[str]] = {
    "digit": re.compile(r"\d\d\d\d"),
    "clocknum": re.compile(r"\d[:.]\d\d|\d ?[apAP]\.? ?[mM]"),
    "relation": _words("before", "after", "ahead", "prior", "following", "into"),
    "month": re.compile("|".join(w[:1].upper() + w[1:] for w in _MONTH_STEMS) + "|"
                         + "|".join(w.upper() for w in _MONTH_STEMS)),
    "weekday": _words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon.",
                       "tue", "wed.", "thu", "fri.", "sat.", "sun."),
    "century": _words("centur"),
    "season": _words("spring", "summer", "autumn", "fall", "winter"),
    "quarter": _words("quarter", "half"),
    "clockword": _words("noon", "midnight", "midday", "o'clock", "o’clock"),
    "deictic": _words("today", "tonight", "tomorrow", "yesterday"),
    "unit": _words("second", "minute", "mins", "hour", "hrs", "day", "night", "week", "fortnight", "month",
                    "season", "quarter", "year", "yrs", "decade", "centur", "millenni", "moment", "morning",
                    "afternoon", "evening"),
    "reference": _words("recent", "lately", "formerly", "previously", "nowadays", "currently", "presently",
                         "present", "these days", "now", "past", "future"),
    "shortly": _words("before", "after"),
    "ahead": _words("ahead", "prior", "eve of", "run-up", "runup", "lead-up"),
    "every": _words("every", "each"),
    "setword": _words("daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly",
                       "biweekly"),
}

_TRAILING = frozenset(" \t\n\r,;:")
_SIGNAL = re.compile(
    r"\b(?P<s>on|since|by|until|till|from|before|after|in|during|at|through|throughout|between|for|of|to|"
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
    "reference": ("reference", 10, 40), "shortly": ("shortly", 20, 60),
    "ahead": ("ahead", 20, 60), "every": ("every", 5, 40), "setword": ("setword", 5, 20),
}


def _hits(text: str, key: str, cache: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    if key not in cache:
        cache[key] = [m.span() for m in _ANCHORS[key].finditer(text)]
    return cache[key]


def _windows(text: str, trigger: str, cache: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Merged spans around the anchors of one trigger: its rules are only searched inside these."""
    key, before, after = TRIGGERS[trigger]
    windows: list[tuple[int, int]] = []
    size = len(text)
    for hit_start, hit_end in _hits(text, key, cache):
        lo = max(0, hit_start - before)
        hi = min(size, hit_end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    windows: dict[str, list[tuple[int, int]]] = {}
    hits: dict[str, list[tuple[int, int]]] = {}
    for priority, rule in enumerate(RULES):
        if rule.trigger not in windows:
            windows[rule.trigger] = _windows(text, rule.trigger, hits)
        search = rule.pattern.search
        has_x = "x" in rule.pattern.groupindex
        for lo, hi in windows[rule.trigger]:
            pos = lo
            while pos < hi:
                m = search(text, pos, hi)
                if m is None:
                    break
                value = rule.build(m)
                if value is None:  # refused: other readings may start inside it
                    pos = m.start() + 1
                    continue
                start, end = m.span("x") if has_x and m["x"] is not None else m.span()
                while end > start and text[end - 1] in _TRAILING:
                    end -= 1
                if text[end - 1] == ")" and "(" not in text[start:end]:
                    end -= 1
                found.append(_Candidate(start, end, priority, rule.name, value))
                pos = max(m.end(), m.start() + 1)
    return found


def _select(found: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then leftmost, then rule order; no two kept candidates overlap."""
    found.sort(key=lambda c: (c.start - c.end, c.start, c.priority))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[_Candidate] = []
    for cand in found:
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and ends[i - 1] > cand.start:
            continue
        if i < len(starts) and starts[i] < cand.end:
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        kept.insert(i, cand)
    return kept


def _signal(text: str, start: int) -> str | None:
    m = _SIGNAL.search(text, max(0, start - 16), start)
    return " ".join(m["s"].lower().split()) if m else None


def extract(text: str) -> tuple[TemporalMention, ...]:
    """Date expressions in ``text``, sorted by start, non-overlapping, exactly as written.

    >>> [(m.text, m.signal) for m in extract("The talks open on Monday, January 5, in Beijing.")]
    [('Monday, January 5', 'on')]
    """
    kept = _select(_candidates(text))
    return tuple(
        TemporalMention(start=c.start, end=c.end, text=text[c.start:c.end], value=c.value, rule=c.rule,
                        signal=_signal(text, c.start))
        for c in kept
    )
