"""Linear work of the finders: a window costs its own length, and ten times the text costs ten times the work.

Work is counted in function calls (tests/work.py), not timed: a quadratic step shows up as a factor of 100.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from work import calls, filled, growth

from itinerary.events.people import find_people, find_short_names
from itinerary.events.places import find_places

SENTENCE = ("Chinese President Zhu Lanfang met Prime Minister Marcus Whitlow in Canberra on Monday, "
            "and Ko Tae-hyun, the South Korean president, flew on to Nairobi. ")
KNOWN = {"Zhu": "Zhu Lanfang", "Ko": "Ko Tae-hyun", "Whitlow": "Marcus Whitlow"}


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
    finder(small, start, end), finder(big, start, end)  # one-time tables and caches are not counted
    assert calls(lambda: finder(big, start, end)) <= 1.1 * calls(lambda: finder(small, start, end))


@pytest.mark.parametrize("finder", FINDERS.values(), ids=FINDERS.keys())
@pytest.mark.parametrize("unit", [SENTENCE, SENTENCE.replace(".", ","), "President Zhu " * 3 + "\n"],
                         ids=["prose", "endless-sentence", "title-lines"])
def test_ten_times_the_text_costs_about_ten_times(finder: Callable[[str, int, int], object], unit: str) -> None:
    assert growth(lambda size: lambda: finder(filled(unit, size), 0, size), 30_000, 300_000) <= 11
