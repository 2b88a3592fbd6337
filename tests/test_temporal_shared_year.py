"""A month without a year takes the year of the next month joined to it: 'in August and September 1914'."""

from __future__ import annotations

import pytest

from itinerary.temporal import extract
from itinerary.temporal.values import canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lakes were won in August and September 1914 at last.",
         [("August", "1914-08"), ("September 1914", "1914-09")]),
        ("The vote came in April or June, 2025 at the latest.", [("April", "2025-04"), ("June, 2025", "2025-06")]),
        ("Snow fell in December and January 1915 without a break.",
         [("December", "1914-12"), ("January 1915", "1915-01")]),
        ("The vote came in April, and June 2025 saw a second one.", [("April", "XXXX-04"), ("June 2025", "2025-06")]),
        ("The talks in April went well; June 2025 was worse.", [("April", "XXXX-04"), ("June 2025", "2025-06")]),
        ("The armies rested in the spring and early summer of 1943 at last.",
         [("the spring", "1943-SP"), ("early summer of 1943", "1943-SU mod=START")]),
        ("The armies rest this spring and summer 2026, they say.",
         [("this spring", "XXXX-SP"), ("summer 2026", "2026-SU")]),
    ],
    ids=["and", "or-comma", "across-new-year", "comma-and-is-a-new-clause", "no-join", "seasons",
         "this-season-stays-relative"],
)
def test_month_shares_next_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, canonical(m.value)) for m in extract(text)] == expected
