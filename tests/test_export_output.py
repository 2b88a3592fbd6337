"""write()/render(): formats to a file or stdout, unknown format refused; big hostile input handled."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from itinerary.errors import BadUsageError
from itinerary.export import render, render_text, to_ics, to_json, validate_ics, write
from itinerary.model import Alternative, Event, Itinerary, Source

FIXTURE = Path(__file__).parent / "fixtures" / "export" / "trip.json"


def trip() -> Itinerary:
    return Itinerary.model_validate(json.loads(FIXTURE.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("fmt", "head"),
    [
        pytest.param("ics", b"BEGIN:VCALENDAR\r\n", id="ics-crlf"),
        pytest.param("json", b'{\n  "schema": "itinerary/1"', id="json"),
        pytest.param("text", b"State visit to Japan", id="text"),
    ],
)
def test_write_to_file_and_stdout_same_bytes(
    fmt: str, head: bytes, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    target = tmp_path / f"out.{fmt}"
    write(trip(), fmt, target)
    write(trip(), fmt, "-")
    data = target.read_bytes()
    assert data.startswith(head)
    assert capsysbinary.readouterr().out == data == render(trip(), fmt)


def test_unknown_format_is_bad_usage() -> None:
    with pytest.raises(BadUsageError, match="unknown format 'pdf'"):
        render(trip(), "pdf")


def test_megabyte_of_hostile_text() -> None:
    big = ("a;b,c\\d\r\nEND:VEVENT\n😀長 " * 50_000)[:1_000_000]
    event = Event(id="e", kind="meeting", role="itinerary", title=big, location=big[:50_000],
                  start=dt.date(2026, 1, 5), end=dt.date(2026, 1, 5), precision="day", value="2026-01-05",
                  sources=(Source(article="A_1", text="x", start=0, end=1, quote=big),),
                  alternatives=(Alternative(start=dt.date(2026, 1, 6), end=dt.date(2026, 1, 6), precision="day",
                                            reason=big),))
    model = Itinerary(events=(event,))
    assert validate_ics(to_ics(model)) == []
    assert Itinerary.model_validate(json.loads(to_json(model))) == model
    out = io.StringIO()
    render_text(model, out)
    assert max(len(line) for line in out.getvalue().splitlines()) <= 80
