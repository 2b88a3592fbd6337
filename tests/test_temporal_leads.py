"""Leads and narrowed anchors only choose where a rule is tried, never what it finds.

``extract`` tries month- and day-led rules only where a weekday, month name or day number starts, range
and distance rules only near a range sign or a unit word, and rules that need a word near their anchor
("this", "early", "the morning of", "shortly" before it; "year" after "August of that") only where it is
there. Switching those shortcuts off (every rule searched at every character of its trigger's plain
windows, as ``re.search`` does) must give the same mentions.
"""

from __future__ import annotations

import dataclasses
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itinerary.temporal import extract

# the package re-exports the function under the module's name: fetch the module itself
extract_module = importlib.import_module("itinerary.temporal.extract")

_PIECES = ["May", "may", "March", "June", "Sept.", "Monday", "Tues.", "mon.", " 5", " 12th", "31", " the ",
           "bathe", " of ", " to ", " and ", "-", "\u2013", ", ", " 2026", " until ", " morning", " days",
           " two", " before", " after", " hours", " summit", ". ", "\n", "(Monday)", "someMonday", "x5",
           " this ", " last ", "next ", " early ", "mid-", " the end of ", " the morning of ", " night of ",
           " shortly", " just ", " the day ", "Mondays", " on ", " 1999", " of that year", " of the same year"]


def _unshortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule searched over its trigger's plain windows, as before leads and derived anchors existed."""
    plain = {"month_range": "month", "relation_unit": "relation", "direction_weekday": "weekday",
             "direction_month": "month", "pod_month": "month_num", "month_pod": "month_num", "soon_relation": "shortly",
             "modified_year": "digit", "month_year": "month"}
    rules = tuple(dataclasses.replace(r, lead=None, trigger=plain.get(r.trigger, r.trigger))
                  for r in extract_module.RULES)
    monkeypatch.setattr(extract_module, "RULES", rules)


@pytest.mark.parametrize("text", [
    "The talks run from Monday, May 5, to Wednesday, May 7, 2026.",
    "He stays 5 to 7 June and flies home on the 8th of June.",
    "two days before the summit on 12 March and hours after May 4",
    "May 5, June 6, July 7, and from May to June",
    "late this coming June, the previous Monday, the morning of May 4 and shortly after the vote in early 1999",
    "on Mondays and Tuesday to Friday, the day after the talks",
    "in early August of that year and on May 24 of the same year",
], ids=["md-range", "dm-range", "distance", "pairs", "needed-words", "weekdays", "of-that-year"])
def test_shortcuts_find_what_a_full_search_finds(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = extract(text)
    _unshortcut(monkeypatch)
    assert extract(text) == fast
    assert fast  # each text has dates: the comparison is not between two empty results


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_shortcuts_agree_on_random_date_soup(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = extract(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _unshortcut(monkeypatch)
        assert extract(text) == fast
