"""Person finder: titled names, appositives, hyphenated given names, and name canonicalisation."""

from __future__ import annotations

import pytest

from itinerary.events.people import PersonMention, canonical_names, find_people, find_short_names

# text -> expected (mention text, name, title, country adjective), in order
POSITIVE: list[tuple[str, str, list[tuple[str, str, str | None, str | None]]]] = [
    ("title", "Then President Xi Jinping spoke.", [("President Xi Jinping", "Xi Jinping", "President", None)]),
    ("adjective-title", "Chinese President Xi Jinping arrived.",
     [("Chinese President Xi Jinping", "Xi Jinping", "President", "Chinese")]),
    ("premier", "Premier Li Qiang hosted lunch.", [("Premier Li Qiang", "Li Qiang", "Premier", None)]),
    ("two-word-title", "Prime Minister Narendra Modi left.",
     [("Prime Minister Narendra Modi", "Narendra Modi", "Prime Minister", None)]),
    ("emperor", "Japanese Emperor Naruhito received him.",
     [("Japanese Emperor Naruhito", "Naruhito", "Emperor", "Japanese")]),
    ("chancellor", "German Chancellor Olaf Scholz joined.",
     [("German Chancellor Olaf Scholz", "Olaf Scholz", "Chancellor", "German")]),
    ("pope", "Pope Francis prayed.", [("Pope Francis", "Francis", "Pope", None)]),
    ("hyphenated-given", "President Lee Jae-myung flew.",
     [("President Lee Jae-myung", "Lee Jae-myung", "President", None)]),
    ("spaced-given", "President Lee Jae Myung flew.",
     [("President Lee Jae Myung", "Lee Jae Myung", "President", None)]),
    ("acronym-adjective", "ROK President Lee Jae-myung flew.",
     [("ROK President Lee Jae-myung", "Lee Jae-myung", "President", "ROK")]),
    ("adviser", "National Security Adviser Wi Sung-lac briefed reporters.",
     [("National Security Adviser Wi Sung-lac", "Wi Sung-lac", "National Security Adviser", None)]),
    ("lowercase-title", "Foreign Ministry spokesperson Hua Chunying said so.",
     [("Foreign Ministry spokesperson Hua Chunying", "Hua Chunying", "Foreign Ministry spokesperson", None)]),
    ("diacritics", "Serbian President Aleksandar Vučić waved.",
     [("Serbian President Aleksandar Vučić", "Aleksandar Vučić", "President", "Serbian")]),
    ("cardinal-particles", "Cardinal Pedro do Carmo da Costa blessed them.",
     [("Cardinal Pedro do Carmo da Costa", "Pedro do Carmo da Costa", "Cardinal", None)]),
    ("sir", "Sir Tom Kalu Mabo welcomed him.", [("Sir Tom Kalu Mabo", "Tom Kalu Mabo", "Sir", None)]),
    ("doctor-dot", "Dr. Anna Perez said.", [("Dr. Anna Perez", "Anna Perez", "Dr", None)]),
    ("then-us", "It recalled then-US President Carl Hoover.",
     [("then-US President Carl Hoover", "Carl Hoover", "President", "US")]),
    ("president-elect", "President-elect Park Min Ho met them.",
     [("President-elect Park Min Ho", "Park Min Ho", "President-elect", None)]),
    ("appositive", "Choi Dong-hyun, a professor at a university, said.",
     [("Choi Dong-hyun", "Choi Dong-hyun", "professor", None)]),
    ("possessive-korean", "It follows Moon Jae-in's 2019 journey.", [("Moon Jae-in", "Moon Jae-in", None, None)]),
    ("possessive-title", "President Lee's administration acted.", [("President Lee", "Lee", "President", None)]),
    ("headline-verb", "Pope Francis Leaves Port Moresby", [("Pope Francis", "Francis", "Pope", None)]),
    ("weekday-stops", "President Xi Jinping Monday said.",
     [("President Xi Jinping", "Xi Jinping", "President", None)]),
    ("appositive-title-case", "Tomas Ruiz, the Prime Minister of Peru, met him.",
     [("Tomas Ruiz", "Tomas Ruiz", "Prime Minister", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in POSITIVE], ids=[i for i, _, _ in POSITIVE])
def test_finds_people(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    found = find_people(text)
    assert [(p.text, p.name, p.title, p.country_adjective) for p in found] == expected
    for p in found:
        assert text[p.start:p.end] == p.text
        assert text[p.name_start:p.name_end] == p.name


NEGATIVE: list[tuple[str, str]] = [
    ("palace", "A ceremony at the Presidential Palace."),
    ("office-without-name", "The Prime Minister's office said so."),
    ("organisations", "Samsung and the Hyundai Motor Group; the Foreign Ministry said."),
    ("cities", "Seoul and Beijing agreed."),
    ("title-then-place", "President of France spoke. The President Seoul trip."),
    ("stadium-named-after", "Mass at the Sir John Kila Stadium."),
    ("airport-named-after", "He reached President Nicolau Lobato International Airport."),
    ("title-then-lowercase", "The president said the minister would come."),
]


@pytest.mark.parametrize("text", [t for _, t in NEGATIVE], ids=[i for i, _ in NEGATIVE])
def test_ignores_non_people(text: str) -> None:
    assert [p.text for p in find_people(text)] == []


def _m(name: str) -> PersonMention:
    return PersonMention(start=0, end=len(name), text=name, name=name, name_start=0, name_end=len(name))


CANONICAL: list[tuple[str, list[str], dict[str, str | None]]] = [
    ("surname-to-full", ["Xi Jinping", "Xi"], {"Xi": "Xi Jinping", "Xi Jinping": "Xi Jinping"}),
    ("spelling-variants-most-frequent", ["Lee Jae-myung", "Lee Jae Myung", "Lee Jae-Myung", "Lee Jae Myung", "Lee"],
     {"Lee Jae-myung": "Lee Jae Myung", "Lee Jae-Myung": "Lee Jae Myung", "Lee": "Lee Jae Myung"}),
    ("tie-first-seen", ["Lee Jae-myung", "Lee Jae Myung"], {"Lee Jae Myung": "Lee Jae-myung"}),
    ("diacritics-fold", ["Aleksandar Vučić", "Aleksandar Vucic", "Aleksandar Vučić"],
     {"Aleksandar Vucic": "Aleksandar Vučić", "Vucic": None, "Vučić": "Aleksandar Vučić"}),
    ("last-name-short-form", ["Narendra Modi"], {"Modi": "Narendra Modi"}),
    ("ambiguous-stays-unmapped", ["Kim Jong-un", "Kim Dae-jung", "Kim"], {"Kim": None, "Kim Jong-un": "Kim Jong-un"}),
    ("name-order", ["Fumio Kishida", "Kishida Fumio"], {"Kishida Fumio": "Fumio Kishida"}),
]


@pytest.mark.parametrize(("names", "expected"), [(n, e) for _, n, e in CANONICAL], ids=[i for i, _, _ in CANONICAL])
def test_canonical_names(names: list[str], expected: dict[str, str | None]) -> None:
    mapping = canonical_names([_m(n) for n in names])
    assert {k: mapping.get(k) for k in expected} == expected


SHORT: list[tuple[str, str, dict[str, str], list[tuple[str, str]]]] = [
    ("surnames", "Talks between Lee and Xi, meanwhile, went on.", {"Lee": "Lee Jae-myung", "Xi": "Xi Jinping"},
     [("Lee", "Lee Jae-myung"), ("Xi", "Xi Jinping")]),
    ("longest-form-first", "Lee Jae Myung arrived.", {"Lee": "Lee Jae-myung", "Lee Jae-myung": "Lee Jae-myung"},
     [("Lee Jae Myung", "Lee Jae-myung")]),
    ("diacritic-blind", "Vucic said.", {"Vučić": "Aleksandar Vučić"}, [("Vucic", "Aleksandar Vučić")]),
    ("word-boundary-and-case", "Leeward xi Xiamen Lees", {"Lee": "Lee Jae-myung", "Xi": "Xi Jinping"}, []),
]


@pytest.mark.parametrize(("text", "known", "expected"), [(t, k, e) for _, t, k, e in SHORT],
                         ids=[i for i, _, _, _ in SHORT])
def test_find_short_names(text: str, known: dict[str, str], expected: list[tuple[str, str]]) -> None:
    found = find_short_names(text, known)
    assert [(p.text, p.name) for p in found] == expected
    for p in found:
        assert text[p.start:p.end] == p.text


def test_linear_on_large_adversarial_input() -> None:
    # would take minutes if the title or acronym scans were quadratic
    for text in ("President " * 20_000, "U.S." * 50_000, "Lee Jae-myung " * 10_000):
        assert len(find_people(text)) <= len(text)
