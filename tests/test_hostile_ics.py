"""Hostile text cannot inject into the .ics: articles whose event sentences hold line breaks, iCalendar
keywords, TEXT delimiters, very long sentences, emoji and CJK go through the whole pipeline (file -> CLI
export) and every SUMMARY and DESCRIPTION parses back, with two independent parsers, exactly as written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject  # type: ignore[import-untyped]
from click.testing import CliRunner

from itinerary.cli import main
from itinerary.export.common import one_line
from itinerary.export.ical import description, on_calendar, uid
from itinerary.ingest import load_article
from itinerary.model import Itinerary

HEAD = "Ferry Line Opens\n\n"

# Each text puts the hostile part inside a sentence that holds an event and a full date: (text, what of it
# must reach the quote unchanged; CR and CRLF arrive as LF, as the reader's universal newlines make them).
HOSTILE: dict[str, tuple[str, str]] = {
    "line-feed": ("The summit will be held\nin the capital on Monday, May 4, 2026, the port said.", "held\nin"),
    "carriage-return": ("The summit will be held\rin the capital on Monday, May 4, 2026, the port said.", "held\nin"),
    "crlf": ("The summit will be held\r\nin the capital on Monday, May 4, 2026, the port said.", "held\nin"),
    "end-vevent": ("The summit END:VEVENT will be held on Monday, May 4, 2026, in the capital.", "END:VEVENT"),
    "begin-vcalendar": ("The summit BEGIN:VCALENDAR will be held on Monday, May 4, 2026 BEGIN:VEVENT in the capital.",
                        "BEGIN:VCALENDAR will be held on Monday, May 4, 2026 BEGIN:VEVENT"),
    # property names are case-insensitive: lower-case lines would be read as properties if a break got through
    "property-lines": ("The summit will be held\nsummary:hacked\nend:vevent\nbegin:vevent\non Monday, May 4, 2026.",
                       "held\nsummary:hacked\nend:vevent\nbegin:vevent\non"),
    "delimiters": ('The summit; with talks, "deals" and C:\\New\\n paths; will be held on May 4, 2026, in the capital.',
                   '; with talks, "deals" and C:\\New\\n paths;'),
    "backslashes": ("The summit \\\\; \\, \\N will be held on Monday, May 4, 2026.", "\\\\; \\, \\N"),
    "emoji": ("The summit 🎉🇰🇷👩\u200d👩\u200d👧 will be held on Monday, May 4, 2026, in the capital 🏛️.",
              "🎉🇰🇷👩\u200d👩\u200d👧"),
    "cjk": ("The summit (首脳会談, 정상회담) will be held on Monday, May 4, 2026, in the capital.", "首脳会談, 정상회담"),
    "rtl-and-combining": ("The summit of the Cafe\u0301 owners (\u05e9\u05dc\u05d5\u05dd) will be held on May 4, 2026.",
                          "Cafe\u0301 owners (\u05e9\u05dc\u05d5\u05dd)"),
    "long-sentence": ("The summit will be held on Monday, May 4, 2026, " + "and the talks go on " * 500 + "late.",
                      "and the talks go on " * 500),
    "long-word": ("The summit will be held on Monday, May 4, 2026, near " + "x" * 10_000 + ".", "x" * 10_000),
}


def _export(folder: Path, fmt: str) -> bytes:
    result = CliRunner().invoke(main, ["export", str(folder), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def _icalendar_events(data: bytes) -> dict[str, tuple[str, str]]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(v["UID"]): (str(v["SUMMARY"]), str(v["DESCRIPTION"])) for v in calendar.walk("VEVENT")}


def _vobject_events(data: bytes) -> dict[str, tuple[str, str]]:
    calendar = vobject.readOne(data.decode("utf-8"))
    return {v.uid.value: (v.summary.value, v.description.value) for v in calendar.vevent_list}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (sentence, _) in HOSTILE.items():
        # bytes, so that CR and CRLF reach the reader as written
        (folder / f"{name}.txt").write_bytes((HEAD + sentence + "\n").encode("utf-8"))
    return folder, _export(folder, "ics"), json.loads(_export(folder, "json"))


def test_exactly_one_calendar_and_no_injected_component(exported: tuple[Path, bytes, dict[str, Any]]) -> None:
    _, data, _ = exported
    lines = data.split(b"\r\n")
    assert lines.count(b"BEGIN:VCALENDAR") == 1 and lines.count(b"END:VCALENDAR") == 1
    assert lines.count(b"BEGIN:VEVENT") == lines.count(b"END:VEVENT")
    assert not any(line.lower().startswith((b"summary:hacked", b"end:vevent", b"begin:vevent")) and
                   line not in (b"END:VEVENT", b"BEGIN:VEVENT") for line in lines)
    assert all(b"\r" not in line and b"\n" not in line for line in lines)
    assert len(icalendar.Calendar.from_ical(data).walk("VCALENDAR")) == 1


@pytest.mark.parametrize("name", sorted(HOSTILE), ids=sorted(HOSTILE))
def test_hostile_sentence_is_quoted_exactly(name: str, exported: tuple[Path, bytes, dict[str, Any]]) -> None:
    folder, data, plan = exported
    article = load_article(folder / f"{name}.txt")
    quotes = [s["quote"] for e in plan["events"] for s in e["sources"] if s["article"] == name]
    assert quotes, f"no event found in {name}"
    for quote in quotes:
        assert quote in article.text  # the quote is the article's own text
    # a run-on sentence is quoted by the words around each event (QUOTE_REACH), so compare its first 500 characters
    assert any(HOSTILE[name][1][:500] in quote for quote in quotes)
    parsed = _icalendar_events(data)
    descriptions = "\n".join(d for _, d in parsed.values())
    placed = [e for e in plan["events"] if any(s["article"] == name for s in e["sources"])
              and e["precision"] in {"day", "hour", "minute"}]
    assert placed, f"no event of {name} is on the calendar"
    for event in placed:
        for source in event["sources"]:
            assert f'"{source["quote"]}"' in descriptions


@pytest.mark.parametrize("parse", [_icalendar_events, _vobject_events], ids=["icalendar", "vobject"])
def test_summaries_and_descriptions_come_back_identical(
    parse: Any, exported: tuple[Path, bytes, dict[str, Any]]
) -> None:
    _, data, plan = exported
    itinerary = Itinerary.model_validate(plan)
    articles = {a.id: a for a in itinerary.articles}
    parsed = parse(data)
    main_events = {key: value for key, value in parsed.items() if "-alt" not in key}
    expected = {uid(e): (one_line(e.title), description(e, articles)) for e in itinerary.events if on_calendar(e)}
    assert expected
    assert main_events == expected


def test_both_parsers_agree_on_every_event(exported: tuple[Path, bytes, dict[str, Any]]) -> None:
    _, data, _ = exported
    assert _icalendar_events(data) == _vobject_events(data)
