"""Check an itinerary JSON against an expectations file of our own (tests/data/*_expected.json)."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date.fromisoformat


def _day(value: str) -> dt.date:
    return D(value[:10])


def _blob(event: dict[str, Any]) -> str:
    parts = [event["title"], event.get("location") or "", *event["participants"]]
    parts += [s["quote"] + " " + s["text"] for s in event["sources"]]
    return " ".join(parts).lower()


def _spans(event: dict[str, Any]) -> list[tuple[dt.date, dt.date]]:
    return [(_day(e["start"]), _day(e["end"])) for e in [event, *event["alternatives"]]]


def _dates_ok(want: dict[str, Any], event: dict[str, Any]) -> bool:
    first, last = _day(event["start"]), _day(event["end"])
    if "dates" in want and (first, last) != (D(want["dates"][0]), D(want["dates"][1])):
        return False
    if "alternative" in want and (D(want["alternative"][0]), D(want["alternative"][1])) not in _spans(event)[1:]:
        return False
    if "alternative_any" in want and not any((D(a), D(b)) in _spans(event)[1:] for a, b in want["alternative_any"]):
        return False
    if "within" in want and not (D(want["within"][0]) <= first and last <= D(want["within"][1])):
        return False
    if "before" in want and not last < D(want["before"]):
        return False
    if "year" in want and not (first.year == last.year == want["year"]):
        return False
    return "precision" not in want or event["precision"] == want["precision"]


def _sources(event: dict[str, Any]) -> set[str]:
    found = {s["article"][:3] for s in event["sources"]}
    return found | {s["article"][:3] for a in event["alternatives"] for s in a["sources"]}


def matches(want: dict[str, Any], event: dict[str, Any]) -> bool:
    if event["kind"] not in want["kinds"] or not any(w in _blob(event) for w in want["words"]):
        return False
    if want.get("location") and want["location"].lower() not in _blob(event):
        return False
    if not set(want.get("sources", [])) <= _sources(event):
        return False
    return _dates_ok(want, event)


def check(expected: dict[str, Any], itinerary: dict[str, Any]) -> tuple[list[str], int]:
    """(names of required events that did not match, number of optional events that matched)."""
    missing, optional = [], 0
    for want in expected["events"]:
        hit = any(matches(want, e) for e in itinerary["events"])
        if want.get("must") and not hit:
            missing.append(want["name"])
        elif not want.get("must"):
            optional += hit
    return missing, optional


def furniture_events(expected: dict[str, Any], itinerary: dict[str, Any]) -> list[str]:
    found = []
    for text in expected.get("never", []):
        for e in itinerary["events"]:
            if text.lower() in (e["title"] + " " + " ".join(s["quote"] for s in e["sources"])).lower():
                found.append(f"{text!r} in {e['title']!r}")
    return found
