"""TimelineJS view: dates at their precision, disputed dates in display_date, sources in the text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from itinerary.export import to_timelinejs
from itinerary.model import Itinerary

FIXTURE = Path(__file__).parent / "fixtures" / "export" / "trip.json"


def slides() -> dict[str, Any]:
    model = Itinerary.model_validate(json.loads(FIXTURE.read_text(encoding="utf-8")))
    document: dict[str, Any] = json.loads(to_timelinejs(model))
    return {s["text"]["headline"]: s for s in document["events"]} | {"title": document["title"],
                                                                   "eras": document["eras"]}


@pytest.mark.parametrize(
    ("headline", "start", "group"),
    [
        pytest.param("Friendship treaty signed", {"year": 1934}, "Background", id="century-year-only"),
        pytest.param("Regional summit", {"year": 2025, "month": 10}, "Background", id="month"),
        pytest.param("Missile test in the region", {"year": 2026, "month": 3, "day": 1}, "Context", id="day"),
        pytest.param("State banquet", {"year": 2026, "month": 3, "day": 3, "hour": 19, "minute": 30}, "Itinerary",
                     id="local-time"),
    ],
)
def test_start_dates_at_their_precision(headline: str, start: dict[str, int], group: str) -> None:
    slide = slides()[headline]
    assert (slide["start_date"], slide["group"]) == (start, group)


def test_disputed_date_and_alternative_in_display_date() -> None:
    stay = slides()["Stay in Osaka"]
    assert stay["display_date"] == ("Wed 2026-03-04 .. Thu 2026-03-05 (disputed); also reported: "
                                    "Thu 2026-03-05 .. Fri 2026-03-06")
    assert "the date reading" in stay["text"]["text"]


def test_title_slide_is_the_trip_and_an_era() -> None:
    found = slides()
    assert found["title"]["text"]["headline"] == "State visit to Japan"
    assert "also reported: Mon 2026-03-02 .. Wed 2026-03-04" in found["title"]["display_date"]
    assert found["eras"][0]["start_date"] == {"year": 2026, "month": 3, "day": 2}
    assert "State visit to Japan" not in {k for k in found if k not in ("title", "eras")}


def test_sources_in_text_with_outlet_link_and_quote() -> None:
    text = slides()["Summit with Prime Minister Sato"]["text"]["text"]
    assert '[A1] <a href="https://news.example.org/a1">Wire Daily</a><ul><li>“' in text
