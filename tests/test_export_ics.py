"""iCalendar export: parsed back with icalendar, vobject and ics.py; validated; same bytes for the same input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import ics  # type: ignore[import-untyped]
import pytest
import vobject  # type: ignore[import-untyped]

from itinerary.export import to_ics, validate_ics
from itinerary.export.ical import clean_text
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source

FIXTURE = Path(__file__).parent / "fixtures" / "export" / "trip.json"
D = dt.date
TOKYO = ZoneInfo("Asia/Tokyo")


def trip() -> Itinerary:
    return Itinerary.model_validate(json.loads(FIXTURE.read_text(encoding="utf-8")))


def vevents(data: bytes) -> dict[str, Any]:
    return {str(v["UID"]): v for v in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def vobject_events(data: bytes) -> dict[str, Any]:
    return {v.uid.value: v for v in vobject.readOne(data.decode("utf-8")).vevent_list}


def day_event(id_: str = "e", **update: Any) -> Event:
    base = Event(id=id_, kind="meeting", role="itinerary", title="Meeting", start=D(2026, 1, 5),
                 end=D(2026, 1, 5), precision="day", value="2026-01-05")
    return base.model_copy(update=update)


def test_fixture_validates() -> None:
    assert validate_ics(to_ics(trip())) == []


def test_same_bytes_twice_and_whatever_the_event_order() -> None:
    model = trip()
    shuffled = model.model_copy(update={"events": tuple(reversed(model.events))})
    assert to_ics(model) == to_ics(model) == to_ics(shuffled)


def test_calendar_properties() -> None:
    calendar = icalendar.Calendar.from_ical(to_ics(trip()))
    assert [(k, str(calendar[k])) for k in ("VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME")] == [
        ("VERSION", "2.0"), ("PRODID", "-//itinerary//itinerary 0.1//EN"), ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"), ("NAME", "State visit to Japan"), ("X-WR-CALNAME", "State visit to Japan"),
    ]


@pytest.mark.parametrize(
    ("title", "name", "expected"),
    [
        pytest.param("State visit to Korea, Japan", None, "State visit to Korea - Japan", id="from-trip-comma"),
        pytest.param("Tour", "Pacific tour, 2026", "Pacific tour - 2026", id="given-name-comma"),
        pytest.param("Tour", "Two\r\nlines", "Two lines", id="given-name-line-break"),
    ],
)
def test_calendar_name_free_of_commas(title: str, name: str | None, expected: str) -> None:
    model = Itinerary(events=(day_event("trip", kind="visit", title=title, end=D(2026, 1, 8)),))
    data = to_ics(model, name=name)
    lines = data.decode().split("\r\n")
    assert f"NAME:{expected}" in lines and f"X-WR-CALNAME:{expected}" in lines


def test_default_name_is_the_longest_visit() -> None:
    model = Itinerary(events=(
        day_event("short", kind="visit", title="Side visit", end=D(2026, 1, 6)),
        day_event("long", kind="visit", title="Main visit", end=D(2026, 1, 9)),
        day_event("meet", title="Very long meeting", end=D(2026, 1, 20)),
    ))
    assert str(icalendar.Calendar.from_ical(to_ics(model))["NAME"]) == "Main visit"


def test_which_events_go_on_the_calendar() -> None:
    assert sorted(vevents(to_ics(trip()))) == sorted([
        "trip@itinerary", "trip-alt1@itinerary", "summit@itinerary", "banquet@itinerary",
        "leg-osaka@itinerary", "leg-osaka-alt1@itinerary", "ctx-test@itinerary",
    ])  # not: placed=False (factory, forum), mod BEFORE (ctx-talks), background, vaguer than a day


@pytest.mark.parametrize(
    ("uid", "start", "end", "status"),
    [
        pytest.param("trip@itinerary", D(2026, 3, 2), D(2026, 3, 6), "CONFIRMED", id="multi-day-exclusive-end"),
        pytest.param("summit@itinerary", D(2026, 3, 3), D(2026, 3, 4), "CONFIRMED", id="one-day"),
        pytest.param("leg-osaka@itinerary", D(2026, 3, 4), D(2026, 3, 6), "TENTATIVE", id="disputed-is-tentative"),
        pytest.param("leg-osaka-alt1@itinerary", D(2026, 3, 5), D(2026, 3, 7), "TENTATIVE", id="alternative"),
        pytest.param("banquet@itinerary", dt.datetime(2026, 3, 3, 19, 30, tzinfo=TOKYO),
                     dt.datetime(2026, 3, 3, 20, 30, tzinfo=TOKYO), "TENTATIVE", id="timed-zone-no-end"),
        pytest.param("ctx-test@itinerary", D(2026, 3, 1), D(2026, 3, 2), "CONFIRMED", id="context"),
    ],
)
def test_dates_and_status_read_by_two_parsers(uid: str, start: dt.date, end: dt.date, status: str) -> None:
    data = to_ics(trip())
    mine, theirs = vevents(data)[uid], vobject_events(data)[uid]
    assert (mine.decoded("DTSTART"), mine.decoded("DTEND"), str(mine["STATUS"])) == (start, end, status)
    assert (theirs.dtstart.value, theirs.dtend.value, theirs.status.value) == (start, end, status)
    if isinstance(start, dt.datetime):
        assert theirs.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["Asia/Tokyo"]  # vobject keeps the TZID here
        assert theirs.dtstart.value.tzname() == "JST"
        assert theirs.dtstart.value.utcoffset() == dt.timedelta(hours=9)


@pytest.mark.parametrize("main", ["trip", "leg-osaka"])
def test_alternative_is_related_transparent_and_marked(main: str) -> None:
    data = to_ics(trip())
    alt = vobject_events(data)[f"{main}-alt1@itinerary"]
    assert alt.related_to.value == f"{main}@itinerary"
    assert alt.related_to.params["RELTYPE"] == ["SIBLING"]
    assert alt.transp.value == "TRANSPARENT"
    assert alt.summary.value.startswith("Alternative: ")
    assert "Reason: " in alt.description.value


def test_summaries_descriptions_locations_agree_across_three_parsers() -> None:
    data = to_ics(trip())
    mine, theirs = vevents(data), vobject_events(data)
    others = {e.uid: e for e in ics.Calendar(data.decode("utf-8")).events}
    assert sorted(mine) == sorted(theirs) == sorted(others)
    for uid, vevent in mine.items():
        expected = (str(vevent["SUMMARY"]), str(vevent["DESCRIPTION"]), str(vevent.get("LOCATION", "")))
        assert (theirs[uid].summary.value, theirs[uid].description.value,
                theirs[uid].location.value if "location" in theirs[uid].contents else "") == expected
        assert (others[uid].name, others[uid].description, others[uid].location or "") == expected


def test_description_names_outlet_tag_quote_value_and_alternatives() -> None:
    data = to_ics(trip())
    summit = str(vevents(data)["summit@itinerary"]["DESCRIPTION"]).split("\n")
    assert summit == [
        "When: 2026-03-03 (value 2026-03-03, precision day)",
        "Who: President Mara Quell; Prime Minister Sato",
        "Status: confirmed",
        "Sources:",
        '[A1] Wire Daily: "The two leaders meet in Tokyo on Tuesday, March 3."',
        '[A2] A2_gazette: "Summit set for Tuesday"',
    ]
    leg = str(vevents(data)["leg-osaka@itinerary"]["DESCRIPTION"])
    assert 'Alternatives:\n- 2026-03-05 .. 2026-03-06 (day): the date reading of "Wednesday, March 5"' in leg


def test_other_properties() -> None:
    events = vevents(to_ics(trip()))
    summit = events["summit@itinerary"]
    assert str(summit["LOCATION"]) == "Tokyo"
    assert [str(c) for c in summit["CATEGORIES"].cats] == ["summit"]
    assert str(summit["URL"]) == "https://news.example.org/a1"
    assert "URL" not in events["ctx-test@itinerary"]  # its only article has no url
    assert "URL" not in events["trip-alt1@itinerary"]  # nor has the alternative's


@pytest.mark.parametrize(
    ("published", "stamp"),
    [
        pytest.param((D(2026, 1, 2), D(2026, 1, 3), None), dt.datetime(2026, 1, 3, tzinfo=dt.UTC), id="latest"),
        pytest.param((None,), dt.datetime(1970, 1, 1, tzinfo=dt.UTC), id="none-published"),
    ],
)
def test_dtstamp_comes_from_input(published: tuple[dt.date | None, ...], stamp: dt.datetime) -> None:
    articles = tuple(ArticleRef(id=f"a{n}", path=f"a{n}.txt", published=p) for n, p in enumerate(published))
    data = to_ics(Itinerary(articles=articles, events=(day_event(),)))
    assert vevents(data)["e@itinerary"].decoded("DTSTAMP") == stamp


def test_vtimezone_per_tzid_covering_only_event_years_in_tzid_order() -> None:
    paris, tokyo = ZoneInfo("Europe/Paris"), TOKYO
    model = Itinerary(events=(
        day_event("t1", precision="minute", start=dt.datetime(2026, 5, 1, 9, tzinfo=tokyo),
                  end=dt.datetime(2026, 5, 1, 11, tzinfo=tokyo), timezone="Asia/Tokyo"),
        day_event("p1", precision="minute", start=dt.datetime(2026, 7, 1, 9, tzinfo=paris),
                  end=dt.datetime(2026, 7, 1, 9, tzinfo=paris), timezone="Europe/Paris"),
    ))
    data = to_ics(model)
    assert validate_ics(data) == []
    zones = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Asia/Tokyo", "Europe/Paris"]
    years = {sub.decoded("DTSTART").year for z in zones for sub in z.subcomponents}
    assert years <= {2026}
    assert to_ics(model) == to_ics(model.model_copy(update={"events": tuple(reversed(model.events))}))


@pytest.mark.parametrize(
    ("start", "end", "tz", "dtstart", "dtend"),
    [
        pytest.param(dt.datetime(2026, 1, 5, 10, 0), dt.datetime(2026, 1, 5, 12, 0), "Asia/Seoul",
                     dt.datetime(2026, 1, 5, 10, 0, tzinfo=ZoneInfo("Asia/Seoul")),
                     dt.datetime(2026, 1, 5, 12, 0, tzinfo=ZoneInfo("Asia/Seoul")), id="naive-local-in-zone"),
        pytest.param(dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC), dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC),
                     None, dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC), dt.datetime(2026, 1, 5, 11, 0, tzinfo=dt.UTC),
                     id="aware-no-zone-is-utc"),
        pytest.param(dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
                     dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))), "No/Such_Zone",
                     dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC), dt.datetime(2026, 1, 5, 3, 0, tzinfo=dt.UTC),
                     id="unknown-zone-falls-back-to-utc"),
    ],
)
def test_timed_events(start: dt.datetime, end: dt.datetime, tz: str | None, dtstart: dt.datetime,
                      dtend: dt.datetime) -> None:
    data = to_ics(Itinerary(events=(day_event(precision="minute", start=start, end=end, timezone=tz),)))
    assert validate_ics(data) == []
    vevent = vevents(data)["e@itinerary"]
    assert (vevent.decoded("DTSTART"), vevent.decoded("DTEND")) == (dtstart, dtend)


def test_vague_alternative_gets_no_vevent_but_numbers_stay_stable() -> None:
    alts = (
        Alternative(start=D(2026, 1, 1), end=D(2026, 1, 31), precision="month", reason="only the month"),
        Alternative(start=D(2026, 1, 6), end=D(2026, 1, 6), precision="day", reason="the weekday reading"),
    )
    data = to_ics(Itinerary(events=(day_event(alternatives=alts, status="disputed"),)))
    assert sorted(vevents(data)) == ["e-alt2@itinerary", "e@itinerary"]


HOSTILE = [
    pytest.param("line one\rline two", id="bare-cr"),
    pytest.param("line one\nline two", id="bare-lf"),
    pytest.param("line one\r\nline two", id="crlf"),
    pytest.param("x\nEND:VEVENT\nBEGIN:VCALENDAR\nUID:evil", id="component-injection"),
    pytest.param("a; b, c \\ d", id="escapes"),
    pytest.param("emoji 😀🇰🇷 and \u200d joiner", id="emoji"),
    pytest.param("中文 日本語 한국어 " * 20, id="cjk-folding"),
    pytest.param("é" * 200, id="two-byte-folding"),
    pytest.param("長" * 10_000, id="ten-thousand-chars"),
    pytest.param("nul\x00 bell\x07 tab\tend", id="control-chars"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_survives_three_parsers(text: str) -> None:
    source = Source(article="X1_hostile", text="Monday", start=0, end=6, quote=text)
    event = day_event(title=f"Talk {text[:300]}", location=f"Hall {text[:100]}", sources=(source,))
    data = to_ics(Itinerary(articles=(ArticleRef(id="X1_hostile", path="x.txt", outlet=text[:80]),), events=(event,)))
    assert validate_ics(data) == []
    vevent = vevents(data)["e@itinerary"]
    description = str(vevent["DESCRIPTION"])
    assert f'"{clean_text(text)}"' in description
    theirs = vobject_events(data)["e@itinerary"]
    other = next(iter(ics.Calendar(data.decode("utf-8")).events))
    expected = (str(vevent["SUMMARY"]), description, str(vevent["LOCATION"]))
    assert (theirs.summary.value, theirs.description.value, theirs.location.value) == expected
    assert (other.name, other.description, other.location) == expected
    assert str(vevent["SUMMARY"]) == " ".join(f"Talk {clean_text(text[:300])}".split())
    assert len(icalendar.Calendar.from_ical(data).walk("VEVENT")) == 1


@pytest.mark.parametrize("text", [
    pytest.param("a \\, b \\; c \\n d \\N e", id="backslash-before-escape-letters"),
    pytest.param("C:\\new\\table", id="windows-path"),
])
def test_backslashes_survive_icalendar_and_vobject(text: str) -> None:
    """ics.py 0.7.3 unescapes ``\\n`` before ``\\\\`` and reads these wrong; icalendar and vobject agree with RFC 5545."""
    data = to_ics(Itinerary(events=(day_event(title=text),)))
    assert validate_ics(data) == []
    assert str(vevents(data)["e@itinerary"]["SUMMARY"]) == text
    assert vobject_events(data)["e@itinerary"].summary.value == text


GOOD_EVENT = "BEGIN:VEVENT\r\nUID:u@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260105\r\n"


def calendar_text(*lines: str) -> bytes:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n".encode()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        pytest.param(calendar_text("BEGIN:VEVENT", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260105",
                                   "END:VEVENT"), "no UID", id="no-uid"),
        pytest.param(calendar_text("BEGIN:VEVENT", "UID:u@x", "DTSTART;VALUE=DATE:20260105", "END:VEVENT"),
                     "no DTSTAMP", id="no-dtstamp"),
        pytest.param(calendar_text("BEGIN:VEVENT", "UID:u@x", "DTSTAMP:20260101T000000Z", "END:VEVENT"),
                     "no DTSTART", id="no-dtstart"),
        pytest.param(calendar_text(GOOD_EVENT + "DTEND;VALUE=DATE:20260105", "END:VEVENT"), "not after DTSTART",
                     id="all-day-end-not-exclusive"),
        pytest.param(calendar_text("BEGIN:VEVENT", "UID:u@x", "DTSTAMP:20260101T000000Z",
                                   "DTSTART:20260105T100000Z", "DTEND:20260105T090000Z", "END:VEVENT"),
                     "not after DTSTART", id="timed-end-before-start"),
        pytest.param(calendar_text("BEGIN:VEVENT", "UID:u@x", "DTSTAMP:20260101T000000Z",
                                   "DTSTART;TZID=Asia/Tokyo:20260105T100000", "END:VEVENT"),
                     "TZID Asia/Tokyo used without a VTIMEZONE", id="tzid-without-vtimezone"),
        pytest.param(calendar_text(GOOD_EVENT + "SUMMARY:" + "x" * 80, "END:VEVENT"), "more than 75",
                     id="unfolded-long-line"),
        pytest.param(calendar_text(GOOD_EVENT + "SUMMARY:" + "é" * 33 + "\xc3", "END:VEVENT")
                     .replace(b"\xc3\x83", b"\xc3\r\n \xa9"), "not UTF-8", id="fold-splits-character"),
        pytest.param(calendar_text(GOOD_EVENT + "SUMMARY:a\nb", "END:VEVENT"), "bare CR or LF", id="bare-lf"),
        pytest.param(calendar_text(GOOD_EVENT + "END:VEVENT", GOOD_EVENT + "END:VEVENT"), "already used",
                     id="duplicate-uid"),
        pytest.param(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "calendar: no VERSION", id="no-version"),
    ],
)
def test_validate_ics_finds_problems(data: bytes, problem: str) -> None:
    problems = validate_ics(data)
    assert any(problem in p for p in problems), problems


def test_validate_ics_accepts_a_good_calendar() -> None:
    assert validate_ics(calendar_text(GOOD_EVENT + "DTEND;VALUE=DATE:20260106", "END:VEVENT")) == []
