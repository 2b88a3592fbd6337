"""Place finder: gazetteer matches, demonyms, features, and the false positives it must avoid."""

from __future__ import annotations

import pytest

from itinerary.events import people
from itinerary.events.places import PERSON_CUES, find_places, resolve_place, timezone_for

# text -> expected (text, name, kind, country, adjective) for every mention, in order
POSITIVE: list[tuple[str, str, list[tuple[str, str, str, str | None, bool]]]] = [
    ("city", "The leaders met in Jakarta on Tuesday.", [("Jakarta", "Jakarta", "city", "ID", False)]),
    ("multiword-city", "He flew on to Port Moresby.", [("Port Moresby", "Port Moresby", "city", "PG", False)]),
    ("multiword-country", "A stop in Papua New Guinea follows.",
     [("Papua New Guinea", "Papua New Guinea", "country", "PG", False)]),
    ("hyphenated-country", "Then Timor-Leste.", [("Timor-Leste", "Timor-Leste", "country", "TL", False)]),
    ("alias-country", "Then East Timor.", [("East Timor", "Timor-Leste", "country", "TL", False)]),
    ("two-koreas", "South Korea and North Korea talked.",
     [("South Korea", "South Korea", "country", "KR", False), ("North Korea", "North Korea", "country", "KP", False)]),
    ("new-york", "From New York to Hong Kong.",
     [("New York", "New York City", "city", "US", False), ("Hong Kong", "Hong Kong", "country", "HK", False)]),
    ("demonym", "Chinese President Xi spoke.", [("Chinese", "China", "country", "CN", True)]),
    ("two-word-demonym", "South Korean officials agreed.",
     [("South Korean", "South Korea", "country", "KR", True)]),
    ("serbian-french", "Serbian and French ministers.",
     [("Serbian", "Serbia", "country", "RS", True), ("French", "France", "country", "FR", True)]),
    ("dotted-acronym", "U.S. officials went to Seoul.",
     [("U.S.", "United States", "country", "US", False), ("Seoul", "Seoul", "city", "KR", False)]),
    ("hyphen-pair", "Seoul-Beijing flights resumed.",
     [("Seoul", "Seoul", "city", "KR", False), ("Beijing", "Beijing", "city", "CN", False)]),
    ("dateline-capitals", "BELGRADE, May 7 - talks began.", [("BELGRADE", "Belgrade", "city", "RS", False)]),
    ("possessive", "Beijing's airport was busy.", [("Beijing", "Beijing", "city", "CN", False)]),
    ("strait-is-region", "Ships crossed the Taiwan Strait.",
     [("Taiwan Strait", "Taiwan Strait", "region", None, False)]),
    ("sea-of-is-region", "Drills in the Sea of Japan.", [("Sea of Japan", "Sea of Japan", "region", None, False)]),
    ("direction-sea", "Patrols in the South China Sea.",
     [("South China Sea", "South China Sea", "region", None, False)]),
    ("continent-region", "A tour of Southeast Asia and Oceania.",
     [("Southeast Asia", "Southeast Asia", "region", None, False), ("Oceania", "Oceania", "region", None, False)]),
    ("small-town", "Then a flight to Vanimo.", [("Vanimo", "Vanimo", "city", "PG", False)]),
    ("word-city-with-country", "We stayed in Nice, France.",
     [("Nice", "Nice", "city", "FR", False), ("France", "France", "country", "FR", False)]),
    ("city-then-state", "A plant in Savannah, Georgia.",
     [("Savannah", "Savannah", "city", "US", False), ("Georgia", "Georgia", "region", "US", False)]),
    ("capital-despite-surname", "Officials in Washington agreed.",
     [("Washington", "Washington", "city", "US", False)]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in POSITIVE], ids=[i for i, _, _ in POSITIVE])
def test_finds_places(text: str, expected: list[tuple[str, str, str, str | None, bool]]) -> None:
    found = find_places(text)
    assert [(p.text, p.name, p.kind, p.country, p.adjective) for p in found] == expected
    for p in found:
        assert text[p.start:p.end] == p.text


NEGATIVE: list[tuple[str, str]] = [
    ("function-words", "Of course. Along the way, As noted, To be fair, We agreed."),
    ("common-word-cities", "Nice work. Split decisions. Mobile phones. Police said. Deal done. Hope rose."),
    ("person-after-title", "President Kim and Mr. Washington spoke."),
    ("korean-given-name", "Moon Jae-in travelled."),
    ("surnames", "Lee and Xi met. Modi and Biden spoke. Li and Wi agreed."),
    ("organisation-after", "The Hyundai Motor Group and Samsung signed; China Daily reported it."),
    ("organisation-before", "The Bank of China lent money."),
    ("hyphenated-surname", "President Jose Ramos-Horta greeted him."),
    ("compound-name", "A dinner at the Istana Negara hall."),
    ("lowercase", "china and japan in lower case are not names."),
]


@pytest.mark.parametrize("text", [t for _, t in NEGATIVE], ids=[i for i, _ in NEGATIVE])
def test_ignores_non_places(text: str) -> None:
    assert [p.text for p in find_places(text)] == []


def test_window_offsets_are_absolute() -> None:
    text = "Seoul first. Then Tokyo."
    found = find_places(text, start=13)
    assert [(p.text, p.start, p.end) for p in found] == [("Tokyo", 18, 23)]


def test_ambiguous_city_prefers_country_mentioned_nearby() -> None:
    default = find_places("He landed in Victoria.")
    in_canada = find_places("He landed in Victoria after a tour of Canada.")
    assert default[0].country != "CA"
    assert in_canada[0].country == "CA"


RESOLVE: list[tuple[str, str | None, str | None, str | None]] = [
    ("Seoul", "Seoul", "KR", "Asia/Seoul"),
    ("Dili", "Dili", "TL", "Asia/Dili"),
    ("East Timor", "Timor-Leste", "TL", "Asia/Dili"),
    ("Korean", "South Korea", "KR", "Asia/Seoul"),
    ("Papua New Guinea", "Papua New Guinea", "PG", "Pacific/Port_Moresby"),
    ("Nowhere Land Xyz", None, None, None),
]


@pytest.mark.parametrize(("name", "canonical", "country", "zone"), RESOLVE, ids=[r[0] for r in RESOLVE])
def test_resolve_place(name: str, canonical: str | None, country: str | None, zone: str | None) -> None:
    place = resolve_place(name)
    assert (place.name if place else None, place.country if place else None) == (canonical, country)
    assert timezone_for(name) == zone


def test_person_cues_are_titles() -> None:
    assert PERSON_CUES <= people.TITLES


def test_linear_on_large_adversarial_input() -> None:
    # would take minutes if any step were quadratic in the number of tokens
    for text in ("U.S." * 50_000, "Papua New " * 20_000, "A-" * 100_000):
        assert len(find_places(text)) <= len(text)
