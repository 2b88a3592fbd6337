"""The fast paths of the events stage find exactly what the plain step-by-step scans find.

Each reference below is the straightforward loop the fast path replaced; the fast path must agree with it on
hand-written texts and on random ones.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # the stdlib regex parser, as triggers.py uses it

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itinerary.events import extract, people, places, triggers
from itinerary.events.people import PersonMention, find_people, find_short_names, name_key
from itinerary.events.places import PlaceIndex, find_places


def _reference_words(text: str, start: int, end: int) -> tuple[people.Word, ...]:
    out: list[people.Word] = []
    for m in people._WORD.finditer(text, start, end):
        s, e, w = m.start(), m.end(), m.group()
        if len(w) > 2 and w[-2] in "'\u2019" and w[-1] in "sS":
            e, w = e - 2, w[:-2]
        if (out and len(w) == 1 and w.isupper() and len(out[-1].text) <= 6
                and people._DOTTED.fullmatch(out[-1].text + text[out[-1].end:s])):
            prev = out.pop()
            e2 = e + 1 if text.startswith(".", e) else e
            out.append(people._word(prev.start, e2, text[prev.start:e2]))
            continue
        out.append(people._word(s, e, w))
    return tuple(out)


def _reference_scan(text: str, words: tuple[people.Word, ...], lines: people._Lines) -> tuple[PersonMention, ...]:
    """Every word tried, as before the spelling filter."""
    found: list[PersonMention] = []
    i = 0
    while i < len(words):
        mention = people._title_at(text, words, i, lines)
        if mention is None and words[i].capitalised:
            mention = people._appositive_at(text, words, i, lines) or people._hyphenated_at(text, words, i)
        if mention is None:
            i += 1
            continue
        found.append(mention)
        while i < len(words) and words[i].start < mention.end:
            i += 1
    return tuple(found)


def _reference_short_names(text: str, known: dict[str, str]) -> tuple[tuple[int, int, str], ...]:
    forms = {tuple(name_key(w) for w in re.split(r"[\s\-\u2010\u2011]+", f) if name_key(w)): c
             for f, c in known.items()}
    forms.pop((), None)
    longest = max((len(k) for k in forms), default=0)
    toks = list(re.finditer(r"[^\W\d_]+", text))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        hit = None
        if toks[i].group()[0].isupper():
            key: tuple[str, ...] = ()
            for n in range(1, longest + 1):
                if i + n > len(toks):
                    break
                if n > 1 and text[toks[i + n - 2].end():toks[i + n - 1].start()] not in (" ", "-", "\u2010"):
                    break
                key = key + (name_key(toks[i + n - 1].group()),)
                if key in forms:
                    hit = (n, forms[key])
        if hit is None:
            i += 1
            continue
        n, canonical = hit
        found.append((toks[i].start(), toks[i + n - 1].end(), canonical))
        i += n
    return tuple(found)


TEXTS = {
    "possessives": "Zhu's visit, the U.S.'s envoy, A's and B’s, it's-a, the U.S.A. and U.K. team",
    "initials": "John F. Kennedy met A. B. Smith and President J. R. R. Tolkien in U.S. waters",
    "titles": "then-US President Amos Carter, former Prime Minister Tanaka Hiro and Dr. Miriam Osei",
    "appositive": "Park Min-seo, a professor at the university, and Jonas Wale, the Prime Minister of Fiji",
    "headline": "Chilean President Ana Morales Arrives In Lisbon For State Visit\nMorales said the talks went well.",
    "places": "Talks in Nairobi and Timor-Leste; the Taiwan Strait, Papua New Guinea and Nice, France",
    "non-ascii": "Ilić and Ærø met in Zürich; ſummit İstanbul café «Kyiv» 会談",
    "name-starts": "The Hague and The president; New York, New year, New-York, The\u00a0Hague, Sea of Japan, New",
    "empty": "",
}

_ALPHABET = st.sampled_from(["Zhu", "'s", "’s", "U", ".", "S", "A", " ", ", ", "-", "President", "Ko", "Tae",
                             "-myung", "Paris", "New", "York", "Papua", "Guinea", "the", "former", "Chinese",
                             "a", "professor", "\n", "Nice", "France", "St", "Ærø", "ſ", "İ", "1", "The", "Hague",
                             "of", "Sea", "Japan", "\u00a0"])


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_words_equal_the_step_by_step_words(text: str) -> None:
    for start in range(0, len(text) + 1, 5):
        assert people._words(text, start, len(text)) == _reference_words(text, start, len(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_words_and_people_equal_the_step_by_step_scans_on_any_text(text: str) -> None:
    words = people._words(text, 0, len(text))
    assert words == _reference_words(text, 0, len(text))
    lines = people._Lines(text, 0, len(text))
    assert people._scan(text, words, lines) == _reference_scan(text, words, lines)


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_people_equal_a_scan_of_every_word(text: str) -> None:
    words = people._words(text, 0, len(text))
    lines = people._Lines(text, 0, len(text))
    assert people._scan(text, words, lines) == _reference_scan(text, words, lines)
    assert find_people(text) == _reference_scan(text, words, lines)


KNOWN = {"Ko": "Ko Tae-hyun", "Tae-hyun": "Ko Tae-hyun", "Ko Tae-hyun": "Ko Tae-hyun",
         "Zhu": "Zhu Lanfang", "Ilić": "Dragan Ilić", "St Paris": "Saint"}


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_short_names_equal_the_step_by_step_scan(text: str) -> None:
    found = tuple((p.start, p.end, p.name) for p in find_short_names(text, KNOWN))
    assert found == _reference_short_names(text, KNOWN)


def test_short_names_with_no_known_names_find_nothing() -> None:
    assert find_short_names("Ko and Zhu met.", {}) == ()


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_place_index_equals_a_fresh_scan_of_each_window(text: str) -> None:
    index = PlaceIndex(text)
    for start in range(0, len(text) + 1, 3):
        for end in (start, start + 9, start + 30, len(text)):
            end = min(end, len(text))
            assert index.within(start, end) == find_places(text, start, end)  # windows cutting words too


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.integers(0, 60), st.integers(0, 200))
def test_place_index_equals_find_places_on_any_text(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert PlaceIndex(text).within(start, end) == find_places(text, start, end)


def test_tokens_keep_offsets_and_capitals() -> None:
    toks = places.tokens("Zhu's 2 visits, Ærø-café", 3)
    assert [(t.start, t.end, t.text, t.capitalised) for t in toks] == [
        (4, 5, "s", False), (8, 14, "visits", False), (16, 19, "Ærø", True), (20, 24, "café", False)]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("visit(?:s|ed)?", {"visi"}),
    ("mous?", {"mou", "mous"}),  # "mou" is a whole match: any continuation is a candidate
    ("leg", {"leg"}),
    ("fl(?:y|ies|ew)(?: \\w+)? to", {"fly ", "flie", "flew"}),
    ("\\d[\\d,.]*\\s?%", None),  # checked below: many openings, all a digit first
], ids=["visit", "short", "exact", "optional-word", "digits"])
def test_prefixes_of_a_pattern(pattern: str, expected: set[str] | None) -> None:
    found = triggers._prefixes(_parser.parse(pattern, re.IGNORECASE), 4)
    assert found is not None
    if expected is not None:
        assert set(found) == expected
    else:
        # every digit is written '0' and every space ' ' (the candidate pattern widens them back)
        assert {"0%", "0 %", "00,0"} <= found and all(p[0] == "0" for p in found) and len(found) < 100


def test_prefixes_refuse_what_they_cannot_read() -> None:
    assert triggers._prefixes(_parser.parse("(a)\\1", re.IGNORECASE), 4) is None  # a back reference


def test_every_trigger_match_starts_at_a_candidate() -> None:
    text = " ".join(t for t, _, _ in triggers.EXAMPLES) + " " + " ".join(triggers.NEGATIVE)
    candidates = {m.start() for m in triggers._word_starts().finditer(text)}
    starts = [m.start() for m in triggers.TRIGGER_PATTERN.finditer(text)]
    assert starts and set(starts) <= candidates
    assert len(candidates) < len(re.findall(r"\b\w", text))  # and it does pass over some words


@pytest.mark.parametrize(("text", "names"), [
    ("former'sXi", []),
    ("then’s Ko Tae-hyun", ["Ko Tae-hyun"]),
    ("then\u2010US Ambassador Ko Tae-hyun", ["Ko Tae-hyun"]),
], ids=["apostrophe", "curly-apostrophe", "unicode-hyphen"])
def test_title_prefix_without_a_hyphen_minus_does_not_crash(text: str, names: list[str]) -> None:
    """A title prefix joined by an apostrophe or a Unicode hyphen raised IndexError (found by the random texts)."""
    assert [p.name for p in find_people(text)] == names


@pytest.mark.parametrize("text", ["会談 visit ſummit 首脳会談は月曜日", "Kelvin Kmeeting İnterview ıtrip", "١٢ million ٣% ５ billion"],
                         ids=["cjk", "folding", "digits"])
def test_non_ascii_word_starts_find_what_the_whole_pattern_finds(text: str) -> None:
    found = [(m.start(), m.end(), m.lastgroup) for m in triggers.find_triggers(text)]
    assert found == [(m.start(), m.end(), m.lastgroup) for m in triggers.TRIGGER_PATTERN.finditer(text)]
    assert found  # each text has a trigger that opens with a non-ASCII character or follows one


def test_candidate_pattern_widens_digits_and_spaces_back() -> None:
    candidates = triggers._word_starts()
    for text in ["7 trillion", "7\ttrillion", "12,5 million", "9.5%", "3 per cent"]:
        assert candidates.match(text), text
    assert candidates.match("7 tomatoes") is None  # "7 t" opens "7 trillion", "7 to" opens nothing


_GAPS_ALPHABET = st.sampled_from(["Secretary", "of", "State", "President", "Ko", "Tae-hyun", "J", "F", "Kennedy",
                                  "Park", "Min-seo", "a", "professor", "former", "Chinese", "Paris", "Stadium",
                                  "da", "Silva", "the", "Zhu's", " ", " ", " ", ", ", ". ", ".\n", "\n", "  ", "; ",
                                  "(", ") ", "2026", " - ", "U.S.", "\t"])


def _scanned_in_pieces(text: str, piece: int) -> tuple[PersonMention, ...]:
    starts, ends, spellings = people._word_columns(text, *people.runs(people._WORD_SPLIT, text, 0, len(text)))
    return people._scan_in_pieces(text, starts, ends, spellings, people._Lines(text, 0, len(text)), piece)


@settings(max_examples=400, deadline=None)
@given(st.lists(_GAPS_ALPHABET, max_size=60).map("".join), st.sampled_from([1, 2, 3, 5]))
def test_people_scanned_in_pieces_equal_one_scan_of_every_word(text: str, piece: int) -> None:
    words = people._words(text, 0, len(text))
    lines = people._Lines(text, 0, len(text))
    assert _scanned_in_pieces(text, piece) == _reference_scan(text, words, lines)


@pytest.mark.parametrize("text", [
    "Secretary of\nState Amos Carter spoke. President Ana Morales, the Prime Minister of Fiji, came (1998) too.",
    "Vice President J. F. Kennedy. Chinese President Zhu Lanfang; Park Min-seo, a professor, said Dr. Ana Osei.",
    "the U.S. Secretary of State Jo Lin\nformer President Virgilio da Silva Stadium and Yang Hee-jin 2019",
], ids=["of-across-a-line", "initials-and-dots", "particles-and-facilities"])
def test_pieces_cut_where_no_pattern_reads_across(text: str) -> None:
    starts, ends, spellings = people._word_columns(text, *people.runs(people._WORD_SPLIT, text, 0, len(text)))
    cuts = [people._closed_cut(text, starts, ends, spellings, i)[0] for i in range(1, len(starts))]
    assert any(cut is not None and cut < len(starts) for cut in cuts)  # cut somewhere: the pieces are many
    for cut in cuts:
        if cut is not None and cut < len(starts):
            assert people._closed_after(text, people._word_at(starts, ends, spellings, cut - 1),
                                        people._word_at(starts, ends, spellings, cut))
    assert _scanned_in_pieces(text, 1) == find_people(text) and find_people(text)


def _reference_appositive_at(text: str, words: tuple[people.Word, ...], i: int,
                             lines: people._Lines) -> PersonMention | None:
    """``_appositive_at`` as it was before it looked for the ", " first: the name run tried at every word."""
    n = people._name_run(text, words, i, lines)
    if n < 2 or any(people._is_place_word(w) for w in words[i:i + n]):
        return None
    last = i + n - 1
    if last + 1 >= len(words) or text[words[last].end:words[last + 1].start] != ", ":
        return None
    if words[last + 1].key not in people.APPOSITIVE_ARTICLES:
        return None
    for j in range(last + 2, min(last + 7, len(words))):
        if text[words[j - 1].end:words[j].start] != " ":
            break
        word = words[j]
        if people._is_title_word(word) and word.parts[-1] in people.TITLES and (
                word.capitalised or word.parts[-1] in people.LOWER_CASE_TITLES):
            t0 = j
            while t0 - 1 > last + 1 and people._is_title_word(words[t0 - 1]):
                t0 -= 1
            s, e = words[i].start, words[last].end
            return PersonMention(start=s, end=e, text=text[s:e], name=text[s:e],
                                 title=text[words[t0].start:word.end], name_start=s, name_end=e)
    return None


_APPOSITIVE_ALPHABET = st.sampled_from(["Kang", "Jun-young", "Ana", "Maria", "de", "da", "Silva", "Osei", "J", ".",
                                        "Paris", "Stadium", ", ", ", ", " ", " ", " ", "  ", ". ", "\n", "a", "an",
                                        "the", "The", "professor", "Prime", "Minister", "former", "of", "Fiji",
                                        "Zhu's", "HEADLINE", "Wins"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_APPOSITIVE_ALPHABET, max_size=50).map("".join))
def test_appositives_equal_the_name_run_at_every_word(text: str) -> None:
    words = people._words(text, 0, len(text))
    lines = people._Lines(text, 0, len(text))
    for i in range(len(words)):
        assert people._appositive_at(text, words, i, lines) == _reference_appositive_at(text, words, i, lines)
        for first in (True, False):  # a spelling decides alone whether it can be part of a name
            assert people._nameish(words[i], first) == people._nameish_of(words[i].text, first, False)


@pytest.mark.parametrize("text", [
    "Ana Maria Jose Lia Nora de Souza, a professor at the school",  # the longest name run: a particle last
    "Kang Jun-young, the Prime Minister of Fiji, and Ana Osei, a former professor",
    "Kang Jun-young, a professor; Kang Jun-young , a professor; Ana Osei,a professor",
], ids=["long-run", "two", "near-misses"])
def test_appositives_at_the_edge_of_the_name_reach(text: str) -> None:
    words = people._words(text, 0, len(text))
    lines = people._Lines(text, 0, len(text))
    found = [people._appositive_at(text, words, i, lines) for i in range(len(words))]
    assert found == [_reference_appositive_at(text, words, i, lines) for i in range(len(words))]
    assert found[0] is not None  # each text opens with an appositive


_CUE_ALPHABET = st.sampled_from(["will", "WILL", "Would", "shall", "is", "are", "to", "set", "scheduled", "slated",
                                 "expected", "plans", "plan", "planned", "upcoming", "intends", "due", "going",
                                 "prepare", "prepares", "was", "Were", "had", "did", "ago", "last", "earlier",
                                 "previously", "signed", "ed", "d", "e", "led", "ſhall", "İs", "ıs", "Kelvin",
                                 "\u212aed", "wıll", "café", "1", "_", " ", " ", " ", ", ", ".", "-", "'"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_ALPHABET, max_size=30).map("".join))
def test_tense_cues_find_what_the_cues_without_a_lookahead_find(text: str) -> None:
    for fast, words in ((extract.FUTURE_CUES, extract.FUTURE_WORDS), (extract.PAST_CUES, extract.PAST_WORDS)):
        plain = re.compile(r"\b" + words, re.IGNORECASE)
        for lo in range(0, len(text) + 1, 3):
            for hi in (lo + 4, lo + 17, len(text)):
                got, want = fast.search(text, lo, hi), plain.search(text, lo, hi)
                assert (got and got.span()) == (want and want.span()), (text, lo, hi)


def test_every_tense_cue_is_found() -> None:
    for fast, words in ((extract.FUTURE_CUES, extract.FUTURE_WORDS), (extract.PAST_CUES, extract.PAST_WORDS)):
        cues = re.sub(r"\\w\+ed", "visited", words.removeprefix("(?:").removesuffix(")\\b")).replace("?", "")
        for cue in cues.split("|"):
            for written in (cue, cue.upper(), cue.capitalize()):
                found = fast.search(f"x {written}, y")
                assert found is not None and found.group() == written, written


_JOINED_ALPHABET = st.sampled_from(["Timor", "-", "Leste", "Zhu", "'", "’", "s", "\u2010", "\u2011", "--", "-'", "ſ",
                                    "Ærø", "1", "_", " ", ", ", "'s", "o'", "New", "York", "\n", "é", "\u0301"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_JOINED_ALPHABET, max_size=40).map("".join))
def test_tokens_cut_from_joined_words_equal_the_tokens_found_in_the_text(text: str) -> None:
    joined = people.runs(people._WORD_SPLIT, text, 0, len(text))
    assert places.tokens_of_words(*joined) == places.runs(places._TOKEN_SPLIT, text, 0, len(text))
    index = PlaceIndex(text, joined)
    assert (index.starts, index.ends, index.words) == places.runs(places._TOKEN_SPLIT, text, 0, len(text))


def test_tokens_cut_from_joined_words_at_every_joiner() -> None:
    text = "Timor-Leste, Zhu’s and Guinea\u2010Bissau's O'Neill; New York"
    joined = people.runs(people._WORD_SPLIT, text, 0, len(text))
    assert len(joined[0]) == 7  # four of the seven words are joined
    assert places.tokens_of_words(*joined) == places.runs(places._TOKEN_SPLIT, text, 0, len(text))
    assert places.tokens_of_words(*joined)[2] == ["Timor", "Leste", "Zhu", "s", "and", "Guinea", "Bissau", "s", "O",
                                                  "Neill", "New", "York"]


_WITH_ALPHABET = st.sampled_from(["with", "between", "With", "wit", "h", "betwee", "n", " ", " ", "  ", "\n", ",",
                                  ";", ".", "the", "king", "x", "withal", "a" * 9])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WITH_ALPHABET, max_size=25).map("".join))
def test_with_cue_is_tried_only_where_it_can_match(text: str) -> None:
    for i in range(len(text) + 1):
        window = text[i:]
        if extract.WITH_CUE.match(window) is not None:
            assert extract._may_hold_with(window), window


@pytest.mark.parametrize("window", [" " * 30 + "with the king", "x" * 29 + " between the two "])
def test_with_cue_at_the_edge_of_its_reach_is_tried(window: str) -> None:
    assert extract.WITH_CUE.match(window) is not None and extract._may_hold_with(window)
    assert extract.WITH_CUE.match(" " + window) is None and not extract._may_hold_with(" " + window)


def test_a_text_with_no_place_to_cut_is_scanned_in_growing_pieces() -> None:
    text = "J. " * 100 + "Vice President J. F. Kennedy. " + "Dr. " * 50 + "Dr. Ana Osei said"
    starts, ends, spellings = people._word_columns(text, *people.runs(people._WORD_SPLIT, text, 0, len(text)))
    cut, went_on = people._closed_cut(text, starts, ends, spellings, 1)
    assert cut is None and went_on > people.CUT_TRIES  # every gap after an initial is read across: no cut yet
    words = people._words(text, 0, len(text))
    lines = people._Lines(text, 0, len(text))
    for piece in (1, 2, 7):
        found = _scanned_in_pieces(text, piece)
        assert found == _reference_scan(text, words, lines)
        assert [p.name for p in found] == ["Ana Osei"]  # (the initials run into the title before Kennedy)



def _reference_spellings(names: list[str]) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Spellings per key and first-seen order as first written: one mention at a time, in order."""
    spellings: dict[str, dict[str, int]] = {}
    first_seen: dict[str, int] = {}
    for name in names:
        key = name_key(name)
        words = people._name_words(name)
        if len(words) == 2 and name_key(words[1] + words[0]) in spellings:
            key = name_key(words[1] + words[0])
        if not key:
            continue
        spellings.setdefault(key, {})
        spellings[key][name] = spellings[key].get(name, 0) + 1
        for form in (key, f"{key}|{name}"):
            first_seen.setdefault(form, len(first_seen))
    return spellings, first_seen


_NAMES = ["Haruki Tanabe", "Tanabe Haruki", "Ko Tae-hyun", "Ko Tae Hyun", "Ko", "Tae-hyun Ko", "Dragan Ilić",
          "Dragan Ilic", "Ilić", "Zhu", "Zhu Lanfang", "Lanfang Zhu", "!!"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), max_size=20))
def test_spellings_keyed_once_per_spelling_equal_one_mention_at_a_time(names: list[str]) -> None:
    spellings, first_seen = people._spellings(names)
    assert ({key: dict(counts) for key, counts in spellings.items()}, first_seen) == _reference_spellings(names)
