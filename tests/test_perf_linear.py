"""Linear time of the finders: a window costs its own length, and ten times the text costs ten times the time.

Ratios of best-of-several timings, with wide margins: a quadratic step shows up as a factor of 100 or more.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from timing import best_of, filled

from itinerary.events.people import find_people, find_short_names
from itinerary.events.places import find_places

SENTENCE = ("Chinese President Xi Jinping met Prime Minister Anthony Albanese in Canberra on Monday, "
            "and Lee Jae-myung, the South Korean president, flew on to Port Moresby. ")
KNOWN = {"Xi": "Xi Jinping", "Lee": "Lee Jae-myung", "Albanese": "Anthony Albanese"}


FINDERS: dict[str, Callable[[str, int, int], object]] = {
    "people": find_people,
    "places": find_places,
    "short-names": lambda text, start, end: find_short_names(text, KNOWN, start, end),
}


@pytest.mark.parametrize("finder", FINDERS.values(), ids=FINDERS.keys())
def test_window_costs_its_length_not_the_text(finder: Callable[[str, int, int], object]) -> None:
    small, big = filled(SENTENCE, 4_000), filled(SENTENCE, 2_000_000)
    start, end = len(SENTENCE), 3 * len(SENTENCE)
    assert finder(small, start, end) == finder(big, start, end)
    ratio = best_of(lambda: finder(big, start, end), 5) / max(best_of(lambda: finder(small, start, end), 5), 1e-6)
    assert ratio < 20, f"a window of a 2 MB text costs {ratio:.0f}x the same window of a 4 KB text"


@pytest.mark.parametrize("finder", FINDERS.values(), ids=FINDERS.keys())
@pytest.mark.parametrize("unit", [SENTENCE, SENTENCE.replace(".", ","), "President Xi " * 3 + "\n"],
                         ids=["prose", "endless-sentence", "title-lines"])
def test_ten_times_the_text_costs_about_ten_times(finder: Callable[[str, int, int], object], unit: str) -> None:
    small, big = filled(unit, 30_000), filled(unit, 300_000)
    growth = best_of(lambda: finder(big, 0, len(big)), 3) / max(best_of(lambda: finder(small, 0, len(small)), 5), 1e-6)
    assert growth < 25, f"10x the text took {growth:.0f}x the time"
