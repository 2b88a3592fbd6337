"""Place temporal mentions on the calendar from an explicit anchor.

One small function per mode: explicit dates stand alone; missing years and
relative expressions take the publication date (``dct``), or the previous
date of the text when there is no dct (or, for ``narrative`` texts, always).
A range takes the value of its start (TIMEX3 has no range value); its end is
kept in the reading's ``end``. Nothing is guessed without an anchor: the
value keeps X's and ``note`` says why.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Literal

from itinerary.collector import collector_paused
from itinerary.model import (
    PRECISION_ORDER,
    AnchoredPattern,
    DatePattern,
    DurationPattern,
    RangePattern,
    Reading,
    RelativePattern,
    Resolved,
    SetPattern,
    TemporalMention,
    TimexType,
)
from itinerary.temporal import calendar as C
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import MOVE_REACH, MOVED_FROM_TO, is_old_date_of_move
from itinerary.temporal.values import duration_days, timex_duration, year_text

__all__ = ["duration_days", "resolve", "resolve_against", "timex_duration"]

AnchorKind = Literal["none", "explicit", "published", "previous", "event"]

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")


def _cue_table(cues: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(c.split()) for c in cues)


_FORWARD = _cue_table(V.FORWARD_CUES)
_BACKWARD = _cue_table(V.BACKWARD_CUES)
_CUE_ENDS = frozenset(key[-1] for key in (*_FORWARD, *_BACKWARD))  # most words end no cue: skip the lookups
_REPORTING = V.REPORTING_VERBS
_SCHEDULED = frozenset({"scheduled", "planned", "expected", "slated"})
# An -ed word after a determiner is an adjective ("the reduced dividend"), not a past verb.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our",
                          "your", "my", "of", "and"})
# The auxiliary of a passive or perfect decides its tense: "is scheduled" looks forward, "was held" back.
_AUX_FORWARD = frozenset({"is", "are", "be"})
_AUX_BACK = frozenset({"been", "was", "were", "has", "have", "had"})
# A verb after a modal or "to" looks forward ("will be held", "to be signed"); "not", "be", "have" may sit
# between. "to" followed by a noun ("to Venezuela said") is no modal: the verb must follow it directly.
_MODALS = frozenset({"will", "shall", "to"})
_BETWEEN_MODAL = frozenset({"not", "be", "have", "been"})
_OWN_BACK = re.compile(r"\b(?:last|past|ago|earlier|previous)\b", re.IGNORECASE)
_OWN_FORWARD = re.compile(r"\b(?:next|coming|upcoming|later)\b", re.IGNORECASE)
_POSITION_WORDS = frozenset({"earlier", "later"})
_SOON_AS = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_AHEAD_OF = re.compile(r"\bahead\s+of\s+$", re.IGNORECASE)
# "a new pact effective June 1", "a tariff effective from May 3": the day a change takes effect is to come.
# Not "became effective Monday", "was effective from May 3": there the change has already taken effect.
_EFFECTIVE = re.compile(r"(?<!became\s)(?<!become\s)(?<!was\s)(?<!were\s)(?<!been\s)\beffective\s+(?:on\s+|from\s+)?$",
                        re.IGNORECASE)
# A new date set for something: "postponed by a day to Thursday", "rescheduled for Friday", "pushed back until
# May", "moved to Thursday" (a date right after "moved to": "moved to Quito on Thursday" names a place first).
# The postponing itself may be past ("was postponed on Monday"), the date it goes to is still ahead.
_MOVED_TO = re.compile(r"\b(?:postponed|rescheduled|delayed|deferred|pushed\s+back|put\s+off|brought\s+forward|moved"
                       r"|shifted)"
                       r"(?:\s+(?:by\s+)?(?:a|one|two|three|several|\d+)?\s*(?:day|days|week|weeks|hours?))?"
                       r"\s+(?:to|until|till|for)\s+(?:(?:next|this|the)\s+)?$", re.IGNORECASE)
# "his first trip abroad since taking office in May", "since he took office on Monday": the date of what
# 'since' counts from is past. Lower case only: a sentence that opens with "Since" gives a reason as often.
_SINCE_BEFORE = re.compile(r"(?-i:\bsince)\s+(?:[a-z']+\s+){0,4}(?:in|on|at)\s+$", re.IGNORECASE)
_UNTIL_SIGNALS = frozenset({"until", "till"})
_BOUND_AHEAD = frozenset({"until", "till", "through", "thru", "through to"})  # the end of a stay, ahead unless a verb says past
# Between a date and the weekday that ends a span from it: "Tuesday, 7 January to Thursday", "May 4-Friday".
_SPAN_TO = re.compile(r"(?>\s*,?\s*)(?:to|until|till|through(?:\s+to)?|thru|[-\u2013\u2014])\s*", re.IGNORECASE)
_SINCE_SIGNALS = frozenset({"in", "on", "at"})
_MOVE_SIGNALS = frozenset({"from", "to", "until", "till"})  # what stands before the old or the new date of a move
_GOVERNS = 5  # characters between a verb and the expression it governs ("said on ")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")
_REACH = 160


@dataclass(frozen=True)
class _Context:
    text: str
    ref: dt.date | None  # the anchor for missing years and relative expressions
    ref_kind: AnchorKind
    previous: dt.date | None  # the latest placed date before this mention
    year_hint: int | None = None  # the latest explicit year, when there is no better anchor
    story: bool = False  # a narrative: ``ref`` is the time the story is at
    year_frame: bool = False  # a story's ``ref`` is the first day of a year it has just named, no day or month yet
    quarter: dt.date | None = None  # first day of the fiscal quarter the text reports on, if one is near
    sentences: _Sentences | None = None  # the words of ``text``'s sentences, shared by the mentions of one text
    sentence_day: dt.date | None = None  # the day an earlier date of the same sentence was placed on
    # a weekday placed from ``sentence_day``: the new date of a move from it, or the end of a span from it ("from
    # Tuesday, 7 January to Thursday"); +1 the first one after it, -1 the first before, 0 the nearest
    from_day: int | None = None
    # the days named by their weekday earlier in the mention's sentence: a weekday named again there is the same day
    # ("on Monday and Tuesday, where she will hold talks ... on Monday")
    named_days: tuple[dt.date, ...] = ()
    # the first day of a span of days to come that the sentence of ``sentence_day`` announced by their dates alone
    # ("from November 17 to 18 and ... on November 21"): a weekday after it falls in the span when one matches
    span_start: dt.date | None = None
    after_range: bool = False  # ``sentence_day`` is the last day of a range of dates
    next_sentence: bool = False  # ``sentence_day`` was named in the sentence before, not in this one


# ------------------------------------------------------------------ context of a mention


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around a span (looked for within a short reach)."""
    lo = max(0, start - _REACH)
    last = None
    for m in _SENTENCE_END.finditer(text, lo, start):
        last = m
    begin = last.end() if last else lo
    nxt = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return begin, nxt.start() + 1 if nxt else min(len(text), end + _REACH)


def _after_modal(words: list[str], i: int) -> bool:
    j, skipped = i - 1, 0
    while j >= 0 and words[j] in _BETWEEN_MODAL and skipped < 2:
        j, skipped = j - 1, skipped + 1
    return j >= 0 and (words[j] in _MODALS or words[j].endswith(("'ll", "\u2019ll")))


# "later"/"earlier" before these place a time in a period or against a plan ("later in the day", "later that day",
# "a day later than planned"); after these they count from a time the text is at ("two days later"): no tense.
_POSITION_NEXT = frozenset({"in", "that", "than"})
_POSITION_AFTER_UNITS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years",
                                   "minutes", "moments"})
# Past participles that are no past tense before "by" without an auxiliary: "followed by talks", "talks held by
# the two leaders", "a delegation led by the minister" (the -ed words and the irregular ones of the cues).
_PARTICIPLES_BY = frozenset({"held", "led", "met"})


# The plural of a timetable verb ("opens" -> "open") after a relative pronoun is a programme's simple present too:
# "the talks, which open on Thursday", "flights that leave on Monday". Only there: "open" alone is an adjective.
_TIMETABLE_PLURALS = frozenset(c[:-1] for c in V.FORWARD_CUES if " " not in c and c.endswith("s") and len(c) > 3)
_RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})


def _no_tense(words: list[str], i: int) -> bool:
    """Whether the word at ``i``, a tense cue by its form, places a time or describes a noun instead."""
    w = words[i]
    after = words[i + 1] if i + 1 < len(words) else ""
    if w in _POSITION_WORDS:
        return after in _POSITION_NEXT or i > 0 and words[i - 1] in _POSITION_AFTER_UNITS
    if after == "by" and (w in _PARTICIPLES_BY or len(w) > 4 and w.endswith("ed")):
        before = words[i - 1] if i else ""
        return before not in _AUX_BACK and before not in _AUX_FORWARD and not _after_modal(words, i)
    return False


def _word_sign(words: list[str], i: int) -> tuple[int, int, bool]:
    """(sign, words the cue spans, is a reporting verb) of the word at ``i``; sign 0: no tense cue."""
    w = words[i]
    if (w in _POSITION_WORDS or i + 1 < len(words) and words[i + 1] == "by") and _no_tense(words, i):
        return 0, 1, False  # "later in the day", "followed by talks"
    for n in (3, 2, 1) if w in _CUE_ENDS else ():
        if i + 1 >= n:
            key = tuple(words[i + 1 - n:i + 1])
            if key in _FORWARD:
                return 1, n, False
            if key in _BACKWARD:
                return (1 if _after_modal(words, i + 1 - n) else -1), n, False
    if w in _REPORTING:
        return (1 if _after_modal(words, i) else -1), 1, True
    if w in _TIMETABLE_PLURALS and i and words[i - 1] in _RELATIVE_SUBJECTS:
        return 1, 1, False  # "the talks, which open on Thursday"
    if len(w) > 4 and w.endswith("ed"):
        before = words[i - 1] if i else ""
        if before in _DETERMINERS:
            return 0, 1, False
        aux = before if not before.endswith("ly") or i < 2 else words[i - 2]
        if aux in _AUX_FORWARD:
            return 1, 1, False
        if aux in _AUX_BACK:
            return -1, 1, False
        if _after_modal(words, i) or w in _SCHEDULED:
            return 1, 1, False
        return -1, 1, False
    return 0, 1, False


# Words that may stand between a reporting verb and its own date ("told reporters on Thursday"), and words
# that end the search after the date ("On Thursday, the minister said" but not "on Thursday and will say").
_SPEECH_FILLERS = frozenset({"on", "late", "early", "reporters", "journalists", "the", "a", "press", "media",
                             "news", "conference", "in", "at", "statement", "interview", "briefing", "lawmakers",
                             "parliament", "us", "them", "him", "her", "me", "business", "leaders", "investors",
                             "executives", "students", "legislators", "diplomats", "supporters", "crowd",
                             "audience", "delegates"})
_SPEECH_STOPS = frozenset({"and", "or", "but", "that", "to", "which", "who", "when", "after", "before", "will",
                           "would", "shall", "should", "could", "can", "may", "might", "is", "was", "are", "were"})
_SPEECH_WORDS = 5
# A participle of speaking has no tense of its own: "The chancellor, speaking on Tuesday, said ..." is as past as
# the reporting verb after it; with none there, nothing is said about the tense.
_SPEAKING = frozenset({"speaking", "talking", "addressing", "writing"})
_SPEAKING_REACH = 8


def _reported_after(words: list[str], right: int) -> int:
    for i in range(right, min(len(words), right + _SPEAKING_REACH)):
        if words[i] in _REPORTING:
            return _word_sign(words, i)[0]
    return 0


_END = itemgetter(1)


class _Sentences:
    """The sentence around each mention of one text, and the words of the last sentence asked for.

    A sentence holds several mentions, and each is asked about more than once (its tense, whether it dates a
    statement, the statement before the next mention): the last sentence's words serve the next question
    about it instead of tokenising it again, and a mention's sentence bounds are looked for once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._bounds: dict[tuple[int, int], tuple[int, int]] = {}
        self._last: tuple[int, int] | None = None
        self._spans: list[tuple[int, int]] = []
        self._words: list[str] = []

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``_sentence(text, start, end)``, remembered."""
        key = (start, end)
        found = self._bounds.get(key)
        if found is None:
            found = self._bounds[key] = _sentence(self.text, start, end)
        return found

    def words(self, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[str]]:
        """The word spans of ``text[lo:hi]`` and the words in lower case (callers do not change them)."""
        if self._last != (lo, hi):
            spans, words = self._kept(lo, hi)
            found = list(_WORD.finditer(self.text, spans[-1][1] if spans else lo, hi))  # spans and words
            self._spans = spans + list(map(re.Match.span, found))  # through ``map``: no loop in Python
            self._words = words + list(map(str.lower, map(re.Match.group, found)))
            self._last = (lo, hi)
        return self._spans, self._words

    def _kept(self, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[str]]:
        """The first words of ``text[lo:hi]``, from the last sentence asked for when the two overlap (in a
        sentence longer than the reach, each mention has its own bounds). After its first word, which may be
        the end of a word cut by ``lo``, the scan from ``lo`` goes on as the last one went on after the word
        that ended there, up to two characters before either end (the most that a word's end looks at)."""
        if self._last is None or not self._last[0] <= lo < self._last[1]:
            return [], []
        first = _WORD.search(self.text, lo, hi)
        if first is None:
            return [], []
        spans = self._spans
        at = bisect.bisect_left(spans, first.end(), key=_END)
        if at == len(spans) or spans[at][1] != first.end():
            return [first.span()], [first.group().lower()]
        upto = bisect.bisect_right(spans, min(hi, self._last[1]) - 2, key=_END)
        return [first.span(), *spans[at + 1:upto]], [first.group().lower(), *self._words[at + 1:upto]]


def _same_sentence(sentences: _Sentences, a: TemporalMention, b: TemporalMention) -> bool:
    """Whether ``b`` (after ``a``) is in ``a``'s sentence: no sentence end between the two. As the same bounds would
    say, and also in a sentence longer than the reach of the bounds ("starting in Riga on Monday, May 3, and
    continuing ... before ending in Oslo on Friday") and after an abbreviation ("from Sept. 14 to Thursday")."""
    return b.start - a.end <= _NEXT_SENTENCE_REACH and _SENTENCE_END.search(sentences.text, a.end, b.start) is None


def _next_sentence(text: str, a: TemporalMention, b: TemporalMention) -> bool:
    """Whether ``b`` is in the sentence right after ``a``'s: a programme goes on from the day it has just named
    ("leaves on Thursday, October 9, and lands at 8 p.m. On Friday he meets ..."), even across a paragraph
    break. One sentence end between them ("p.m. local" is none: a full stop before a small letter ends none)."""
    if b.start - a.end > _NEXT_SENTENCE_REACH:
        return False
    return len(_FULL_STOP.findall(text, a.end, b.start)) == 1


_NEXT_SENTENCE_REACH = 400
_PROGRAMME_AHEAD = dt.timedelta(days=92)  # a programme is published weeks ahead, not years ("updated May 2025")


def _then_step(sentences: _Sentences, mention: TemporalMention, last_day: tuple[TemporalMention, dt.date],
               dct: dt.date | None) -> bool:
    """Whether a weekday is the next step of a programme whose latest day, still to come, was named a few
    sentences before: "Talks are on Monday, March 9. ... She will then travel to Lima on Wednesday" (the
    Wednesday after that Monday)."""
    if mention.start - last_day[0].end > _THEN_REACH or not _soon(last_day[1], dct):
        return False
    _, words, left, _ = _words_around(sentences.text, mention, sentences)
    return any(w == "then" and (i == 0 or words[i - 1] in _STEP_BEFORE) for i, w in enumerate(words[:left + 1])) \
        and direction(sentences.text, mention, sentences) > 0  # told as to come: "then went" is a report


_THEN_REACH = 1200  # characters: a programme told over a few sentences
# "Then, on Wednesday, ...", "will then travel", "and then flies": the next step of a programme to come; "he then
# went" (a report), "since then", "by then" are none.
_STEP_BEFORE = frozenset({"will", "would", "shall", "and", "is", "are", "to"})


def _soon(day: dt.date, dct: dt.date | None) -> bool:
    return dct is not None and dct < day <= dct + _PROGRAMME_AHEAD
_FULL_STOP = re.compile(r"[.!?][\"'”’)]?(?:\s*\n\s*|\s+(?![a-z]))")


def _words_around(text: str, mention: TemporalMention, sentences: _Sentences | None = None,
                  ) -> tuple[list[tuple[int, int]], list[str], int, int]:
    """The words of the mention's sentence (spans, lower case) and the indexes just left and right of it."""
    sentences = sentences or _Sentences(text)
    spans, words = sentences.words(*sentences.bounds(mention.start, mention.end))
    left = bisect.bisect_left(spans, (mention.start, -1)) - 1
    right = bisect.bisect_left(spans, (mention.end, -1))
    return spans, words, left, right


def _speech_words(words: list[str], left: int, right: int) -> int:
    for i in range(left, max(-1, left - _SPEECH_WORDS), -1):
        if words[i] in _REPORTING:
            return _word_sign(words, i)[0]
        if words[i] in _SPEAKING:
            return _reported_after(words, right)
        if words[i] not in _SPEECH_FILLERS:
            break
    if all(w in {"on", "late", "early"} for w in words[:left + 1]):  # the date opens the sentence
        for i in range(right, min(len(words), right + _SPEECH_WORDS)):
            if words[i] in _REPORTING:
                return _word_sign(words, i)[0]
            if words[i] in _SPEECH_STOPS or words[i].endswith("ed"):
                break
    return 0


def speech_sign(text: str, mention: TemporalMention, sentences: _Sentences | None = None) -> int:
    """The tense of the reporting verb that ``mention`` dates ('said on Thursday': -1); 0 when it dates none.

    The verb stands just before the date, maybe with its object ("told reporters on Thursday"), or just
    after it with its subject ("On Thursday, the minister said").
    """
    _, words, left, right = _words_around(text, mention, sentences)
    return _speech_words(words, left, right)


def _names_weekday(mention: TemporalMention) -> bool:
    p = mention.value
    if isinstance(p, RangePattern):
        return p.start.weekday is not None or p.end.weekday is not None
    return isinstance(p, DatePattern) and p.weekday is not None


def _is_day_only(mention: TemporalMention) -> bool:
    """A day of the month alone ('the 9th'), or a range from one ('the 6th until the 9th')."""
    p = mention.value
    if isinstance(p, RangePattern):
        p = p.start
    return isinstance(p, DatePattern) and p.day is not None and p.month is None and p.year is None


def _is_weekday(mention: TemporalMention) -> bool:
    p = mention.value
    return isinstance(p, DatePattern) and p.weekday is not None and p.day is None and p.month is None \
        and p.year is None


def direction(text: str, mention: TemporalMention, sentences: _Sentences | None = None) -> int:
    """+1 when the words around look forward ('will', 'next', 'scheduled'), -1 back ('said', '-ed'), 0 unsure.

    The verb right before the mention governs it ("said Monday", "will meet Monday"); else the nearest
    cue of the sentence decides, reporting verbs ('said') counting only when nothing else does.
    """
    own = mention.text
    if _OWN_BACK.search(own):
        return -1
    if _OWN_FORWARD.search(own):
        return 1
    if _SOON_AS.search(text, max(0, mention.start - 16), mention.start) \
            or _AHEAD_OF.search(text, max(0, mention.start - 12), mention.start) \
            or _EFFECTIVE.search(text, max(0, mention.start - 16), mention.start) \
            or _MOVED_TO.search(text, max(0, mention.start - 48), mention.start):
        return 1  # "as early as Tuesday", "ahead of Sunday's vote", "effective Feb. 1": a date not yet reached
    if _is_weekday(mention) and _POSSESSIVE.match(text, mention.end):
        return -1  # "Wednesday's ruling", "after Thursday's vote": news names an event already held
    if mention.signal in _MOVE_SIGNALS and _moved(text, mention):
        return 1  # "postponed from Tuesday to Wednesday": a plan changed before either day was reached
    spans, words, left, right = _words_around(text, mention, sentences)
    spoken = _speech_words(words, left, right)
    if spoken:
        return spoken  # the date of a statement is when it was made: "told reporters on Thursday that ... will"
    reporting = False
    deferred: int | None = None  # where the right side went on past a clause break, left for later
    if 0 <= left and right < len(spans) and text.startswith(",", mention.end) \
            and _in_relative_clause(text, spans, words, left, mention.start):
        right, deferred = len(spans), right  # "The visit, which began on Sunday, ends ...": the main clause's verb
    # Walk outwards from the mention, nearest word first: the first cue that is no reporting verb decides.
    # The words after a clause break ("met Zhou on Tuesday and will sign ...") are the next clause's: they are
    # asked only when the mention's own side has no cue.
    while left >= 0 or right < len(spans) or deferred is not None:
        if left < 0 and right >= len(spans):
            right, deferred = deferred or 0, None
            continue
        left_gap = mention.start - spans[left][1] if left >= 0 else None
        right_gap = spans[right][0] - mention.end if right < len(spans) else None
        if right_gap is not None and left >= 0 and deferred is None and words[right] in _CLAUSE_BREAKS:
            right, deferred = len(spans), right + 1
            continue
        if right_gap is not None and words[right] == "ahead" and right + 1 < len(words) and words[right + 1] == "of":
            right += 2  # "arrived on Monday night ahead of a state visit": the order of events, not a tense
            continue
        if right_gap is None or (left_gap is not None and left_gap <= right_gap):
            if left_gap is not None and left_gap <= 1 and words[left] in _POSITION_WORDS:
                left -= 1  # "Later Thursday", "earlier this week": a place in the period, not a tense
                continue
            sign, _, is_reporting = _word_sign(words, left)
            if not sign and words[left] == "visits" and _named_visits(text, spans, words, left):
                sign = 1
            if sign and left_gap is not None and left_gap <= _GOVERNS:
                return sign  # the verb right before governs: "said on Tuesday", "will meet Monday"
            left -= 1
        else:
            sign, _, is_reporting = _word_sign(words, right)
            if not sign and words[right] == "visits" and _named_visits(text, spans, words, right):
                sign = 1
            right += 1
        if sign == 0:
            continue
        if is_reporting and sign < 0:
            reporting = True
            continue
        return sign
    if mention.signal in _BOUND_AHEAD:
        return 1  # "stays in Tokyo until Thursday", "through Thursday": a bound still ahead when no verb says it is past
    return -1 if reporting else 0


_CLAUSE_BREAKS = frozenset({"and", "but", "while", "whereas"})
_RELATIVES = frozenset({"which", "who", "whose", "where"})
_RELATIVE_REACH = 6  # words from the relative word to the date: "which began on", "whose visit began on"


def _in_relative_clause(text: str, spans: list[tuple[int, int]], words: list[str], left: int, start: int) -> bool:
    """Whether the words just before ``start`` open a relative clause set off by commas (", which began on
    [Sunday],"): the clause has its own tense, and the verb after its closing comma is the main clause's."""
    for i in range(left, max(0, left - _RELATIVE_REACH) - 1, -1):
        if words[i] in _RELATIVES:
            before = spans[i - 1][1] if i else 0
            return "," in text[before:spans[i][0]] and "," not in text[spans[i][1]:start]
    return False


_EARLIER_MOVE = re.compile(r"\b(?:forwards?|up|ahead)\b", re.IGNORECASE)


def _move_way(text: str, mention: TemporalMention) -> int | None:
    """For the new date of a move ('postponed from Tuesday to [Wednesday]'), which way it went: +1 later,
    -1 earlier ('brought forward', 'moved up'), 0 unsaid ('moved', 'changed'); else None."""
    start = mention.start
    if not text.endswith(("to", "until", "till"), max(0, start - 7), start - 1):
        return None
    m = MOVED_FROM_TO.search(text, max(0, start - 2 * MOVE_REACH), start)
    if m is None:
        return None
    said = m.group().lower()
    if _EARLIER_MOVE.search(said):
        return -1
    return 1 if any(w in said for w in ("postpon", "delay", "defer", "back", "off", "extend")) else 0


def _named_visits(text: str, spans: list[tuple[int, int]], words: list[str], i: int) -> bool:
    """'Ana Soto visits Japan on Sunday': 'visits' after a name is a timetable verb, as after 'he' or a title
    (FORWARD_CUES); after a determiner or an adjective ('his visits', 'state visits') it is a noun."""
    return words[i] == "visits" and i > 0 and text[spans[i - 1][0]].isupper() and words[i - 1] not in _DETERMINERS


def _since_clause(text: str, mention: TemporalMention) -> bool:
    """The date of what 'since' counts from: 'since taking office in [May]' (see _SINCE_BEFORE)."""
    if mention.signal not in _SINCE_SIGNALS:
        return False
    lo = max(0, mention.start - 48)
    return text.find("since", lo, mention.start) >= 0 and _SINCE_BEFORE.search(text, lo, mention.start) is not None


def _moved(text: str, mention: TemporalMention) -> bool:
    """The old or new date of a move: 'postponed from [Tuesday] to [Wednesday]', 'moved Friday to [Sunday]'.
    The old date needs its 'from' and the 'to' after it: "shares pushed higher Tuesday" moves no date."""
    start = mention.start
    if is_old_date_of_move(text, start, mention.end):
        return True
    return text.endswith(("to", "until", "till"), max(0, start - 7), start - 1) \
        and MOVED_FROM_TO.search(text, max(0, start - 2 * MOVE_REACH), start) is not None


# ------------------------------------------------------------------ dates


def _weekday_note(weekday: int, day: dt.date) -> str:
    return (f"{V.WEEKDAY_NAMES[weekday]} does not match {day.isoformat()} "
            f"(a {V.WEEKDAY_NAMES[day.isoweekday()]})")


def _weekday_offset(day: dt.date, weekday: int) -> int:
    """Smallest shift (within +-3 days) that puts ``day`` on ``weekday``."""
    forward = (weekday - day.isoweekday()) % 7
    return forward if forward <= 3 else forward - 7


_FAR_DAYS = 150
_NEAR_DAYS = 75


# A text names the same few dates again and again ("January 5" in every paragraph of a schedule), each against
# the same date of writing: the reading is worked out once (three candidate years, each a new Reading).
@functools.lru_cache(maxsize=4096)
def _pick_year(p: DatePattern, ref: dt.date, way: int, *, firm: bool = False) -> Reading | None:
    """The reading nearest ``ref`` among the years around it, in the direction the sentence looks.

    The direction counts in months, as writers do: in a past-tense sentence written in November,
    "Nov. 21" is this November's, not last year's; "Aug. 6" is last year's. ``firm``: the direction is
    sure, a far reading is not traded for a near one.
    """
    options = [r for r in (C.period(p, year) for year in (ref.year - 1, ref.year, ref.year + 1)) if r]
    if not options:
        return None
    here = (ref.year, ref.month)

    def gap(r: Reading) -> int:
        s, e = _as_date(r.start), _as_date(r.end)
        return 0 if s <= ref <= e else min(abs((s - ref).days), abs((e - ref).days))

    if way > 0:
        kept = [r for r in options if (r.end.year, r.end.month) >= here]
    elif way < 0:
        kept = [r for r in options if (r.start.year, r.start.month) <= here]
    else:
        kept = options
    chosen = min(kept or options, key=lambda r: (gap(r), _as_date(r.start)))
    nearest = min(options, key=lambda r: (gap(r), _as_date(r.start)))
    if not firm and (p.quarter is None or way >= 0) and gap(chosen) > _FAR_DAYS and gap(nearest) <= _NEAR_DAYS:
        # A day without its year far back (or ahead) is rare: writers add the year. A past-tense
        # sentence that names a near deadline ("declared a dividend, payable Dec. 1") means the near one.
        # A past quarter is named without its year at any distance: "reported first-quarter profit" in
        # October is this year's.
        return nearest
    return chosen


def _story_year(p: DatePattern, ref: dt.date, year: int | None = None,
                looks_back: Callable[[], bool] | None = None) -> Reading | None:
    """A story moves forward ("In December 1940 ... In February" is 1941) unless it looks back a little:
    after "until December", "On 10 September" is the September just before, not the next one. Not back out of
    ``year``, the year the story last wrote: "In March 1917 ... in November" is November 1917, however near
    November 1916 is: a writer who goes back a year writes it."""
    ahead, back = _pick_year(p, ref, 1), _pick_year(p, ref, -1)
    if ahead is not None and looks_back is not None and _as_date(ahead.start) > ref and looks_back():
        return _pick_year(p, ref, -1, firm=True) or ahead
    if ahead is None or back is None or back == ahead:
        return ahead or back
    if year is not None and ahead.start.year == year != back.start.year:
        return ahead

    def gap(r: Reading) -> int:
        s, e = _as_date(r.start), _as_date(r.end)
        return 0 if s <= ref <= e else min(abs((s - ref).days), abs((e - ref).days))

    return back if 2 * gap(back) < gap(ahead) else ahead


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _open_value(p: DatePattern) -> str:
    """The TIMEX3 value with X for every open field: 'XXXX-01-05', 'XXXX-XX-XX', 'XXXX-XX-XXT10:30'."""
    year = year_text(p.year)
    if p.century is not None and p.century < 0:
        return f"BC{-p.century:02d}"
    if p.season is not None:
        return f"{year}-{p.season}"
    if p.quarter is not None:
        return f"{year}-Q{p.quarter}"
    if p.half is not None:
        return f"{year}-H{p.half}"
    if p.week is not None:
        return f"{year}-W{p.week:02d}"
    if p.day is None and p.weekday is None and p.hour is None and p.part_of_day is None:
        return year if p.month is None else f"{year}-{p.month:02d}"
    month = "XX" if p.month is None else f"{p.month:02d}"
    day = "XX" if p.day is None else f"{p.day:02d}"
    return f"{year}-{month}-{day}{C.suffix(p)}"


def _weekday_near(p: DatePattern, ref: dt.date, way: int) -> dt.date:
    assert p.weekday is not None
    if way > 0:
        return ref + dt.timedelta(days=(p.weekday - ref.isoweekday()) % 7)
    if way < 0:
        return ref - dt.timedelta(days=(ref.isoweekday() - p.weekday) % 7)
    return ref + dt.timedelta(days=_weekday_offset(ref, p.weekday))


def _with_weekday_check(reading: Reading, weekdays: tuple[int | None, int | None],
                        ) -> tuple[tuple[Reading, ...], str | None]:
    """The reading, or two (day of month, then weekday-shifted) when a written weekday disagrees."""
    start, end = _as_date(reading.start), _as_date(reading.end)
    first, last = weekdays
    bad = None
    if first is not None and start.isoweekday() != first:
        bad = (first, start)
    elif last is not None and end.isoweekday() != last:
        bad = (last, end)
    if bad is None:
        return (reading,), None
    offset = _weekday_offset(bad[1], bad[0])
    by_day = reading.model_copy(update={"basis": "day of month"})
    return (by_day, C.shift(reading, offset, "weekday")), _weekday_note(*bad)


def _date_readings(p: DatePattern, ctx: _Context, tense: Callable[[], int], *, frame: bool = False,
                   looks_back: Callable[[], bool] | None = None,
                   ) -> tuple[tuple[Reading, ...], AnchorKind, str | None]:
    """Readings of a DatePattern, the anchor used, and a note; ``tense`` is only asked when it matters.

    ``frame``: the date opens its sentence as a frame ("In January, ..."), or is what 'since' counts from
    ("since taking office in May"): news tells what happened then, however far back.
    """
    needs_year = p.decade is None and p.century is None
    is_weekday_only = p.weekday is not None and p.day is None and p.month is None and p.year is None
    if is_weekday_only:
        if ctx.ref is None:
            return (), "none", "weekday without an anchor date"
        way = tense()
        after = ctx.sentence_day
        if way == 0 and ctx.ref_kind == "published":
            # news mostly reports what happened: a bare weekday is the latest one (or today); but after a day to
            # come just named ("beginning in Porto on Monday, May 3, ... before finishing in Faro on Friday") the
            # programme goes on
            way = 1 if after is not None and ctx.ref < after else -1
        day = _weekday_near(p, ctx.ref, way)
        again = next((d for d in ctx.named_days if d.isoweekday() == p.weekday), None)
        if again is not None and ctx.from_day is None:
            return (C.day_reading(again, p),), ctx.ref_kind, None
        if ctx.from_day is not None and after is not None:
            # "postponed from Tuesday to Wednesday", "brought forward from Wednesday to Tuesday", "from Tuesday,
            # 7 January to Thursday": the nearest such day after (or before) the day just named
            day = _weekday_near(p, after + dt.timedelta(days=ctx.from_day), ctx.from_day)
            return (C.day_reading(day, p),), ctx.ref_kind, None
        if way > 0 and after is not None and ctx.ref_kind == "published" and ctx.ref < after and day < after:
            # "travels to Lima on Saturday, March 15, and will hold talks on Monday": the Monday after the
            # date the sentence (or the one before it) has just named, not the one before it; but the Monday of a
            # visit just announced by its dates ("from November 17 to 18 ... on November 21. ... on Monday")
            inside = None if ctx.span_start is None else _weekday_near(p, max(ctx.span_start, ctx.ref), 1)
            if inside is not None and inside <= after:
                day = inside
            elif not (ctx.after_range and ctx.span_start is not None and day >= ctx.span_start - _LEAD_UP) \
                    and not (ctx.next_sentence and day >= after - _EVE):
                day = _weekday_near(p, after, 1)
            # else the days just before a range of dates lead up to it: "a summit on September 15 and 16 ... arrives
            # on Monday, a day ahead of the other leaders"; and so do the eve and the day before a day the sentence
            # before named: "the summit, which opens on Saturday. He meets the host on Friday."
        return (C.day_reading(day, p),), ctx.ref_kind, None
    if p.day is not None and p.month is None and p.year is None:
        return _day_of_month_readings(p, ctx, tense)
    if p.year is not None and p.year < 0 or p.century is not None and p.century < 0:
        return (), "explicit", "a year before the common era: no calendar day"
    if p.year is not None or not needs_year:
        reading = C.period(p, p.year or 1)
        kind: AnchorKind = "explicit"
    elif ctx.ref is None and ctx.year_hint is not None:
        reading, kind = C.period(p, ctx.year_hint), "previous"
    elif ctx.ref is None:
        return (), "none", "no year written and no anchor date"
    else:
        # The tense only means something against the date of writing; an earlier date of the text
        # anchors by nearness.
        # A story moves forward: "In December 1940 ... In February" is February 1941.
        way = 1 if ctx.story else (-1 if frame else tense()) if ctx.ref_kind == "published" else 0
        firm = frame and ctx.ref_kind == "published"
        if ctx.year_frame:
            reading = C.period(p, ctx.ref.year)  # "In 1940, ... In September": that year's September
        elif ctx.story:
            reading = _story_year(p, ctx.ref, ctx.year_hint, looks_back)
        else:
            reading = _pick_year(p, ctx.ref, way, firm=firm)
        kind = ctx.ref_kind
    if reading is None:
        return (), "none", f"no such date: {_open_value(p)}"
    if p.weekday is not None and p.day is not None:
        readings, note = _with_weekday_check(reading, (p.weekday, None))
        return readings, kind, note
    return (reading,), kind, None


_LEAD_UP = dt.timedelta(days=3)  # how far before a range of dates a weekday still leads up to it
_EVE = dt.timedelta(days=2)  # how far before a day the sentence before named a weekday still leads up to it
_MONTHS_SEARCHED = 14  # enough for a weekday and a day of the month to meet ("Monday the 6th")


def _day_of_month_readings(p: DatePattern, ctx: _Context, tense: Callable[[], int],
                           ) -> tuple[tuple[Reading, ...], AnchorKind, str | None]:
    """'on the 5th', 'Monday the 6th': the first such day on or after the day the text has just named ("opens on
    January 7 and closes on the 9th"; ``sentence_day``, set within a short reach), else the one nearest the anchor
    the way the sentence looks. A month named in passing ("In March, ...") is no such day."""
    assert p.day is not None
    base = ctx.sentence_day
    kind: AnchorKind
    if base is not None:
        way, kind = 1, "previous"
    elif ctx.ref is not None:
        way, kind = tense(), ctx.ref_kind
        base = ctx.ref
    else:
        return (), "none", "day of the month without an anchor date"

    def days(step: int) -> dt.date | None:
        year, month = base.year, base.month
        for _ in range(_MONTHS_SEARCHED):
            try:
                day = dt.date(year, month, p.day or 1)
            except ValueError:
                day = None
            if day is not None and (day - base).days * step >= 0 \
                    and (p.weekday is None or day.isoweekday() == p.weekday):
                return day
            year, month = C.add_months(year, month, step)
        return None

    after, before = days(1), days(-1)
    if way > 0 or before is None:
        chosen = after
    elif way < 0 or after is None:
        chosen = before
    else:
        chosen = min((after, before), key=lambda d: abs((d - base).days))
    if chosen is None:
        return (), "none", f"no such date: {_open_value(p)}"
    return (C.day_reading(chosen, p),), kind, None


_HOLIDAY_NAME = re.compile(r"(?:(?P<rel>last|next|this)\s+)?(?P<h>.+)")


def _holiday_day(name: str, year: int) -> dt.date | None:
    if name in V.HOLIDAYS_NTH_WEEKDAY:
        return C.nth_weekday(year, *V.HOLIDAYS_NTH_WEEKDAY[name])
    if name in V.HOLIDAYS_FROM_EASTER:
        return C.easter(year) + dt.timedelta(days=V.HOLIDAYS_FROM_EASTER[name])
    return None


def _resolve_movable_holiday(mention: TemporalMention, p: DatePattern, ctx: _Context) -> Resolved:
    """'Thanksgiving Day', 'last Easter': the year as for its month ('last'/'next' decide the way), then the day."""
    m = _HOLIDAY_NAME.fullmatch(" ".join(mention.text.split()))
    rel = m["rel"] if m else None
    name = m["h"] if m else mention.text
    way = {"last": -1, "next": 1}.get(rel or "")
    readings, kind, note = _date_readings(p, ctx, (lambda: way) if way else lambda: direction(ctx.text, mention, ctx.sentences))
    day = _holiday_day(name, _as_date(readings[0].start).year) if readings else None
    if day is None:
        return Resolved(mention=mention, timex_type="DATE", value=_open_value(p), anchor=kind, note=note)
    reading = C.day_reading(day)
    return Resolved(mention=mention, timex_type="DATE", value=reading.value, readings=(reading,), anchor=kind)


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<w>this|last|next)\s+year\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?P<w>this|last|next)\s+year['\u2019]s\s", re.IGNORECASE)
_YEAR_INSIDE = re.compile(r"\b(?P<w>this|last|next)\s+year$", re.IGNORECASE)  # the month rule's "June last year"
_YEAR_OFFSET = {"this": 0, "last": -1, "next": 1}
_FRAME_FORWARD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|expected|scheduled|set|due|slated))\b|['\u2019]ll\b",
                            re.IGNORECASE)
_FRAME_BEFORE = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]?\s+|\n\s*)In\s+$")


def _named_year(ctx: _Context, mention: TemporalMention, p: DatePattern) -> int | None:
    """The year a month or quarter without one takes from 'this/last/next year' next to it, counted from the
    date of writing: 'in February this year', 'April next year', "next year's first quarter"."""
    if (p.month is None and p.quarter is None) or p.year is not None or ctx.ref is None \
            or ctx.ref_kind != "published":
        return None
    m = _YEAR_BEFORE.match(mention.text) or _YEAR_AFTER.match(ctx.text, mention.end) \
        or _YEAR_INSIDE.search(mention.text, len(mention.text) - 10)
    return None if m is None else ctx.ref.year + _YEAR_OFFSET[m["w"].lower()]


def _month_frame(sentences: _Sentences, mention: TemporalMention, p: DatePattern) -> bool:
    """A month alone opening its sentence as a frame: 'In January, the firm hired ...'; not when its clause says
    what will be ('In May, the board will vote')."""
    if p.month is None or p.day is not None or p.year is not None or p.weekday is not None:
        return False
    text = sentences.text
    if not text.startswith(",", mention.end) or _FRAME_BEFORE.search(text, max(0, mention.start - 8),
                                                                     mention.start) is None:
        return False
    end = sentences.bounds(mention.start, mention.end)[1]
    return _FRAME_FORWARD.search(text, mention.end, end) is None


_SEASON_WAY = re.compile(r"(?:(?P<back>this\s+past|last|past)|(?P<ahead>next|this\s+coming))\s", re.IGNORECASE)


def _relative_season(text: str, p: DatePattern, ref: dt.date) -> Reading | None:
    """'last winter' is the latest one over when written, 'next summer' the first one not begun yet."""
    m = _SEASON_WAY.match(text)
    if m is None:
        return None
    options = [r for r in (C.period(p, year) for year in range(ref.year - 1, ref.year + 3)) if r is not None]
    if m["back"]:
        return max((r for r in options if _as_date(r.end) < ref), key=lambda r: _as_date(r.start), default=None)
    return min((r for r in options if _as_date(r.start) > ref), key=lambda r: _as_date(r.start), default=None)


_MONTHS_WORD = re.compile(r"\bmonths\b", re.IGNORECASE)


def _months_before(ctx: _Context, mention: TemporalMention) -> bool:
    start = (ctx.sentences or _Sentences(ctx.text)).bounds(mention.start, mention.end)[0]
    return _MONTHS_WORD.search(ctx.text, start, mention.start) is not None


def _resolve_date(mention: TemporalMention, p: DatePattern, ctx: _Context) -> Resolved:
    if p.hour is not None and p.month is None and p.weekday is None and p.year is None:
        return _resolve_time(mention, p, ctx, None)
    if p.part_of_day is not None and p.year is None and p.month is None and p.day is None and p.weekday is None:
        return Resolved(mention=mention, timex_type="TIME", value=_open_value(p), mod=p.mod,
                        note="a part of the day, no day in particular")  # "at night", "night attacks"
    if mention.rule == "movable_holiday":
        return _resolve_movable_holiday(mention, p, ctx)
    if mention.rule == "of_that_year" and ctx.year_hint is not None:
        p = p.model_copy(update={"year": ctx.year_hint})  # "August of that year": the year last named
    if mention.rule == "year_period" and ctx.quarter is not None and not _months_before(ctx, mention):
        # An earnings report's "the 2030 period": the quarter it reports on, in that year (TimeBank); not after
        # "In the first nine months, ..." in its sentence, where it is that span of the year.
        p = p.model_copy(update={"quarter": (ctx.quarter.month - 1) // 3 + 1})
    if mention.rule == "season" and p.year is None and ctx.ref is not None and ctx.ref_kind == "published" \
            and (season := _relative_season(mention.text, p, ctx.ref)) is not None:
        return Resolved(mention=mention, timex_type="DATE", value=season.value, mod=p.mod, readings=(season,),
                        anchor=ctx.ref_kind)
    named = _named_year(ctx, mention, p)
    if named is not None:
        p = p.model_copy(update={"year": named})  # "in February this year", "April next year"
    readings, kind, note = _date_readings(p, ctx, lambda: direction(ctx.text, mention, ctx.sentences),
                                          frame=_month_frame(ctx.sentences or _Sentences(ctx.text), mention, p)
                                          or (p.year is None and mention.signal in _SINCE_SIGNALS
                                              and _since_clause(ctx.text, mention)),
                                          looks_back=(lambda: _pluperfect(ctx.sentences or _Sentences(ctx.text), mention))
                                          if ctx.story else None)
    if named is not None and readings:
        kind = ctx.ref_kind
    if mention.rule == "of_that_year" and readings:
        kind = "previous"
    if mention.rule in _WEEK_RULES:
        readings = tuple(_iso_week_of(r) for r in readings)
        if not readings:
            return Resolved(mention=mention, timex_type="DATE", value="XXXX-WXX", anchor=kind, note=note)
    timex: TimexType = "TIME" if p.hour is not None or p.part_of_day is not None else "DATE"
    if p.hour is not None and readings:
        readings = tuple(_at_time(r, p) for r in readings)
    value = readings[0].value if readings else _open_value(p)
    return Resolved(mention=mention, timex_type=timex, value=value, mod=p.mod, readings=readings,
                    anchor=kind, note=note)


_WEEK_RULES = frozenset({"week_of_month", "week_of_md", "week_of_dm"})


def _iso_week_of(reading: Reading) -> Reading:
    """The ISO week (Monday to Sunday) holding a day reading: 'the second week of February' is the week that
    holds most of February 8-14, the one with the 11th."""
    day = _as_date(reading.start)
    year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    return reading.model_copy(update={"start": monday, "end": monday + dt.timedelta(days=6), "precision": "week",
                                      "value": f"{year:04d}-W{week:02d}"})


def _at_time(reading: Reading, p: DatePattern) -> Reading:
    """A day reading narrowed to the clock time of ``p`` (aware when the text gave an offset)."""
    assert p.hour is not None
    day = _as_date(reading.start)
    tz = dt.timezone(dt.timedelta(minutes=p.utc_offset_minutes)) if p.utc_offset_minutes is not None else None
    moment = dt.datetime(day.year, day.month, day.day, p.hour, p.minute or 0, tzinfo=tz)
    precision = "minute" if p.minute is not None else "hour"
    return reading.model_copy(update={"start": moment, "end": moment, "precision": precision,
                                      "value": f"{day.isoformat()}T{p.hour:02d}:{p.minute or 0:02d}"})


def _resolve_time(mention: TemporalMention, p: DatePattern, ctx: _Context, day: dt.date | None) -> Resolved:
    if day is None:
        if ctx.ref is None:
            return Resolved(mention=mention, timex_type="TIME", value=_open_value(p), mod=p.mod,
                            note="clock time without a day")
        day, kind = ctx.ref, ctx.ref_kind
    else:
        kind = "previous"
    reading = _at_time(C.day_reading(day), p)
    return Resolved(mention=mention, timex_type="TIME", value=reading.value, mod=p.mod,
                    readings=(reading.model_copy(update={"mod": p.mod}),), anchor=kind)


# ------------------------------------------------------------------ ranges


def _resolve_range(mention: TemporalMention, r: RangePattern, ctx: _Context) -> Resolved:
    def way() -> int:
        return direction(ctx.text, mention, ctx.sentences)

    first, last = r.start, r.end
    if first.weekday is not None and first.day is None and first.month is None and first.year is None:
        starts, kind, note = _date_readings(first, ctx, way)
        if not starts:
            return _open_range(mention, r, note)
        start_day = _as_date(starts[0].start)
        assert last.weekday is not None
        end_day = start_day + dt.timedelta(days=(last.weekday - start_day.isoweekday()) % 7)
        reading = Reading(start=start_day, end=end_day, precision="day", value=start_day.isoformat(), mod=r.mod)
        return Resolved(mention=mention, timex_type="DATE", value=reading.value, mod=r.mod, readings=(reading,),
                        anchor=kind)
    plain_first = first.model_copy(update={"weekday": None})
    plain_last = last.model_copy(update={"weekday": None})
    if ctx.story and ctx.ref is not None and not ctx.year_frame and plain_first.year is None \
            and plain_last.year is None and (story := _story_range(plain_first, plain_last, ctx.ref)) is not None:
        # "from October to March", told in March: the October before it, not the next one
        plain_first = plain_first.model_copy(update={"year": story})
        head, kind, note = _date_readings(plain_first, ctx, way)
        kind = ctx.ref_kind
    else:
        head, kind, note = _date_readings(plain_first, ctx, way)
    if not head:
        return _open_range(mention, r, note)
    year = _as_date(head[0].start).year
    if plain_last.month is None and plain_last.day is not None:
        # "from the 6th until the 9th": the end is in the month of the start
        start_day = _as_date(head[0].start)
        plain_last = plain_last.model_copy(update={"month": start_day.month, "year": start_day.year})
    tail = C.period(plain_last, plain_last.year or year)
    if tail is not None and plain_last.year is None and _as_date(tail.end) < _as_date(head[0].start):
        tail = C.period(plain_last, year + 1)  # "December 28 to January 3"
    if tail is None:
        return _open_range(mention, r, f"no such date: {_open_value(plain_last)}")
    finer = min(head[0].precision, tail.precision, key=PRECISION_ORDER.index)
    reading = Reading(start=head[0].start, end=tail.end, precision=finer, value=head[0].value, mod=r.mod)
    readings, wd_note = _with_weekday_check(reading, (first.weekday, last.weekday))
    timex: TimexType = "TIME" if first.part_of_day is not None else "DATE"  # "the night of May 6-7"
    return Resolved(mention=mention, timex_type=timex, value=reading.value, mod=r.mod, readings=readings,
                    anchor=kind, note=wd_note)


def _story_range(first: DatePattern, last: DatePattern, ref: dt.date) -> int | None:
    """The year a story's range without years starts in, chosen on the whole range as ``_story_year`` chooses for
    one date: forward from where the story is, unless a range further back is much nearer. "from October to
    March", told in March 1863, is October 1862 to March 1863."""
    here = (ref.year, ref.month)
    spans: list[tuple[int, int, dt.date, dt.date]] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        head, tail = C.period(first, year), C.period(last, year)
        if head is not None and tail is not None and _as_date(tail.end) < _as_date(head.start):
            tail = C.period(last, year + 1)
        if head is None or tail is None:
            continue
        s, e = _as_date(head.start), _as_date(tail.end)
        spans.append((year, 0 if s <= ref <= e else min(abs((s - ref).days), abs((e - ref).days)), s, e))
    ahead = min((x for x in spans if (x[3].year, x[3].month) >= here), key=itemgetter(1, 2), default=None)
    back = min((x for x in spans if (x[2].year, x[2].month) <= here), key=itemgetter(1, 2), default=None)
    if ahead is None or back is None:
        chosen = ahead or back
        return None if chosen is None else chosen[0]
    return back[0] if 2 * back[1] < ahead[1] else ahead[0]


def _open_range(mention: TemporalMention, r: RangePattern, note: str | None) -> Resolved:
    return Resolved(mention=mention, timex_type="DATE", value=_open_value(r.start), mod=r.mod, note=note)


# ------------------------------------------------------------------ relative to now


def _relative_reading(r: RelativePattern, ref: dt.date) -> Reading | None:
    offset = r.offset if r.offset is not None else 0
    unit = r.unit
    if r.granularity is not None:  # "two weeks ago": a point counted back from the anchor
        return _counted(r, ref)
    if r.month is not None:
        year = ref.year + offset
        if offset < 0 and r.month < ref.month:
            year += 1
        if offset > 0 and r.month > ref.month:
            year -= 1
        return C.period(DatePattern(month=r.month, mod=r.mod), year)
    if r.weekday is not None:
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
        if offset == 0:
            day = monday + dt.timedelta(days=r.weekday - 1)
        elif offset > 0:  # "next Friday"; "a week on Friday" (offset 2) is seven days after it
            day = ref + dt.timedelta(days=((r.weekday - ref.isoweekday()) % 7 or 7) + 7 * (offset - 1))
        else:
            day = ref - dt.timedelta(days=(ref.isoweekday() - r.weekday) % 7 or 7)
        return C.day_reading(day)
    if unit in {"day", "night"}:
        return C.day_reading(ref + dt.timedelta(days=offset), DatePattern(part_of_day=r.part_of_day, mod=r.mod))
    if unit == "week":
        return C.week_reading(ref + dt.timedelta(days=7 * offset))
    if unit == "weekend":
        saturday = ref + dt.timedelta(days=(6 - ref.isoweekday()) % 7 + 7 * offset)
        return Reading(start=saturday, end=saturday + dt.timedelta(days=1), precision="day",
                       value=f"{saturday.isocalendar().year:04d}-W{saturday.isocalendar().week:02d}-WE")
    if unit == "month":
        year, month = C.add_months(ref.year, ref.month, offset)
        return C.period(DatePattern(month=month, mod=r.mod), year)
    if unit == "quarter":
        year, month = C.add_months(ref.year, ref.month, 3 * offset)
        return C.period(DatePattern(quarter=(month - 1) // 3 + 1, mod=r.mod), year)
    if unit == "year":
        return C.period(DatePattern(mod=r.mod), ref.year + offset)
    if unit == "decade":
        return C.period(DatePattern(decade=ref.year // 10 + offset, mod=r.mod), 1)
    if unit == "century":
        return C.period(DatePattern(century=ref.year // 100 + offset, mod=r.mod), 1)
    return None


def _counted(r: RelativePattern, ref: dt.date) -> Reading | None:
    if r.offset is None or r.unit is None:
        return None
    unit, n = r.unit, r.offset
    if unit in {"day", "night", "week", "fortnight", "weekend"}:
        per = {"week": 7, "fortnight": 14, "weekend": 7}.get(unit, 1)
        return C.day_reading(ref + dt.timedelta(days=n * per))
    if unit in {"second", "minute", "hour"}:
        return C.day_reading(ref)
    if unit == "month":
        year, month = C.add_months(ref.year, ref.month, n)
        return C.period(DatePattern(month=month), year)
    years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit)
    if years is None:
        return None
    return C.period(DatePattern(), ref.year + n * years)


def _resolve_relative(mention: TemporalMention, r: RelativePattern, ctx: _Context, narrative: bool) -> Resolved:
    timex: TimexType = "TIME" if r.part_of_day is not None else "DATE"
    if r.reference is not None:
        # "at this time", "by that time" are TIME in TimeML, "during this period" a DURATION (WikiWars: 12 of 12);
        # every other reference is a DATE.
        low = mention.text.lower()
        ref_type: TimexType = "TIME" if low.endswith("time") else "DURATION" if low.endswith("period") else "DATE"
        return Resolved(mention=mention, timex_type=ref_type, value=r.reference, mod=r.mod,
                        note="a reference to the past, present or future, not a date")
    if narrative and mention.rule == "deictic_day" and _quoted(ctx.text, mention.start):
        # A story quotes someone's "today", "tomorrow": the day they spoke is seldom the day the story is at.
        return Resolved(mention=mention, timex_type=timex, value=_relative_open(r), mod=r.mod,
                        note="said in a quotation on a day the story does not give")
    low = mention.text.lower()
    shifted_story = (mention.rule == "ago" and low.split()[-1] in {"earlier", "later"}) \
        or _in_the_day(mention, r) or _STORY_WORDS.search(low) is not None
    ref, kind = ctx.ref, ctx.ref_kind
    if (narrative or shifted_story) and ctx.previous is not None:
        ref, kind = ctx.previous, "previous"
    if shifted_story and r.unit == "year" and r.offset == 0 and ctx.year_hint is not None:
        # "that year", "the same year": the year the text last named
        placed_year = C.period(DatePattern(), ctx.year_hint)
        if placed_year is not None:
            return Resolved(mention=mention, timex_type="DATE", value=placed_year.value, mod=r.mod,
                            readings=(placed_year,), anchor="previous")
    quarterly = _quarterly(r, mention)
    if quarterly is not None and ctx.quarter is not None:
        # Earnings reports compare quarters: "a year ago" there is the same quarter a year back (TimeBank).
        year, month = C.add_months(ctx.quarter.year, ctx.quarter.month, quarterly)
        placed = C.period(DatePattern(quarter=(month - 1) // 3 + 1), year)
        if placed is not None:
            return Resolved(mention=mention, timex_type="DATE", value=placed.value, mod=r.mod,
                            readings=(placed,), anchor="previous")
    if quarterly == 0 and kind == "published" and ref is not None \
            and (ctx.quarter is None or _LATEST.search(low) is not None):
        # "the quarter", "the latest quarter" of a report: the last one over when it was written.
        year, month = C.add_months(ref.year, ref.month, -3)
        placed = C.period(DatePattern(quarter=(month - 1) // 3 + 1), year)
        if placed is not None:
            return Resolved(mention=mention, timex_type="DATE", value=placed.value, mod=r.mod,
                            readings=(placed,), anchor=kind)
    if ref is None:
        return Resolved(mention=mention, timex_type=timex, value=_relative_open(r), mod=r.mod,
                        note="relative expression without an anchor date")
    if r.unit == "weekend" and r.offset is None:
        # "over the weekend" is the one just past; "ahead of the weekend", "will ... the weekend" the next.
        r = r.model_copy(update={"offset": 0 if kind != "published" or direction(ctx.text, mention, ctx.sentences) > 0 else -1})
    if r.unit == "week" and r.offset == 0 and r.weekday is None and kind == "published" and ref.isoweekday() == 7 \
            and direction(ctx.text, mention, ctx.sentences) > 0:
        # Written on a Sunday, "will travel ... this week" is the week that starts the next day (an ISO week
        # ends on Sunday): the plans of a Sunday paper are for the coming days.
        r = r.model_copy(update={"offset": 1})
    reading = _relative_reading(r, ref)
    if reading is None:
        # "a few days later" looks forward from where the text is, "several years ago" back.
        ahead = r.offset > 0 if r.offset is not None else low.endswith("later")
        return Resolved(mention=mention, timex_type=timex, value="FUTURE_REF" if ahead else "PAST_REF",
                        mod=r.mod, anchor=kind, note="unspecified distance")
    return Resolved(mention=mention, timex_type=timex, value=reading.value, mod=r.mod, readings=(reading,),
                    anchor=kind)


def _in_the_day(mention: TemporalMention, r: RelativePattern) -> bool:
    """'later in the day', 'earlier in the day': the day the text is at, as 'later that day'."""
    return mention.rule == "in_the_period" and r.unit == "day"


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation of its paragraph: an odd number of straight double quotes before it,
    or a curly opening quote not closed yet."""
    start = text.rfind("\n", 0, at) + 1
    opened = text.rfind("\u201c", start, at)
    if opened >= 0 or text.find("\u201d", start, at) >= 0:
        return opened > text.rfind("\u201d", start, at)
    return text.count('"', start, at) % 2 == 1


_LATEST = re.compile(r"\b(?:latest|most\s+recent)\b")
_STORY_WORDS = re.compile(r"\b(?:following|previous|preceding|same)\b|^the\s+(?:next|day\s+(?:before|after))\b|^that\b")


def _quarterly(r: RelativePattern, mention: TemporalMention) -> int | None:
    """Months from the reported quarter that a quarter expression or a year-back comparison means."""
    if r.unit == "quarter" and r.offset is not None and r.weekday is None and r.granularity is None \
            and "current" not in mention.text.lower():
        return 3 * r.offset
    if r.unit == "year" and r.offset == -1 and r.granularity == "year" and mention.rule in {"ago", "year_earlier"} \
            and r.mod is None:
        return -12
    return None


def _relative_open(r: RelativePattern) -> str:
    if r.unit == "week" and r.weekday is None:
        return "XXXX-WXX"
    if r.unit in {"year", "decade", "century"} and r.month is None and r.granularity in {None, "year"}:
        return "XXXX"
    if r.unit == "month" or r.month is not None or r.granularity == "month":
        return "XXXX-XX" if r.month is None else f"XXXX-{r.month:02d}"
    return "XXXX-XX-XX" + (f"T{r.part_of_day}" if r.part_of_day else "")


# ------------------------------------------------------------------ durations, event-anchored, sets


def _resolve_duration(mention: TemporalMention, d: DurationPattern) -> Resolved:
    return Resolved(mention=mention, timex_type="DURATION", value=timex_duration(d), mod=d.mod)


def _resolve_anchored(mention: TemporalMention, a: AnchoredPattern) -> Resolved:
    note = f"relative to an event: {a.anchor}" if a.anchor else "relative to an unnamed event"
    if a.distance is not None:
        return Resolved(mention=mention, timex_type="DURATION", value=timex_duration(a.distance), note=note)
    return Resolved(mention=mention, timex_type="DATE", value="XXXX-XX-XX", note=note)


def _resolve_set(mention: TemporalMention, s: SetPattern) -> Resolved:
    if s.weekday is not None:
        value = f"XXXX-WXX-{s.weekday}"
    else:
        value = timex_duration(DurationPattern(amount=s.interval, unit=s.unit))
    return Resolved(mention=mention, timex_type="SET", value=value)


# ------------------------------------------------------------------ public


def _one(mention: TemporalMention, ctx: _Context, narrative: bool) -> Resolved:
    v = mention.value
    if isinstance(v, DatePattern):
        return _resolve_date(mention, v, ctx)
    if isinstance(v, RangePattern):
        return _resolve_range(mention, v, ctx)
    if isinstance(v, DurationPattern):
        return _resolve_duration(mention, v)
    if isinstance(v, RelativePattern):
        return _resolve_relative(mention, v, ctx, narrative)
    if isinstance(v, AnchoredPattern):
        return _resolve_anchored(mention, v)
    return _resolve_set(mention, v)


def _said_on(sentences: _Sentences, mention: TemporalMention, last_day: tuple[TemporalMention, dt.date]
             ) -> dt.date | None:
    """The day of the statement that reports ``mention``, when the latest dated mention dates one in its sentence.

    "told reporters on Thursday that the president will arrive tomorrow": tomorrow counts from Thursday.
    """
    before, day = last_day
    if not _deictic(mention) or mention.start - before.end > _REACH:
        return None
    same_sentence = sentences.bounds(before.start, before.end)[1] > mention.start \
        and sentences.bounds(mention.start, mention.end)[0] <= before.start
    if not same_sentence:
        return None
    return day if speech_sign(sentences.text, before, sentences) else None


def _deictic(mention: TemporalMention) -> bool:
    """A relative expression or a weekday alone: counted from the time of speaking."""
    v = mention.value
    if isinstance(v, RelativePattern):
        return v.reference is None
    return isinstance(v, DatePattern) and v.weekday is not None and v.day is None and v.month is None \
        and v.year is None and v.week is None


_BRACKET_OPEN = re.compile(r"\s*\(\s*")


def _date_weekdays_in_brackets(text: str, mentions: Sequence[TemporalMention], out: list[Resolved | None]) -> None:
    """'on Friday (Jan 10)': a weekday takes the date written in brackets after it, when the two agree."""
    if "(" not in text:
        return
    last = len(mentions) - 1
    for i in [i for i, m in enumerate(mentions) if m.rule == "weekday" and i < last]:
        mention, item, after = mentions[i], out[i], out[i + 1]
        if item is None or after is None or not after.readings or after.readings[0].precision != "day" \
                or not _is_weekday(mention) \
                or _BRACKET_OPEN.fullmatch(text, mention.end, mentions[i + 1].start) is None:
            continue
        day = _as_date(after.readings[0].start)
        assert isinstance(mention.value, DatePattern)
        if day.isoweekday() == mention.value.weekday:
            reading = C.day_reading(day, mention.value)
            out[i] = item.model_copy(update={"value": reading.value, "readings": (reading,), "anchor": after.anchor})


def _is_bare_time(mention: TemporalMention) -> bool:
    v = mention.value
    return isinstance(v, DatePattern) and v.hour is not None and v.month is None and v.weekday is None \
        and v.year is None


_DAY_PRECISIONS = frozenset({"day", "hour", "minute"})
# The rules whose mentions can be placed from a day named just before them: a weekday alone, a day of the month
# alone (a cheap test before the exact ones, ``_is_weekday`` and ``_is_day_only``).
_FROM_DAY_RULES = frozenset({"weekday", "day_ordinal", "range_ordinals"})
_SCHEDULE_REACH = 300
_QUARTER_REACH = 2000
_STORY_PRECISIONS = frozenset({"year", "season", "quarter", "half"})
# A date after these bounds a span ("since 1998", "until May"): the story is not at that time.
_BOUND_SIGNALS = frozenset({"since", "until", "before", "after", "by"})
# A story set before the common era keeps its time on a stand-in calendar: year N BC is year _BC_ORIGIN - N,
# so that "the following year", "that winter", "in September" count forward as usual. The values are written
# back as BC years at the end; the stand-in days are no calendar days and leave no readings.
_BC_ORIGIN = 6000
_BC_FIRST = _BC_ORIGIN - 999
_LEADING_YEAR = re.compile(r"\d{4}(?!\d)")


# A year a story plans for ("the push planned for 1976", "would invade in 1944") or looks back to ("troops
# that had landed in late 1943") is no time the story is at.
_PLAN_WORDS = frozenset({"would", "will", "shall", "planned", "projected", "scheduled", "expected",
                         "intended", "slated", "due", "predicted", "forecast", "had"})
_PLAN_REACH = 6


def _planned(sentences: _Sentences, mention: TemporalMention) -> bool:
    """Whether a word of plan, expectation or pluperfect stands among the few words before the mention."""
    _, words, left, _ = _words_around(sentences.text, mention, sentences)
    return any(w in _PLAN_WORDS for w in words[max(0, left + 1 - _PLAN_REACH):left + 1])


_PLUPERFECT_REACH = 5


def _pluperfect(sentences: _Sentences, mention: TemporalMention) -> bool:
    """Whether a story's date is in a pluperfect clause ("Yudenich, who had spent the spring and summer ..."): the
    clause tells what happened before the time the story is at."""
    if mention.signal in _BOUND_SIGNALS:
        return False  # "had been repulsed by January": where the span told ends, ahead
    _, words, left, _ = _words_around(sentences.text, mention, sentences)
    return "had" in words[max(0, left + 1 - _PLUPERFECT_REACH):left + 1]


_AS_IN = re.compile(r"\bas\s+in\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")


def _aside(text: str, mention: TemporalMention) -> bool:
    """A year in parentheses ('the Civil Code (1790)') or compared with ('as in 1614'): no time the story is at."""
    before, after = text[max(0, mention.start - 1):mention.start], text[mention.end:mention.end + 1]
    if _THE_BEFORE.search(text, max(0, mention.start - 6), mention.start) and _NOUN_AFTER.match(text, mention.end):
        return True
    return before == "(" and after == ")" or _AS_IN.search(text, max(0, mention.start - 12), mention.start) is not None


# "held out until the relief of the port in May 1921", "held out until 3 May": the end of a span the story tells
# from where it is; the story is not there yet.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:(?:[\w'\u2019-]+\s+){0,6}(?:in|on)\s+)?$", re.IGNORECASE)
_UNTIL_REACH = 70


def _until_far(text: str, mention: TemporalMention, done: Resolved, story: dt.date) -> bool:
    """Whether a story's date is the end of a span ('until ...') that lies months ahead of where the story is."""
    return (_as_date(done.readings[0].start) - story).days > 60 \
        and _UNTIL_BEFORE.search(text, max(0, mention.start - _UNTIL_REACH), mention.start) is not None


def _sets_story_year(sentences: _Sentences, mention: TemporalMention, narrative: bool) -> bool:
    """Whether an explicit year, season or quarter is the time the text is at from now on.

    Not after a bound ("since 1998"), except a story's "By 1915, the army had ...", which has got there; in a
    story, not a year planned for, looked back to or named aside.
    """
    if not narrative:
        return mention.signal not in _BOUND_SIGNALS
    if mention.signal in _BOUND_SIGNALS and mention.signal != "by":
        return False
    return not (_planned(sentences, mention) or _aside(sentences.text, mention))


# A history told long after it happened ("documents found in 2004 proved ..."): the years near the date of writing
# are the historian's, not the story's.
_STORY_LONG_AGO = 30
_WRITTEN_LATELY = 15


def _written_lately(day: dt.date, story: dt.date | None, dct: dt.date | None) -> bool:
    """Whether a year near the date of writing interrupts a story set long before it."""
    if story is None or dct is None:
        return False
    return story.year < dct.year - _STORY_LONG_AGO and day.year >= dct.year - _WRITTEN_LATELY


def _story_bc(mention: TemporalMention) -> dt.date | None:
    """The stand-in day where an explicit year before the common era ('April 480 BC') sets a story."""
    v = mention.value
    if not isinstance(v, DatePattern) or v.year is None or not -999 <= v.year < 0:
        return None
    return dt.date(_BC_ORIGIN + v.year, v.month or 1, v.day or 1)


def _written_bc(item: Resolved) -> Resolved:
    """A value placed on the stand-in calendar of a story before the common era, written as a BC year."""
    if not item.readings or _as_date(item.readings[0].start).year < _BC_FIRST:
        return item
    value, start = item.value, _as_date(item.readings[0].start).year
    if _LEADING_YEAR.match(value) is not None:
        value = f"BC{_BC_ORIGIN - int(value[:4]):04d}{value[4:]}"
    elif item.readings[0].precision == "decade":
        value = f"BC{(_BC_ORIGIN - start) // 10:03d}"  # "the following decade" after 490 BC: the 480s BC
    elif item.readings[0].precision == "century":
        value = f"BC{(_BC_ORIGIN - start - 1) // 100:02d}"  # "the previous century" in 380 BC: the 5th century BC
    return item.model_copy(update={"value": value, "readings": (), "note": "before the common era: no calendar day"})


_SPIKE_YEARS = 3  # how far ahead of the story an aside jumps, at least


def _written_year(mention: TemporalMention) -> int | None:
    v = mention.value
    if isinstance(v, RangePattern):
        v = v.start
    return v.year if isinstance(v, DatePattern) and v.year is not None and v.year > 0 else None


def _year_spikes(mentions: Sequence[TemporalMention]) -> frozenset[int]:
    """The indexes of a story's written years that jump years ahead of the year written before them while the
    year written after them is back near that one: "... April 1943 ... In May 1950 a memorial was unveiled ...
    (bare dates) ... in June 1943": an aside; the bare dates after it are still in the story's time."""
    written = [(i, y) for i, y in enumerate(map(_written_year, mentions)) if y is not None]
    return frozenset(written[k][0] for k in range(1, len(written) - 1)
                     if written[k][1] - written[k - 1][1] >= _SPIKE_YEARS
                     and written[k + 1][1] <= written[k - 1][1] + 1)


def _day_of_time(text: str, mention: TemporalMention, days: Sequence[tuple[int, int, dt.date]],
                 starts: Sequence[int]) -> dt.date | None:
    """The day a bare clock time belongs to: the nearest day in its sentence, else the day just before it.

    The second case is a schedule: a date heading, then times on the lines below it. ``days`` are the
    placed day mentions (start, end, day) in text order, ``starts`` their starts: only the two
    neighbours of the time can be nearest, so the search is a bisection, not a scan.
    """
    lo, hi = _sentence(text, mention.start, mention.end)
    at = bisect.bisect_left(starts, mention.start)
    best: tuple[int, dt.date] | None = None
    for index in (at - 1, at):
        if 0 <= index < len(days):
            start, end, day = days[index]
            if lo < end and start < hi and (best is None or abs(start - mention.start) < best[0]):
                best = (abs(start - mention.start), day)
    if best is not None:
        return best[1]
    if at > 0:
        start, end, day = days[at - 1]
        if end <= mention.start and mention.start - end <= _SCHEDULE_REACH:
            return day
    return None


def _story_day(mention: TemporalMention, days: Sequence[tuple[int, int, dt.date]], starts: Sequence[int]
               ) -> dt.date | None:
    """A story's bare clock time is on the last day the story named, however far back ('On 11 November ...
    he was shot at 10:57')."""
    at = bisect.bisect_left(starts, mention.start)
    return days[at - 1][2] if at > 0 else None


@collector_paused()  # many small objects, no cycles: see itinerary.collector
def resolve(text: str, mentions: Sequence[TemporalMention], dct: dt.date | None, *,
            narrative: bool = False) -> tuple[Resolved, ...]:
    """Place each mention (same order) from ``dct`` or the text's own earlier dates.

    >>> from itinerary.temporal.extract import extract
    >>> text = "Talks are set for Monday, January 5."
    >>> [r.value for r in resolve(text, extract(text), dt.date(2026, 1, 2))]
    ['2026-01-05']
    """
    out: list[Resolved | None] = []
    previous: dt.date | None = None
    year_frame = False  # ``previous`` is the first day of a year a story has just named
    explicit: dt.date | None = None
    year_hint: int | None = None
    quarter: tuple[int, dt.date] | None = None  # where the last fiscal quarter was named, and its first day
    last_day: tuple[TemporalMention, dt.date] | None = None  # the latest mention placed on one day
    day_run: list[dt.date] = []  # the days named by their weekday in the sentence of ``span``, up to it
    # the days of the sentence of the latest day placed (a date or a range of dates): the first one, whether one was
    # named by its weekday, the latest mention
    span: tuple[dt.date, bool, TemporalMention] | None = None
    sentences = _Sentences(text)
    asides = _year_spikes(mentions) if narrative else frozenset()
    for index, mention in enumerate(mentions):
        if _is_bare_time(mention):
            out.append(None)
            continue
        said_on = _said_on(sentences, mention, last_day) if last_day is not None and not narrative else None
        if narrative and previous is not None:
            ctx = _Context(text, previous, "previous", previous, year_hint, story=True, year_frame=year_frame,
                           sentences=sentences)
        elif said_on is not None:
            # Reported speech: "told reporters on Thursday that he will arrive tomorrow" counts from Thursday.
            ctx = _Context(text, said_on, "previous", previous, year_hint, sentences=sentences)
        elif dct is not None:
            ctx = _Context(text, dct, "published", previous, year_hint, sentences=sentences)
        elif explicit is not None:
            ctx = _Context(text, explicit, "previous", previous, year_hint, sentences=sentences)
        else:
            ctx = _Context(text, None, "none", previous, year_hint, sentences=sentences)
        if quarter is not None and mention.start - quarter[0] <= _QUARTER_REACH:
            ctx = replace(ctx, quarter=quarter[1])
        same = False  # set below for a weekday alone: whether it is in the sentence of the latest day placed
        then = False  # set below for a weekday alone: whether it is the next step of a programme dated before it
        if last_day is not None and mention.rule in _FROM_DAY_RULES and (
                _is_weekday(mention) and ((same := _same_sentence(sentences, last_day[0], mention))
                                          or _next_sentence(text, last_day[0], mention) and _soon(last_day[1], dct)
                                          or (then := _then_step(sentences, mention, last_day, dct)))
                # "opens on January 7. It closes on the 9th.": a day alone takes the month of a day named just before
                or _is_day_only(mention) and mention.start - last_day[0].end <= _SCHEDULE_REACH):
            from_day = 1 if then and not same else _move_way(text, mention)
            if from_day is None and _names_weekday(last_day[0]) \
                    and _SPAN_TO.fullmatch(text, last_day[0].end, mention.start) is not None:
                # "from Tuesday, 7 January to Thursday": the Thursday after it. From a date without its weekday
                # ("sold from March 4 to Thursday"), the Thursday the tense gives, if not before the start.
                from_day = 1
            ctx = replace(ctx, sentence_day=last_day[1], from_day=from_day,
                          named_days=tuple(day_run) if same else (),
                          span_start=span[0] if span is not None and span[2] is last_day[0] and not span[1] else None,
                          after_range=isinstance(last_day[0].value, RangePattern), next_sentence=not same)
        done = _one(mention, ctx, narrative)
        if done.readings and done.readings[0].precision == "quarter" and isinstance(mention.value, DatePattern) \
                and mention.rule != "year_period" \
                and (dct is None or _as_date(done.readings[0].end) < dct):
            # A report is on a quarter that is over; "fourth-quarter charges" in October is a forecast.
            quarter = (mention.end, _as_date(done.readings[0].start))
        out.append(done)
        if index in asides:
            continue  # "In November 2008, protesters staged a similar ..." told of a war in 2003: the story stays
        if done.readings and done.readings[0].precision == "day" \
                and isinstance(mention.value, (DatePattern, RangePattern)):
            placed_day = _as_date(done.readings[0].start)
            named = _names_weekday(mention)
            if span is None or not _same_sentence(sentences, span[2], mention):
                span, day_run = (placed_day, named, mention), []  # a new sentence of days
            else:
                span = (min(span[0], placed_day), span[1] or named, mention)
            if isinstance(mention.value, DatePattern):
                last_day = (mention, placed_day)
                if named:
                    day_run.append(placed_day)
            elif named:
                day_run.extend((placed_day, _as_date(done.readings[0].end)))  # "on Monday and Tuesday"
            else:
                # "will visit Rome from June 20 to 22. On Tuesday she meets ...": the programme goes on from its end.
                # Not a heading that names its weekdays ("Friday, May 20 - Sunday, May 22 * departs on Thursday").
                last_day = (mention, _as_date(done.readings[0].end))
        if done.readings and done.readings[0].precision in {"day", "minute", "hour", "week", "month"} \
                and not (narrative and previous is not None and _until_far(text, mention, done, previous)):
            previous = _as_date(done.readings[0].start)
            year_frame = False
            if done.anchor == "explicit":
                explicit = previous
            if narrative or done.anchor == "explicit":
                year_hint = previous.year
        elif narrative and (bc_day := _story_bc(mention)) is not None:
            year_hint = bc_day.year
            if mention.signal not in _BOUND_SIGNALS \
                    and (previous is None or previous.year != year_hint or bc_day.month > 1):
                previous = bc_day  # "In 480 BC ... the following year", "the winter"
                year_frame = isinstance(mention.value, DatePattern) and mention.value.month is None
        elif done.readings and done.anchor == "explicit" and done.readings[0].precision in _STORY_PRECISIONS \
                and _sets_story_year(sentences, mention, narrative) \
                and not (narrative and _written_lately(_as_date(done.readings[0].start), previous, dct)):
            year_hint = _as_date(done.readings[0].start).year
            if narrative and (previous is None or previous.year != year_hint):
                previous = _as_date(done.readings[0].start)  # "In 1936, ... two years later"
                year_frame = done.readings[0].precision == "year"
    _date_weekdays_in_brackets(text, mentions, out)
    # The days a bare clock time can take: dates placed on a day, and clock times that carry their own day ("from
    # 10:00 to 12:00 on Monday": the 10:00 is Monday's too).
    days = [(item.mention.start, item.mention.end, _as_date(item.readings[0].start)) for item in out
            if item is not None and item.readings and item.readings[0].precision in _DAY_PRECISIONS]
    starts = [d[0] for d in days]
    result: list[Resolved] = []
    for mention, item in zip(mentions, out):
        if item is None:
            assert isinstance(mention.value, DatePattern)
            day = _day_of_time(text, mention, days, starts)
            if narrative and day is None:
                day = _story_day(mention, days, starts)
            anchor = None if narrative else dct  # a story's time before any day it names stays open
            ctx = _Context(text, anchor, "published" if anchor else "none", None)
            item = _resolve_time(mention, mention.value, ctx, day)
        result.append(_written_bc(item) if narrative else item)
    return tuple(result)


def resolve_against(mention: TemporalMention, anchor: dt.date, *,
                    within: tuple[dt.date, dt.date] | None = None, text: str = "") -> Resolved:
    """Place an open mention through another source's date ``anchor`` (and the frame ``within``).

    A weekday alone lands on every matching day inside ``within`` (nearest to the anchor first),
    else on the matching day nearest the anchor; a missing year is the one nearest the anchor.
    """
    v = mention.value
    ctx = _Context(text, anchor, "event", None)
    if isinstance(v, DatePattern) and v.weekday is not None and v.day is None and v.month is None \
            and v.year is None and within is not None:
        first, last = within
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        hits = sorted((d for d in days if d.isoweekday() == v.weekday), key=lambda d: (abs((d - anchor).days), d))
        if hits:
            readings = tuple(C.day_reading(d, v, basis="weekday in frame") for d in hits)
            timex: TimexType = "TIME" if v.part_of_day is not None else "DATE"
            return Resolved(mention=mention, timex_type=timex, value=readings[0].value, mod=v.mod,
                            readings=readings, anchor="event",
                            note=None if len(hits) == 1 else f"{len(hits)} matching days in the frame")
    if _is_bare_time(mention):
        assert isinstance(v, DatePattern)
        return _resolve_time(mention, v, ctx, anchor)
    return _one(mention, ctx, False)
