"""Event mentions: one article's sentences, trigger words and dates -> typed EventMention.

Each sentence is cut into clauses at its trigger words; a trigger takes the
people, places and dates of its own clause. Dates attach to the nearest
trigger before them in the sentence (English names the event, then its time:
"a summit with Zhu on Monday"), except a year used as a modifier ("Yang's 2019
journey") and an adjectival duration ("a four-day trip"), which measure the
noun that follows.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from itinerary.collector import collector_paused
from itinerary.events.people import NOT_NAMES, TITLES, PeopleIndex, PersonMention, ShortNames
from itinerary.events.places import PlaceIndex, PlaceMention, zipf
from itinerary.events.scan import Memo
from itinerary.events.triggers import (
    TRIGGER_PATTERN,
    TRIP_TRIGGER,
    Trigger,
    find_triggers,
    trigger_of,
)
from itinerary.model import (
    AnchoredPattern,
    Article,
    DatePattern,
    DurationPattern,
    EventMention,
    Reading,
    Resolved,
    day_of,
)
from itinerary.temporal import duration_days
from itinerary.temporal.grammar import is_old_date_of_move

# Verbs that only introduce the noun after them: "launch a state visit", "hold talks".
LIGHT_VERB_KINDS = frozenset({"launch", "meeting", "signing", "statement", "travel"})
LIGHT_VERB_REACH = 40
LOCATION_REACH = 70  # characters between a trigger and the place that locates it  # characters between a light verb and the noun it introduces

# Words before a trigger that describe it but do not name it.
NOT_QUALIFIERS = frozenset(
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "first", "second", "third", "last", "final", "next", "such", "own", "core", "pivotal", "historic", "historical", "upcoming", "recent", "major", "key", "new", "separate", "official", "formal", "high-level", "massive", "several", "more", "further", "planned", "expected", "possible", "two", "three", "four", "five", "high-profile", "presidential", "rare", "brief", "long", "short", "full", "large", "largest", "big", "first-ever", "in-person", "joint", "private", "public", "also", "will", "would", "to", "be", "and", "or", "of", "for", "with", "on", "in", "at", "by", "from", "as", "is", "are", "was", "were", "has", "have", "had", "following", "during", "after", "before", "amid", "despite", "including", "like", "via", "into", "over", "under", "about", "around", "through",
     # a pronoun is who acts, not what names the event: "She met the premier" is no "She meeting"
     "she", "he", "they", "we", "i", "you", "it"]
)

VERBISH = frozenset(["is", "are", "was", "were", "be", "been", "include", "hold", "holds", "make", "makes", "take", "takes", "give", "gives", "pay", "pays",
                     # past forms without "-ed": "the chancellor held talks" names no talks
                     "held", "made", "took", "gave", "paid", "met", "led", "began", "had", "did", "went", "came",
                     "won", "saw", "sent", "kept", "spent",
                     # "the two leaders sign energy pact": the verb, not a name of the pact
                     "sign", "signs", "adopt", "adopts", "issue", "issues",
                     # "agreed to launch talks": the talks, not a kind of them
                     "launch", "start", "begin", "open", "resume", "continue", "revive"])
FUTURE_WORDS = (r"(?:will|shall|is to|are to|is set to|are set to|is scheduled|are scheduled|scheduled|slated|"
                r"expected|plans?|planned|upcoming|intends|is due|are due|due to|would|going to|prepares?)\b")
PAST_WORDS = r"(?:was|were|had|did|ago|last|earlier|previously|\w+ed)\b"
# Each cue opens with one of the letters in the lookahead (or is a word in -ed): a word start that opens none is
# turned away by that one test, not by trying every alternative (a case-blind alternative is not skipped at its
# first letter). The tenses are asked around every trigger.
FUTURE_CUES = re.compile(r"\b(?=[adegipsuw])" + FUTURE_WORDS, re.IGNORECASE)
PAST_CUES = re.compile(r"\b(?=[adehlpw]|\w+ed\b)" + PAST_WORDS, re.IGNORECASE)
WITH_GROUP = re.compile(
    r"\b(?:with|between)\s+((?:(?:top|senior|local|foreign|business|government|Chinese|U\.S\.|trade|"
    r"\w+ese|\w+an)\s+){0,3}(?:officials|leaders|executives|representatives|authorities|ministers|"
    r"delegations?|students|young people|youth|bishops|priests|clergy|religious leaders|diplomats|"
    r"business leaders|the diplomatic corps|members of [\w ]{3,40}?|investors|entrepreneurs))\b",
    re.IGNORECASE,
)
OFFICE = re.compile(
    r"(?:the\s+)?(?:(?:outgoing|incoming|new|former|acting|newly\s+elected|\w+ese|\w+an)\s+)?(?P<office>"
    r"governor[- ]general|president|prime minister|premier|king|queen|emperor|empress|crown prince|chancellor|pope|"
    r"mayor|governor|foreign minister|defen[cs]e minister|secretary[- ]general|sultan|emir)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# A date of the traveller's time in office, named to measure the trip against: "since taking office in May",
# "since his inauguration in January", "since being sworn in last year".
SINCE_OFFICE = re.compile(r"\bsince\s+(?:taking|assuming|he\s+took|she\s+took|they\s+took|coming\s+to|"
                          r"taking\s+up|being\s+(?:elected|sworn\s+in)|(?:his|her|their)\s+(?:inauguration|election|"
                          r"swearing-in))(?:\s+(?:office|power|the\s+presidency|the\s+premiership))?\s+"
                          r"(?:(?:in|on|last|this)\s+)?$", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|added|confirmed|stated)\s+(?:\w+\s+){0,2}$",
                      re.IGNORECASE)
APPOSED = re.compile(r",?\s{1,2}")
RELEASED = re.compile(r"\b(?:released|published|unveiled|issued|announced|made\s+public)\s+(?:on\s+)?$", re.IGNORECASE)
MONEY_OR_SHARE = re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|bn|m))?|\d[\d,.]*\s?%")
WORD = re.compile(r"[\w'’.-]+")
# Patterns asked once per trigger, date or place, compiled once (not looked up in re's cache every time).
ITEM_ASIDE = re.compile(r",[^,;:]{1,50},\s*(?:on|from)?\s*")  # ", the capital, "
ADJACENT = re.compile(r"[\s-]{1,2}")
PUNCTUATION = re.compile(r"[,;:.]")
YEAR = re.compile(r"\d{4}")
WORD_AFTER = re.compile(r"\s+[A-Za-z]")
LINK_AFTER = re.compile(r"\s+(?:and|to|or|when|as|after|before)\b")
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
LEAVES = re.compile(r"le(?:ave|aves|ft|aving)", re.IGNORECASE)  # "leaves Japan for Seoul": Japan is left
PLACE_JOIN = re.compile(r"\s*(?:,|and|or|, and)\s*")
POSSESSIVE = re.compile(r"['’]s?\b")
HYPHENATED = re.compile(r"\s*[-‑]\s*\w")
SPACES = re.compile(r"\s+")
WITH_CUE_REACH = 30
WITH_CUE = re.compile(rf"[^,;.]{{0,{WITH_CUE_REACH}}}?\b(?:with|between)\s+")
MEETING_OBJECT = re.compile(r"\s+(?:to\s+)?(?=the\s|[A-Z])")
CLAUSE_BREAK = re.compile(r"[,;.]")
SUBORDINATE = re.compile(r"\b(?:after|before|following|ahead\s+of|since|while|when)\b", re.IGNORECASE)
PHRASE_BREAK = re.compile(r"[,.;:\n()\"“”]")


class _Located(Protocol):
    @property
    def start(self) -> int: ...


F = TypeVar("F", bound=_Located)


class _ByStart(Generic[F]):
    """A sentence's people or places with their starts, so that a clause finds its own by bisection: a run-on
    sentence has thousands of clauses, and looking at every place for each of them is quadratic."""

    def __init__(self, items: Sequence[F]) -> None:
        self.items = list(items)
        self.starts = [f.start for f in self.items]
        self.ascending = all(self.starts[i] <= self.starts[i + 1] for i in range(len(self.starts) - 1))

    def between(self, lo: int, hi: int) -> list[F]:
        """``[f for f in items if lo <= f.start < hi]``, in list order."""
        if not self.items:
            return []  # most sentences name no place, many no person
        if self.ascending:
            return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]
        return [f for f in self.items if lo <= f.start < hi]

    def bisected(self, lo: int, hi: int) -> list[F]:
        """The slice between the bisection points of ``lo`` and ``hi`` (``between`` when ascending)."""
        if not self.items:
            return []
        return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


@dataclass
class _Clause:
    """A trigger and the part of its sentence it owns."""

    trigger: Trigger
    start: int  # trigger start
    end: int  # trigger end
    clause_start: int
    clause_end: int
    times: list[Resolved] = field(default_factory=list)
    duration: Resolved | None = None
    denied: bool = False  # "but no agreement", "cancelling the final leg": it bounds the others, names no event
    before_counted: bool = False  # the next clause is an event named in a count of days: ", a day after talks"


@collector_paused()  # many small objects, no cycles: see itinerary.collector
def extract_events(
    article: Article, resolved: Sequence[Resolved], known_names: Mapping[str, str] | None = None
) -> tuple[EventMention, ...]:
    """Every event mention of one article, in text order."""
    names = dict(known_names or {})
    people = PeopleIndex(article.text)  # one scan of the article serves its names and most sentences
    names.update(_article_names(people))
    short_names = ShortNames(names)  # the names are known now: key their forms once, not per sentence
    place_index = PlaceIndex(article.text, people.word_runs)  # the article's tokens, cut once from its words
    mentions: list[EventMention] = []
    schedule = _Schedule()
    bullets = _Bullets()
    labels = _DayLabels(_paragraph_index(article))
    ordered = sorted(resolved, key=lambda r: r.mention.start)
    starts = [r.mention.start for r in ordered]
    previous: tuple[int, int] | None = None
    narrated: tuple[Resolved, str | None] | None = None  # the one day the last dated sentence told, and its tense
    for s_start, s_end in article.sentences:
        lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        sentence_times = [r for r in ordered[lo:hi]
                          if r.mention.end <= s_end and not _in_dateline(article.text, s_start, r)]
        if schedule.read_date_line(article.text, s_start, s_end, sentence_times):
            continue
        # the sentence's places, found when first asked: a sentence with no trigger and no span of days has no
        # use for them, and only a line under a date line can be a place line
        places = _SentencePlaces(place_index, s_start, s_end)
        if schedule.day and schedule.read_place_line(article.text, s_start, s_end, places()):
            continue
        found = _sentence_events(article, s_start, s_end, sentence_times, short_names, places, people, previous)
        found = bullets.apply(article.text, s_start, found)
        found = labels.apply(article.text, s_start, sentence_times, found)
        if narrated is not None and not sentence_times and _goes_on(article.text, s_start, names):
            found = _narrated(article.text, s_start, found, narrated)
        else:
            narrated = _narrated_day(found) if sentence_times else None
        mentions.extend(schedule.apply(found, s_end - s_start))
        previous = (s_start, s_end)
    if article.title_span is not None:
        # Headlines capitalise every word: "... for Economic and Security Talks" names no particular talks.
        a, b = article.title_span
        mentions = [m.model_copy(update={"qualifier": None}) if a <= m.trigger_start < b else m for m in mentions]
    return tuple(_frame_by_legs(article, mentions))


# A report tells a day sentence by sentence: "On Monday he visited Windhoek for a day. He held talks with the
# foreign minister. She flew home in the evening." An undated sentence that goes on with the same subject (a
# pronoun, or "In <place>, she ...") right after a sentence whose events all fell on one day is of that day.
# Not in the future: a preview ("will arrive on Monday. He will begin with a meeting ...") plans days apart.
NARRATION_OPENS = re.compile(r"\s*(?:(?:He|She|They|There)\b|In\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,?\s+(?:he|she|they)\b)")
# ... or the traveller by name or by title: "Kettunen also attended ...", "The king laid a wreath ..."
NAMED_OPENING = re.compile(r"\s*(?:(?P<the>The)\s+(?P<title>[a-z]+)|(?P<name>[A-Z][\w'’-]+))\s+(?:also\s+|then\s+|later\s+)?[a-z]")
NARRATED_KINDS = frozenset({"visit", "stay"})  # a trip or a leg has days of its own, never one borrowed


def _goes_on(text: str, s_start: int, names: Mapping[str, str]) -> bool:
    """Whether the sentence opens as one that goes on the story of the sentence before (see NARRATION_OPENS)."""
    if NARRATION_OPENS.match(text, s_start):
        return True
    opening = NAMED_OPENING.match(text, s_start)
    if opening is None:
        return False
    return opening.group("title") in TITLES if opening.group("the") else opening.group("name") in names


def _narrated_day(found: Sequence[EventMention]) -> tuple[Resolved, str | None] | None:
    """The one day all of a sentence's dated events fall on (and their tense), if they fall on one."""
    dated = [m for m in found if m.times and m.times[0].anchor != "event"]  # not "a day after talks": the day before
    days = {_day_of(m.times[0]) for m in dated}
    if len(days) != 1 or None in days:
        return None
    return _day_only(dated[0].times[0]), dated[0].tense


def _narrated(text: str, s_start: int, found: list[EventMention],
              narrated: tuple[Resolved, str | None]) -> list[EventMention]:
    """The sentence's undated events, of the tense of the sentence before, on its day (see NARRATION_OPENS)."""
    day, tense = narrated
    return [m.model_copy(update={"times": (day,)})
            if not m.times and not m.is_trip and m.kind not in NARRATED_KINDS and "future" not in {tense, m.tense}
            and not RELATIVE_CLAUSE.search(text, s_start, m.trigger_start) else m
            for m in found]


RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\s")  # "..., who has offered to host a meeting": not that day


class _SentencePlaces:
    """A sentence's places (``PlaceIndex.within``), found on the first call and kept for the next."""

    __slots__ = ("end", "found", "index", "start")

    def __init__(self, index: PlaceIndex, start: int, end: int) -> None:
        self.index, self.start, self.end = index, start, end
        self.found: tuple[PlaceMention, ...] | None = None

    def __call__(self) -> tuple[PlaceMention, ...]:
        if self.found is None:
            self.found = self.index.within(self.start, self.end)
        return self.found


# A wire report opens with where and when it was filed: "LIMA, March 9 (Andes Wire) - ...". That date is the
# report's, not an event's; it is listed as unresolved like any date that dates no event.
DATELINE_PLACE = re.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
                            r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?,[ \t]*")
DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:-{1,2}|[–—])[ \t]")


def _in_dateline(text: str, sentence_start: int, r: Resolved) -> bool:
    """Whether ``r`` is the date of the dateline that opens its sentence.

    >>> text = "LIMA, March 9 (Andes Wire) - The minister arrived on Monday."
    >>> from itinerary.temporal import extract, resolve
    >>> [(t.mention.text, _in_dateline(text, 0, t)) for t in resolve(text, extract(text), None)]
    [('March 9', True), ('Monday', False)]
    """
    m = r.mention
    return m.start - sentence_start <= 60 and DATELINE_PLACE.fullmatch(text, sentence_start, m.start) is not None \
        and DATELINE_END.match(text, m.end) is not None


BULLET = re.compile(r"\s*[*•·▪◦‣]\s")


@dataclass
class _Bullets:
    """A bulleted programme: an undated bullet happens on the day of the bullet before it.

        * Saturday afternoon, a wreath-laying ceremony at the cemetery.
        * The two leaders meet at the palace.          <- Saturday too
    """

    day: tuple[Resolved, ...] = ()

    def apply(self, text: str, start: int, found: list[EventMention]) -> list[EventMention]:
        if not BULLET.match(text, start, start + 3):
            self.day = ()
            return found
        dated = [m for m in found if m.times and m.times[0].mention.value.kind in {"date", "range"}]
        if dated:
            self.day = dated[0].times[:1]
            return found
        if not self.day:
            return found
        return [m.model_copy(update={"times": self.day}) if not m.times and m.kind not in {"statistic", "anniversary"}
                else m for m in found]


# A programme paragraph led by its day: "Day 2 (Tuesday, 8 April): Visit to the castle. In the afternoon, the
# forum." The label's date opens the paragraph (maybe after "Day N" and a bracket) and a colon follows it.
DAY_LABEL_BEFORE = re.compile(r"\s*(?:(?:day|jour|tag)\s+\d{1,2}\s*[-–:,]?\s*)?\(?\s*", re.IGNORECASE)
DAY_LABEL_AFTER = re.compile(r"\s*\)?\s*[:–—-]\s")


@dataclass
class _DayLabels:
    """A programme paragraph led by a date label: its undated events happen on that day.

        Day 2 (Tuesday, 8 April): Visit to the castle.     <- the label dates the visit
        In the afternoon, the President opens a forum.     <- and this sentence's forum too
    """

    paragraph_of: Callable[[int], int]
    day: tuple[Resolved, ...] = ()
    paragraph: int = -1

    def apply(self, text: str, start: int, times: Sequence[Resolved], found: list[EventMention]) -> list[EventMention]:
        here = self.paragraph_of(start)
        label = next((r for r in times if r.readings and r.readings[0].precision == "day"
                      and DAY_LABEL_BEFORE.fullmatch(text, start, r.mention.start)
                      and DAY_LABEL_AFTER.match(text, r.mention.end)), None)
        if label is not None:
            self.day, self.paragraph = (label,), here
            return [m if m.times else m.model_copy(update={"times": self.day}) for m in found]
        if here != self.paragraph or not self.day:
            self.day = ()
            return found
        return [m.model_copy(update={"times": self.day}) if not m.times and m.kind not in {"statistic", "anniversary"}
                else m for m in found]


SCHEDULE_LINE = 200
DATE_LINE_SIGNS = " ()[],.:;–—-\t\n"  # what a date line holds besides its dates
TRIP_UNITS = frozenset({"day", "night", "week", "fortnight", "month"})  # "an 87-year-old pope" is no trip length
AGE = re.compile(r"[-‑ ]?old\b")  # a programme's lines are short; a paragraph of prose ends the programme


@dataclass
class _Schedule:
    """A printed programme: a date line, a place line and a time line stamp the event line that follows.

        March 18, 2031 (Tuesday)
        VALPARAISO
        10:00
        Visit to the port authority with the mayor
    """

    day: list[Resolved] = field(default_factory=list)
    time: list[Resolved] = field(default_factory=list)
    place: PlaceMention | None = None

    def read_date_line(self, text: str, start: int, end: int, times: Sequence[Resolved]) -> bool:
        """Whether the line is only a date or a time (then remember it)."""
        if not times:
            return False
        first = min(r.mention.start for r in times)
        if start <= first and text[start:min(first, end)].strip(DATE_LINE_SIGNS):
            return False  # words before the first date (most dated sentences): no need to cut the dates out
        rest = _cut(text, start, end, [(r.mention.start, r.mention.end) for r in times])
        if not rest.strip(DATE_LINE_SIGNS):
            if any(r.timex_type == "TIME" and r.mention.value.kind == "date" and
                   getattr(r.mention.value, "hour", None) is not None for r in times):
                self.time = list(times)
            else:
                self.day, self.time, self.place = list(times), [], None
            return True
        return False

    def read_place_line(self, text: str, start: int, end: int, places: Sequence[PlaceMention]) -> bool:
        """Whether the line, under a date line, is only a place (then remember it)."""
        if not places or not self.day:
            return False
        leftover = _cut(text, start, end, [(p.start, p.end) for p in places])
        if not leftover.strip(" –—-/,\t\n"):
            self.place = places[0]
            return True
        return False

    def apply(self, found: list[EventMention], length: int) -> list[EventMention]:
        if length > SCHEDULE_LINE:
            self.day, self.time, self.place = [], [], None
            return found
        if not self.day and not self.time:
            return found
        out = []
        stamp = tuple(self.time) + tuple(self.day)  # the clock time first: it is the finest
        for m in found:
            update: dict[str, object] = {}
            if not m.times and stamp:
                update["times"] = stamp
            leaves = m.qualifier == "departure"  # a programme's place line is where its departures leave from
            if (m.location is None or leaves) and self.place is not None:
                update.update(location=self.place.name, country=self.place.country, timezone=self.place.timezone,
                              location_is_city=self.place.kind == "city")
                if leaves:
                    update["title"] = f"Departure from {self.place.name}"
            out.append(m.model_copy(update=update) if update else m)
        if found:
            self.time = []
        return out


def _cut(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` without the spans, cut from the last to the first (linear when they do not overlap)."""
    ordered = sorted(spans)
    if all(start <= a <= b <= end for a, b in ordered) and all(
            ordered[i][1] <= ordered[i + 1][0] for i in range(len(ordered) - 1)):
        pieces, at = [], start
        for a, b in ordered:
            pieces.append(text[at:a])
            at = b
        pieces.append(text[at:end])
        return "".join(pieces)
    rest = text[start:end]  # overlapping spans: cut them one by one, exactly as written
    for a, b in sorted(spans, key=lambda span: -span[0]):
        rest = rest[:a - start] + rest[b - start:]
    return rest


def _article_names(people: PeopleIndex) -> dict[str, str]:
    """Short form -> full name, for the people this article names in full."""
    full: dict[str, str] = {}
    for person in people.mentions:
        parts = person.name.split()
        if len(parts) < 2:
            continue
        full.setdefault(person.name, person.name)
        full.setdefault(parts[0], person.name)  # East Asian order: family name first ("Park Min-jun")
        full.setdefault(parts[-1], person.name)  # Western order: family name last ("Duval")
    return full


@dataclass(frozen=True)
class _Cues:
    """Which of the rarer patterns a sentence can hold at all, from the words it has: a pattern searched before
    every trigger or date of every sentence cost a tenth of the events stage on dense text, though few
    sentences hold its words. Substring tests on the lower-cased sentence, in C; an over-approximation (a cue
    present only searches the pattern)."""

    negation: bool = True  # NEGATED
    eve: bool = True  # EVE_OF
    superseded: bool = True  # SUPERSEDED
    pair: bool = True  # THE_PAIR
    new_clause: bool = True  # NEW_CLAUSE_BEFORE
    agreed: bool = True  # AGREED_TO_HOLD
    since: bool = True  # SINCE_OFFICE

    @staticmethod
    def of(text: str, start: int, end: int) -> _Cues:
        low = text[start:end].lower()
        if "\n" in low or "  " in low or "\t" in low:
            low = " ".join(low.split())  # a hard-wrapped sentence: "the eve\nof" is "the eve of"
        return _Cues(
            negation="no " in low or "without" in low or "cancel" in low or "scrap" in low or " off" in low
            or "skip" in low or "shelved" in low or "axed" in low or "abandoned" in low or "postponed" in low
            or "delayed" in low,
            eve="eve of" in low or "run-up" in low or (("before" in low or "after" in low) and (
                "the day" in low or "the night" in low or "the morning" in low or "the evening" in low)),
            superseded="originally" in low or "initially" in low or "previously" in low or "first" in low
            or "instead" in low or "rather" in low or ("from " in low and (" to " in low or " until " in low)),
            pair="leaders" in low or "presidents" in low or "heads" in low or "premiers" in low
            or "ministers" in low or "monarchs" in low or "sides" in low,
            new_clause=", and" in low or ", then" in low or ";" in low,
            agreed="agree" in low,
            since="since" in low,
        )


def _sentence_events(
    article: Article, start: int, end: int, times: Sequence[Resolved], names: ShortNames,
    sentence_places: Callable[[], Sequence[PlaceMention]], found_people: PeopleIndex,
    previous: tuple[int, int] | None = None,
) -> list[EventMention]:
    """The event mentions of the sentence ``text[start:end]``; ``sentence_places`` gives its places (they are
    looked for only when a span of days or a trigger is found)."""
    text = article.text
    legs = _listed_legs(article, start, end, times, sentence_places)
    taken = {id(leg.times[0]) for leg in legs}
    times = [r for r in times if id(r) not in taken]
    matches = list(find_triggers(text, start, end))
    if not matches:
        return legs  # most sentences of a report: no trigger, and no cue to look for
    cues = _Cues.of(text, start, end)
    clauses = _clauses(text, start, end, times, cues, matches)
    if not clauses:
        return legs
    found_places = sentence_places()
    places = _ByStart(found_places)
    _attach_times(text, clauses, times, cues)
    found_persons = _people(text, start, end, names, found_people)
    people = _ByStart(found_persons)
    if found_persons and found_places:
        places = _ByStart(_not_people(found_places, found_persons))
    out: list[EventMention] = list(legs)
    last_of_kind = {m.kind: m for m in legs}  # what _restates asks of the earlier mentions, kept as they come
    for clause in clauses:
        if clause.denied:
            continue
        found = _event_mentions(article, clause, start, end, people, places)
        if previous is not None and found and not found[0].participants and cues.pair \
                and _names_a_pair(text, clause):
            # "... welcomed Vogt at the airport. The two leaders will meet on Wednesday.": the pair is the people
            # of the sentence before
            pair = tuple(dict.fromkeys(p.name for p in _people(text, *previous, names, found_people)))[:2]
            found = [m.model_copy(update={"participants": pair}) for m in found] if len(pair) == 2 else found
        for m in found:
            if _restates(m, last_of_kind.get(m.kind)):
                continue
            out.append(m)
            last_of_kind[m.kind] = m
    return out


ITEM_REACH = 160  # a list item ("Santos and Campinas, Brazil, Oct. 4-6") is short
ITEM_START = re.compile(r"(?:^|[;:\n]|\bvisit:)\s*(?:and\s+)?$", re.IGNORECASE)
ITEM_GAP = re.compile(r"[\s,:–—-]*(?:on|from|between|for)?\s*$", re.IGNORECASE)


def _listed_legs(article: Article, start: int, end: int, times: Sequence[Resolved],
                 sentence_places: Callable[[], Sequence[PlaceMention]]) -> list[EventMention]:
    """Stays written as list items or headings: 'SOUTH KOREA: Friday, May 20 - Sunday, May 22',
    '...; Santos and Campinas, Brazil, Oct. 4-6; Lima, the capital, Oct. 6-8'. The sentence's places are
    asked for only when it has a span of days."""
    text = article.text
    legs = []
    places: _ByStart[PlaceMention] | None = None
    for r in times:
        if not _is_range((r,)):
            continue
        if places is None:
            places = _ByStart(sentence_places())
        back = max(start, r.mention.start - ITEM_REACH)
        item_from = max(text.rfind(sep, back, r.mention.start) for sep in (";", ":", "\n"))
        start_of_item = back if item_from < back else item_from + 1
        item_from = start_of_item
        item = [p for p in places.between(item_from, r.mention.start + 1)
                if p.end <= r.mention.start and not _adjective(p)]
        heading = _heading_place(text, start, item_from, places)
        if not item and heading is not None:
            item = [heading]  # "SOUTH KOREA: Friday, May 20 - Sunday, May 22"
        elif not item or not _item_starts_at(text, start, item[0].start):
            continue
        head = "" if item[0] is heading else text[item_from:item[0].start]
        gap = text[item_from:r.mention.start] if item[0] is heading else text[item[-1].end:r.mention.start]
        if head.strip() not in {"", "and"} or len(gap) > 60 or TRIGGER_PATTERN.search(text, item_from, r.mention.start):
            continue
        if not ITEM_GAP.match(gap) and not ITEM_ASIDE.fullmatch(gap):
            continue
        cities = [p for p in item if p.kind == "city"] or item[:1]
        first = cities[0]
        q_start, q_end = _quote_window(text, start, end, first.start, r.mention.end)
        legs.append(EventMention(
            id=f"{article.id}:{first.start}", article=article.id, kind="stay", trigger_start=first.start,
            trigger_end=first.end, trigger=first.text, quote_start=q_start, quote_end=q_end,
            quote=text[q_start:q_end],
            title=f"Stay in {_join([c.name for c in cities])}", location=first.name, country=first.country,
            timezone=first.timezone, location_is_city=first.kind == "city", times=(r,),
        ))
    return legs


_SPACE = re.compile(r"\s")  # the pattern's own idea of a space


def _item_starts_at(text: str, lo: int, end: int) -> bool:
    """``ITEM_START.search(text, lo, end)``, searched only near ``end``: a match is a separator, spaces, perhaps
    'and' and spaces, then the end, so it starts at most 6 characters before that run of spaces and 'and'
    (searching from the sentence start for each list item was quadratic in a long list)."""
    i = end
    while i > lo and _SPACE.match(text, i - 1):
        i -= 1
    j = max(lo, i - 3)  # 'and', or whatever three characters stand there
    while j > lo and _SPACE.match(text, j - 1):
        j -= 1
    return ITEM_START.search(text, max(lo, j - len("visit:")), end) is not None


def _heading_place(text: str, start: int, colon_after: int, places: _ByStart[PlaceMention]) -> PlaceMention | None:
    """The place of 'PLACE: <dates>' when the words before the colon are just that place."""
    if colon_after <= start or text[colon_after - 1] != ":":
        return None
    before: list[PlaceMention] = []
    for p in places.between(start, colon_after):
        if p.end <= colon_after - 1:
            before.append(p)
            if len(before) == 2:
                break  # one is a heading, two are not: the rest need not be looked at
    if len(before) != 1 or text[start:before[0].start].strip(" *•-\n") or text[before[0].end:colon_after - 1].strip():
        return None
    return before[0]


def _restates(m: EventMention, last_same: EventMention | None) -> bool:
    """'the signing of 10 Memorandums of Understanding (MOUs)': later same-kind words add nothing of their own.
    ``last_same`` is the sentence's last earlier mention of the same kind."""
    return last_same is not None and not m.times and m.duration is None and m.counterpart is None and (
        m.location is None or m.location == last_same.location)


def _clauses(text: str, start: int, end: int, times: Sequence[Resolved], cues: _Cues = _Cues(),
             matches: Sequence[re.Match[str]] | None = None) -> list[_Clause]:
    """Trigger matches of one sentence, light verbs and triggers inside dates dropped. ``matches``: the
    sentence's trigger matches, if found already."""
    found: list[tuple[int, int, Trigger]] = []
    denied: set[int] = set()
    spans = sorted((t.mention.start, t.mention.end) for t in times)
    span_starts = [a for a, _ in spans]
    in_context: dict[str, bool] = {}  # a context pattern is searched once per sentence, not once per trigger
    same_day: set[tuple[int, int]] | None = None  # the spans of same-day anchors, found when first asked
    counted: set[tuple[int, int]] | None = None  # the spans of days counted from an event they name
    counted_starts: set[int] = set()  # the triggers kept inside them
    for match in find_triggers(text, start, end) if matches is None else matches:
        trigger = trigger_of(text, match)
        i = bisect.bisect_right(span_starts, match.start()) - 1
        if i >= 0 and match.start() < spans[i][1]:
            # "before his departure" is a date, not a departure; but "met Ruiz on Tuesday, hours after landing
            # in Lima" names the arrival of that day, and "on Friday, a day after talks in Lima" the talks of
            # the day before
            if counted is None:
                counted = {(t.mention.start, t.mention.end) for t in times if _days_from_event(t) is not None}
            if spans[i] in counted and match.start() > spans[i][0]:
                counted_starts.add(match.start())
            else:
                if not found or trigger.kind != "travel":
                    continue
                if same_day is None:
                    same_day = {(t.mention.start, t.mention.end) for t in times if _same_day_anchor(t)}
                if spans[i] not in same_day:
                    continue
        if text[match.start() - 1:match.start()] in {"-", "‑"}:
            continue  # "a pre-visit interview" is an interview
        if cues.negation and NEGATED.search(text, max(start, match.start() - NEGATED_REACH), match.start()):
            denied.add(match.start())  # "closed with a communique but no agreement on tariffs", "left without a deal"
        if cues.eve and EVE_OF.search(text, max(start, match.start() - EVE_REACH), match.start()):
            continue  # "expected on Tuesday, the eve of the summit": a day named by the summit, not the summit
        if cues.agreed and trigger.kind in RECURRING_KINDS and AGREED_TO_HOLD.search(
                text, max(start, match.start() - AGREED_REACH), match.start()):
            continue  # "agreed to hold annual summits": an agreement about gatherings to come, none of them held
        if trigger.needs_context:
            if trigger.needs_context not in in_context:
                in_context[trigger.needs_context] = bool(re.search(trigger.needs_context, text[start:end],
                                                                   re.IGNORECASE))
            if not in_context[trigger.needs_context]:
                continue
        found.append((match.start(), match.end(), trigger))
    found = _merge_compounds(text, found)
    found = _signings(text, found)
    found = _fold_gatherings(text, found)
    found = _one_arrival(text, found)
    if cues.negation:
        # "the visit to Kyiv was cancelled": the word that undoes the event comes after it, in its own clause
        denied.update(f[0] for i, f in enumerate(found) if CALLED_OFF_AFTER.match(
            text, f[1], min(found[i + 1][0] if i + 1 < len(found) else end, f[1] + CALLED_OFF_REACH)))
    # only the next trigger matters to a light verb: a slice of one, not the whole rest (quadratic in a run-on)
    found = [f for i, f in enumerate(found) if not _is_light_verb(text, f, found[i + 1:i + 2], times)]
    clauses = []
    for i, (t_start, t_end, trigger) in enumerate(found):
        clause_start = start if i == 0 else t_start
        clause_end = found[i + 1][0] if i + 1 < len(found) else end
        clauses.append(_Clause(trigger, t_start, t_end, clause_start, clause_end, denied=t_start in denied,
                               before_counted=i + 1 < len(found) and found[i + 1][0] in counted_starts))
    return clauses


# An event the sentence says did not happen: "but no agreement", "without a joint statement", "cancelling
# the final leg in Ankara", "called off the talks".
NEGATED = re.compile(r"\b(?:no|without(?:\s+(?:a|an|any))?)\s+(?:[\w-]+\s+)?$|"
                     r"\b(?:cancel(?:s|led|ed|ling|ing)?|cancellation\s+of|scrap(?:s|ped|ping)?|call(?:s|ed|ing)?\s+off|"
                     r"skip(?:s|ped|ping)?)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
NEGATED_REACH = 40
# The same written after the event: "the visit to Kyiv on Friday was cancelled", "the talks have been called off",
# "the final leg, planned for Friday, was cancelled" (an aside between commas).
CALLED_OFF_AFTER = re.compile(r"[^,;.]{0,70}?(?:,[^,;.]{1,40},\s*)?\b(?:was|were|is|are|been|be|got|get)\s+(?!not\b|never\b)(?:\w+\s+)?"
                              r"(?:cancell?ed|called\s+off|scrapped|shelved|axed|abandoned|"
                              # put off with no new date: the date written is the one given up
                              r"(?:postponed|put\s+off|delayed)(?=\s+(?:indefinitely|until\s+further\s+notice)|"
                              r"\s*[.;]|\s*$))\b", re.IGNORECASE)
CALLED_OFF_REACH = 100
# An event named only to name a day beside it: "the eve of the summit", "the day before the talks", "the
# run-up to the visit". The sentence's date is that day, not the event's. Not "on Saturday evening after a
# week-long trip": the trip is an event there.
EVE_OF = re.compile(r"\b(?:eve\s+of|the\s+(?:day|night|morning|evening)\s+(?:before|after)|run-up\s+to)\s+"
                    r"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
EVE_REACH = 50

# Gatherings agreed on as a practice: "agreed to hold annual summits", "agreed to regular talks". Not "agreed to
# hold talks on Friday" (one gathering, dated by the sentence) nor "the annual summit" (a real one).
RECURRING_KINDS = frozenset({"summit", "talks", "meeting", "forum"})
AGREED_TO_HOLD = re.compile(r"\bagree(?:d|s|ing)?\s+(?:to\s+(?:hold|have|establish|institute|launch|set\s+up|resume)\s+|"
                            r"on\s+)(?:(?:an?|the)\s+)?(?:annual|regular|yearly|biannual|biennial|periodic|"
                            r"future|further)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
AGREED_REACH = 70

SIGNED_AGREEMENT = Trigger("signed agreement", "", "signing", "Signing")


def _signings(text: str, found: list[tuple[int, int, Trigger]]) -> list[tuple[int, int, Trigger]]:
    """'signed an energy pact', 'signed two MoUs': the event is a signing, named by what was signed."""
    out: list[tuple[int, int, Trigger]] = []
    for item in found:
        if out and out[-1][2].kind == "signing" and item[0] - out[-1][1] <= 40 and (
                item[2].kind == "agreement" or (item[2].kind == "signing" and _signs(text[out[-1][0]:out[-1][1]]))):
            # "signed five memorandums of understanding": one signing, of the memorandums
            out[-1] = (item[0], item[1], SIGNED_AGREEMENT)
        else:
            out.append(item)
    return out


# A gathering named as the object of another event word is one event: "the opening of a business forum" is the
# forum (its opening is its first moment, not a launch of its own), "will address the business forum" a speech to
# it (not a forum event beside the speech). The object is a determiner and a few naming words away.
GATHERINGS = frozenset({"forum", "summit"})
OPENING_OF = re.compile(r"\s+of\s+(?:the|a|an|this\s+year's)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
ADDRESS_OBJECT = re.compile(r"\s+(?:the|a|an|this\s+year's)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
OPENING_WORDS = frozenset({"opening", "inauguration"})


def _fold_gatherings(text: str, found: list[tuple[int, int, Trigger]]) -> list[tuple[int, int, Trigger]]:
    """Drop the opening of a gathering (the gathering stays) and a gathering an address is made to (the
    speech stays, its clause reaching over the gathering's name)."""
    if len(found) < 2:
        return found
    drop: set[int] = set()
    for i in range(len(found) - 1):
        (a, b, head), (c, _, nxt) = found[i], found[i + 1]
        if nxt.kind not in GATHERINGS or c - b > 60:
            continue
        word = text[a:b].lower()
        if head.kind == "launch" and word in OPENING_WORDS and OPENING_OF.fullmatch(text, b, c):
            drop.add(i)
        elif head.kind == "speech" and word in ADDRESS_FORMS and ADDRESS_OBJECT.fullmatch(text, b, c):
            drop.add(i + 1)
    return [f for i, f in enumerate(found) if i not in drop] if drop else found


GREETED = re.compile(r"(?:greeted|welcomed|received|met)\s", re.IGNORECASE)


def _one_arrival(text: str, found: list[tuple[int, int, Trigger]]) -> list[tuple[int, int, Trigger]]:
    """'arrived in Lima on Wednesday, where he was greeted at the airport by Prime Minister Ruiz': the greeting
    is that arrival (its clause holds the greeter), not a second one."""
    arrived = False
    out = []
    for item in found:
        if item[2].name == "arrival":
            if arrived and GREETED.match(text, item[0]):
                continue
            arrived = True
        out.append(item)
    return out


def _signs(word: str) -> bool:
    """A signing word that names the act, not the paper signed: 'signed', 'the signing (of)', not 'MoUs'."""
    return _is_verb(word) or word.lower() == "signing"


def _merge_compounds(text: str, found: list[tuple[int, int, Trigger]]) -> list[tuple[int, int, Trigger]]:
    """'summit discussions', 'ballistic missile launch': adjacent triggers name one event (the first's kind)."""
    merged: list[tuple[int, int, Trigger]] = []
    for item in found:
        if merged and ADJACENT.fullmatch(text[merged[-1][1]:item[0]]):
            prev = merged[-1]
            if prev[2].kind == "agreement" and item[2].kind == "signing":
                merged[-1] = (prev[0], prev[1], SIGNED_AGREEMENT)  # "a defence pact signed on Tuesday"
                continue
            if prev[2].kind == "signing" and item[2].kind in {"signing", "agreement"} and _is_verb(
                    text[prev[0]:prev[1]]):
                merged[-1] = (item[0], item[1], SIGNED_AGREEMENT)  # "signed MoUs": a signing of the MoUs
                continue
            keep = prev[2] if prev[2].kind != "military" or item[2].kind == "military" else item[2]
            merged[-1] = (prev[0], item[1], keep)
        else:
            merged.append(item)
    return merged


def _is_light_verb(text: str, item: tuple[int, int, Trigger], later: list[tuple[int, int, Trigger]],
                   times: Sequence[Resolved] = ()) -> bool:
    """'launch a state visit', 'leave for a tour': the verb only introduces the noun after it. Not when it has
    an object or a date of its own: 'left Lisbon on Sunday morning for talks abroad'."""
    start, end, trigger = item
    if trigger.kind not in LIGHT_VERB_KINDS or trigger is SIGNED_AGREEMENT or not later:
        return False
    nxt_start, _, nxt = later[0]
    if nxt_start - end > LIGHT_VERB_REACH or PUNCTUATION.search(text[end:nxt_start]):
        return False
    if LINKED_EVENT.search(text, end, nxt_start):
        return False  # "to meet business leaders before flying home": two events, one after the other
    if any(end <= t.mention.start < nxt_start and t.mention.value.kind != "duration" for t in times):
        return False
    if AT_VENUE.search(text, end, nxt_start):
        return False  # "met Berg at the summit": a meeting held at the summit, not a verb introducing it
    word = text[start:end].lower()
    # a noun names its own event: "a joint press conference after their talks" is a press conference
    verb_like = not word.endswith(("ing", "ion", "ment", "ure", "al", "ence", "ance")) and word not in {"mous", "mou"}
    return verb_like and (nxt.trip_word or nxt.kind != trigger.kind)


LINKED_EVENT = re.compile(r"\s(?:before|after|and|then)\s", re.IGNORECASE)
NEW_CLAUSE_BEFORE = re.compile(r"(?:,\s*and|;|,\s*(?:and\s+)?then)\s+(?:on|at|in|from)?\s*$", re.IGNORECASE)


def _attach_times(text: str, clauses: list[_Clause], times: Sequence[Resolved], cues: _Cues = _Cues()) -> None:
    # Clauses are in text order and do not overlap: their starts and ends both ascend, so every "which clause"
    # question below is a bisection (a run-on sentence has thousands of clauses and dates).
    ends = [c.end for c in clauses]
    starts = [c.start for c in clauses]
    index = {id(c): i for i, c in enumerate(clauses)}
    own_time = _own_time_test(times)
    swept_after: int | None = None  # clauses after this start have a date already (see the end of the loop)
    released_end: int | None = None  # where the last date of a release ends
    measuring = _attach_durations(text, clauses, starts, times)  # first: a sweep below asks which trips have one
    date_starts = sorted(t.mention.start for t in times if not isinstance(t.mention.value, DurationPattern))
    for r in times:
        value = r.mention.value
        if id(r) in measuring:
            continue
        if _is_modifier_year(text, r):
            target = _next_clause(clauses, starts, r.mention.end, reach=45)
            if target is not None:
                target.times.append(r)
                continue
        if isinstance(value, DurationPattern):
            continue  # "for nearly a decade" measures a state, not the event named before it
        if _same_day_anchor(r):
            # "met Ruiz on Tuesday, hours after landing in Lima": the move that came (or comes) hours from a
            # dated event is on its day
            n_before = bisect.bisect_right(ends, r.mention.start)
            moved = _next_clause(clauses, starts, r.mention.start, reach=r.mention.end - r.mention.start + 6)
            if n_before and clauses[n_before - 1].times and moved is not None and \
                    moved.trigger.kind == "travel" and not moved.times and not any(
                        moved.start <= t.mention.start < moved.clause_end and t.mention.value.kind != "duration"
                        for t in times):
                moved.times.append(_day_only(clauses[n_before - 1].times[0]))
                continue
        if isinstance(value, AnchoredPattern) and value.anchor is None:
            follows = _next_clause(clauses, starts, r.mention.end, reach=60)
            if follows is not None and follows.start - r.mention.end <= 2:
                continue  # "shortly after arriving": relative to the arrival, which has its own date
            if follows is not None:
                # "the trip comes shortly after <drills>": the drills come before the trip
                n_before = bisect.bisect_right(ends, r.mention.start)
                follows.times.append(_inverted(r, value, clauses[n_before - 1] if n_before else None))
                continue
        if cues.superseded and _superseded(text, r):
            continue  # "originally planned for Thursday, has been moved to Friday": Friday is the date
        n_before = bisect.bisect_right(ends, r.mention.start)
        last_before = clauses[n_before - 1] if n_before else None
        if last_before and REPORTED.search(text, max(last_before.end, r.mention.start - 30), r.mention.start):
            continue  # "the office said on Sunday": the date of the report, not of the event
        if RELEASED.search(text, max(last_before.end if last_before else clauses[0].clause_start,
                                     r.mention.start - 30), r.mention.start) or (
                released_end is not None and APPOSED.fullmatch(text, released_end, r.mention.start)):
            released_end = r.mention.end  # and "on Friday evening, July 5,": the same day, twice written
            continue  # "the palace released on Friday the schedule of the visit": the day of the release
        if last_before and cues.since and SINCE_OFFICE.search(text, max(last_before.end, r.mention.start - 50),
                                                              r.mention.start):
            continue  # "her first trip abroad since taking office in May": May dates the office, not the trip
        target = last_before or _next_clause(clauses, starts, r.mention.end, reach=10_000)
        if last_before is not None and cues.new_clause and NEW_CLAUSE_BEFORE.search(
                text, max(last_before.end, r.mention.start - 16), r.mention.start):
            # "... tour a mine, and on the last day she will lay a wreath": the date opens the next clause
            target = _next_clause(clauses, starts, r.mention.end, reach=60) or last_before
        if target is not None:
            target.times.append(r)
        if target is not None:
            _share_with_where_clauses(text, clauses, index[id(target)], r, own_time)
            _share_with_venue_holder(text, clauses, index[id(target)], r, own_time)
        if not n_before and target is not None and isinstance(value, DatePattern):
            # "On Sunday, she will open the fair, as well as take a day trip to the coast": a date that opens
            # the sentence dates every event of it that has no date of its own.
            if swept_after is not None and target.start >= swept_after:
                continue  # an earlier sweep left every clause after this one dated or with a date of its own
            # ... up to the next date: "On Wednesday she flies to Bodo, and on Thursday she meets the mayors
            # before returning home" leaves the meeting and the return to the Thursday
            k = bisect.bisect_right(date_starts, r.mention.start)
            upto = date_starts[k] if k < len(date_starts) else None
            for later in clauses[index[id(target)] + 1:]:
                if upto is not None and later.start > upto:
                    break
                if not later.times and not own_time(later) and not _measured_trip(later):
                    later.times.append(r)
            swept_after = target.start
    if cues.new_clause or text.find(" and ", clauses[0].start, clauses[-1].end) != -1:
        _date_coordinated(text, clauses, own_time)
    if any(_days_from_event(r) is not None for r in times):
        _date_counted_events(clauses, ends, times)


def _days_from_event(r: Resolved) -> int | None:
    """Whole days signed from the event the words name: 'a day after talks with Ruiz' +1, 'two days before
    arriving' -2; None for any other date ('hours after', 'days before': no exact day)."""
    value = r.mention.value
    if not isinstance(value, AnchoredPattern) or value.relation not in {"before", "after"} or value.distance is None:
        return None
    span = duration_days(value.distance) if value.distance.unit in {"day", "week"} else None
    if span is None or span[0] != span[1] or span[0] < 1:
        return None
    return span[0] if value.relation == "after" else -span[0]


COUNTED_REACH = 2  # "a day after | arriving in Lima": the event counted from follows the words at once


def _date_counted_events(clauses: list[_Clause], ends: list[int], times: Sequence[Resolved]) -> None:
    """'laid a wreath on Friday, a day after talks in Lima': the talks, named in the date's own words (or just
    after them: 'a day after arriving'), were on Thursday. The day is counted from the dated event before."""
    for r in times:
        days = _days_from_event(r)
        if days is None:
            continue
        named = next((c for c in clauses if r.mention.start < c.start <= r.mention.end + COUNTED_REACH), None)
        n_before = bisect.bisect_right(ends, r.mention.start)
        host = clauses[n_before - 1] if n_before else None
        if named is None or host is None or named.times:
            continue
        day = next((_day_of(t) for t in host.times if _day_of(t) is not None), None)
        if day is None:
            continue
        if r in host.times:
            host.times.remove(r)  # it dates the event it names, not the one it follows
        named.times.append(_counted_day(r, day - dt.timedelta(days=days), host.trigger.title.lower()))


def _day_of(r: Resolved) -> dt.date | None:
    """The one day a date gives, if it gives one ('Friday', 'late Sunday', 'Tuesday evening')."""
    if not r.readings or r.readings[0].precision not in {"day", "hour", "minute"}:
        return None
    first, last = day_of(r.readings[0].start), day_of(r.readings[0].end)
    return first if first == last else None


def _counted_day(r: Resolved, day: dt.date, host: str) -> Resolved:
    """``r`` placed on ``day``, counted from the dated ``host`` event."""
    reading = Reading(start=day, end=day, precision="day", value=day.isoformat(), basis=f"counted from the {host}")
    return r.model_copy(update={"readings": (reading,), "value": day.isoformat(), "timex_type": "DATE",
                                "anchor": "event", "note": f"counted from the {host} of the same sentence"})


# "met Zhou in Beijing on Tuesday, October 14, and signed agreements": a second past-tense verb joined by
# "and" to a dated one, with no date of its own, happened that day.
AND_THEN = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
PAST_IRREGULAR = frozenset({"met", "held", "gave", "took", "made", "laid", "paid", "led", "spoke", "flew", "went"})
COORDINATED_REACH = 120


def _past_verb(word: str) -> bool:
    low = word.split(maxsplit=1)[0].lower() if word.strip() else ""  # "flew home": the verb of the phrase
    return low.endswith("ed") or low in PAST_IRREGULAR


# The same with the verb before a noun trigger: "held talks on Monday and signed a memorandum".
AND_THEN_VERB = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+|later\s+|also\s+)?([a-z]+)\s+"
                           r"(?:(?:a|an|the|their|two|three|several|new)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _done(text: str, clause: _Clause) -> bool:
    """Whether the clause's event is told as done: its trigger is a past verb ("met") or follows one ("held
    talks")."""
    if _past_verb(text[clause.start:clause.end]):
        return True
    before = WORD_BEFORE.search(text, max(0, clause.start - 16), clause.start)
    return before is not None and _past_verb(before.group(1))


def _date_coordinated(text: str, clauses: list[_Clause], own_time: Callable[[_Clause], bool]) -> None:
    for before, after in itertools.pairwise(clauses):
        if after.times or not before.times or own_time(after) or after.start - before.end > COORDINATED_REACH:
            continue
        between = text[before.end:after.start]
        if ";" in between or not _done(text, before):
            continue
        if AND_THEN.search(between) and _past_verb(text[after.start:after.end]) \
                or (verb := AND_THEN_VERB.search(between)) is not None and _past_verb(verb.group(1)):
            after.times.append(_day_only(before.times[0]))  # "met Ruiz on Monday morning and flew home": that day


def _attach_durations(text: str, clauses: list[_Clause], starts: list[int], times: Sequence[Resolved]) -> set[int]:
    """Give 'a five-day trip' its length; the ids of the durations so used."""
    used: set[int] = set()
    for r in times:
        value = r.mention.value
        if isinstance(value, DurationPattern) and value.adjectival and value.unit in TRIP_UNITS and not AGE.match(
                text, r.mention.end):
            target = _next_clause(clauses, starts, r.mention.end, reach=30)
            if target is not None and target.duration is None:
                target.duration = r
                used.add(id(r))
    return used


def _measured_trip(clause: _Clause) -> bool:
    """'on Wednesday held talks in Hanoi, the last stop of a five-day trip': a trip of several days that a
    sentence names after its dated event is the frame that event lies in, not an event of that day."""
    return clause.trigger.trip_word and clause.duration is not None


# A date the plan has left: "originally planned for Thursday", "initially scheduled for June 16", "instead of
# Tuesday". The event keeps the date it was moved to; the old one dates nothing.
SUPERSEDED = re.compile(r"\b(?:(?:originally|initially|previously|first)\s+(?:been\s+)?(?:planned|scheduled|set|"
                        r"due|slated|expected|meant|intended|billed)(?:\s+to\s+\w+)?\s+(?:for|on)|instead\s+of|"
                        r"rather\s+than)\s+(?:the\s+)?$", re.IGNORECASE)
SUPERSEDED_REACH = 45


def _superseded(text: str, r: Resolved) -> bool:
    """Whether the date is one a change of plan replaced (see SUPERSEDED), or the old date of a move:
    'postponed from [Tuesday] to Wednesday', 'moved from [January 12] to January 14'."""
    start = r.mention.start
    if SUPERSEDED.search(text, max(0, start - SUPERSEDED_REACH), start):
        return True
    return is_old_date_of_move(text, start, r.mention.end)


def _share_with_where_clauses(text: str, clauses: list[_Clause], i: int, r: Resolved,
                              own_time: Callable[[_Clause], bool]) -> None:
    """'will travel Sunday morning to the stadium where he will celebrate Mass': the Mass is that morning.
    ``i`` is the index of the clause dated by ``r``."""
    while i + 1 < len(clauses):
        nxt = clauses[i + 1]
        between = text[clauses[i].end:nxt.start]
        # (a trip of several days that "follows" a dated event is not on its day: "the summit on November 17
        # and 18, followed by a two-day visit to Kenya")
        if own_time(nxt) or nxt.times or not ((WHERE.search(between) and not _measured_trip(nxt)) or (
                clauses[i].trigger.kind == "travel" and nxt.trigger.trip_word and TRIP_LINK.search(between)) or (
                clauses[i].trigger.name == "travel" and nxt.trigger.kind in PURPOSES and (
                    PURPOSE.search(between) or (TO_PURPOSE.search(between) and " and " not in between))
                and not (nxt.trigger.kind == "summit" and THE_SUMMIT.search(between))) or (
                nxt.trigger.kind == "travel" and BEFORE_MOVING.search(between)
                and text[nxt.start:nxt.end].split()[0].lower().endswith("ing"))):
            return
        nxt.times.append(r)
        i += 1


# An event held at another: "a keynote speech at the Oslo Energy Forum on Thursday", "a meeting on the sidelines
# of the summit on Thursday": the speech and the meeting are on Thursday too.
AT_VENUE = re.compile(r"(?:\s+[\w'’.-]+){0,10}?\s+(?:at|during|(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of)\s+"
                      r"(?:the|a|an|this\s+year's)\s+(?:[\w'’-]+\s+){0,3}$",
                      re.IGNORECASE)  # "met Berg at the summit": an object may come first


VENUE_REACH = 120  # "met Prime Minister Ana Vos and opposition leader Eli Tane on the sidelines of the G20 summit"


def _share_with_venue_holder(text: str, clauses: list[_Clause], i: int, r: Resolved,
                             own_time: Callable[[_Clause], bool]) -> None:
    """The clause before clause ``i``, undated, whose event is held at clause ``i``'s event, takes its date."""
    if i == 0:
        return
    before, venue = clauses[i - 1], clauses[i]
    if before.times or own_time(before) or before.denied or venue.start - before.end > VENUE_REACH:
        return
    if AT_VENUE.fullmatch(text, before.end, venue.start):
        before.times.append(r)


# What a journey is made for happens on the day of the journey: "travels to Istanbul on Tuesday for a business
# forum", "flies to Paris on Monday for talks with the president".
PURPOSES = frozenset({"forum", "talks", "summit", "meeting", "signing", "speech", "ceremony"})
PURPOSE = re.compile(r"\bfor\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "will travel to Quito the following day to meet business leaders": what the journey is made to do, the verb
# straight after "to" (not "and hopes to meet", another clause; not "flew to Quito, where ...": see WHERE)
TO_PURPOSE = re.compile(r"^[^,;]*\bto\s+$")
# "flies to Lima on Tuesday evening for the APEC summit": the summit has days of its own; the journey to it
# does not date it (unlike "for talks", "for a business forum", held on arrival).
THE_SUMMIT = re.compile(r"\bfor\s+the\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
WHERE = re.compile(r"\b(?:where|at which|during which|followed by)\b|\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}$",
                   re.IGNORECASE)
# A move dated in its own clause dates the trip it opens or closes: "arrived in Lima on Sunday for a two-day
# visit", "flew to Cairo on Sunday, starting a four-country tour" (the visit begins that day), "returned home on Friday after a six-day tour" (the tour ended by then:
# the frame reads such a date as the trip's last day).
TRIP_LINK = re.compile(r"\b(?:for|after|to\s+(?:begin|start|open|end|close|conclude)|starting|beginning|opening|"
                       r"ending|concluding|closing)\s+(?:a|an|his|her|their|its)\s+"
                       r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


# The move that closes a dated day: "will address the forum on Saturday before returning to Warsaw", "toured a
# plant on Friday before flying back to Berlin": the same day, unless the move has a date of its own.
# Not "weeks before returning": a measured gap is another day.
BEFORE_MOVING = re.compile(r"(?<!\bday )(?<!\bdays )(?<!\bweek )(?<!\bweeks )(?<!\bmonth )(?<!\bmonths )(?<!\byear )(?<!\byears )"
                           r"\bbefore\s+$", re.IGNORECASE)


def _own_time_test(times: Sequence[Resolved]) -> Callable[[_Clause], bool]:
    """Whether a clause has a date of its own among ``times`` (one starting inside it), by bisection. A length
    is no date: "a state visit, the first in a decade" still takes the date of the move it is for; a length
    written as an adjective ("a two-week trip", "his 11-year-old papacy") measures its clause's own noun."""
    starts = sorted(t.mention.start for t in times
                    if (not isinstance(t.mention.value, DurationPattern) or t.mention.value.adjectival)
                    and _days_from_event(t) is None)  # "a day after talks" dates the talks it names

    def has(clause: _Clause) -> bool:
        i = bisect.bisect_left(starts, clause.start)
        return i < len(starts) and starts[i] < clause.clause_end

    return has


INVERSE = {"before": "after", "after": "before", "since": "until", "until": "since", "during": "during"}


SAME_DAY_UNITS = frozenset({"hour", "minute"})


def _same_day_anchor(r: Resolved) -> bool:
    """'shortly after', 'hours before landing': a time from an event that stays within its day."""
    value = r.mention.value
    return isinstance(value, AnchoredPattern) and value.relation in {"before", "after"} and (
        value.distance is None or value.distance.unit in SAME_DAY_UNITS)


def _day_only(r: Resolved) -> Resolved:
    """The day of a date that names a part of it or an hour: hours from 'Tuesday evening' is Tuesday."""
    value = r.mention.value
    if not isinstance(value, DatePattern) or (value.part_of_day is None and value.hour is None) or not r.readings \
            or r.readings[0].precision != "day" or "T" not in r.value:
        return r
    day = r.value.split("T")[0]
    return r.model_copy(update={
        "value": day, "timex_type": "DATE",
        "mention": r.mention.model_copy(update={"value": value.model_copy(update={
            "part_of_day": None, "hour": None, "minute": None, "utc_offset_minutes": None})}),
        "readings": tuple(x.model_copy(update={"value": x.value.split("T")[0]}) for x in r.readings)})


def _inverted(r: Resolved, value: AnchoredPattern, last_before: _Clause | None) -> Resolved:
    """'<A> comes shortly after <B>' dates B relative to A: B is shortly before A. ``last_before``: the last
    clause that ends before ``r``."""
    anchor = last_before.trigger.title.lower() if last_before is not None else None
    flipped = value.model_copy(update={"relation": INVERSE[value.relation], "anchor": anchor})
    return r.model_copy(update={"mention": r.mention.model_copy(update={"value": flipped}),
                                "note": f"{value.relation} an event named earlier in the sentence"})


def _next_clause(clauses: list[_Clause], starts: list[int], position: int, reach: int) -> _Clause | None:
    """The first clause starting within ``reach`` after ``position`` (``starts``: the clauses' ascending starts)."""
    i = bisect.bisect_left(starts, position)
    if i < len(starts) and starts[i] <= position + reach:
        return clauses[i]
    return None


def _is_modifier_year(text: str, r: Resolved) -> bool:
    """'2019 journey', "Acme's 2023 harbour plant launch": a bare year used as a modifier."""
    if not YEAR.fullmatch(r.mention.text):
        return False
    after = text[r.mention.end:r.mention.end + 45]
    return bool(WORD_AFTER.match(after)) and not LINK_AFTER.match(after)


def _people(text: str, start: int, end: int, names: ShortNames, index: PeopleIndex) -> list[PersonMention]:
    found = list(index.within(start, end))
    inside = _inside_test([(p.start, p.end) for p in found])
    for short in names.find(text, start, end):
        if not inside(short.start):
            found.append(short)
    return sorted(found, key=lambda p: p.start)


# '..., presidential press secretary Rui Costa said': who announces an event does not take part in it.
SPEAKER_TITLE = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary|adviser|advisor|aide|official)\b",
                           re.IGNORECASE)
SPOKE_AFTER = re.compile(r",?\s+(?:said|says|told|announced|added|noted|stated|confirmed)\b")


def _spokesperson(text: str, person: PersonMention) -> bool:
    """The person's title, as written with the name or just before it, says they speak for someone."""
    return SPOKE_AFTER.match(text, person.end) is not None and SPEAKER_TITLE.search(
        text, max(0, person.start - 30), person.end) is not None


THE_PAIR = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|premiers|prime\s+ministers|"
                      r"ministers|monarchs|sides)\b", re.IGNORECASE)


def _names_a_pair(text: str, clause: _Clause) -> bool:
    """'The two leaders will meet', 'both presidents met': the meeting's people are named in the sentence before."""
    return clause.trigger.kind in {"meeting", "talks", "summit", "signing"} and THE_PAIR.search(
        text, max(clause.clause_start, clause.start - 40), clause.clause_end) is not None


def _not_people(places: Sequence[PlaceMention], people: Sequence[PersonMention]) -> list[PlaceMention]:
    """'Rivera and Ibarra signed ...' after 'President Tomas Ibarra': a surname that is also a town's name is
    the person here, wherever the article named him in full."""
    inside = _inside_test([(p.start, p.end) for p in people])
    return [p for p in places if not inside(p.start)]


def _inside_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of ``spans``: by bisection when they ascend without overlapping
    (as the finders return them), else by looking at each."""
    starts = [a for a, _ in spans]
    if all(spans[i][1] <= spans[i + 1][0] and spans[i][0] <= spans[i][1] for i in range(len(spans) - 1)):
        def inside(offset: int) -> bool:
            i = bisect.bisect_right(starts, offset) - 1
            return i >= 0 and offset < spans[i][1]
        return inside
    return lambda offset: any(a <= offset < b for a, b in spans)


def _event_mentions(
    article: Article,
    clause: _Clause,
    s_start: int,
    s_end: int,
    people: _ByStart[PersonMention],
    places: _ByStart[PlaceMention],
) -> list[EventMention]:
    text = article.text
    trigger = clause.trigger
    in_clause = people.between(clause.clause_start, clause.clause_end)
    participants = tuple(dict.fromkeys(p.name for p in in_clause if not _spokesperson(text, p))) if in_clause else ()
    counterpart = _counterpart(text, clause, in_clause)
    if trigger.trip_word and len(participants) > 1:
        participants = _guests(text, in_clause, participants)
    if not participants and trigger.kind in PAIR_KINDS and clause.start - clause.clause_start > 20:
        pair = TITLED_PAIR.search(text, clause.clause_start, clause.start)
        if pair:  # "Presidents Ana Vos and Luis Ruiz held talks": one plural title before two names
            participants = (pair.group("a"), pair.group("b"))
    spots = _locative_places(text, clause, places)
    if trigger.kind == "site_visit" and any(0 < p.start - clause.end <= 2 and not _adjective(p) for p in spots):
        trigger = TRIP_TRIGGER  # "to tour Brazil and Chile" is the journey, "to tour a plant" a site visit
    if trigger.kind in {"visit", "stay", "travel"} and any(p.start >= clause.end for p in spots):
        after = [p for p in spots if p.start >= clause.end]  # "after three days in Lima, she will stay in Quito"
        # "arrived in Lima for a one-day visit, a day after talks in Cusco": a place first named past a comma,
        # in a clause of before or after, is another event's; the visit is where the sentence had just taken
        # her, if it says ("a four-day visit, his first to India" is still to India)
        gap = CLAUSE_BREAK.search(text, clause.end, after[0].start)
        away = gap is not None and SUBORDINATE.search(text, gap.end(), after[0].start) is not None
        if away and trigger.kind == "visit":
            earlier = [p for p in places.between(s_start, clause.start) if not _adjective(p)]
            spots = earlier[-1:]
        else:
            spots = after
    elif trigger.trip_word:
        # "landed in Peru ... for the second leg of her ten-day tour": a trip's destination
        # follows it ("trip to X") or names it ("her Chile visit"), it is not where the sentence began.
        spots = [p for p in spots if p.end + TRIP_PLACE_REACH >= clause.start]
    if not spots and trigger.trip_word and trigger.kind == "visit" and clause.before_counted:
        # "arrived in Lima for a one-day visit, a day after talks in Cusco": the talks cut the visit's clause
        # short; the visit is where the sentence had just taken her (as for a place past such a comma, above)
        spots = [p for p in places.between(s_start, clause.start) if not _adjective(p)][-1:]
    if trigger.trip_word and spots and ENDS_IN.search(text, max(0, spots[0].start - 30), spots[0].start):
        spots = []  # "the five-day mission ended in Bangkok": where the trip ended, not where it went
    if trigger.name == "departure":
        origin = [p for p in spots if FROM_BEFORE.search(text[max(0, p.start - 12):p.start])
                  or (p.start - clause.end <= 2 and LEAVES.fullmatch(text, clause.start, clause.end))]
        spots = origin or spots  # "departure from Lisbon to Dakar" leaves Lisbon
    if trigger.trip_word and spots and all(p.kind == "city" for p in spots) and SEVERAL_COUNTRIES.search(
            text, max(0, clause.start - 30), clause.start):
        spots = []  # "a four-country tour that will also take her to Amman": the trip, not a leg in one city
    if trigger.trip_word and spots and ALSO_TAKES.match(text, clause.end, spots[0].start):
        spots = []  # "a five-day trip that also took her to Japan": the whole trip, Japan only a part of it
    cities = [p for p in spots if p.kind == "city"]
    place = cities[0] if cities else (spots[0] if spots else None)
    kind = trigger.kind
    # the words before a wreath lay it ("Okafor lays wreath"), before "agreed" they are the sides; an arrival's and
    # a departure's qualifier is set below, whatever the words before say
    qualifier = _qualifier(text, clause.start, in_clause) if trigger.name not in FIXED_QUALIFIER else None
    if article.title_span is not None and article.title_span[0] <= clause.start < article.title_span[1]:
        qualifier = None  # a headline capitalises every word: "Okafor, Berg Hold Talks" names no talks
    if qualifier and FINITE_VERB.fullmatch(text, clause.start, clause.end) and (
            not qualifier.split()[-1][:1].isupper() or _place_just_before(text, clause.start, places)):
        qualifier = None
    verb = clause.start if MEET_OR_SIGN.fullmatch(text, clause.start, clause.end) else _signed_verb_at(text, clause) \
        if trigger is SIGNED_AGREEMENT else None
    meeters = _meeters(text, clause, verb, in_clause, places, counterpart) if verb is not None else None
    if meeters is not None:
        subjects, met = meeters
        if verb == clause.start:
            qualifier = None  # the names before the verb are who meets, not a name of the meeting
        participants = tuple(dict.fromkeys((*participants, *subjects, *((met,) if met else ()))))
        counterpart = counterpart or met
    if trigger.name in {"arrival", "departure"}:
        qualifier = trigger.name  # an arrival and a departure in one city are two events
    times = tuple(sorted(clause.times, key=_time_rank)) if len(clause.times) > 1 else tuple(clause.times)
    if trigger.kind in {"travel", "visit", "stay"}:
        times = _until_span(times)
    is_leg = kind in {"visit", "stay", "travel"} and place is not None and place.kind == "city"
    if kind == "visit" and trigger.trip_word and is_leg and _is_range(times):
        kind = "stay"
    if kind == "travel" and is_leg and _is_range(times):
        kind = "stay"
    if kind == "visit" and (place is None or place.start > clause.end) and _visits_a_site(text, clause.end, places):
        kind = "site_visit"
    countries = tuple(dict.fromkeys(p.name for p in spots if p.kind == "country")) if spots else ()
    if kind == "travel" and not cities and countries and (len(countries) > 1 or _is_range(times)):
        kind = "visit"  # "will travel to Peru and Chile from June 3-7" is the trip itself
    tense = _tense(text, s_start, clause.end, s_end)
    is_trip = kind == "visit" and (trigger.trip_word or trigger.kind == "travel") and not (
        place is not None and place.kind == "city")
    title = _title(text, kind, trigger, clause, counterpart, place, qualifier, s_start, s_end)
    if is_trip and len(countries) > 1:
        base = "State visits" if "state" in text[clause.start:clause.end].lower() else "Trip"
        title = f"{base} to {_join(countries)}"
        place = None
    locations: list[PlaceMention | None] = [place] if kind != "stay" else [*cities] or [place]
    legs = _leg_pairs(spots, times) if kind == "stay" else None
    if legs is not None:
        locations = [loc for loc, _ in legs]
    covered = [clause.start, clause.end] + ([clause.duration.mention.start, clause.duration.mention.end]
                                            if clause.duration else [])
    q_start, q_end = _quote_window(text, s_start, s_end, min(covered), max(covered))
    turns = _met_in_turn(text, clause, in_clause, spots, times) if kind in {"meeting", "talks"} \
        and len(times) > 1 else None
    out = []
    for i, loc in enumerate(locations):
        out.append(
            EventMention(
                id=f"{article.id}:{clause.start}" + (f":{loc.start}" if len(locations) > 1 and loc else ""),
                article=article.id,
                kind=kind,
                trigger_start=clause.start,
                trigger_end=clause.end,
                trigger=text[clause.start:clause.end],
                quote_start=q_start,
                quote_end=q_end,
                quote=text[q_start:q_end],
                title=_tidy(title if len(locations) == 1 else f"Stay in {loc.name}" if loc else title),
                participants=participants,
                counterpart=counterpart,
                qualifier=qualifier,
                location=loc.name if loc else None,
                country=loc.country if loc else None,
                timezone=loc.timezone if loc else None,
                location_is_city=bool(loc and loc.kind == "city"),
                times=times if legs is None else (legs[i][1],),
                duration=clause.duration.mention.value if clause.duration and isinstance(
                    clause.duration.mention.value, DurationPattern) else None,
                duration_span=(clause.duration.mention.start, clause.duration.mention.end) if clause.duration else None,
                is_trip=is_trip,
                destinations=countries if is_trip else (),
                tense=tense,
            )
        )
    if turns:
        others = {person.name for person, _, _ in turns}
        out = [out[0].model_copy(update={
            "id": f"{out[0].id}:{person.start}",
            "counterpart": person.name,
            "participants": tuple(n for n in participants if n not in others or n == person.name),
            "title": _tidy(_title(text, kind, trigger, clause, person.name, spot or place, qualifier, s_start, s_end)),
            "times": (day,),
            **_location_fields(spot or place),
        }) for person, day, spot in turns]
    return out


def _location_fields(place: PlaceMention | None) -> dict[str, object]:
    """An event mention's fields that say where it is."""
    if place is None:
        return {"location": None, "country": None, "timezone": None, "location_is_city": False}
    return {"location": place.name, "country": place.country, "timezone": place.timezone,
            "location_is_city": place.kind == "city"}


# "met Kiprop on Monday and Mushi on Wednesday": what joins one person's date to the next person met
NEXT_MET = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+|later\s+)?(?:with\s+)?$")


def _met_in_turn(text: str, clause: _Clause, in_clause: Sequence[PersonMention], spots: Sequence[PlaceMention],
                 times: Sequence[Resolved]) -> list[tuple[PersonMention, Resolved, PlaceMention | None]] | None:
    """'met Kiprop in Nairobi on Monday and Mushi in Dodoma on Wednesday': one meeting per person met, each
    with the day and place written after the name; None unless names and days take turns one for one."""
    met = [p for p in in_clause if p.start >= clause.end]
    days = sorted((r for r in times if r.mention.start > clause.end), key=lambda r: r.mention.start)
    if len(met) < 2 or len(met) != len(days) or len(days) != len(times) or _is_range(days[:1]):
        return None
    if len({p.name for p in met}) != len(met) or len({r.value for r in days}) != len(days):
        return None
    turns: list[tuple[PersonMention, Resolved, PlaceMention | None]] = []
    for i, (person, day) in enumerate(zip(met, days)):
        following = met[i + 1] if i + 1 < len(met) else None
        if not person.end <= day.mention.start < (following.start if following else clause.clause_end + 1):
            return None
        if following is not None and not NEXT_MET.fullmatch(text, day.mention.end, following.start):
            return None
        here = [p for p in spots if person.end <= p.start < day.mention.start]
        turns.append((person, day, here[0] if here else None))
    return turns


# "Salas welcomed his Chilean counterpart Mera ... at the start of a state visit": the visit is the guest's.
HOST_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:welcom|receiv|host|greet)(?:ed|es|e|s|ing)?\s+"
                       r"(?:(?:his|her|their|the|a|an|visiting)\s+)?$", re.IGNORECASE)


def _guests(text: str, in_clause: Sequence[PersonMention], participants: tuple[str, ...]) -> tuple[str, ...]:
    """A trip's people without whoever the clause says welcomed the traveller (the host)."""
    for host, guest in itertools.pairwise(in_clause):
        if HOST_VERB.fullmatch(text, host.end, guest.start) and host.name != guest.name:
            return tuple(p for p in participants if p != host.name)
    return participants


PAIR_KINDS = frozenset({"talks", "meeting", "summit", "signing"})
_PAIR_NAME = r"(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
TITLED_PAIR = re.compile(rf"\b(?-i:Presidents|Prime\s+Ministers|Premiers|Chancellors|Foreign\s+Ministers|Ministers|"
                         rf"Kings|Queens|Leaders)\s+(?P<a>{_PAIR_NAME})\s+and\s+(?P<b>{_PAIR_NAME})\s+(?=[a-z])")
FIXED_QUALIFIER = frozenset({"wreath", "agreed", "arrival", "departure"})


def _leg_pairs(spots: Sequence[PlaceMention], times: Sequence[Resolved]) -> list[tuple[PlaceMention, Resolved]] | None:
    """'will be in Egypt from May 5 to 7, in Jordan from May 8 to 10 and in Turkey from May 11 to 13': one stay
    per place, each with the span written after it; None unless places and spans take turns one for one."""
    spans = sorted((r for r in times if _is_range((r,))), key=lambda r: r.mention.start)
    if len(spans) < 2 or len(spans) != len(times) or len(spots) != len(spans):
        return None
    places = sorted(spots, key=lambda p: p.start)
    bounds = [p.start for p in places[1:]] + [spans[-1].mention.end + 1]
    if not all(p.end <= r.mention.start < nxt for p, r, nxt in zip(places, spans, bounds)):
        return None
    return list(zip(places, spans))


LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|inside|around|near|across|toward|towards|into|via|for|visit|visits|visited|visiting|reach|"
    r"reached|reaches|leave|leaves|left|tour|toured|touring|depart|departs|departed|be|remain|remains)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+){0,2}(?:city|capital|port|town|village|island|region|province)\s+of\s+)?)$",
    re.IGNORECASE,
)


# "landed in the Ethiopian capital": the country's capital, placed in that country (the gazetteer keeps no
# capital per country); its name written after it ("the Kenyan capital, Nairobi") is a city and wins.
CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:markets?|gains?|flows?|spending|investment|punishment|city\s+of))",
                           re.IGNORECASE)


def _locative_places(text: str, clause: _Clause, places: _ByStart[PlaceMention]) -> list[PlaceMention]:
    """Places of the clause that locate its event; "in Lima and Quito" gives both."""
    kept: list[PlaceMention] = []
    for p in places.bisected(clause.clause_start, clause.clause_end):
        if _adjective(p) and not CAPITAL_AFTER.match(text, p.end):
            continue
        if abs(p.start - clause.end) > LOCATION_REACH and not kept:
            continue
        joined = bool(kept) and PLACE_JOIN.fullmatch(text[kept[-1].end:p.start]) is not None
        if joined or _is_locative(text, p, clause):
            kept.append(p)
    return kept


def _is_locative(text: str, place: PlaceMention, clause: _Clause) -> bool:
    """'in Lima', 'to Quito', 'the Lima summit' place an event; "Peru's military" does not."""
    if POSSESSIVE.match(text[place.end:place.end + 2]):
        return False
    if HYPHENATED.match(text[place.end:place.end + 3]):  # "Peru-Chile trade", "one-China"
        return False
    if text[place.start - 1:place.start] in {"-", "‑"}:
        return False
    if LANDMARK_AFTER.match(text, place.end):
        return False  # "talks at Hyderabad House": a building named after a city, not the city
    if place.end <= clause.start and SPACES.fullmatch(text[place.end:clause.start]):
        # a place naming the event: "the Lima summit"; not the subject of a verb: "the president of Peru met"
        return MEET_OR_SIGN.fullmatch(text, clause.start, clause.end) is None
    if clause.trigger.trip_word and TRIP_OF.fullmatch(text, clause.end, place.start):
        return True  # "a three-nation tour of Peru, Chile and Bolivia"
    before = text[max(0, place.start - 40):place.start]
    if before.endswith(("for ", "to ", "with ")) and BACKING_FOR.search(before):
        return False  # "to rally support for Ukraine": what the trip is for, not where it goes
    return bool(LOCATIVE_BEFORE.search(before) or (before.endswith(", ") and ADDRESS_BEFORE.search(
        text, max(0, place.start - ADDRESS_REACH), place.start)))


BACKING_FOR = re.compile(r"\b(?:support|aid|help|assistance|backing|solidarity|funding|weapons|arms|loans?|"
                         r"sympathy|sanctions\s+on)\s+(?:for|to|with)\s+$", re.IGNORECASE)
ENDS_IN = re.compile(r"\b(?:end(?:s|ed)?|conclud(?:es|ed)|wound\s+up|wrapped\s+up|closed)\s+in\s+(?:the\s+)?$",
                     re.IGNORECASE)
TRIP_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# A trip over several countries: "a four-country tour", "her three-nation trip".
SEVERAL_COUNTRIES = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|multi|\d+)[-‑ ](?:country|nation)\s+"
                               r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# A place the trip "also" went to is one of several: "a trip that also took her to Japan", "a tour which
# will also include Oman".
ALSO_TAKES = re.compile(r"\s*(?:,\s*)?(?:that|which)\s+(?:will\s+|would\s+|has\s+|had\s+)?also\s+(?:"
                        r"(?:t(?:ake|akes|ook|aken|aking)|br(?:ing|ings|ought))\s+(?:him|her|them|\w+)\s+to|"
                        r"includ(?:e|es|ed|ing)(?:\s+(?:stops?|visits?)\s+(?:in|to))?)\s+(?:the\s+)?",
                        re.IGNORECASE)
# The city of an address: "arrival at Palam Air Force Station, New Delhi", "a dinner at the Grand Hotel, Lima".
ADDRESS_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s){0,4}[A-Z][\w'’.&-]*,\s$")
ADDRESS_REACH = 80
# A city's name opening a building's or a street's: "Hyderabad House", "Lancaster Gate", "Lima Road".
LANDMARK_AFTER = re.compile(r"\s(?:House|Road|Street|Avenue|Lane|Gate|Square)\b")


SITE_OBJECT = re.compile(r"\s+(?:to\s+)?(?:the|a|an|with)\s+(?!(?:country|countries|nation|nations|region|capital|republic|kingdom|city|state|island)\b)[\w'’-]+",
                         re.IGNORECASE)
OBJECT_END = re.compile(r"[,;.:()]|\s(?:during|on|at|where|which|that|who|before|after|and|amid)\s|"
                        r"\s(?:today|yesterday|tomorrow|tonight|with|alongside)\b")  # when and with whom: not the site


# The head noun of a visited site, within the first words of the object: "the Holocaust memorial".
SITE_NOUN = re.compile(r"\s+(?:to\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:memorial|museum|monument|mausoleum|cemetery|"
                       r"factory|plant|shipyard|school|university|campus|hospital|mosque|temple|cathedral|church|"
                       r"shrine|exhibition|farm|mine|laboratory|research (?:centre|center))s?\b", re.IGNORECASE)
SITE_NOUN_REACH = 70
OF_COMPLEMENT = re.compile(r"\s+of\s+\S")


def _visits_a_site(text: str, trigger_end: int, places: _ByStart[PlaceMention]) -> bool:
    """'visit the former headquarters', 'tour a plant': a visit to a site, not a trip to a place."""
    site = SITE_OBJECT.match(text, trigger_end)
    if site is None:
        return False
    if SITE_NOUN.match(text, site.start(), min(len(text), trigger_end + SITE_NOUN_REACH)):
        return True  # "visited the war memorial in Oslo": the memorial is the site, Oslo where it stands
    near = trigger_end + 60
    # "visited the Scottish Parliament": a place's adjective names the site's country, no destination
    return not any(p.kind != "region" and not p.adjective for p in places.between(trigger_end, near))


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _site_object(text: str, trigger_end: int, limit: int) -> str:
    """The visited site as written, up to the first clause break: 'the former headquarters of ...'."""
    window = text[trigger_end:min(limit, trigger_end + 90)]
    stop = OBJECT_END.search(window)
    words = (window[:stop.start()] if stop else window).split()[:10]
    return " ".join(words)


TRIP_PLACE_REACH = 40  # "travel to Quito for a 3-day visit": the place of the same phrase
QUOTE_REACH = 600  # characters of context either side of a trigger in an over-long sentence


def _quote_window(text: str, s_start: int, s_end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence, or in a run-on 'sentence' (a page with no full stops) the words around the trigger."""
    start, end = max(s_start, lo - QUOTE_REACH), min(s_end, hi + QUOTE_REACH)
    if start > s_start:
        cut = text.find(" ", start, min(lo, start + 80))  # at a word break near the edge, if there is one
        start = cut + 1 if cut != -1 else start
    if end < s_end:
        cut = text.rfind(" ", max(hi, end - 80), end)
        end = cut if cut != -1 else end
    return start, end


def _tidy(title: str) -> str:
    """A title is one line of printable text: control and format characters go, spaces collapse."""
    if not title.isprintable():  # printable text has no control or format characters: most titles
        title = "".join(c for c in title if unicodedata.category(c) not in {"Cc", "Cf"})
    return " ".join(title.split()) or "Event"


def _adjective(place: PlaceMention) -> bool:
    return bool(getattr(place, "adjective", False))


def _counterpart(text: str, clause: _Clause, in_clause: list[PersonMention]) -> str | None:
    """Who the event is with: the person, office or group right after 'with'/'between' following the trigger
    (for a meeting also 'to' and a bare object: 'a courtesy visit to the governor general', 'meet the king')."""
    window = text[clause.end:clause.clause_end]
    if clause.trigger.kind == "meeting":
        group = MET_GROUP.match(text, clause.end, clause.clause_end)
        if group:  # "met members of the Ghanaian diaspora"
            return " ".join(group.group("group").split())
    cue = WITH_CUE.match(window) if _may_hold_with(window) else None
    if cue is None and clause.trigger.kind == "meeting":
        cue = MEETING_OBJECT.match(window)
    if cue is None:
        return None
    at = clause.end + cue.end()
    named = [p for p in in_clause if at <= p.start <= at + 45 and not CLAUSE_BREAK.search(text[at:p.start])]
    if named:
        return named[0].name
    office = OFFICE.match(text, at, min(clause.clause_end, at + 60))
    if office and not POSSESSIVE.match(text, office.end()):  # not "met the emir's chief adviser"
        return _office_title(office.group("office"))
    group = WITH_GROUP.search(text, max(clause.end, at - 8), min(clause.clause_end, at + 80))
    return group.group(1).strip() if group else None


# A community met, written as the verb's object: "met members of the Ghanaian diaspora", "meets the Lebanese
# community in Lima".
MET_GROUP = re.compile(r"\s+(?:with\s+)?(?P<group>(?:(?:members|representatives)\s+of\s+)?(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:diaspora|community|expatriates|compatriots|students|young\s+people|"
                       r"youth|investors|entrepreneurs|business\s+leaders|religious\s+leaders|workers|refugees|"
                       r"veterans|troops|operators|executives|officials|lawmakers|farmers))"
                       r"(?=\s+(?:in|at|on|during|before|after|and|for|to)\b|\s*[,.;]|\s*$)", re.IGNORECASE)


def _may_hold_with(window: str) -> bool:
    """Whether ``WITH_CUE`` can match at the start of ``window``: its word opens within the reach (two substring
    tests in C, most clauses have no 'with' near their start)."""
    return "with" in window[:WITH_CUE_REACH + 4] or "between" in window[:WITH_CUE_REACH + 7]


def _office_title_of(office: str) -> str:
    """'prime  minister' -> 'Prime Minister'."""
    return " ".join(w.capitalize() for w in office.split())


_office_title = Memo(_office_title_of)  # the offices are a few words: each spelling is written once


QUALIFIER_REACH = 40


# A meeting or signing verb has its subject before it, never a name of the event: "the Arctic leaders
# signed", "northern premiers meet in Oslo", "the pope will then meet". A name the article does not know as a
# person's stays, as before a journey's verb, to keep the event apart: "Dubois and Laine met" ("Laine").
_MEETS_OR_SIGNS = r"met|meets?|signed|signs?|s(?:at|its?) down"  # "sat down with Vera": talks, written as a meeting
FINITE_VERB = re.compile(_MEETS_OR_SIGNS + r"|hosted|hosts", re.IGNORECASE)
MEET_OR_SIGN = re.compile(_MEETS_OR_SIGNS, re.IGNORECASE)  # not "hosts": "Peru hosts" is in Peru


# Who meets or signs, written before the verb: "Dubois and Laine met", "Dubois met Laine". A name the people
# finder missed (no title beside it) is taken as written when it is no place and no common word.
_BARE_NAME = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
MEETERS_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<a>{_BARE_NAME})\s+and\s+(?P<b>{_BARE_NAME})\s+"
                            r"(?:(?:will|would|have|had|also|then|first|later|finally|briefly|formally|jointly|"
                            r"to)\s+){0,2}$")
SUBJECT_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<a>{_BARE_NAME})\s+"
                            r"(?:(?:will|would|has|had|also|then|first|later|finally|briefly|formally|to)\s+){0,2}$")
MET_AFTER = re.compile(rf"\s+(?:with\s+)?(?P<a>{_BARE_NAME})(?=\s+(?:in|at|on|for|during|before|after|and|to|over)\b|[,.;]|$)")
MEETERS_REACH = 80


SIGNED_VERB = re.compile(r"\b(?:signed|signs?)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
SIGNED_VERB_REACH = 60


def _signed_verb_at(text: str, clause: _Clause) -> int | None:
    """Where the verb of 'signed an energy pact' starts, for a clause that the paper signed names."""
    found = SIGNED_VERB.search(text, max(0, clause.start - SIGNED_VERB_REACH), clause.start)
    return found.start() if found else None


def _meeters(text: str, clause: _Clause, verb: int, in_clause: Sequence[PersonMention],
             places: _ByStart[PlaceMention], counterpart: str | None) -> tuple[tuple[str, ...], str | None] | None:
    """The names of a meet or sign verb's subject ('Dubois and Laine met': both; the verb starts at ``verb``)
    and, after 'met'/'meet', of whom they met ('Dubois met Laine', 'met with Laine'); None when neither is
    written as names."""
    lo = max(0, verb - MEETERS_REACH)  # the subject may stand in the clause before: "... visit, Okafor met"
    pair = MEETERS_BEFORE.search(text, lo, verb)
    one = SUBJECT_BEFORE.search(text, lo, verb) if pair is None else None
    spans = [pair.span("a"), pair.span("b")] if pair else [one.span("a")] if one else []
    named = [_name_in(text, span, in_clause, places) for span in spans]
    subjects = tuple(name for name in named if name is not None) if all(named) else ()
    met = None
    if text[clause.start:clause.end].lower().startswith(("me", "sat", "sit")):  # met, sat down: whom, written after
        obj = MET_AFTER.match(text, clause.end, clause.clause_end)
        met = _name_in(text, obj.span("a"), in_clause, places) if obj else None
    if met is None and (len(subjects) < 2 if counterpart is None else not subjects):
        return None  # one name and no one met: "Dubois met in Paris" keeps "Dubois" as the meeting's name
    return subjects, met


def _name_in(text: str, span: tuple[int, int], in_clause: Sequence[PersonMention],
             places: _ByStart[PlaceMention]) -> str | None:
    """The person named at the end of ``span``: a person the finders know there, else the words as written
    after any common ones ('On Tuesday Dubois': 'Dubois'), when they are no place."""
    a, b = span
    for p in in_clause:
        if p.start < b and a < p.end:
            return p.name if b - 1 <= p.end else None
    if any(p.start < b and a < p.end for p in places.between(max(0, a - 40), b)):
        return None  # "Peru and Chile signed"
    words = text[a:b].split()
    while words and (_common_word(words[0]) or len(words) > 1 and words[0].lower().endswith(("ly", "wards"))):
        words.pop(0)  # "On Tuesday Dubois", "Afterwards Dubois": an adverb opens the sentence, not the name
    if not words or any(_common_word(w) for w in words):
        return None
    return " ".join(words)


def _common_word(word: str) -> bool:
    """A capitalised word that is no name: a function word, a weekday, a title, a common noun or verb."""
    key = word.strip("'’-").lower()
    return key in NOT_QUALIFIERS or key in NOT_NAMES or key in TITLES or key in TITLE_WORDS \
        or zipf(key) >= COMMON_NAME_ZIPF


# Capitalised words that open a sentence before "met" and name a group, not a person.
TITLE_WORDS = frozenset({"prime", "foreign", "crown", "vice", "deputy", "chief", "leaders", "officials", "ministers",
                         "presidents", "delegations", "delegates", "negotiators", "envoys", "diplomats", "experts",
                         "lawmakers", "representatives", "executives", "reporters", "journalists", "students",
                         "protesters", "troops", "authorities", "residents", "activists", "citizens", "members",
                         "sides", "countries", "nations", "both", "two", "all", "they", "we"})
COMMON_NAME_ZIPF = 5.0  # "Lee", "Kim" and "Moon" are surnames; "Then", "Later" and "Together" common words


def _place_just_before(text: str, position: int, places: _ByStart[PlaceMention]) -> bool:
    """Whether a place ends right before ``position``, spaces apart: the subject of "the president of Peru met"."""
    return any(SPACES.fullmatch(text, p.end, position) for p in places.bisected(max(0, position - 60), position))


def _qualifier(text: str, trigger_start: int, participants: Sequence[PersonMention] = ()) -> str | None:
    """The naming words just before a trigger: 'APEC summit', 'startup summit', 'ballistic missile'. Not
    the event's own participants: 'Vogt and Ibarra signed' names no signing. A name the clause does not hold
    stays: '... weeks after Chancellor Ines Roth visited Peru' is Roth's visit, not the traveller's."""
    before = text[max(0, trigger_start - QUALIFIER_REACH):trigger_start]
    words = WORD.findall(PHRASE_BREAK.split(before)[-1] if before else "")
    named = {word for p in participants for word in WORD.findall(p.text)}
    kept: list[str] = []
    for word in reversed(words):
        if word in named:
            break
        bare = word.strip("'’.-").lower()
        if bare in TITLES:
            break  # "the prince met ...": a person, not a name of the meeting
        if not bare or bare in NOT_QUALIFIERS or bare.endswith(("'s", "’s")) or bare.isdigit() or "-day" in bare:
            break
        if word.islower() and (bare.endswith(("es", "ed", "ly")) or bare in VERBISH):
            break  # "his visit includes stops": a verb, not a name
        kept.append(word.strip(".,"))
        if len(kept) == 2:
            break
    return " ".join(reversed(kept)) or None


UNTIL = frozenset({"until", "till", "through", "to"})


def _until_span(times: tuple[Resolved, ...]) -> tuple[Resolved, ...]:
    """'land on September 3 and remain until September 6': one stay from the first day to the last."""
    if len(times) < 2:
        return times  # a stay needs a first day and a different last one
    days_ = [r for r in times if r.readings and r.readings[0].precision == "day" and r.readings[0].start == r.readings[0].end]
    ends = [r for r in days_ if (r.mention.signal or "").lower() in UNTIL]
    starts = [r for r in days_ if r not in ends and r.mention.start < (ends[0].mention.start if ends else 0)]
    if not ends or not starts:
        return times
    first, last = starts[-1], ends[0]
    a, b = first.readings[0].start, last.readings[0].end
    if not isinstance(a, type(b)) or b <= a:
        return times
    reading = first.readings[0].model_copy(update={
        "end": b, "value": f"{first.readings[0].value}/{last.readings[0].value}",
        "basis": f"from '{first.mention.text}' until '{last.mention.text}'"})
    joined = first.model_copy(update={"readings": (reading,)})
    return (joined, last, *(r for r in times if r is not first and r is not last))


def _is_range(times: Sequence[Resolved]) -> bool:
    """Several days written out: 'from Tuesday to Wednesday', 'September 6-9' (not 'in 2019')."""
    for r in times:
        if r.readings and r.readings[0].precision in {"day", "hour", "minute"}:
            if r.readings[0].start != r.readings[0].end:
                return True
        elif r.mention.value.kind == "range" and getattr(r.mention.value.start, "day", None) is not None:
            return True
    return False


def _time_rank(r: Resolved) -> tuple[int, int]:
    """Most telling date first: placed before open, finer before coarser, then text order."""
    order = ("minute", "hour", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century")
    if r.readings:
        return (0 if r.mention.value.kind != "relative" else 1, order.index(r.readings[0].precision))
    if r.mention.value.kind in {"date", "range", "anchored"}:
        return (2, 0)
    return (3, 0)


TENSE_REACH = 160  # characters around a trigger whose verbs tell its tense


def _tense(text: str, s_start: int, trigger_end: int, s_end: int) -> str | None:
    lo, hi = max(s_start, trigger_end - TENSE_REACH), min(s_end, trigger_end + TENSE_REACH)
    if FUTURE_CUES.search(text, lo, hi):
        return "future"
    if PAST_CUES.search(text, lo, min(hi, trigger_end + 60)):
        return "past"
    return None


# "toured the pyramids" and "will tour the pyramids" are one title: "Tour the pyramids".
SITE_VISIT_NOUNS = {"toured": "Tour", "tours": "Tour", "touring": "Tour", "tour": "Tour",
                    "visited": "Visit", "visits": "Visit", "visiting": "Visit", "visit": "Visit"}


def _title(
    text: str,
    kind: str,
    trigger: Trigger,
    clause: _Clause,
    counterpart: str | None,
    place: PlaceMention | None,
    qualifier: str | None,
    s_start: int,
    s_end: int,
) -> str:
    word = text[clause.start:clause.end].strip()
    if kind == "stay" and place is not None:
        return f"Stay in {place.name}"
    if kind == "visit" and trigger.trip_word and place is not None:
        base = "State visit" if "state" in word.lower() else word.split()[-1].capitalize()
        base = {"Visits": "Visit", "Visited": "Visit", "Visiting": "Visit", "Trips": "Trip"}.get(base, base)
        return f"{base} to {place.name}"
    if kind == "travel":
        after = text[clause.end:clause.end + 5].lower()
        onward = after.startswith((" for", " to")) or word.lower().endswith((" for", " to")) or (  # "leaves for Lima"
            place is not None and text.endswith(("for ", "to "), max(0, place.start - 4), place.start))  # "left on Monday for Oslo"
        prep = ("in" if trigger.name == "arrival" else
                ("for" if onward else "from") if trigger.name == "departure" else "to")
        return f"{trigger.title} {prep} {place.name}" if place is not None else trigger.title
    if trigger is SIGNED_AGREEMENT:
        return f"Signing of {(qualifier + ' ') if qualifier else ''}{word}".replace("  ", " ")
    if kind == "site_visit":
        site = _site_object(text, clause.end, clause.clause_end)
        noun = SITE_VISIT_NOUNS.get(word.lower(), word[0].upper() + word[1:])
        return f"{noun} {site}".strip() if site else noun
    if kind == "statistic":
        figure, trade = _sentence_figure(text, s_start, s_end)
        head = "Bilateral trade" if trade else "Figure"
        return f"{head} {figure}" if figure is not None else head
    written = not ((kind == "visit" and trigger.trip_word) or _is_verb(word) or trigger.name == "wreath")
    noun = word if written else trigger.title
    if qualifier:
        # the table's "Summit" after a qualifier is "APEC summit"; a word written capitalised after a capitalised
        # qualifier is part of a name: "the Oslo Declaration"
        proper = written and qualifier.split()[-1][:1].isupper()
        lower = noun[:1].isupper() and noun[1:2].islower() and not proper
        noun = f"{qualifier} {noun[0].lower() + noun[1:] if lower else noun}"
    noun = noun[0].upper() + noun[1:]
    if kind == "launch" and not written and SITE_OBJECT.match(text, clause.end, clause.clause_end):
        # "inaugurated a new solar plant near Bergen": the launch of what it names
        noun = f"{noun} of {_site_object(text, clause.end, clause.clause_end)}"
    complement = OF_COMPLEMENT.match(text, clause.end, clause.clause_end)
    if complement and kind in {"anniversary", "agreement", "launch", "ceremony", "statement"}:
        noun = f"{noun} {_site_object(text, clause.end, clause.clause_end)}"
    if kind == "speech" and word.lower() in ADDRESS_FORMS | SPOKEN_TO_FORMS:
        # "addresses parliament", "addressed the nation", "told business leaders": the act, as a noun
        noun = "Address" if word.lower() in ADDRESS_FORMS else "Speech"
        audience = AUDIENCE.match(text, clause.end, clause.clause_end)
        addressed = ADDRESSED.match(text, clause.end, clause.clause_end)
        if audience:  # "told business leaders in Lima": a speech to business leaders
            noun = f"{noun} to {audience.group('who')}"
        elif addressed:  # "will address the parliament": an address to the parliament
            noun = f"{noun} to {_site_object(text, addressed.end(), clause.clause_end)}"
    if counterpart:
        return f"{noun} with {counterpart}"
    if place is not None and not (qualifier and qualifier.lower() in {place.name.lower(), place.text.lower()}) \
            and not noun.endswith(place.text):
        return f"{noun} in {place.name}"  # not "Lima summit in Lima", "Launch of a plant near Lima in Lima"
    if kind in NAMED_SITE_KINDS:
        named_site = NAMED_SITE.match(text, clause.end, clause.clause_end)
        if named_site:  # "laid a wreath at the Tomb of the Unknown Soldier", "a lecture at the University of Oslo"
            return f"{noun} at {named_site.group('site').rstrip('.')}"
    return noun


ADDRESSED = re.compile(r"\s+(?:to\s+)?(?=(?:the|a|an)\s|(?:parliament|congress|lawmakers|legislators)\b)",
                       re.IGNORECASE)
ADDRESS_FORMS = frozenset({"address", "addresses", "addressed", "addressing"})
SPOKEN_TO_FORMS = frozenset({"told", "tells", "telling", "spoke to", "speaks to", "speaking to"})
# The audience of a speech, as the speech triggers name it: "business leaders", "a group of Canadian investors".
AUDIENCE = re.compile(r"\s+(?:(?:an?|the)\s+)?(?P<who>(?:(?:group|gathering|audience|meeting)\s+of\s+)?"
                      r"(?:[\w-]+\s+){0,3}?(?:leaders|executives|figures|representatives|investors|entrepreneurs|"
                      r"students|lawmakers|legislators))\b")
# A site written with capitals right after the event: where a ceremony, a speech or a dinner takes place.
# "the Monument to the Heroes of the Nation": a monument's "to" is part of its name
NAMED_SITE = re.compile(r"\s+at\s+(?P<site>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|de|(?:(?<=Monument )|"
                        r"(?<=Memorial )|(?<=Statue )|(?<=Monuments )|(?<=Memorials ))to)\s+(?:the\s+)?)?"
                        r"[A-Z][\w'’.-]*){0,6})")
NAMED_SITE_KINDS = frozenset({"ceremony", "speech", "dinner"})


@functools.lru_cache(maxsize=8)
def _sentence_figure(text: str, s_start: int, s_end: int) -> tuple[str | None, bool]:
    """The sentence's first sum or share, and whether it speaks of trade: asked once per sentence, not once per
    statistic in it (a long list of figures made it quadratic). The calls for one sentence come together."""
    figure = MONEY_OR_SHARE.search(text, s_start, s_end)
    return (figure.group(0) if figure else None), "trade" in text[s_start:s_end].lower()


VERB_FORM = re.compile(r"(?:meet|meets|met|host|hosts|hosted|hosting|sign|signs|signed|visits?|visited|visiting|"
                       r"arrive[sd]?|arriving|depart(?:s|ed|ing)?|left|leaves?|travel(?:s|led|ed)?(?: to)?|"
                       r"toured|tours|touring|launch(?:es|ed)?|inaugurated|announced|announces|received by|welcomed|"
                       r"greeted|agreed|s(?:at|its?|itting) down)", re.IGNORECASE)


def _is_verb(word: str) -> bool:
    """'will meet', 'toured', 'hosts': a verb names the event by its kind ('Meeting'), not by itself."""
    return VERB_FORM.fullmatch(word) is not None


def _frame_by_legs(article: Article, mentions: list[EventMention]) -> list[EventMention]:
    """An undated event right after a leg in the same paragraph happens during that leg."""
    out: list[EventMention] = []
    leg: EventMention | None = None
    paragraph_of = _paragraph_index(article)
    for m in mentions:
        if leg is not None and paragraph_of(m.quote_start) != paragraph_of(leg.quote_start):
            leg = None
        if m.kind == "stay" and m.times:
            leg = m
        elif leg is not None and not m.times and not m.is_trip and m.kind != "statistic":
            update: dict[str, object] = {"within": leg.id}
            if m.location is None:
                update.update(location=leg.location, country=leg.country, timezone=leg.timezone,
                              location_is_city=leg.location_is_city)
            m = m.model_copy(update=update)
        out.append(m)
    return out


def _paragraph_index(article: Article) -> Callable[[int], int]:
    """offset -> index of the paragraph it is in (by bisection)."""
    starts = [p[0] for p in article.paragraphs]
    return lambda offset: max(0, bisect.bisect_right(starts, offset) - 1)


def stable_digest(*parts: str) -> str:
    """Short hex digest for ids that stay the same across runs."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
