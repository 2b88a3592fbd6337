"""Person mentions found by pattern: a title before a name, a name before an appositive role, and
East Asian given names written with a hyphen. No list of particular people.

>>> [(p.name, p.title, p.country_adjective) for p in find_people("Chinese President Zhu Lanfang's visit")]
[('Zhu Lanfang', 'President', 'Chinese')]
>>> canonical_names(find_people("President Ko Tae-hyun met Premier Wen Dalu. Ko said"))["Ko"]
'Ko Tae-hyun'
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import compress, count, repeat
from operator import ge, itemgetter
from typing import NamedTuple

from itinerary.events.places import JOINED_WORD, fold, gazetteer, zipf
from itinerary.events.scan import Columns, Memo, patched, runs, spanned
from itinerary.model import Frozen


class PersonMention(Frozen):
    """A person named in text. ``start``/``end`` cover the whole mention, title and adjective included."""

    start: int
    end: int
    text: str  # exactly ``source[start:end]``: "Chinese President Zhu Lanfang"
    name: str  # "Zhu Lanfang"
    title: str | None = None  # as written: "President", "Prime Minister", "Foreign Ministry spokesperson"
    country_adjective: str | None = None  # "Chinese", "South Korean", "ROK", "US"
    name_start: int = 0  # where the name itself sits
    name_end: int = 0


# --------------------------------------------------------------------------- vocabulary

# Title heads: the word a title ends with, directly before a name.
TITLES: frozenset[str] = frozenset({
    "president", "premier", "minister", "chancellor", "king", "queen", "emperor", "empress", "pope",
    "secretary", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "governor",
    "ambassador", "general", "cardinal", "bishop", "archbishop", "chairman", "chairwoman", "chair",
    "ceo", "professor", "prof", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prince",
    "princess", "sheikh", "senator", "sen", "rep", "representative", "mayor", "envoy", "director",
    "commander", "admiral", "colonel", "lieutenant", "sergeant", "captain", "father", "sister",
    "brother", "rev", "reverend", "monsignor", "patriarch", "imam", "rabbi", "speaker", "leader",
    "councilor", "councillor", "chief", "dom", "saint", "st", "nuncio", "elect", "lawmaker",
    "counselor", "deputy", "undersecretary", "diplomat", "founder", "official", "analyst", "researcher",
    "counterpart",  # "his Chilean counterpart Lu Mera": the role stands where a title would
})

# Words that may stand inside a title before its head: "Prime Minister", "National Security Adviser".
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "prime", "vice", "deputy", "foreign", "defense", "defence", "finance", "trade", "national",
    "security", "state", "crown", "chief", "executive", "ministry", "first", "grand", "supreme",
    "former", "acting", "interim", "senior", "special", "presidential", "general", "affairs", "home",
    "interior", "justice", "economy", "industry", "unification", "commerce", "treasury", "cabinet",
    "white", "house", "press", "party", "communist", "apostolic", "holy", "royal", "assistant",
    "principal", "managing", "associate", "visiting", "secretary", "minister", "vatican", "policy",
})

# Heads that may be written in lower case before a name ("spokesperson Hua Chunying").
LOWER_CASE_TITLES: frozenset[str] = frozenset({
    "president", "premier", "minister", "chancellor", "spokesperson", "spokesman", "spokeswoman",
    "adviser", "advisor", "ambassador", "envoy", "professor", "secretary", "chairman", "ceo", "king",
    "queen", "emperor", "pope", "cardinal", "bishop", "archbishop", "governor", "senator", "mayor",
    "director", "analyst", "researcher", "official", "lawmaker", "diplomat", "founder", "counterpart",
})

TITLE_PREFIXES: frozenset[str] = frozenset({"then", "former", "ex", "late", "outgoing", "incoming"})

# Capitalised words that never start or continue a person's name.
NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by",
    "as", "if", "when", "while", "after", "before", "during", "since", "until", "this", "that", "these",
    "those", "his", "her", "their", "its", "our", "he", "she", "they", "it", "we", "i", "you", "who",
    "which", "what", "where", "why", "how", "there", "here", "also", "meanwhile", "however", "earlier",
    "later", "then", "now", "today", "tomorrow", "yesterday", "tonight", "according", "both",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "republic", "government", "palace", "house", "office", "ministry", "committee", "council",
    "summit", "visit", "state", "embassy", "airport", "university", "cathedral", "church", "hall",
    "group", "news", "agency", "said", "says", "will", "would", "has", "had", "was", "is", "are",
    "mass", "holy", "see", "day", "week", "year", "am", "pm", "a.m", "p.m", "vs", "via",
})

# A name followed by one of these names a building or event after a person: "Sir John Smith Stadium".
FACILITY_WORDS: frozenset[str] = frozenset({
    "stadium", "airport", "palace", "cathedral", "hall", "school", "hospital", "centre", "center",
    "square", "park", "street", "avenue", "road", "bridge", "tower", "museum", "memorial", "monument",
    "arena", "building", "station", "port", "hotel", "church", "basilica", "mosque", "temple", "shrine",
    "university", "college", "institute", "foundation", "award", "prize", "library", "highway", "field",
    "international", "plaza", "gate", "garden", "gardens", "house", "doctrine", "administration",
})

# Lower-case particles inside a name: "Virgilio do Carmo da Silva", "Ursula von der Leyen".
NAME_PARTICLES: frozenset[str] = frozenset({
    "da", "do", "dos", "das", "de", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "binti",
    "ibn", "al", "la", "le",
})

APPOSITIVE_ARTICLES: frozenset[str] = frozenset({"a", "an", "the"})
COMMON_WORD_ZIPF = 4.0  # in a title-case headline a word this common is a verb or noun, not a surname
MAX_NAME_WORDS = 4
# Words after its first that a name run can reach: it stops below MAX_NAME_WORDS + 2, and particles step up to three.
NAME_REACH = MAX_NAME_WORDS + 4
MAX_TITLE_WORDS = 6  # "Deputy National Security Adviser": bounded so that scanning stays linear


# --------------------------------------------------------------------------- words

_WORD = re.compile(JOINED_WORD)  # the places finder cuts its tokens from these words
_LINE = re.compile(r"[^\n]+")
_LETTERS = re.compile(r"[^\W\d_]+")


class Word(NamedTuple):
    """A word (a named tuple: one is made per word of every scanned range, and tuples are cheap to make)."""

    start: int
    end: int
    text: str
    capitalised: bool  # first letter upper case
    key: str  # folded: 'ilic' for 'Ilić'
    parts: tuple[str, ...]  # folded hyphen/apostrophe parts: ('then', 'us') for 'then-US'
    title_word: bool  # every part a title head or modifier: 'Vice-President', 'Ministry'


_PART_SPLIT = re.compile(r"[-\u2010\u2011'\u2019]")


def _word(start: int, end: int, text: str) -> Word:
    """A word with what the classifiers ask of it computed once (they ask many times per word)."""
    return Word(start, end, text, *_features(text))


@lru_cache(maxsize=65536)
def _features(text: str) -> tuple[bool, str, tuple[str, ...], bool]:
    """What a word's spelling alone decides, once per spelling (a text repeats most of its words)."""
    key = fold(text)
    parts = tuple(fold(p) for p in _PART_SPLIT.split(text)) if _PART_SPLIT.search(text) else (key,)
    return text[0].isupper(), key, parts, all(p in TITLES or p in TITLE_MODIFIERS for p in parts)


def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    """Words with offsets; a possessive "'s" is cut off ("Zhu's" -> "Zhu"); "U.S." is one word.

    Most words are taken as the pattern finds them, with no Python step per word: the spans, the spellings and
    the (cached) features are mapped in C. Only the few words that a possessive or a dotted capital concerns
    go through the step by step rules below."""
    return _made(*_word_columns(text, *runs(_WORD_SPLIT, text, start, end)))


def _made(starts: list[int], ends: list[int], spellings: list[str]) -> tuple[Word, ...]:
    """The Words of columns (see ``_word_columns``), made in C."""
    return tuple(spanned(Word, starts, ends, _tail.each(spellings)))


def _word_columns(text: str, starts: list[int], ends: list[int],
                  spellings: list[str]) -> tuple[list[int], list[int], list[str]]:
    """The words' starts, ends and spellings, from the pattern's matches (their starts, ends and spellings):
    kept as three lists of plain values, so that a caller can make the Words of one part at a time. The words
    between odd ones are as the pattern found them."""

    def patch(i: int, out: Columns) -> None:
        out_starts, out_ends, out_words = out
        s, e, w = starts[i], ends[i], spellings[i]
        if len(w) > 2 and w[-2] in "'\u2019" and w[-1] in "sS":
            e, w = e - 2, w[:-2]
        if (out_words and len(w) == 1 and w.isupper() and len(out_words[-1]) <= 6
                and _DOTTED.fullmatch(out_words[-1] + text[out_ends[-1]:s])):
            e2 = e + 1 if text.startswith(".", e) else e  # "U.S." as one word
            out_ends[-1], out_words[-1] = e2, text[out_starts[-1]:e2]
            return
        out_starts.append(s)
        out_ends.append(e)
        out_words.append(w)

    return patched((starts, ends, spellings), list(compress(count(), _odd.each(spellings))), patch)


_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


def _tail_of(text: str) -> tuple[str, bool, str, tuple[str, ...], bool]:
    """A Word's fields after its offsets, once per spelling."""
    return (text, *_features(text))


_tail = Memo(_tail_of)


def _odd_of(text: str) -> bool:
    """Whether the word needs the step by step rules: a possessive to cut, or a capital that may join the dotted
    capitals before it ("U.S."). Every other word is exactly as the pattern found it."""
    return (len(text) > 2 and text[-2] in "'\u2019" and text[-1] in "sS") or (len(text) == 1 and text.isupper())


_odd = Memo(_odd_of)


_DOTTED = re.compile(r"(?:[A-Z]\.)+")


# --------------------------------------------------------------------------- classifiers


@lru_cache(maxsize=65536)
def _common(word: str) -> float:
    return zipf(word)


def _is_title_word(word: Word) -> bool:
    return word.title_word


def _is_title_head(word: Word) -> bool:
    last = word.parts[-1]
    if last not in TITLES:
        return False
    return word.capitalised or last in LOWER_CASE_TITLES


def _country_adjective(words: tuple[Word, ...], i: int, text: str) -> int:
    """How many words from ``i`` form a country adjective ('South Korean', 'Chinese', 'ROK', 'U.S.')."""
    first = words[i]
    if not first.capitalised:
        return 0
    if i + 1 < len(words):
        second = words[i + 1]
        if second.capitalised and text[first.end:second.start] == " ":
            kind = _adjective_kind(f"{first.key} {second.key}".rstrip("."))
            if kind == ADJECTIVE or (kind == ACRONYM and _in_capitals(first) and _in_capitals(second)):
                return 2
    kind = _adjective_kind(first.key.rstrip("."))
    return 1 if kind == ADJECTIVE or (kind == ACRONYM and _in_capitals(first)) else 0


ADJECTIVE, ACRONYM = 2, 1


def _adjective_kind_of(key: str) -> int:
    """ADJECTIVE if a gazetteer entry of the key is a country adjective, else ACRONYM if one is an acronym
    (it counts only when written in capitals), else 0: asked once per key, not once per word."""
    entries = gazetteer().entries.get(key, ())
    if any(e.adjective for e in entries):
        return ADJECTIVE
    return ACRONYM if any(e.acronym for e in entries) else 0


_adjective_kind = Memo(_adjective_kind_of)


def _in_capitals(word: Word) -> bool:
    return word.text.replace(".", "").isupper()


def _is_place_word(word: Word, first: bool = True) -> bool:
    """A gazetteer name. After a given name only a country or a large city stops the name:
    "Tomas Rivera" is a person although Rivera is a town."""
    entries = gazetteer().entries.get(word.key.rstrip("."), ())
    if first or not entries:
        return bool(entries)
    return any(e.kind != "city" or e.population >= BIG_CITY for e in entries)


BIG_CITY = 1_000_000


def _nameish(word: Word, first: bool, after_particle: bool = False) -> bool:
    """Whether a word can be part of a person's name (it depends on the spelling alone: decided once for each)."""
    if after_particle:
        return _nameish_of(word.text, first, after_particle)
    return (_nameish_first if first else _nameish_later)(word.text)


# An Arabic article or patronymic written in lower case and joined to the name: "Ahmad al-Sabah".
JOINED_PARTICLE = re.compile(r"(?:al|el|bin|ibn)[-\u2010\u2011][A-Z][\w'\u2019-]+")


def _nameish_of(spelling: str, first: bool, after_particle: bool) -> bool:
    word = _word(0, len(spelling), spelling)
    if not first and JOINED_PARTICLE.fullmatch(spelling):
        return True
    if not word.capitalised or len(word.text) < 2 and not first:
        return len(word.text) == 1 and word.text.isupper() and not first
    key = word.key
    if key in NOT_NAMES or word.parts[0] in TITLES or word.parts[-1] in TITLES or key in TITLE_MODIFIERS:
        return False
    if len(word.text) > 3 and word.text.isupper():
        return False  # headline capitals or acronyms
    if key in FACILITY_WORDS and not first:
        return False
    # "President Amani Kisanga": a small town's name is a person's name too; a country or big city is not.
    return after_particle or not _is_place_word(word, first=False)


_nameish_first = Memo(lambda spelling: _nameish_of(spelling, True, False))
_nameish_later = Memo(lambda spelling: _nameish_of(spelling, False, False))


def _headline_flag(line: str) -> bool:
    return _headline_words(_WORD.findall(line))


def _headline_words(words: list[str]) -> bool:
    long_words = list(compress(words, map(ge, map(len, words), repeat(4))))  # 4+ characters, counted in C
    capitals = sum(map(str.isupper, map(itemgetter(0), long_words)))
    return len(long_words) >= 3 and capitals >= 0.75 * len(long_words)


class _Runs:
    """The word pattern's matches in a text: no match crosses a line break or a space, so the words of a line,
    or of any part of it that cuts no word, are a slice of them."""

    def __init__(self, starts: list[int], spellings: list[str]) -> None:
        self.starts = starts
        self.spellings = spellings

    def flag(self, start: int, end: int) -> bool:
        """``_headline_flag(text[start:end])`` for a range that cuts no word."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return _headline_words(self.spellings[lo:hi])


class _Lines:
    """Which lines are title-case headlines (most long words capitalised), found once per text."""

    def __init__(self, text: str, start: int, end: int, matches: _Runs | None = None) -> None:
        """``matches``: the word pattern's matches in ``text[start:end]``, if known (a line's words are then
        taken from them, not found again)."""
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.flags: list[bool] = []
        for m in _LINE.finditer(text, start, end):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.flags.append(_headline_flag(m.group()) if matches is None else matches.flag(m.start(), m.end()))

    def headline(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.flags[i]


# --------------------------------------------------------------------------- patterns


def _name_run(text: str, words: tuple[Word, ...], i: int, lines: _Lines) -> int:
    """How many words from ``i`` form a name (0 if none)."""
    n = _name_words_from(text, words, i, lines)
    end = i + n
    if n and end < len(words) and text[words[end - 1].end:words[end].start] == " " \
            and words[end].capitalised and words[end].key in FACILITY_WORDS:
        return 0  # "Sir John Smith Stadium" is a place named after a person
    return n


def _name_words_from(text: str, words: tuple[Word, ...], i: int, lines: _Lines) -> int:
    n = 0
    opened_by_place = False
    while i + n < len(words) and n < MAX_NAME_WORDS + 2:
        word = words[i + n]
        step = _particle_step(text, words, i + n) if n > 0 and word.key in NAME_PARTICLES else 0
        if step:
            n += step  # "do Carmo" in "Virgilio do Carmo da Silva", "de la Cruz", "von der Leyen"
            continue
        if n > 0:
            gap = text[words[i + n - 1].end:word.start]
            initial = len(words[i + n - 1].text) == 1
            if gap != " " and not (initial and gap == ". "):
                break
            if lines.headline(word.start) and _common(word.text) >= COMMON_WORD_ZIPF and not _short_surname(word):
                break
        if not _nameish(word, first=n == 0):
            if n > 0 or not _titled_place_name(text, words, i):
                break
            opened_by_place = True
        if n == 0 and len(word.text) == 1:
            break
        n += 1
    while n > 1 and (len(words[i + n - 1].text) == 1 or words[i + n - 1].key in NAME_PARTICLES):
        n -= 1  # a name does not end with an initial or a particle
    return 0 if opened_by_place and n < 2 else n  # "President Lima" alone is no one


def _titled_place_name(text: str, words: tuple[Word, ...], i: int) -> bool:
    """'Prime Minister Sofia Lindqvist': a given name that is also a capital or a country ('Sofia', 'Jordan')
    opens a name right after a title when a surname that is no such place follows it."""
    if i == 0 or i + 1 >= len(words) or words[i - 1].parts[-1] not in TITLES:
        return False
    word, nxt = words[i], words[i + 1]
    return (word.capitalised and text[words[i - 1].end:word.start] == " " and text[word.end:nxt.start] == " "
            and _nameish_of(word.text, True, True) and _nameish(nxt, first=False) and not _is_place_word(nxt))


# Two-letter words a title-case headline writes after a name that are no surname: "Ruiz Up Next". Any other
# two capitalised letters there are a surname, however common as a syllable: "Aminata Ba", "Daniel Ng", "Sara Li".
TWO_LETTER_WORDS: frozenset[str] = frozenset({"up", "so", "no", "go", "do", "be", "me", "us", "my", "oh", "ok",
                                              "ex", "vs", "tv", "id"})


def _short_surname(word: Word) -> bool:
    return len(word.text) == 2 and word.text[1].islower() and word.key not in TWO_LETTER_WORDS


def _particle_step(text: str, words: tuple[Word, ...], j: int) -> int:
    """How many words from the particle ``words[j]`` on join a name: one or two particles and the name word
    after them, each a space apart ('da Silva': 2, 'de la Cruz': 3); 0 if no name word follows."""
    for k in (1, 2):
        if j + k >= len(words) or text[words[j + k - 1].end:words[j + k].start] != " ":
            return 0
        if _nameish(words[j + k], first=False, after_particle=True):
            return k + 1
        if words[j + k].key not in NAME_PARTICLES:
            return 0
    return 0


def _title_at(text: str, words: tuple[Word, ...], i: int, lines: _Lines) -> PersonMention | None:
    """'then-US President Bill Clinton', 'Foreign Ministry spokesperson Hua Chunying', 'Dr. Michael Jhung'."""
    j = i
    adjective: str | None = None
    first = words[i]
    parts = first.parts
    if not first.capitalised and parts[0] not in TITLE_PREFIXES and not _is_title_word(first):
        return None  # most words: no prefix, no country adjective (capitalised), no title here
    # "then-US"; only with a hyphen-minus to split at ("former's", "then‐US" split into parts too, and
    # used to raise IndexError here)
    if len(parts) > 1 and parts[0] in TITLE_PREFIXES and "-" in first.text:
        rest = _word(first.start + len(first.text.split("-", 1)[0]) + 1, first.end, first.text.split("-", 1)[1])
        if _country_adjective((rest,), 0, text):
            adjective, j = rest.text, j + 1
    elif (first.key in TITLE_PREFIXES and i + 1 < len(words)
          and text[first.end:words[i + 1].start] == " "):
        j += 1  # "former President ...", "the late Pope ..."
    span_start = j  # a separate prefix word ("former", "Then") stays outside the mention
    if adjective is None:
        n = _country_adjective(words, j, text)
        if n and j + n < len(words) and text[words[j + n - 1].end:words[j + n].start] == " ":
            adjective = text[words[j].start:words[j + n - 1].end]
            j += n
    else:
        span_start = i
    t0 = j
    last_head = -1
    while j < len(words) and j - t0 < MAX_TITLE_WORDS and _is_title_word(words[j]):
        if j > t0 and text[words[j - 1].end:words[j].start] not in (" ", ". "):
            break
        if _is_title_head(words[j]):
            last_head = j
        j += 1
        if j < len(words) and words[j].key == "of" and j + 1 < len(words) and words[j + 1].capitalised \
                and words[j + 1].key in TITLE_MODIFIERS:
            j += 1  # "Secretary of State"
    if last_head < t0:
        return None
    k = last_head + 1
    if k >= len(words) or text[words[k - 1].end:words[k].start] not in (" ", ". "):
        return None
    n = _name_run(text, words, k, lines)
    if n == 0:
        return None
    start = words[span_start].start
    name_start, name_end = words[k].start, words[k + n - 1].end
    title = text[words[t0].start:words[last_head].end]
    return PersonMention(start=start, end=name_end, text=text[start:name_end],
                         name=text[name_start:name_end], title=title, country_adjective=adjective,
                         name_start=name_start, name_end=name_end)


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}[-\u2010\u2011][A-Za-z][a-z]{1,5}")


def _hyphenated_at(text: str, words: tuple[Word, ...], i: int) -> PersonMention | None:
    """'Yang Hee-jin', 'Kang Jun-young': a short surname and a hyphenated two-syllable given name."""
    if i + 1 >= len(words):
        return None
    surname, given = words[i], words[i + 1]
    if (not 2 <= len(surname.text) <= 5 or not surname.capitalised or text[surname.end:given.start] != " "
            or not _KOREAN_GIVEN.fullmatch(given.text) or not _nameish(surname, first=True)
            or _is_place_word(surname) or _is_place_word(given)):
        return None
    return PersonMention(start=surname.start, end=given.end, text=text[surname.start:given.end],
                         name=text[surname.start:given.end], name_start=surname.start, name_end=given.end)


def _appositive_at(text: str, words: tuple[Word, ...], i: int, lines: _Lines) -> PersonMention | None:
    """'Kang Jun-young, a professor at ...', 'James Marape, the Prime Minister of ...'."""
    reach = min(i + NAME_REACH, len(words) - 1)
    comma_before = i > 0 and text[words[i - 1].end:words[i].start] == ", "
    if not comma_before and text.find(", ", words[i].end, words[reach].start) == -1:
        return None  # no ", " where a name from here can end: no appositive (and no name run to try)
    n = _name_run(text, words, i, lines)
    if n < 2 or any(_is_place_word(w) for w in words[i:i + n]):
        return None
    last = i + n - 1
    if comma_before and SENTENCE_STOP.match(text, words[last].end):
        # "met the island's president, Hussein Mwinyi.": the role's name ends the sentence
        role = _role_before(text, words, i)
        if role is not None:
            s, e = words[i].start, words[last].end
            return PersonMention(start=s, end=e, text=text[s:e], name=text[s:e], title=role, name_start=s,
                                 name_end=e)
    if last + 1 >= len(words) or text[words[last].end:words[last + 1].start] != ", ":
        return None
    role = _role_before(text, words, i) if words[last + 1].key not in {"and", "or"} else None  # not a list
    if role is not None:
        s, e = words[i].start, words[last].end
        return PersonMention(start=s, end=e, text=text[s:e], name=text[s:e], title=role, name_start=s, name_end=e)
    if words[last + 1].key not in APPOSITIVE_ARTICLES:
        return None
    for j in range(last + 2, min(last + 7, len(words))):
        if text[words[j - 1].end:words[j].start] != " ":
            break
        word = words[j]
        if _is_title(word):
            t0 = j
            while t0 - 1 > last + 1 and _is_title_word(words[t0 - 1]):
                t0 -= 1
            s, e = words[i].start, words[last].end
            return PersonMention(start=s, end=e, text=text[s:e], name=text[s:e],
                                 title=text[words[t0].start:word.end], name_start=s, name_end=e)
    return None


# "met Prime Minister Anna Reid and opposition leader Aroha Ngata", "... Anna Reid and Aroha Ngata": a full name
# joined by "and" to a person just named is a person too, with at most a lower-case role between.
COORDINATED_GAP = re.compile(r" and (?:(?:his|her|their|the) )?(?:(?:[a-z][\w-]* ){0,2}(?:leader|counterpart|"
                             r"host|chief|envoy|mayor|speaker|deputy|governor|minister|president|premier) )?")


def _coordinated_at(text: str, words: tuple[Word, ...], i: int, lines: _Lines,
                    before: PersonMention) -> PersonMention | None:
    """A name of two words or more, no place among them, joined to the person ``before`` (see COORDINATED_GAP)."""
    if not COORDINATED_GAP.fullmatch(text, before.end, words[i].start):
        return None
    n = _name_run(text, words, i, lines)
    if n < 2 or any(_is_place_word(w) for w in words[i:i + n]):
        return None
    s, e = words[i].start, words[i + n - 1].end
    role = text[before.end:s].split()[-1]
    return PersonMention(start=s, end=e, text=text[s:e], name=text[s:e], title=None if role == "and" else role,
                         name_start=s, name_end=e)


def _is_title(word: Word) -> bool:
    """A title a name can follow or precede: 'Prime Minister', 'the president' (lower case for some)."""
    head = word.parts[-1]
    return _is_title_word(word) and head in TITLES and (word.capitalised or head in LOWER_CASE_TITLES)


SENTENCE_STOP = re.compile(r"[.;:!?]|\s*$")

# The role a name between commas stands for: "met the First Minister, Moira Reid, at Bute House", "her
# Qatari counterpart, Hamad Al-Kuwari, said". A title, or one of these nouns.
ROLE_NOUNS = frozenset({"host", "counterpart", "leader", "successor", "predecessor", "wife", "husband", "deputy"})


def _role_before(text: str, words: tuple[Word, ...], i: int) -> str | None:
    """The role written just before ', <name>,' (see ROLE_NOUNS), or None."""
    if i < 1 or text[words[i - 1].end:words[i].start] != ", ":
        return None
    word = words[i - 1]
    if not _is_title(word) and word.key not in ROLE_NOUNS:
        return None
    t0 = i - 1
    while t0 - 1 >= 0 and _is_title_word(words[t0 - 1]) and text[words[t0 - 1].end:words[t0].start] == " ":
        t0 -= 1
    return text[words[t0].start:word.end]


def find_people(text: str, start: int = 0, end: int | None = None) -> tuple[PersonMention, ...]:
    """Person mentions in ``text[start:end]``, in order, with exact offsets into ``text``.

    >>> [(p.text, p.name) for p in find_people("Yang Hee-jin's 2019 trip; Kang Jun-young, a professor, said")]
    [('Yang Hee-jin', 'Yang Hee-jin'), ('Kang Jun-young', 'Kang Jun-young')]
    """
    stop = len(text) if end is None else end
    return _scan(text, _words(text, start, stop), _Lines(text, start, stop))


def _scan(text: str, words: tuple[Word, ...], lines: _Lines) -> tuple[PersonMention, ...]:
    found: list[PersonMention] = []
    free = 0  # the first word after the last mention found: a mention does not start inside another
    # Only some spellings can open a mention, and each only some of the patterns (see _opens_of): the other
    # words, most of any text, are passed over in C.
    opens = _opens.each(list(map(_TEXT, words)))
    for i in compress(count(), opens):
        if i < free:
            continue
        mention = _title_at(text, words, i, lines) if opens[i] & OPENS_TITLE else None
        if mention is None and opens[i] & OPENS_NAME:  # the other patterns open with a capitalised name
            mention = _appositive_at(text, words, i, lines) or _hyphenated_at(text, words, i) or (
                _coordinated_at(text, words, i, lines, found[-1]) if found else None)
        if mention is None:
            continue
        found.append(mention)
        free = i
        while free < len(words) and words[free].start < mention.end:
            free += 1
    return tuple(found)


_TEXT = itemgetter(2)  # Word.text
OPENS_TITLE, OPENS_NAME = 1, 2


def _opens_of(text: str) -> int:
    """Which patterns a word so spelled can open (OPENS_TITLE, OPENS_NAME, both or neither); a pattern a word
    cannot open turns it away whatever its neighbours are:

    - ``_title_at`` needs a title prefix ('former', 'then-US'), a title word, or a country adjective opening at
      the word: one word (its key an adjective or acronym entry) or two (then the key opens a longer gazetteer
      key, so it is one of the gazetteer's prefixes);
    - ``_appositive_at`` and ``_hyphenated_at`` need a name opening at the word: ``_nameish`` with
      ``first=True`` (so capitalised) and more than one letter.
    """
    capitalised, key, parts, title_word = _features(text)
    title = parts[0] in TITLE_PREFIXES or title_word or (
        capitalised and (key in gazetteer().prefixes or _adjective_kind(key.rstrip(".")) != 0))
    name = capitalised and len(text) > 1 and _nameish(_word(0, len(text), text), first=True)
    return (OPENS_TITLE if title else 0) | (OPENS_NAME if name else 0)


_opens = Memo(_opens_of)


class PeopleIndex:
    """``find_people`` over a whole text, and over any window of it without scanning again where that
    provably gives the same mentions (the window's words, headline flags and scan state are those of the
    whole text, and no pattern could read across the window's end); elsewhere it scans the window."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts, ends, spellings = runs(_WORD_SPLIT, text, 0, len(text))  # once, for the words and the lines
        self.word_runs = starts, ends, spellings  # ``JOINED_WORD``'s matches: the places index takes them too
        self._runs = _Runs(starts, spellings)
        self._word_starts, self._word_ends, self._spellings = _word_columns(text, starts, ends, spellings)
        self.lines = _Lines(text, 0, len(text), self._runs)
        self.mentions = _scan_in_pieces(text, self._word_starts, self._word_ends, self._spellings, self.lines)
        self._mention_starts = [m.start for m in self.mentions]

    def word(self, i: int) -> Word:
        """The text's ``i``-th word (as ``_words`` makes it)."""
        return _word_at(self._word_starts, self._word_ends, self._spellings, i)

    def within(self, start: int, end: int) -> tuple[PersonMention, ...]:
        """Exactly ``find_people(text, start, end)``."""
        if not self._reusable(start, end):
            return find_people(self.text, start, end)
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[lo:hi]

    def _reusable(self, start: int, end: int) -> bool:
        text = self.text
        # the window cuts no word: the whole text's words inside it are the window's own words
        if not (start == 0 or text[start - 1].isspace()) or not (end >= len(text) or text[end].isspace()):
            return False
        i = bisect.bisect_left(self._mention_starts, start)
        if i > 0 and self.mentions[i - 1].end > start:
            return False  # a mention runs into the window: the scan would not start afresh there
        j = bisect.bisect_left(self._mention_starts, end)
        if j > 0 and self.mentions[j - 1].end > end:
            return False
        if not self._same_flag(start, end, start) or (
                not self._same_line(start, end - 1) and not self._same_flag(start, end, end - 1)):
            return False
        w_lo = bisect.bisect_left(self._word_starts, start)
        w_hi = bisect.bisect_left(self._word_starts, end)
        if w_hi == w_lo or w_hi == len(self._word_starts):
            return True  # no word to scan, or nothing after the window to read
        return _closed_after(text, self.word(w_hi - 1), self.word(w_hi))

    def _same_line(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` lie on one line (then the flag of the window's part of it is asked once)."""
        return bisect.bisect_right(self.lines.starts, a) == bisect.bisect_right(self.lines.starts, b)

    def _same_flag(self, start: int, end: int, pos: int) -> bool:
        """Whether the line part of the window holding ``pos`` is a headline exactly when its line is."""
        line = bisect.bisect_right(self.lines.starts, pos) - 1
        if line < 0 or not self.lines.starts[line] <= pos < self.lines.ends[line]:
            return True  # ``pos`` is on no line (a line break): nothing there to ask about
        line_start, line_end = self.lines.starts[line], self.lines.ends[line]
        if start <= line_start and line_end <= end:
            return True  # the window holds the whole line
        # the window cuts no word (asked first): the part's words are a slice of the text's
        return self._runs.flag(max(start, line_start), min(end, line_end)) == self.lines.flags[line]


PIECE_WORDS = 512  # words made and scanned at a time
CUT_TRIES = 16  # gaps looked at for a cut before a piece is let grow by another PIECE_WORDS words


def _scan_in_pieces(text: str, starts: list[int], ends: list[int], spellings: list[str],
                    lines: _Lines, piece: int = PIECE_WORDS) -> tuple[PersonMention, ...]:
    """``_scan`` of all the words of ``text`` (given as ``_word_columns``), made and scanned some hundreds at a
    time and cut only where no pattern can read across (``_closed_after``): the same mentions, and the words of
    a long text are never all alive at once (each is a tuple the garbage collector tracks, and the hundreds of
    thousands of a long text made its full collections run again and again).

    A piece grows until a cut is found; at most CUT_TRIES gaps are looked at for every ``piece`` words, so that a
    text with no place to cut ("J. J. J. ...") costs a few steps per hundred words, not one per word."""
    found: list[PersonMention] = []
    at, n, step = 0, len(starts), max(1, piece)
    while at < n:
        target = at + step
        cut, i = _closed_cut(text, starts, ends, spellings, target)
        while cut is None:
            target += step
            cut, i = _closed_cut(text, starts, ends, spellings, max(i, target))
        found.extend(_scan(text, _made(starts[at:cut], ends[at:cut], spellings[at:cut]), lines))
        at = cut
    return tuple(found)


# Characters that are never part of a word and make the gap they stand in other than " " or ", ": where a cut
# can be (``_closed_after`` decides). The common ones, in one class: the engine looks for them in a fast loop.
_GAP_MARK = re.compile(r"[.;:!?()\[\]\"\u201c\u201d\u2013\u2014/\n\d]")


def _closed_cut(text: str, starts: list[int], ends: list[int], spellings: list[str],
                i: int) -> tuple[int | None, int]:
    """The first word index ``b >= i`` such that no pattern reads from word ``b - 1`` on to word ``b`` (the
    number of words if there is none), and where to go on from: ``(b, b)``; or ``(None, j)`` when CUT_TRIES
    gaps from ``i`` on were no place to cut (the next one is at or after word ``j``). The gaps are found by a
    search in C, not word by word."""
    n = len(starts)
    for _ in range(CUT_TRIES):
        if i >= n:
            return n, n
        mark = _GAP_MARK.search(text, ends[i - 1])
        if mark is None:
            return n, n
        b = bisect.bisect_right(starts, mark.start())  # the word after the gap that holds the mark
        if b >= n:
            return n, n
        if _closed_after(text, _word_at(starts, ends, spellings, b - 1), _word_at(starts, ends, spellings, b)):
            return b, b
        i = b + 1
    return None, i


def _word_at(starts: list[int], ends: list[int], spellings: list[str], i: int) -> Word:
    return Word(starts[i], ends[i], *_tail(spellings[i]))


def _closed_after(text: str, last: Word, following: Word) -> bool:
    """Whether no pattern can read from ``last`` on to ``following``: every step from one word to the
    next asks for a gap of " ", ", " or ". " (the last only after a title word or an initial), except
    the "of" in "Secretary of State"."""
    gap = text[last.end:following.start]
    if following.key == "of" or gap in (" ", ", "):
        return False
    if gap == ". ":
        return not (_is_title_word(last) or len(last.text) == 1 or last.key == "of")
    return True


# --------------------------------------------------------------------------- names across mentions


def name_key(name: str) -> str:
    """Spelling-blind key: 'Ko Tae Hyun', 'Ko Tae-hyun' -> 'kotaehyun'; 'Ilić' -> 'ilic'."""
    return "".join(c for c in fold(name) if c.isalnum())


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"\s+", name.strip()) if w)


def _spellings(names: Iterable[str]) -> tuple[dict[str, Counter[str]], dict[str, int]]:
    """Each name's spelling-blind key -> how often each spelling of it is written, and the first-seen order
    of every key and of every key|spelling.

    One mention at a time, in order (a two-word name joins its reversed form's key only once that key is
    seen); each distinct spelling's keys are worked out once: a long text names few people many times.
    """
    spellings: dict[str, Counter[str]] = {}
    first_seen: dict[str, int] = {}
    keys: dict[str, tuple[str, str | None]] = {}  # spelling -> (its key, its reversed key if two words)
    for name in names:
        if name not in keys:
            words = _name_words(name)
            keys[name] = (name_key(name), name_key(words[1] + words[0]) if len(words) == 2 else None)
        key, reversed_key = keys[name]
        if reversed_key is not None and reversed_key in spellings:
            key = reversed_key  # "Tanabe Haruki" is "Haruki Tanabe" in the other order
        if not key:
            continue
        spellings.setdefault(key, Counter())[name] += 1
        for form in (key, f"{key}|{name}"):
            if form not in first_seen:
                first_seen[form] = len(first_seen)
    return spellings, first_seen


def canonical_names(mentions: Iterable[PersonMention | str]) -> dict[str, str]:
    """Map every written form of a name (a mention, or the name itself) to one canonical full name.

    Spelling variants of one name (hyphen, space, case, diacritics) share the most frequent spelling
    (ties: first seen); a short form ('Zhu', 'Ko') maps to the one full name it begins or ends, and
    stays unmapped when it fits several.
    """
    spellings, first_seen = _spellings(mention if isinstance(mention, str) else mention.name
                                       for mention in mentions)
    best: dict[str, str] = {}
    for key, counts in spellings.items():
        best[key] = min(counts, key=lambda s: (-counts[s], first_seen[f"{key}|{s}"]))
    full = {key: spelling for key, spelling in best.items() if len(_name_words(spelling)) >= 2}
    # a short form is the first or last word of a full name ("Zhu" of "Zhu Lanfang", "Menon" of "Ravi Menon")
    owners: dict[str, set[str]] = {}
    for key, spelling in full.items():
        words = _name_words(spelling)
        for word in {words[0], words[-1]}:
            owners.setdefault(name_key(word), set()).add(key)
    result: dict[str, str] = {}
    for key in sorted(spellings, key=lambda k: first_seen[k]):
        canonical = best[key]
        if key not in full:
            holders = owners.get(key, set())
            if len(holders) > 1:
                continue
            if len(holders) == 1:
                canonical = full[next(iter(holders))]
        for spelling in spellings[key]:
            result[spelling] = canonical
    for key, spelling in full.items():
        words = _name_words(spelling)
        for word in (words[0], words[-1]):
            holders = owners[name_key(word)]
            if len(holders) == 1 and word not in result and name_key(word) not in spellings:
                result[word] = spelling
    return result


def find_short_names(text: str, known: Mapping[str, str], start: int = 0,
                     end: int | None = None) -> tuple[PersonMention, ...]:
    """Mentions of already known names by any known form ('Ko and Zhu'), capitalised, whole words.

    >>> [(p.text, p.name) for p in find_short_names("Ko and Zhu met.", {"Ko": "Ko Tae-hyun", "Zhu": "Zhu Lanfang"})]
    [('Ko', 'Ko Tae-hyun'), ('Zhu', 'Zhu Lanfang')]
    """
    return ShortNames(known).find(text, start, end)


class ShortNames:
    """``find_short_names`` with the known forms keyed once, for many windows of one text."""

    def __init__(self, known: Mapping[str, str]) -> None:
        self.forms: dict[tuple[str, ...], str] = {}
        for form, canonical in known.items():
            form_key = tuple(name_key(w) for w in re.split(r"[\s\-\u2010\u2011]+", form) if name_key(w))
            if form_key:
                self.forms[form_key] = canonical
        self.longest = max((len(k) for k in self.forms), default=0)
        self.firsts = frozenset(k[0] for k in self.forms)  # a form's first word: where a mention can open

    def find(self, text: str, start: int = 0, end: int | None = None) -> tuple[PersonMention, ...]:
        """Exactly ``find_short_names(text, known, start, end)``."""
        return _short_names(text, self.forms, self.firsts, self.longest, start, end)


_LETTERS_SPLIT = re.compile(f"({_LETTERS.pattern})")


def _short_names(text: str, forms: Mapping[tuple[str, ...], str], firsts: frozenset[str], longest: int,
                 start: int, end: int | None) -> tuple[PersonMention, ...]:
    stop = len(text) if end is None else end
    if not forms:
        return ()
    starts, ends, words = runs(_LETTERS_SPLIT, text, start, stop)
    found: list[PersonMention] = []
    free = 0  # the first word after the last mention found
    # A mention opens with a capitalised word whose key opens a known form (one of ``firsts``): the capitals
    # are picked out in C and only their keys looked up; the other words, most of any text, are passed over.
    capitals = list(compress(count(), map(str.isupper, map(itemgetter(0), words))))
    keys = _name_key.each(list(map(words.__getitem__, capitals)))
    for i in compress(capitals, map(firsts.__contains__, keys)):
        if i < free:
            continue
        hit: tuple[int, str] | None = None
        key: tuple[str, ...] = ()
        for n in range(1, longest + 1):
            if i + n > len(words):
                break
            if n > 1 and text[ends[i + n - 2]:starts[i + n - 1]] not in (" ", "-", "\u2010"):
                break
            key = key + (_name_key(words[i + n - 1]),)
            if key in forms:
                hit = (n, forms[key])
        if hit is None:
            continue
        n, canonical = hit
        s, e = starts[i], ends[i + n - 1]
        found.append(PersonMention(start=s, end=e, text=text[s:e], name=canonical, name_start=s, name_end=e))
        free = i + n
    return tuple(found)


_name_key = Memo(name_key)
