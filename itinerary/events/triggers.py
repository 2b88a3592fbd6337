"""Event trigger words: the table that turns words into typed event mentions.

A trigger is a name, a pattern (case-insensitive, word-bounded) and the event
kind it signals. Vocabulary lives here as data; ``EXAMPLES`` and ``NEGATIVE``
beside the table are run by one parametrised test (tests/test_events_corpus.py).

Kinds follow the contract: visit (the trip, a state visit), stay (time spent in
one city, a leg), travel (arrival, departure, flight), summit, meeting, talks,
ceremony, forum, signing, interview, statement, speech, dinner, site_visit (a school, a plant, a memorial), military,
statistic, anniversary, agreement, launch.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser: first letters of a pattern


@dataclass(frozen=True)
class Trigger:
    name: str
    pattern: str  # regex source, matched case-insensitively on word boundaries
    kind: str
    title: str  # base title; the events stage adds "with <who>", "in <where>"
    trip_word: bool = False  # names a journey: "state visit", "trip", "tour"
    needs_context: str | None = None  # regex that must occur in the same sentence for the trigger to count


def _trigger(name: str, pattern: str, kind: str, title: str, **extra: object) -> Trigger:
    compiled = re.compile(pattern, re.IGNORECASE)
    if compiled.fullmatch(""):
        raise ValueError(f"trigger {name!r} matches the empty string")
    return Trigger(name, pattern, kind, title, **extra)  # type: ignore[arg-type]


# Order matters only for overlapping matches: the longest match wins, ties go to
# the earlier entry.
TRIGGERS: tuple[Trigger, ...] = (
    # journeys
    _trigger("state visit", r"(?:state|official|working|apostolic|pastoral) (?:visits?|journey|trip)", "visit",
             "State visit", trip_word=True),
    _trigger("trip", r"trips?|journey|tour(?= of| to| across| in)|voyage|pilgrimage|"
             r"(?:trade|business|investment|economic|commercial|shuttle) missions?", "visit", "Trip", trip_word=True),
    # not "visiting" before a title: "talks with visiting President Diallo" is the guest, not a visit
    _trigger("visit", r"visit(?:s|ed)?(?! with)|visiting(?! with| (?:President|Prime|Premier|King|Queen|Emperor|"
             r"Chancellor|Crown|Foreign|Defen[cs]e|Minister|Secretary|Vice|Pope|Emir|Sultan|Sheikh|head|leaders?|"
             r"dignitar))", "visit", "Visit", trip_word=True),
    _trigger("stay", r"stay(?:s|ed|ing)?(?= in| at)|stop(?:s)? in|stop(?:s|ping|ped)? over(?= in)|stopover(?= in)|leg|be in(?= (?-i:[A-Z]))|"
             r"remain(?:s|ed)? in|"
             r"spen(?:d|ds|ding|t)(?= (?:\w+ ){1,2}(?:days|nights|weeks) in (?-i:[A-Z]))",
             "stay", "Stay"),
    _trigger("travel", r"travel(?:s|led|ed|ling|ing)?(?: first| then| on| onward)? to|fl(?:y|ies|ew|own|ying)(?: (?!back\b|home\b)\w+)? to|"
             # "flew from Canberra to Wellington": the city left, then the one flown to
             r"fl(?:y|ies|ew|own|ying) from (?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2} to|"
             r"head(?:s|ed|ing)?(?: on)? (?:to|for)|flight to", "travel",
             "Travel"),
    _trigger("arrival", r"arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)? (?:in|at)|touch(?:es|ed|ing)? down|fl(?:ew|own|ies|y) in(?= from)|"
             r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))due in(?= (?-i:[A-Z]))|"
             r"(?:greeted|welcomed|received|met) at the (?:airport|airbase|air base)", "travel", "Arrival"),
    _trigger("departure", r"depart(?:s|ed|ing|ure)?|le(?:ave|aves|ft|aving) (?:for|from)|le(?:ave|aves|ft)(?= (?-i:[A-Z]))|"
             r"le(?:ave|aves|ft|aving)(?= on (?:(?-i:[A-Z])|the \d))|"
             r"set(?:s)? off|took off|seen off",
             "travel", "Departure"),
    _trigger("return", r"return(?:s|ed|ing)?(?=\s+(?:to|home|on|from)\b)|fl(?:y|ies|ew|own|ying) (?:back (?:home|to)|home)|"
             r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))due back",
             "travel", "Return"),
    _trigger("site visit", r"ceremonial visit|tour(?:ed|s|ing)?", "site_visit", "Visit"),
    # meetings
    _trigger("summit", r"summits?", "summit", "Summit"),
    _trigger("talks", r"talks|discussions|negotiations|s(?:at|its?|itting) down(?= with)", "talks", "Talks"),
    # "Park and Peruvian President Ana Quispe agreed Thursday to expand cooperation": two sides named and
    # agreeing is a round of talks (not "the two leaders agreed": named before, nor "officials agreed")
    # (agreeing at a summit or during talks is part of that gathering, which holds its people)
    _trigger("agreed", r"agreed(?! (?:at|during|after|following|before|on the sidelines|on the margins)\b)", "talks", "Talks",
             needs_context=r"(?-i:[A-Z][\w'’.-]*)\s+and\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){1,5}agreed\b"),
    _trigger("call", r"(?:tele)?phone (?:call|conversation)s?|video ?(?:call|link)s?", "talks", "Phone call"),
    _trigger("meeting", r"meet(?:s|ing)?|met|courtesy (?:visit|call)|audience|received by|host(?:s|ed|ing)?(?= (?:the|a|an|his|her|leaders|(?-i:[A-Z][a-z]+ [A-Z])))",
             "meeting", "Meeting"),
    _trigger("press", r"press (?:briefing|conference)|news conference", "statement", "Press briefing"),
    _trigger("interview", r"interview", "interview", "Interview"),
    _trigger("forum", r"forum|conference|symposium|expo|(?:business )?round-?table|business round table", "forum",
             "Forum"),
    _trigger("dinner", r"(?:state )?(?:dinner|banquet|luncheon)", "dinner", "Dinner"),
    # the act, however written ("a wreath-laying ceremony", "laid a wreath"), has one title
    _trigger("wreath", r"wreaths?(?:[- ]laying)?(?: ceremony)?", "ceremony", "Wreath-laying"),
    _trigger("ceremony", r"ceremon(?:y|ies)|(?:gala )?concert|foundation stone|"
             r"honorary (?:doctorate|degree|citizenship)|honou?r guard|guard of honou?r|(?:holy|public|papal|open-air|solemn|private|final|closing|opening|sunday|requiem) mass(?:es)?|"
             r"liturg(?:y|ies)|vespers|prayer service|"
             r"mass(?= (?:at|in|on|for|before|with))|commemoration|"
             r"(?:welcome |official )?reception|red carpet welcome|(?:official|ceremonial|formal) welcome|"
             r"(?:\d{1,2}|twenty-one|nineteen)-gun salute",
             "ceremony", "Ceremony"),
    # a service of worship, not "the civil service": named so, or held in a place of worship (a trigger of its
    # own: the letters it opens with do not make the ceremony's long pattern be tried at more words)
    _trigger("service", r"(?:memorial|church|thanksgiving|religious|funeral|remembrance|ecumenical|interfaith|"
             r"commemorative) services?|"
             r"services?(?= (?:at|in) (?:the |a )?(?:[\w'’-]+ ){0,2}(?:cathedral|church|chapel|basilica|abbey|mosque|"
             r"synagogue|temple|minster|shrine|monastery)s?\b)",
             "ceremony", "Ceremony"),
    # "was welcomed at Government House", "greeted at the Royal Palace": the welcome at a seat of power
    # ... or with honours: "welcomed with military honours", "greeted with full state honors"
    _trigger("welcome", r"(?:welcomed|greeted)(?= (?:at|to) (?:the )?(?:(?-i:[A-Z])[\w'’-]* ){0,3}"
             r"(?:(?-i:House|Castle)|[Pp]alace)\b| with (?:full |military |state |ceremonial ){0,2}honou?rs\b)",
             "ceremony", "Welcome ceremony"),
    _trigger("speech", r"speech|remarks|keynote|lectures?|"
             r"address(?= (?:to|at|the|both|an? (?:joint |special )?(?:session|meeting|rally|gathering|crowd)|"
             r"(?:civil|business|university|religious) (?:authorities|leaders|students)|parliament|congress|lawmakers|"
             r"legislators|(?-i:[A-Z]))\b)|"
             r"address(?:es|ed|ing)(?= (?:parliament|congress|lawmakers|legislators|the (?:parliament|nation|congress|"
             r"assembly|senate|general assembly|joint session|summit|forum|conference))\b)|"
             # "told business leaders in Lima", "spoke to investors": a speech to an audience (not "told reporters")
             r"(?:told|tells|telling|addressed|addresses|addressing|spoke to|speaks to|speaking to)"
             r"(?= (?:(?:an? |the )?(?:group|gathering|audience|meeting) of )?(?:[\w-]+ )?(?:business|religious|"
             r"community|civic|industry|student|university|tribal) (?:leaders|executives|figures|representatives)\b|"
             r" (?:investors|executives|entrepreneurs|students|lawmakers|legislators)\b)", "speech",
             "Speech"),
    _trigger("signing", r"signing|signed|to sign|signs?(?=\s+(?:\w+\s+){0,3}(?:pact|agreement|deal|treaty|accord|memorand|mous?|contract"
             r"|declaration))|memorand(?:um|ums|a) of understanding|mous?", "signing", "Signing"),
    # A declaration the leaders adopt or sign is an outcome like a treaty: a joint one or one named with a
    # capital ("the Oslo Declaration"); not the declaring of a state of things ("a declaration of war").
    _trigger("agreement", r"(?:free trade )?agreement|fta|treaty|pact|"
             r"(?:joint declarations?|(?-i:Declarations?))(?! of (?:independence|war|martial|emergency|a state|assets|interest))",
             "agreement", "Agreement"),
    # around the trip
    _trigger("military", r"drills?|military (?:exercises?|parades?)|missiles?|bombing|air ?strikes?|deployment|invasion|attacks?",
             "military", "Military"),
    # not the verb: "to rally support for Ukraine", "rallies allies behind the plan"
    _trigger("protest", r"protests?|protesters|demonstrat(?:ion|ions|ors)|"
             r"(?<!\bto )rall(?:y|ies)(?! (?:support|backing|allies|behind|around|investors|opinion|votes)\b)",
             "protest", "Protest"),
    # "agreed to launch talks": the talks are the event, not a launch
    _trigger("launch", r"launch(?:es|ed)?(?! (?:talks|negotiations|discussions|a dialogue))|opening|inaugurat(?:ion|ed)",
             "launch", "Launch"),
    _trigger("anniversary", r"anniversary|centenary|centennial|jubilee", "anniversary", "Anniversary"),
    _trigger("statement", r"announce(?:d|s|ment)|statement", "statement", "Statement"),
    _trigger("figure", r"\d[\d,.]*\s?(?:billion|million|trillion|bn|tn)|\d[\d,.]*\s?(?:%|per ?cent)", "statistic", "Figure"),
    _trigger("statistic", r"trade (?:volume|figures?)|bilateral trade|(?:trade|exports|imports) (?:hit|reached|rose|fell|"
             r"surged|peaked)|year-on-year|peak(?:ed|ing)", "statistic", "Statistic"),
)

# "tour" is a verb ("will tour a plant": a site visit) or the trip's own noun ("her three-nation tour", "earlier
# in the tour", "the Asia tour"). The plural "tours" is the noun after a determiner, a possessive or a
# "-nation"/"-day" compound, else the verb ("Ramos tours the plant"); the singular, see TOUR_VERB_BEFORE.
TRIP_TRIGGER = next(t for t in TRIGGERS if t.name == "trip")
_SITE_TOUR = next(t for t in TRIGGERS if t.name == "site visit")
TOUR_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|this|that|these|those|whole|entire|regional|foreign|overseas|farewell|"
    r"[a-z]+-(?:nation|country|day|week|city|stop|leg))\s+$",
    re.IGNORECASE)
_TOUR_NOUN_WORDS = frozenset({"tour", "tours"})


# The verb 'tour' follows a modal, 'to', 'and' or a pronoun, or takes its object at once: "will tour a plant",
# "the leaders tour the station". Anywhere else the bare word is the noun: "after whirlwind tour".
TOUR_VERB_BEFORE = re.compile(r"\b(?:will|would|shall|to|can|could|may|might|must|and|then|also|later|jointly|"
                              r"he|she|they|we|i|you)\s+$", re.IGNORECASE)
TOUR_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|his|her|their|several|two|three|four)\b", re.IGNORECASE)


def trigger_of(text: str, match: re.Match[str]) -> Trigger:
    """The trigger a ``TRIGGER_PATTERN`` match stands for in its text: the table's, or the trip for the noun
    'tour' that the table's site-visit verb took."""
    trigger = TRIGGERS[int(match.lastgroup[1:])]  # type: ignore[index]
    word = match.group().lower()
    if trigger is not _SITE_TOUR or word not in _TOUR_NOUN_WORDS:
        return trigger
    lo = max(0, match.start() - 30)
    if word == "tour":
        verb = TOUR_VERB_BEFORE.search(text, lo, match.start()) or TOUR_OBJECT_AFTER.match(text, match.end())
        return trigger if verb else TRIP_TRIGGER
    return TRIP_TRIGGER if TOUR_NOUN_BEFORE.search(text, lo, match.start()) else trigger


TRIGGER_PATTERN = re.compile(
    "|".join(f"(?P<t{i}>\\b(?:{t.pattern})\\b)" for i, t in enumerate(TRIGGERS)), re.IGNORECASE
)


def _alternatives(indexes: list[int]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<t{i}>\\b(?:{TRIGGERS[i].pattern})\\b)" for i in indexes), re.IGNORECASE)


_OPEN = frozenset({_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT})  # zero-width: look further
_REPEATS = frozenset({_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT})



# --------------------------------------------------------------------------- which word starts to try
#
# Most words open no trigger ("the", "of", "said"), and trying the bucket of their first letter at each of them
# was a Python step per word. The first PREFIX_LENGTH characters of a trigger match come from a small set, worked out
# from the parsed patterns; one regex finds the word starts that open with one of them, in C, and only those are
# tried. Over-approximating is safe (a candidate is only tried), so the set is computed on lower-case ASCII and
# any word start with a non-ASCII character among its first few, or near the window's end, is a candidate.

PREFIX_LENGTH = 4
_ASCII = frozenset(map(chr, range(128)))
_CATEGORIES = {getattr(_parser, name): frozenset(c for c in _ASCII if re.fullmatch(code, c)) for name, code in (
    ("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"), ("CATEGORY_SPACE", r"\s"),
    ("CATEGORY_NOT_SPACE", r"\S"), ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W"))}


def _prefixes(items: object, k: int) -> frozenset[str] | None:
    """Lower-case strings ``s`` such that a match of the parsed pattern opens with ``s`` (``len(s) == k``) or is
    ``s`` (``len(s) < k``); None when the pattern uses something not handled here (then: no prefilter)."""
    out = {""}
    for op, av in items:  # type: ignore[attr-defined]
        if op in _OPEN:
            continue  # zero-width: skipping it only widens the set
        done = {p for p in out if len(p) == k}
        steps: dict[int, frozenset[str] | None] = {}  # by characters left: the same for many partial strings
        for p in out - done:
            left = k - len(p)
            if left not in steps:
                steps[left] = _op_prefixes(op, av, left)
            step = steps[left]
            if step is None:
                return None
            done.update(p + q for q in step)
        out = done
    return frozenset(out)


def _op_prefixes(op: object, av: object, k: int) -> frozenset[str] | None:
    if op is _parser.LITERAL or op is _parser.NOT_LITERAL or op is _parser.IN or op is _parser.ANY:
        chars = _chars(op, av)
        return None if chars is None else frozenset(c.lower() for c in chars)
    if op is _parser.SUBPATTERN:
        return _prefixes(av[-1], k)  # type: ignore[index]
    if op is _parser.BRANCH:
        parts = [_prefixes(branch, k) for branch in av[1]]  # type: ignore[index]
        return None if any(p is None for p in parts) else frozenset().union(*(p for p in parts if p is not None))
    if op in _REPEATS:
        repeat: tuple[int, int, object] = av  # type: ignore[assignment]
        low, high, item = repeat
        found: set[str] = set()
        reps = {""}
        item_steps: dict[int, frozenset[str] | None] = {}  # by characters left
        for n in range(min(high, max(low, k) + 1) + 1):
            found.update(p for p in reps if len(p) == k or low <= n)
            grown: set[str] = set()
            for p in reps:
                if len(p) == k:
                    grown.add(p)
                    continue
                if k - len(p) not in item_steps:
                    item_steps[k - len(p)] = _prefixes(item, k - len(p))
                step = item_steps[k - len(p)]
                if step is None:
                    return None
                grown.update(p + q for q in step)
            reps = grown
        return frozenset(found)
    return None


def _chars(op: object, av: object) -> frozenset[str] | None:
    """The ASCII characters one character-matching op accepts (non-ASCII ones are candidates anyway), every digit
    written '0' and every space ' ' (``_trie`` widens them back): '\\d[\\d,.]*' would otherwise open in
    thousands of ways."""
    chars = _ascii_chars(op, av)
    return None if chars is None else frozenset(_STAND_IN.get(c, c) for c in chars)


_SPACES = "".join(sorted(_CATEGORIES[_parser.CATEGORY_SPACE]))
_STAND_IN = {**dict.fromkeys("0123456789", "0"), **dict.fromkeys(_SPACES, " ")}
_WIDEN = {"0": "0123456789", " ": _SPACES}


def _ascii_chars(op: object, av: object) -> frozenset[str] | None:
    if op is _parser.ANY:
        return _ASCII
    if op is _parser.LITERAL or op is _parser.NOT_LITERAL:
        char = chr(av)  # type: ignore[arg-type]
        if not char.isascii():
            return None  # case folding may map it onto an ASCII letter
        return frozenset({char}) if op is _parser.LITERAL else _ASCII - {char}
    out: set[str] = set()
    negate = False
    for item_op, arg in av:  # type: ignore[attr-defined]
        if item_op is _parser.NEGATE:
            negate = True
        elif item_op is _parser.LITERAL:
            if not chr(arg).isascii():
                return None
            out.add(chr(arg))
        elif item_op is _parser.RANGE:
            low, high = arg
            if high >= 128:
                return None
            out.update(map(chr, range(low, high + 1)))
        elif item_op is _parser.CATEGORY and arg in _CATEGORIES:
            out |= _CATEGORIES[arg]
        else:
            return None
    return _ASCII - out if negate else frozenset(out)


def _trie(strings: Sequence[str]) -> str:
    """A regex (no case folding) for strings opening with any of ``strings``, nested by first characters, the
    characters sharing what may follow them gathered in one class: 'vis', 'vie' -> '[vV](?:[iI](?:[seSE]))'.
    The engine turns most words away at their first character."""
    tails: dict[str, list[str]] = {}
    for s in strings:
        if s == "":
            return ""  # the empty string opens every word
        tails.setdefault(s[0], []).append(s[1:])
    by_rest: dict[str, list[str]] = {}
    for head in sorted(tails):
        by_rest.setdefault(_trie(tails[head]), []).append(head)
    branches = []
    for rest, heads in by_rest.items():
        chars = sorted({c for head in heads for c in _WIDEN.get(head, head) + head.upper()})
        branches.append("[" + "".join(re.escape(c) for c in chars) + "]" + (f"(?:{rest})" if rest else ""))
    return "|".join(branches)


@functools.cache
def _word_starts() -> re.Pattern[str]:
    """Word starts that can open a trigger: a known opening (PREFIX_LENGTH characters), or a non-ASCII character among the
    first few, or the window's end within a few characters. ``\\b\\w`` (every word start) if some pattern
    cannot be analysed. Built on first use (some milliseconds), not at import: ``--help`` needs no triggers."""
    openings: set[str] = set()
    for t in TRIGGERS:
        found = _prefixes(_parser.parse(t.pattern, re.IGNORECASE), PREFIX_LENGTH)
        if found is None:
            return re.compile(r"\b\w")
        openings |= found
    trie = _trie(sorted(openings))
    if not trie:
        return re.compile(r"\b\w")
    return re.compile(r"\b(?=\w)(?:" + trie + r"|[\x00-\x7f]{0,2}(?:[^\x00-\x7f]|\Z))")


def _by_first_letter() -> tuple[dict[str, re.Pattern[str]], bool]:
    """One alternation per opening character, holding (in table order) only the triggers that can open with it;
    and whether every trigger opens with an ASCII letter or digit (else the scan below is not exact)."""
    buckets: dict[str, list[int]] = {}
    exact = True
    for i, t in enumerate(TRIGGERS):
        first = _prefixes(_parser.parse(t.pattern, re.IGNORECASE), 1)
        if first is None or not all(c.isascii() and c.isalnum() for c in first):  # "" (empty match) fails too
            exact = False
            continue
        for c in sorted(first):
            for char in _WIDEN.get(c, c):
                buckets.setdefault(char, []).append(i)
    return {c: _alternatives(ix) for c, ix in sorted(buckets.items())}, exact


_BUCKETS, _EXACT = _by_first_letter()


# What a trigger's first character can match (see _by_first_letter: an ASCII letter or digit, case folded, or
# any digit): a non-ASCII character matched by neither opens none.
_OPENS_ANY = re.compile(r"[a-z]|\d", re.IGNORECASE)


def find_triggers(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``TRIGGER_PATTERN.finditer(text, start, end)``, found faster.

    Every trigger opens a word, so only word starts are tried, and at each only the triggers that can open
    with its letter, in table order: the first alternative to match is the same one the whole pattern picks.
    A non-ASCII letter that case folding maps onto an ASCII one (or a digit) is tried against the whole pattern.
    """
    stop = len(text) if end is None else end
    if not _EXACT:
        yield from TRIGGER_PATTERN.finditer(text, start, stop)
        return
    at, candidates = start, _word_starts()
    while True:
        word = candidates.search(text, at, stop)
        if word is None:
            return
        pos = word.start()
        letter = text[pos]
        if letter.isascii():
            pattern = _BUCKETS.get(letter.lower())
        else:  # only a letter that folds onto an ASCII one, or a digit, can open a trigger: not '会'
            pattern = TRIGGER_PATTERN if _OPENS_ANY.match(letter) else None
        match = pattern.match(text, pos, stop) if pattern is not None else None
        if match is None:
            at = pos + 1
            continue
        yield match
        at = match.end()


# Examples: text -> (trigger text, kind). One parametrised test runs them.
EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("will embark on a state visit to the country", "state visit", "visit"),
    ("his three-day official visit begins", "official visit", "visit"),
    ("a four-day trip to the region", "trip", "visit"),
    ("the longest journey of his papacy", "journey", "visit"),
    ("the bishop will visit four nations", "visit", "visit"),
    ("he travels to the capital on Tuesday", "travels to", "travel"),
    ("the plane landed at the airport", "landed at", "travel"),
    ("she will arrive in the capital", "arrive", "travel"),
    ("he left for the next country", "left for", "travel"),
    ("core summit discussions are slated for Monday", "summit", "summit"),
    ("trade talks with the premier", "talks", "talks"),
    ("a bilateral meeting with the prime minister", "meeting", "meeting"),
    ("a courtesy visit to the governor", "courtesy visit", "meeting"),
    ("the two leaders will meet on Wednesday", "meet", "meeting"),
    ("in an interview with the broadcaster", "interview", "interview"),
    ("a state dinner at the museum", "state dinner", "dinner"),
    ("a wreath laying at the cemetery", "wreath laying", "ceremony"),
    ("she laid a wreath at the monument", "wreath", "ceremony"),
    ("he will deliver a lecture at the university", "lecture", "speech"),
    ("she will stop over in the capital on her way home", "stop over", "stay"),
    ("a telephone call with the chancellor", "telephone call", "talks"),
    ("a roundtable with investors", "roundtable", "forum"),
    ("will receive an honorary doctorate from the university", "honorary doctorate", "ceremony"),
    ("a gala concert at the opera house", "gala concert", "ceremony"),
    ("will lay the foundation stone of a new hospital", "foundation stone", "ceremony"),
    ("the welcome reception of the delegation", "welcome reception", "ceremony"),
    ("the NATO attack on the embassy", "attack", "military"),
    ("Zhu will be in Peru for two days", "be in", "stay"),
    ("he left Lisbon on Sunday morning", "left", "travel"),
    ("days after she hosts the leaders of the bloc", "hosts", "meeting"),
    ("the welcome ceremony at the palace", "ceremony", "ceremony"),
    ("celebrate Holy Mass at the stadium", "Holy Mass", "ceremony"),
    ("he will celebrate a public Mass, as well as", "public Mass", "ceremony"),
    ("give remarks with the chairman", "remarks", "speech"),
    ("the signing of ten memorandums of understanding", "signing", "signing"),
    ("about 10 bilateral MOUs are expected", "MOUs", "signing"),
    ("the two leaders sign energy pact", "sign", "signing"),
    ("the free trade agreement that entered into force", "free trade agreement", "agreement"),
    ("the leaders issued a joint declaration", "joint declaration", "agreement"),
    ("the summit adopted the Lisbon Declaration", "Declaration", "agreement"),
    ("massive military drills around the island", "drills", "military"),
    ("fired its first ballistic missile of the year", "missile", "military"),
    ("the 150th anniversary of his birth", "anniversary", "anniversary"),
    ("protesters gathered outside parliament", "protesters", "protest"),
    ("bilateral trade hit a record", "bilateral trade", "statistic"),
    ("exports reached $4.2 billion last year", "4.2 billion", "statistic"),
    ("a startup forum in the financial hub", "forum", "forum"),
    ("the two will tour a plant on Friday", "tour", "site_visit"),
    ("the delegation toured the shipyard", "toured", "site_visit"),
    ("ended her three-nation tour on Monday", "tour", "visit"),
    ("earlier in the tour, she spoke at a forum", "tour", "visit"),
    ("the minister's Andes tour", "tour", "visit"),
    ("Okafor leaves after whirlwind tour", "tour", "visit"),
    ("the leaders tour the power station", "tour", "site_visit"),
    ("The tours of the region ended.", "tours", "visit"),
    ("Ramos tours the plant", "tours", "site_visit"),
    ("he will return on September 13", "return", "travel"),
    ("she is scheduled to fly home on Sunday", "fly home", "travel"),
    ("he flew home to the capital on Friday", "flew home", "travel"),
    ("she was greeted at the airport by the minister", "greeted at the airport", "travel"),
    ("he was seen off at the airport", "seen off", "travel"),
    ("she flew back to the capital", "flew back to", "travel"),
    ("the army staged a military parade", "military parade", "military"),
    ("the prince will spend three days in Morocco", "spend", "stay"),
    ("Day 3: Flight to the capital.", "Flight to", "travel"),
    ("before heading on to Muscat on Wednesday", "heading on to", "travel"),
    ("a brief stopover in Kuwait City on her way home", "stopover", "stay"),
    ("She is due in Muscat on Wednesday evening.", "due in", "travel"),
    ("she is to be received by the king at the palace", "received by", "meeting"),
    ("this morning he celebrated Mass before a crowd", "Mass", "ceremony"),
    ("he had flown in from the coast on Wednesday", "flown in", "travel"),
    ("she has flown to the capital", "flown to", "travel"),
    ("will lead a trade mission to the region", "trade mission", "visit"),
    ("the five-day business mission ended on Friday", "business mission", "visit"),
    ("The patriarch is due back home on Wednesday.", "due back", "travel"),
    ("she arrives on the 7th and leaves on the 9th", "leaves", "travel"),
    ("the prime minister hosted Erik Lindqvist at Government House", "hosted", "meeting"),
    ("she is visiting Lima this week", "visiting", "visit"),
    ("before a military guard of honour at the palace", "guard of honour", "ceremony"),
    ("he will celebrate a liturgy for young people", "liturgy", "ceremony"),
    ("The ceremonial welcome takes place at noon", "ceremonial welcome", "ceremony"),
    ("he will address both houses of parliament", "address", "speech"),
    ("he will address civil authorities at the palace", "address", "speech"),
    ("she told business leaders in the capital that", "told", "speech"),
    ("he spoke to investors at the exchange", "spoke to", "speech"),
    ("addressing a gathering of religious leaders", "addressing", "speech"),
    ("the King attended a service at the cathedral", "service", "ceremony"),
    ("she addresses parliament today", "addresses", "speech"),
    ("Ruiz and President Ana Vos agreed Thursday to expand trade", "agreed", "talks"),
    ("thousands joined a rally outside parliament", "rally", "protest"),
    ("a memorial service for the victims", "memorial service", "ceremony"),
    ("she was welcomed at Government House on Monday", "welcomed", "ceremony"),
    ("he was greeted at the Royal Palace by the king", "greeted", "ceremony"),
    ("she will fly back to the capital on Friday", "fly back to", "travel"),
    ("before flying back to the capital", "flying back to", "travel"),
    ("she is flying to the coast on Monday", "flying to", "travel"),
    ("minutes after touching down in the capital", "touching down", "travel"),
    ("before leaving for the airport", "leaving for", "travel"),
    ("trade was worth \u00a39.8bn last year", "9.8bn", "statistic"),
    ("she flew from Santiago to Lima on Tuesday", "flew from Santiago to", "travel"),
    ("he flies from Buenos Aires to Montevideo", "flies from Buenos Aires to", "travel"),
    ("Ruiz sat down with the president", "sat down", "talks"),
    ("before sitting down with Vera", "sitting down", "talks"),
    ("was welcomed with a 21-gun salute", "21-gun salute", "ceremony"),
    ("the king was welcomed with military honours on Tuesday", "welcomed", "ceremony"),
    ("she was greeted with full state honors in Quito", "greeted", "ceremony"),
    ("he wrapped up a four-day shuttle mission on Thursday", "shuttle mission", "visit"),
)

NEGATIVE: tuple[str, ...] = (
    "she told reporters the plan would work",
    "he spoke to his counterpart by phone",
    "the visitor centre was closed",
    "a summitry-free afternoon",
    "a sign of hope",
    "the meetinghouse on the hill",
    "she was a travel writer",
    "the tourism sector grew",
    "the Assignment desk",
    "it will be in the interest of both",
    "he left early",
    "they spent three days in quarantine",
    "the letter was received yesterday",
    "the payment is overdue in part",
    "the UN peacekeeping mission in the region",
    "the mission of the company is growth",
    "the declaration of independence was read aloud",
    "her home address was leaked",
    "the decision leaves on the table a second option",
    "a photo of visiting President Diallo",
    "the hosting rights went to Oslo",
    "she welcomed the decision",
    "flights from the capital to the coast were cancelled",
    "the crowd sat down in the square",
    "fired a starting gun",
    "the civil service went on strike",
    "a bus service in the city",
    "he welcomed at home a group of students",
    "the flying squad",
    "she hopes to rally support for the plan",
    "he rallies allies behind the plan",
    "the plan was welcomed with relief in Oslo",
    "the news was greeted with open arms",
    "the country's diplomatic missions abroad",
)
