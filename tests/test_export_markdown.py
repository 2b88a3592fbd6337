"""Markdown view: structure of the timeline, escaping of article text, links to the source list."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from itinerary.export import to_markdown
from itinerary.export.markdown import escape
from itinerary.model import Event, Itinerary

FIXTURE = Path(__file__).parent / "fixtures" / "export" / "trip.json"


def trip() -> Itinerary:
    return Itinerary.model_validate(json.loads(FIXTURE.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("# State visit to Japan", id="title"),
        pytest.param("## Tue 2026-03-03", id="day-heading"),
        pytest.param("- 19:30 JST **State banquet** _(tentative)_ — Tokyo [\\[A1\\]](#src-a1)", id="timed-event"),
        pytest.param("- ↳ Stay in Osaka, day 2 of 2", id="continuation"),
        pytest.param("## During the trip, day not reported", id="undated"),
        pytest.param("| When | Event | Where | Sources |", id="table-head"),
        pytest.param("| mid-20th century | Friendship treaty signed |  | [\\[B3\\]](#src-b3) |", id="background-row"),
    ],
)
def test_lines_present(line: str) -> None:
    assert line in to_markdown(trip()).splitlines()


def test_alternative_nested_under_its_event() -> None:
    lines = to_markdown(trip()).splitlines()
    stay = next(n for n, line in enumerate(lines) if line.startswith("- **Stay in Osaka**"))
    assert lines[stay + 1].startswith("  - ⚠ _Alternative:_ Thu 2026-03-05 .. Fri 2026-03-06 — the date reading")


def test_every_tag_links_to_a_source_anchor() -> None:
    text = to_markdown(trip())
    for tag in ("a1", "a2", "b3"):
        assert f"](#src-{tag})" in text and f'<a id="src-{tag}"></a>' in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("a *b* _c_", "a \\*b\\* \\_c\\_", id="emphasis"),
        pytest.param("[x](y)", "\\[x\\](y)", id="link"),
        pytest.param("a | b", "a \\| b", id="table-pipe"),
        pytest.param("<b>", "\\<b\\>", id="html"),
        pytest.param("$3 and $4", "\\$3 and \\$4", id="math"),
        pytest.param("two\nlines", "two lines", id="newline"),
    ],
)
def test_escape(raw: str, expected: str) -> None:
    assert escape(raw) == expected


def test_hostile_title_stays_one_list_item() -> None:
    event = Event(id="e", kind="meeting", role="itinerary", title="x\n# not a heading | *", start=dt.date(2026, 1, 5),
                  end=dt.date(2026, 1, 5), precision="day", value="2026-01-05")
    lines = to_markdown(Itinerary(events=(event,))).splitlines()
    assert "- **x # not a heading \\| \\***" in lines and not any(line.startswith("# not") for line in lines)
