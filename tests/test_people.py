"""Person finder: titled names, appositives, hyphenated given names, and name canonicalisation."""

from __future__ import annotations

import pytest

from itinerary.events.people import PersonMention, canonical_names, find_people, find_short_names

# text -> expected (mention text, name, title, country adjective), in order
POSITIVE: list[tuple[str, str, list[tuple[str, str, str | None, str | None]]]] = [
    ("title", "Then President Zhu Lanfang spoke.", [("President Zhu Lanfang", "Zhu Lanfang", "President", None)]),
    ("adjective-title", "Chinese President Zhu Lanfang arrived.",
     [("Chinese President Zhu Lanfang", "Zhu Lanfang", "President", "Chinese")]),
    ("premier", "Premier Wen Dalu hosted lunch.", [("Premier Wen Dalu", "Wen Dalu", "Premier", None)]),
    ("two-word-title", "Prime Minister Ravi Menon left.",
     [("Prime Minister Ravi Menon", "Ravi Menon", "Prime Minister", None)]),
    ("emperor", "Japanese Emperor Tadahito received him.",
     [("Japanese Emperor Tadahito", "Tadahito", "Emperor", "Japanese")]),
    ("chancellor", "German Chancellor Jens Albrecht joined.",
     [("German Chancellor Jens Albrecht", "Jens Albrecht", "Chancellor", "German")]),
    ("pope", "Pope Clement prayed.", [("Pope Clement", "Clement", "Pope", None)]),
    ("counterpart-as-title", "Salas welcomed his Chilean counterpart Lu Mera.",
     [("Chilean counterpart Lu Mera", "Lu Mera", "counterpart", "Chilean")]),
    ("hyphenated-given", "President Ko Tae-hyun flew.",
     [("President Ko Tae-hyun", "Ko Tae-hyun", "President", None)]),
    ("spaced-given", "President Ko Tae Hyun flew.",
     [("President Ko Tae Hyun", "Ko Tae Hyun", "President", None)]),
    ("acronym-adjective", "ROK President Ko Tae-hyun flew.",
     [("ROK President Ko Tae-hyun", "Ko Tae-hyun", "President", "ROK")]),
    ("adviser", "National Security Adviser Noh Jin-seok briefed reporters.",
     [("National Security Adviser Noh Jin-seok", "Noh Jin-seok", "National Security Adviser", None)]),
    ("lowercase-title", "Foreign Ministry spokesperson Gao Meilin said so.",
     [("Foreign Ministry spokesperson Gao Meilin", "Gao Meilin", "Foreign Ministry spokesperson", None)]),
    ("diacritics", "Serbian President Dragan Ilić waved.",
     [("Serbian President Dragan Ilić", "Dragan Ilić", "President", "Serbian")]),
    ("cardinal-particles", "Cardinal Tomas do Rego da Silva blessed them.",
     [("Cardinal Tomas do Rego da Silva", "Tomas do Rego da Silva", "Cardinal", None)]),
    ("sir", "Sir Tom Kalu Mabo welcomed him.", [("Sir Tom Kalu Mabo", "Tom Kalu Mabo", "Sir", None)]),
    ("doctor-dot", "Dr. Anna Perez said.", [("Dr. Anna Perez", "Anna Perez", "Dr", None)]),
    ("then-us", "It recalled then-US President Carl Hoover.",
     [("then-US President Carl Hoover", "Carl Hoover", "President", "US")]),
    ("president-elect", "President-elect Park Min Ho met them.",
     [("President-elect Park Min Ho", "Park Min Ho", "President-elect", None)]),
    ("appositive", "Choi Dong-hyun, a professor at a university, said.",
     [("Choi Dong-hyun", "Choi Dong-hyun", "professor", None)]),
    ("possessive-korean", "It follows Yang Hee-jin's 2019 journey.", [("Yang Hee-jin", "Yang Hee-jin", None, None)]),
    ("possessive-title", "President Ko's administration acted.", [("President Ko", "Ko", "President", None)]),
    ("headline-verb", "Pope Clement Leaves Nairobi", [("Pope Clement", "Clement", "Pope", None)]),
    ("weekday-stops", "President Zhu Lanfang Monday said.",
     [("President Zhu Lanfang", "Zhu Lanfang", "President", None)]),
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
    ("counterpart-then-weekday", "She met her counterpart Monday in the capital."),
    ("office-without-name", "The Prime Minister's office said so."),
    ("organisations", "Acme and the Orion Motor Group; the Foreign Ministry said."),
    ("cities", "Lima and Quito agreed."),
    ("title-then-place", "President of France spoke. The President Lima trip."),
    ("stadium-named-after", "Mass at the Sir John Kila Stadium."),
    ("airport-named-after", "He reached President Mateus Soares International Airport."),
    ("title-then-lowercase", "The president said the minister would come."),
]


@pytest.mark.parametrize("text", [t for _, t in NEGATIVE], ids=[i for i, _ in NEGATIVE])
def test_ignores_non_people(text: str) -> None:
    assert [p.text for p in find_people(text)] == []


def _m(name: str) -> PersonMention:
    return PersonMention(start=0, end=len(name), text=name, name=name, name_start=0, name_end=len(name))


CANONICAL: list[tuple[str, list[str], dict[str, str | None]]] = [
    ("surname-to-full", ["Zhu Lanfang", "Zhu"], {"Zhu": "Zhu Lanfang", "Zhu Lanfang": "Zhu Lanfang"}),
    ("spelling-variants-most-frequent", ["Ko Tae-hyun", "Ko Tae Hyun", "Ko Tae-Hyun", "Ko Tae Hyun", "Ko"],
     {"Ko Tae-hyun": "Ko Tae Hyun", "Ko Tae-Hyun": "Ko Tae Hyun", "Ko": "Ko Tae Hyun"}),
    ("tie-first-seen", ["Ko Tae-hyun", "Ko Tae Hyun"], {"Ko Tae Hyun": "Ko Tae-hyun"}),
    ("diacritics-fold", ["Dragan Ilić", "Dragan Ilic", "Dragan Ilić"],
     {"Dragan Ilic": "Dragan Ilić", "Ilic": None, "Ilić": "Dragan Ilić"}),
    ("last-name-short-form", ["Ravi Menon"], {"Menon": "Ravi Menon"}),
    ("ambiguous-stays-unmapped", ["Kim Jong-un", "Kim Dae-jung", "Kim"], {"Kim": None, "Kim Jong-un": "Kim Jong-un"}),
    ("name-order", ["Haruki Tanabe", "Tanabe Haruki"], {"Tanabe Haruki": "Haruki Tanabe"}),
]


@pytest.mark.parametrize(("names", "expected"), [(n, e) for _, n, e in CANONICAL], ids=[i for i, _, _ in CANONICAL])
def test_canonical_names(names: list[str], expected: dict[str, str | None]) -> None:
    mapping = canonical_names([_m(n) for n in names])
    assert {k: mapping.get(k) for k in expected} == expected


SHORT: list[tuple[str, str, dict[str, str], list[tuple[str, str]]]] = [
    ("surnames", "Talks between Ko and Zhu, meanwhile, went on.", {"Ko": "Ko Tae-hyun", "Zhu": "Zhu Lanfang"},
     [("Ko", "Ko Tae-hyun"), ("Zhu", "Zhu Lanfang")]),
    ("longest-form-first", "Ko Tae Hyun arrived.", {"Ko": "Ko Tae-hyun", "Ko Tae-hyun": "Ko Tae-hyun"},
     [("Ko Tae Hyun", "Ko Tae-hyun")]),
    ("diacritic-blind", "Ilic said.", {"Ilić": "Dragan Ilić"}, [("Ilic", "Dragan Ilić")]),
    ("word-boundary-and-case", "Kobe zhu Zhuhai Kos", {"Ko": "Ko Tae-hyun", "Zhu": "Zhu Lanfang"}, []),
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
    for text in ("President " * 20_000, "U.S." * 50_000, "Ko Tae-hyun " * 10_000):
        assert len(find_people(text)) <= len(text)


@pytest.mark.parametrize(("text", "names"), [
    ("met Prime Minister Anna Reid and opposition leader Aroha Ngata", ["Anna Reid", "Aroha Ngata"]),
    ("met Prime Minister Anna Reid and Aroha Ngata", ["Anna Reid", "Aroha Ngata"]),
    ("met Prime Minister Anna Reid and New Zealand officials", ["Anna Reid"]),
    ("met Prime Minister Anna Reid and later Aroha Ngata", ["Anna Reid"]),  # not a role: no coordination
], ids=["role-between", "bare-name", "a-country", "an-adverb-between"])
def test_a_full_name_joined_by_and_to_a_person_is_a_person(text: str, names: list[str]) -> None:
    assert [p.name for p in find_people(text)] == names
