"""JSON export: contract shape and key order, date forms, ordering, round trip, same bytes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from itinerary.export import to_json
from itinerary.model import Event, Itinerary

FIXTURE = Path(__file__).parent / "fixtures" / "export" / "trip.json"
EVENT_KEYS = [
    "id", "kind", "role", "title", "start", "end", "precision", "value", "mod", "location", "participants",
    "status", "alternatives", "sources", "timezone", "placed",
]


def trip() -> Itinerary:
    return Itinerary.model_validate(json.loads(FIXTURE.read_text(encoding="utf-8")))


def ev(id_: str, start: dt.date | dt.datetime, tz: str | None = None) -> Event:
    return Event(id=id_, kind="meeting", role="itinerary", title=id_, start=start, end=start,
                 precision="minute" if isinstance(start, dt.datetime) else "day", value="x", timezone=tz)


def test_top_level_keys_in_contract_order() -> None:
    doc = json.loads(to_json(trip()))
    assert list(doc) == ["schema", "articles", "events", "unresolved"]
    assert doc["schema"] == "itinerary/1"


def test_event_alternative_source_keys_in_contract_order() -> None:
    doc = json.loads(to_json(trip()))
    for event in doc["events"]:
        assert list(event) == EVENT_KEYS
        for source in event["sources"]:
            assert list(source) == ["article", "text", "start", "end", "quote"]
        for alt in event["alternatives"]:
            assert list(alt) == ["start", "end", "precision", "reason", "sources"]
    assert list(doc["articles"][0])[:4] == ["id", "path", "title", "published"]
    assert list(doc["unresolved"][0]) == ["article", "text", "start", "end", "reason"]


def test_round_trip_gives_the_same_model() -> None:
    original = trip()
    again = Itinerary.model_validate(json.loads(to_json(original)))
    assert again == original
    assert to_json(again) == to_json(original)


def test_fixture_file_is_what_to_json_writes() -> None:
    assert to_json(trip()) == FIXTURE.read_text(encoding="utf-8")


def test_same_bytes_whatever_the_input_order() -> None:
    model = trip()
    shuffled = model.model_copy(update={
        "events": tuple(reversed(model.events)),
        "articles": tuple(reversed(model.articles)),
        "unresolved": tuple(reversed(model.unresolved)),
    })
    assert to_json(shuffled).encode() == to_json(model).encode()


def test_text_shape_indent_utf8_and_trailing_newline() -> None:
    model = Itinerary(events=(ev("Sommet à Pékin 北京", dt.date(2026, 1, 5)),))
    text = to_json(model)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "events": [\n    {\n      "id": "Sommet à Pékin 北京"' in text


@pytest.mark.parametrize(
    ("value", "tz", "expected"),
    [
        pytest.param(dt.date(2026, 1, 5), None, "2026-01-05", id="date"),
        pytest.param(dt.datetime(2026, 1, 5, 10, 30, tzinfo=ZoneInfo("Asia/Shanghai")), "Asia/Shanghai",
                     "2026-01-05T10:30:00+08:00", id="aware-zone"),
        pytest.param(dt.datetime(2026, 1, 5, 2, 30, tzinfo=dt.UTC), "Asia/Seoul", "2026-01-05T11:30:00+09:00",
                     id="utc-shown-in-event-zone"),
        pytest.param(dt.datetime(2026, 1, 5, 10, 30), "Asia/Seoul", "2026-01-05T10:30:00+09:00",
                     id="naive-is-local-time-of-zone"),
        pytest.param(dt.datetime(2026, 7, 1, 9, 0, 15, 999), "Europe/Paris", "2026-07-01T09:00:15+02:00",
                     id="summer-offset-seconds-kept-micro-dropped"),
        pytest.param(dt.datetime(2026, 1, 5, 10, 30, tzinfo=dt.UTC), None, "2026-01-05T10:30:00+00:00",
                     id="aware-no-zone"),
    ],
)
def test_date_forms(value: dt.date | dt.datetime, tz: str | None, expected: str) -> None:
    doc = json.loads(to_json(Itinerary(events=(ev("e", value, tz),))))
    assert doc["events"][0]["start"] == expected


def test_events_sort_by_start_then_id_with_dates_as_midnight() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    model = Itinerary(events=(
        ev("b-timed", dt.datetime(2026, 1, 5, 10, 0, tzinfo=shanghai), "Asia/Shanghai"),
        ev("c-day", dt.date(2026, 1, 5)),
        ev("a-day", dt.date(2026, 1, 5)),
        ev("z-early-timed", dt.datetime(2026, 1, 4, 23, 0, tzinfo=shanghai), "Asia/Shanghai"),
        ev("m-late", dt.date(2026, 1, 6)),
    ))
    ids = [e["id"] for e in json.loads(to_json(model))["events"]]
    assert ids == ["z-early-timed", "a-day", "c-day", "b-timed", "m-late"]


def test_vague_event_keeps_its_precision_and_mod() -> None:
    model = Itinerary(events=(Event(id="bg", kind="summit", role="background", title="Regional summit",
                                    start=dt.date(2025, 10, 21), end=dt.date(2025, 10, 31), precision="month",
                                    value="2025-10", mod="END"),))
    event = json.loads(to_json(model))["events"][0]
    assert (event["start"], event["end"], event["precision"], event["value"], event["mod"]) == (
        "2025-10-21", "2025-10-31", "month", "2025-10", "END")
