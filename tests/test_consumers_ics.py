"""Our .ics read by seven independent consumers, which must all agree on every event.

Calendars: the committed seeds calendar (``calendars/*.ics``) and a hand-built trip with timed
events in two time zones (one of them crossing midnight UTC), all-day legs, alternatives and a
comma in the trip title. Consumers: icalendar, vobject, ics.py, recurring-ical-events, khal (CLI,
temporary vdir and config), Radicale (a real CalDAV server on 127.0.0.1, through the caldav client)
and ical.js under Node (``tests/js``; ``bash .ci/setup-consumers.sh`` installs it).

Every consumer is reduced to the same table: UID -> (start, end, status, summary), where a date is
``YYYY-MM-DD`` and an instant is its UTC time ``YYYY-MM-DDTHH:MM:SSZ``, DTEND exclusive. The day
views (recurring-ical-events, khal, a CalDAV time-range query) are reduced to day -> UIDs.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import ics  # type: ignore[import-untyped]
import pytest
import recurring_ical_events  # type: ignore[import-untyped]
import vobject  # type: ignore[import-untyped]
from caldav.davclient import DAVClient

from itinerary.export import calendar_name, to_ics, validate_ics
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source

ROOT = Path(__file__).resolve().parent.parent
CALENDARS = ROOT / "calendars"
JS = Path(__file__).resolve().parent / "js"
UTC = dt.UTC
D = dt.date
T = dt.datetime
TOKYO, SYDNEY = "Asia/Tokyo", "Australia/Sydney"

Row = tuple[str, str, str, str]  # start, end (exclusive), status, summary
Table = dict[str, Row]
Days = dict[str, tuple[str, ...]]  # ISO day -> sorted UIDs of the events that touch it


# ------------------------------------------------------------------------------------------ the trip


def _src(article: str, text: str, quote: str) -> Source:
    return Source(article=article, text=text, start=0, end=len(text), quote=quote)


def consumer_trip() -> Itinerary:
    """A trip across two zones: Tokyo (UTC+9) and Sydney in daylight time (UTC+11)."""
    a1, a2 = "A1_wire", "A2_notes"

    def ev(id_: str, title: str, start: dt.date, end: dt.date, **extra: Any) -> Event:
        fields: dict[str, Any] = {"kind": "meeting", "role": "itinerary", "precision": "day",
                                  "value": start.isoformat(), "sources": (_src(a1, "March 2", "Said on March 2."),)}
        fields.update(extra)
        return Event(id=id_, title=title, start=start, end=end, **fields)

    events = (
        ev("visit-tour", "State visit to Japan, Australia", D(2026, 3, 2), D(2026, 3, 7), kind="visit",
           status="disputed", location="Tokyo",
           alternatives=(Alternative(start=D(2026, 3, 2), end=D(2026, 3, 6), precision="day",
                                     reason="one outlet gives a five-day length",
                                     sources=(_src(a2, "five-day", "A five-day tour; it starts Monday."),)),)),
        ev("summit-tokyo", "Summit with the prime minister, then a working lunch at the café; résumé follows",
           T(2026, 3, 3, 10, 0), T(2026, 3, 3, 11, 30), precision="minute", value="2026-03-03T10:00",
           timezone=TOKYO, location="Kantei, Tokyo", participants=("The President", "The Prime Minister")),
        ev("breakfast-tokyo", "Breakfast with business leaders", T(2026, 3, 4, 8, 0), T(2026, 3, 4, 8, 0),
           precision="minute", value="2026-03-04T08:00", timezone=TOKYO, status="tentative"),
        ev("stay-osaka", "Stay in Osaka", D(2026, 3, 4), D(2026, 3, 5), kind="stay", status="disputed",
           location="Osaka",
           alternatives=(Alternative(start=D(2026, 3, 5), end=D(2026, 3, 6), precision="day",
                                     reason="the weekday does not match the date",
                                     sources=(_src(a2, "Wednesday, March 5", "From Wednesday, March 5."),)),)),
        ev("banquet-sydney", "State banquet", T(2026, 3, 6, 19, 30, tzinfo=ZoneInfo(SYDNEY)),
           T(2026, 3, 6, 22, 0, tzinfo=ZoneInfo(SYDNEY)), precision="minute", value="2026-03-06T19:30",
           timezone=SYDNEY, location="Sydney", kind="ceremony", status="tentative",
           alternatives=(Alternative(start=T(2026, 3, 7, 19, 30, tzinfo=ZoneInfo(SYDNEY)),
                                     end=T(2026, 3, 7, 22, 0, tzinfo=ZoneInfo(SYDNEY)), precision="minute",
                                     reason="one outlet says Saturday evening"),)),
        ev("wreath-sydney", "Wreath-laying; memorial", T(2026, 3, 7, 10, 0), T(2026, 3, 7, 10, 0),
           precision="hour", value="2026-03-07T10", timezone=SYDNEY, kind="ceremony"),
        ev("missile-context", "Missile test in the region", D(2026, 3, 1), D(2026, 3, 1), role="context",
           kind="military"),
        # Vaguer than a day, open-ended or not placed: none of these go on the calendar.
        ev("trade-background", "Bilateral trade hit a record", D(2024, 1, 1), D(2024, 12, 31),
           role="background", precision="year", value="2024", kind="statistic"),
        ev("talks-before", "Preparatory talks", D(2026, 3, 2), D(2026, 3, 2), role="context", mod="BEFORE"),
        ev("forum-month", "Startup forum", D(2026, 3, 1), D(2026, 3, 31), precision="month", value="2026-03"),
        ev("factory-unplaced", "Factory visit", D(2026, 3, 4), D(2026, 3, 5), placed=False),
    )
    articles = (
        ArticleRef(id=a1, path="a1.md", title="Tour announced", published=D(2026, 2, 27), outlet="Wire Daily",
                   url="https://news.example.org/a1"),
        ArticleRef(id=a2, path="a2.txt", published=D(2026, 2, 28)),
    )
    return Itinerary(articles=articles, events=events)


def _uid(event_id: str, alt: int | None = None) -> str:
    return f"{event_id}-alt{alt}@itinerary" if alt is not None else f"{event_id}@itinerary"


def _when(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def _expected_bounds(start: Any, end: Any, precision: str, tz: str | None) -> tuple[str, str]:
    """What the contract says the calendar holds, worked out here without the exporter's code."""
    if precision in ("hour", "minute"):
        first = start if start.tzinfo else start.replace(tzinfo=ZoneInfo(tz or "UTC"))
        last = end if end.tzinfo else end.replace(tzinfo=ZoneInfo(tz or "UTC"))
        if last <= first:
            last = first + dt.timedelta(hours=1)
        return _when(first), _when(last)
    return _when(start), _when(end + dt.timedelta(days=1))


def expected_table(model: Itinerary) -> Table:
    table: Table = {}
    for e in model.events:
        if e.role == "background" or not e.placed or e.precision not in ("day", "hour", "minute") or e.mod:
            continue
        status = "CONFIRMED" if e.status == "confirmed" else "TENTATIVE"
        table[_uid(e.id)] = (*_expected_bounds(e.start, e.end, e.precision, e.timezone), status, e.title)
        for n, alt in enumerate(e.alternatives, start=1):
            bounds = _expected_bounds(alt.start, alt.end, alt.precision, e.timezone)
            table[_uid(e.id, n)] = (*bounds, "TENTATIVE", "")  # summary: checked against icalendar's
    return table


# ------------------------------------------------------------------------------- the two calendars


def _calendars() -> dict[str, bytes]:
    found = {path.name: path.read_bytes() for path in sorted(CALENDARS.glob("*.ics"))}
    return {**found, "trip.ics": to_ics(consumer_trip())}


CALENDAR_DATA = _calendars()
NAMES = tuple(CALENDAR_DATA)


def _instant(value: Any) -> str:
    """A date, or an aware datetime as UTC; a naive datetime is floating and says so."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return f"floating {value.isoformat()}"
        return _when(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not a date: {value!r}")


# --------------------------------------------------------------------------------- the consumers


def read_icalendar(data: bytes) -> Table:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(v["UID"]): (_instant(v.decoded("DTSTART")), _instant(v.decoded("DTEND")), str(v["STATUS"]),
                            str(v["SUMMARY"])) for v in calendar.walk("VEVENT")}


def read_vobject(data: bytes) -> Table:
    calendar = vobject.readOne(data.decode("utf-8"))
    return {v.uid.value: (_instant(v.dtstart.value), _instant(v.dtend.value), v.status.value, v.summary.value)
            for v in calendar.vevent_list}


def read_ics_py(data: bytes) -> Table:
    table: Table = {}
    for e in ics.Calendar(data.decode("utf-8")).events:
        if e.all_day:  # ics.py gives all-day events as midnight UTC, with an exclusive end
            start, end = e.begin.date().isoformat(), e.end.date().isoformat()
        else:
            start, end = _when(e.begin.datetime), _when(e.end.datetime)
        table[e.uid] = (start, end, e.status, e.name)
    return table


def read_icaljs(data: bytes) -> dict[str, Any]:
    node = shutil.which("node")
    assert node is not None, "node is missing: run bash .ci/setup-consumers.sh"
    assert (JS / "node_modules" / "ical.js").is_dir(), "ical.js is missing: run bash .ci/setup-consumers.sh"
    done = subprocess.run([node, str(JS / "read_ics.mjs")], input=data, capture_output=True, cwd=JS,
                          check=True, timeout=60)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def icaljs_table(data: bytes) -> Table:
    return {e["uid"]: (e["start"], e["end"], e["status"], e["summary"]) for e in read_icaljs(data)["events"]}


READERS = {"icalendar": read_icalendar, "vobject": read_vobject, "ics.py": read_ics_py, "ical.js": icaljs_table}


# ----------------------------------------------------------------------------------------- day views


def _overlaps(row: Row, first: dt.datetime, after: dt.datetime) -> bool:
    """Does the event touch [first, after)? Dates are whole days in the viewer's zone."""
    start, end = row[0], row[1]
    if "T" in start:
        begin, finish = dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)
    else:
        zone = first.tzinfo
        begin = dt.datetime.fromisoformat(start).replace(tzinfo=zone)
        finish = dt.datetime.fromisoformat(end).replace(tzinfo=zone)
    return begin < after and finish > first


def day_range(table: Table) -> list[dt.date]:
    """Every day the events touch, with one day of margin each side."""
    days = [D.fromisoformat(value[:10]) for row in table.values() for value in row[:2]]
    first, last = min(days) - dt.timedelta(days=1), max(days) + dt.timedelta(days=1)
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _bounds(day: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    tz = ZoneInfo(zone)
    return T(day.year, day.month, day.day, tzinfo=tz), T(day.year, day.month, day.day, tzinfo=tz) + dt.timedelta(1)


def expected_days(table: Table, zone: str) -> Days:
    return {day.isoformat(): tuple(sorted(uid for uid, row in table.items() if _overlaps(row, *_bounds(day, zone))))
            for day in day_range(table)}


def recurring_days(data: bytes, days: list[dt.date], zone: str) -> Days:
    query = recurring_ical_events.of(icalendar.Calendar.from_ical(data))
    return {day.isoformat(): tuple(sorted(str(e["UID"]) for e in query.between(*_bounds(day, zone))))
            for day in days}


# --------------------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("name", NAMES)
def test_calendar_is_valid(name: str) -> None:
    assert validate_ics(CALENDAR_DATA[name]) == []


def test_trip_as_icalendar_reads_it_matches_the_model() -> None:
    expected = expected_table(consumer_trip())
    got = read_icalendar(CALENDAR_DATA["trip.ics"])
    assert {uid: row[:3] for uid, row in got.items()} == {uid: row[:3] for uid, row in expected.items()}
    assert [got[uid][3] for uid in expected if expected[uid][3]] == [row[3] for row in expected.values() if row[3]]


def test_trip_crosses_midnight_utc_and_has_two_zones() -> None:
    """The trip exercises what it claims to: zones with different offsets, a local day unlike the UTC one."""
    calendar = icalendar.Calendar.from_ical(CALENDAR_DATA["trip.ics"])
    assert sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")) == [TOKYO, SYDNEY]
    breakfast = read_icalendar(CALENDAR_DATA["trip.ics"])[_uid("breakfast-tokyo")]
    assert breakfast[:2] == ("2026-03-03T23:00:00Z", "2026-03-04T00:00:00Z")


@pytest.mark.parametrize("name", NAMES)
def test_vtimezones_cover_the_events_years_only(name: str) -> None:
    """add_missing_timezones defaults to 1970-2038; ours are cut to the years the events need."""
    calendar = icalendar.Calendar.from_ical(CALENDAR_DATA[name])
    years = {v.decoded("DTSTART").year for v in calendar.walk("VEVENT")}
    onsets = {o.decoded("DTSTART").year for tz in calendar.walk("VTIMEZONE") for o in tz.subcomponents}
    assert onsets <= years


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("reader", [r for r in READERS if r != "icalendar"])
def test_consumer_agrees_with_icalendar(name: str, reader: str) -> None:
    data = CALENDAR_DATA[name]
    assert READERS[reader](data) == read_icalendar(data)


@pytest.mark.parametrize("name", NAMES)
def test_all_day_end_is_after_start_everywhere(name: str) -> None:
    """An all-day DTEND equal to DTSTART loses the day in several clients."""
    for reader in READERS.values():
        for uid, (start, end, _, _) in reader(CALENDAR_DATA[name]).items():
            assert end > start, uid


@pytest.mark.parametrize("name", NAMES)
def test_calendar_name_read_alike(name: str) -> None:
    """NAME/X-WR-CALNAME carry no comma, so every reader sees the same name."""
    data = CALENDAR_DATA[name]
    via_icalendar = icalendar.Calendar.from_ical(data)
    via_vobject = vobject.readOne(data.decode("utf-8"))
    via_js = read_icaljs(data)
    names = {str(via_icalendar["NAME"]), str(via_icalendar["X-WR-CALNAME"]), via_vobject.contents["name"][0].value,
             via_vobject.contents["x-wr-calname"][0].value, via_js["name"], via_js["x_wr_calname"]}
    assert len(names) == 1 and "," not in names.pop()


def test_trip_name_had_its_comma_replaced() -> None:
    assert calendar_name(consumer_trip()) == "State visit to Japan - Australia"
    assert read_icaljs(CALENDAR_DATA["trip.ics"])["name"] == "State visit to Japan - Australia"


@pytest.mark.parametrize("name", NAMES)
def test_alternatives_are_tentative_transparent_siblings(name: str) -> None:
    calendar = icalendar.Calendar.from_ical(CALENDAR_DATA[name])
    uids = {str(v["UID"]) for v in calendar.walk("VEVENT")}
    js = {e["uid"]: e for e in read_icaljs(CALENDAR_DATA[name])["events"]}
    alternatives = [v for v in calendar.walk("VEVENT") if "-alt" in str(v["UID"])]
    assert alternatives, "the calendar has alternatives to check"
    for v in alternatives:
        related = v["RELATED-TO"]
        assert (str(v["STATUS"]), str(v["TRANSP"]), related.params["RELTYPE"]) == (
            "TENTATIVE", "TRANSPARENT", "SIBLING")
        assert str(related) in uids and str(related) == str(v["UID"]).split("-alt")[0] + "@itinerary"
        assert str(v["SUMMARY"]).startswith("Alternative: ")
        assert js[str(v["UID"])]["related"] == str(related)


def test_trip_description_and_url_name_the_sources() -> None:
    js = {e["uid"]: e for e in read_icaljs(CALENDAR_DATA["trip.ics"])["events"]}
    summit = icalendar.Calendar.from_ical(CALENDAR_DATA["trip.ics"]).walk("VEVENT")
    by_uid = {str(v["UID"]): v for v in summit}
    assert str(by_uid[_uid("summit-tokyo")]["URL"]) == "https://news.example.org/a1"
    assert '[A1] Wire Daily: "Said on March 2."' in js[_uid("summit-tokyo")]["description"]
    assert js[_uid("summit-tokyo")]["location"] == "Kantei, Tokyo"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("zone", ["UTC", TOKYO, "America/New_York"])
def test_recurring_ical_events_days(name: str, zone: str) -> None:
    """Which events fall on each day, seen from a zone: DTEND is exclusive, local days are local."""
    table = read_icalendar(CALENDAR_DATA[name])
    assert recurring_days(CALENDAR_DATA[name], day_range(table), zone) == expected_days(table, zone)


# --------------------------------------------------------------------------------------------- khal

KHAL_CONFIG = """\
[calendars]
[[trip]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
[sqlite]
path = {db}
"""


def khal(config: Path, *args: str) -> str:
    exe = Path(sys.executable).with_name("khal")
    done = subprocess.run([str(exe), "-c", str(config), *args], capture_output=True, text=True, check=True,
                          timeout=60, env={**os.environ, "TZ": "UTC"})
    return done.stdout


def khal_days(listing: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """``khal list`` output -> day -> sorted (uid, start as shown)."""
    days: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for line in listing.splitlines():
        if line.startswith("DAY "):
            current = line[4:]
            days[current] = []
        elif line.strip():
            uid, start = line.split("|")[:2]
            days[current].append((uid, start))
    return {day: tuple(sorted(rows)) for day, rows in days.items()}


def expected_khal(table: Table, zone: str) -> dict[str, tuple[tuple[str, str], ...]]:
    tz = ZoneInfo(zone)
    shown: dict[str, str] = {}
    for uid, (start, _, _, _) in table.items():
        shown[uid] = dt.datetime.fromisoformat(start).astimezone(tz).strftime("%Y-%m-%d %H:%M") if "T" in start \
            else start
    days = expected_days(table, zone)
    return {day: tuple(sorted((uid, shown[uid]) for uid in uids)) for day, uids in days.items() if uids}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("zone", [TOKYO, SYDNEY, "America/New_York"])
def test_khal_lists_every_day_at_local_times(name: str, zone: str, tmp_path: Path) -> None:
    vdir = tmp_path / "vdir"
    vdir.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, zone=zone, db=tmp_path / "khal.db"), encoding="utf-8")
    ics_file = tmp_path / name
    ics_file.write_bytes(CALENDAR_DATA[name])
    khal(config, "import", "--batch", "-a", "trip", str(ics_file))
    table = read_icalendar(CALENDAR_DATA[name])
    assert len(list(vdir.glob("*.ics"))) == len(table)  # one file per UID: nothing merged, nothing lost
    days = day_range(table)
    listing = khal(config, "list", "--format", "{uid}|{start}|{status}", "--day-format", "DAY {date}",
                   days[0].isoformat(), days[-1].isoformat())
    assert khal_days(listing) == expected_khal(table, zone)


# ------------------------------------------------------------------------------------------ Radicale


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def radicale_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Radicale server on a free local port, temporary storage, no authentication."""
    storage = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    log = (storage / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}", "--auth-type", "none",
         "--storage-filesystem-folder", str(storage / "collections"), "--logging-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, (storage / "server.log").read_text()
                assert time.monotonic() < deadline, "Radicale did not start"
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def split_by_uid(data: bytes) -> list[bytes]:
    """One calendar object per UID (CalDAV stores one per resource), each with the VTIMEZONEs it needs."""
    calendar = icalendar.Calendar.from_ical(data)
    zones = {str(tz["TZID"]): tz for tz in calendar.walk("VTIMEZONE")}
    objects: list[bytes] = []
    for vevent in calendar.walk("VEVENT"):
        one = icalendar.Calendar()
        for key in ("VERSION", "PRODID", "CALSCALE"):
            one.add(key, calendar[key])
        tzids = {str(vevent[k].params["TZID"]) for k in ("DTSTART", "DTEND") if "TZID" in vevent[k].params}
        for tzid in sorted(tzids):
            one.add_component(zones[tzid])
        one.add_component(vevent)
        objects.append(one.to_ical())
    return objects


def _uid_of(obj: Any) -> str:
    return str(icalendar.Calendar.from_ical(obj.data).walk("VEVENT")[0]["UID"])


@pytest.mark.parametrize("name", NAMES)
def test_radicale_stores_and_finds_each_day(name: str, radicale_url: str) -> None:
    data = CALENDAR_DATA[name]
    client: Any = DAVClient(url=radicale_url, username="tester", password="unused")
    calendar = client.principal().make_calendar(name=name.removesuffix(".ics"), cal_id=name.removesuffix(".ics"))
    for obj in split_by_uid(data):
        calendar.save_event(obj.decode("utf-8"))
    back: Table = {}
    for obj in calendar.events():
        back.update(read_icalendar(obj.data.encode("utf-8") if isinstance(obj.data, str) else obj.data))
    table = read_icalendar(data)
    assert back == table
    expected = expected_days(table, "UTC")  # CalDAV time ranges are UTC; dates are UTC days (no calendar zone)
    got: Days = {}
    for day in day_range(table):
        found = calendar.search(start=_bounds(day, "UTC")[0], end=_bounds(day, "UTC")[1], event=True, expand=False)
        got[day.isoformat()] = tuple(sorted(_uid_of(obj) for obj in found))
    assert got == expected
