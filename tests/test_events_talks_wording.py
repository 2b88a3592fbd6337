"""Talks and welcomes written as idioms: "sat down with", "welcomed with a 21-gun salute"."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text

MONDAY = dt.date(2031, 3, 10)  # the publication date of every article below


def _events(body: str) -> list[tuple[str, str, tuple[str, ...]]]:
    events = analyse_article(article_from_text(body, id="a", dct=MONDAY)).events
    return [(e.kind, e.title, e.participants) for e in events]


@pytest.mark.parametrize(("body", "expected"), [
    ("President Ana Ruiz sat down with President Tomas Vera on Tuesday.",
     [("talks", "Talks with Tomas Vera", ("Ana Ruiz", "Tomas Vera"))]),
    ("Ruiz sat down with Vera on Tuesday for talks on lithium.", [("talks", "Talks with Vera", ("Ruiz", "Vera"))]),
    ("Ruiz will sit down with President Tomas Vera on Tuesday.",
     [("talks", "Talks with Tomas Vera", ("Tomas Vera", "Ruiz"))]),
    ("Ruiz and Vera sat down with business leaders on Tuesday.",
     [("talks", "Talks with business leaders", ("Ruiz", "Vera"))]),
    ("Ruiz was welcomed with a 21-gun salute at the palace on Tuesday.", [("ceremony", "21-gun salute", ())]),
])
def test_idioms_for_talks_and_welcomes_are_events(body: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _events(body) == expected


@pytest.mark.parametrize("body", [
    "The two sides sat down on Tuesday.",  # no one sat down with anyone
    "Demonstrators sat down in the road on Tuesday.",
    "Ruiz fired a starting gun on Tuesday.",
])
def test_sitting_down_alone_is_no_talks(body: str) -> None:
    assert all(kind != "talks" and kind != "ceremony" for kind, _, _ in _events(body))
