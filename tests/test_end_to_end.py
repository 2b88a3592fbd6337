"""The real CLI on real article files: the seeds, and a trip of our own."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from expectations import check, furniture_events

from itinerary.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TRIP = ROOT / "tests" / "fixtures" / "trips" / "kowalski"


def _run(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def seeds_json() -> dict[str, Any]:
    return json.loads(_run("export", str(SEEDS), "--format", "json").stdout)  # type: ignore[no-any-return]


def test_seeds_itinerary_holds_every_required_event(seeds_json: dict[str, Any]) -> None:
    expected = json.loads((ROOT / "tests" / "data" / "seeds_expected.json").read_text())
    missing, optional = check(expected, seeds_json)
    assert missing == []
    assert optional >= expected["min_optional"]


def test_seeds_page_furniture_yields_no_event(seeds_json: dict[str, Any]) -> None:
    expected = json.loads((ROOT / "tests" / "data" / "seeds_expected.json").read_text())
    assert furniture_events(expected, seeds_json) == []


def test_every_source_span_is_exact(seeds_json: dict[str, Any]) -> None:
    from itinerary.ingest import load_article

    texts = {a["id"]: load_article(a["path"]).text for a in seeds_json["articles"]}
    spans = [s for e in seeds_json["events"] for s in e["sources"]]
    spans += [s for e in seeds_json["events"] for a in e["alternatives"] for s in a["sources"]]
    spans += seeds_json["unresolved"]
    assert spans
    bad = [s for s in spans if texts[s["article"]][s["start"]:s["end"]] != s["text"]]
    assert bad == []


def test_nothing_is_lost_every_date_dates_an_event_or_is_unresolved(seeds_json: dict[str, Any]) -> None:
    from itinerary.ingest import load_article
    from itinerary.pipeline import analyse_article

    used = {(s["article"], s["start"], s["end"]) for e in seeds_json["events"] for s in e["sources"]}
    used |= {(s["article"], s["start"], s["end"]) for e in seeds_json["events"] for a in e["alternatives"]
             for s in a["sources"]}
    used |= {(u["article"], u["start"], u["end"]) for u in seeds_json["unresolved"]}
    for path in sorted(SEEDS.iterdir()):
        yielded = analyse_article(load_article(path))
        for r in yielded.temporal:
            assert (yielded.article.id, r.mention.start, r.mention.end) in used, r.mention.text


def test_events_are_sorted_by_start_then_id(seeds_json: dict[str, Any]) -> None:
    keys = [(e["start"][:10], e["id"]) for e in seeds_json["events"]]
    assert keys == sorted(keys)


@pytest.mark.parametrize("trip", ["kowalski", "vogt"])
def test_own_trips_meet_their_expectations(trip: str) -> None:
    """kowalski: a weekday against its date, a range against two lengths, an undated article.
    vogt: a route of three countries, headings with bullets, a printed programme with clock times."""
    plan = json.loads(_run("export", str(ROOT / "tests" / "fixtures" / "trips" / trip), "--format", "json").stdout)
    expected = json.loads((ROOT / "tests" / "data" / f"{trip}_expected.json").read_text())
    missing, optional = check(expected, plan)
    assert missing == []
    assert optional >= expected["min_optional"]


def test_clock_times_are_in_the_zone_of_their_place() -> None:
    plan = json.loads(_run("export", str(ROOT / "tests" / "fixtures" / "trips" / "vogt"), "--format", "json").stdout)
    meeting = next(e for e in plan["events"] if "Mwangi" in e["title"])
    assert meeting["start"] == "2032-06-07T15:00:00+03:00"
    assert meeting["timezone"] == "Africa/Nairobi"
    ics = _run("export", str(ROOT / "tests" / "fixtures" / "trips" / "vogt"), "--format", "ics").stdout
    assert "DTSTART;TZID=Africa/Nairobi:20320607T150000" in ics and "BEGIN:VTIMEZONE" in ics


def test_output_is_byte_identical_and_independent_of_input_order(tmp_path: Path) -> None:
    shuffled = tmp_path / "shuffled"
    shuffled.mkdir()
    names = sorted(p.name for p in SEEDS.iterdir())
    random.Random(7).shuffle(names)
    paths = []
    for name in names:
        shutil.copy(SEEDS / name, shuffled / name)
        paths.append(str(shuffled / name))
    for fmt in ("json", "ics", "text"):
        once = _run("export", str(SEEDS), "--format", fmt).stdout_bytes
        again = _run("export", str(SEEDS), "--format", fmt).stdout_bytes
        assert once == again
    by_file = json.loads(_run("export", *paths, "--format", "json").stdout)
    by_folder = json.loads(_run("export", str(SEEDS), "--format", "json").stdout)
    assert [e["id"] for e in by_file["events"]] == [e["id"] for e in by_folder["events"]]


def test_an_unrelated_article_leaves_existing_event_ids_unchanged(tmp_path: Path) -> None:
    before = json.loads(_run("export", str(SEEDS), "--format", "json").stdout)
    folder = tmp_path / "more"
    shutil.copytree(SEEDS, folder)
    (folder / "zzz_unrelated.txt").write_text(
        "Local bakery wins prize\n\nA bakery in a small town won a national bread prize on Friday.\n")
    after = json.loads(_run("export", str(folder), "--format", "json").stdout)
    assert {e["id"] for e in before["events"]} <= {e["id"] for e in after["events"]}


def test_calendars_are_up_to_date() -> None:
    fresh = _run("export", str(SEEDS), "--format", "ics").stdout_bytes
    committed = (ROOT / "calendars" / "seeds.ics").read_bytes()
    assert committed == fresh, "calendars/seeds.ics is stale: run itinerary export seeds --format ics -o calendars/seeds.ics"


def test_timeline_fits_80_columns_and_shows_the_trip_days() -> None:
    out = _run("timeline", str(SEEDS)).stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    for day in ("2026-01-04", "2026-01-05", "2026-01-06", "2026-01-07"):
        assert day in out
    assert "\x1b[" not in out  # no colour when not on a terminal


@pytest.mark.parametrize(
    ("setup", "args", "needle"),
    [
        (None, ["missing-folder"], "missing-folder"),
        ("empty-dir", ["{tmp}/empty"], "no article files"),
        ("binary", ["{tmp}/bin.txt"], "binary"),
        ("bad-utf8", ["{tmp}/bad.txt"], "UTF-8"),
        ("front-matter", ["{tmp}/fm.md"], "front matter"),
    ],
    ids=["missing-path", "empty-folder", "binary-file", "invalid-utf8", "malformed-front-matter"],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path: Path, setup: str | None, args: list[str], needle: str) -> None:
    if setup == "empty-dir":
        (tmp_path / "empty").mkdir()
    elif setup == "binary":
        (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    elif setup == "bad-utf8":
        (tmp_path / "bad.txt").write_bytes(b"Title\n\nCaf\xe9 opened on Monday.")
    elif setup == "front-matter":
        (tmp_path / "fm.md").write_text("---\ntitle: [unclosed\n---\nBody on Monday.\n")
    argv = [a.format(tmp=tmp_path) for a in args]
    proc = subprocess.run([sys.executable, "-m", "itinerary", "timeline", *argv], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and needle.lower() in lines[0].lower() and argv[0].split("/")[-1] in lines[0]
    assert "Traceback" not in proc.stderr


def test_skip_bad_reports_the_bad_file_and_carries_on(tmp_path: Path) -> None:
    shutil.copytree(TRIP, tmp_path / "trip")
    (tmp_path / "trip" / "broken.txt").write_bytes(b"\xff\xfe\x00")
    proc = subprocess.run([sys.executable, "-m", "itinerary", "export", str(tmp_path / "trip"), "--skip-bad"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0
    assert "broken.txt" in proc.stderr
    assert json.loads(proc.stdout)["events"]


def test_extract_shows_mentions_with_spans() -> None:
    out = _run("extract", str(SEEDS / sorted(p.name for p in SEEDS.iterdir())[1])).stdout
    assert "Temporal mentions" in out and "Event mentions" in out
    assert "2026-01-05" in out
