"""Text timeline: exact text of the fixture, colour only when asked, width kept, the pieces a reader relies on."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rich.cells import cell_len

from itinerary.export import render_text
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source, Unresolved

FIXTURES = Path(__file__).parent / "fixtures" / "export"
D = dt.date
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def trip() -> Itinerary:
    return Itinerary.model_validate(json.loads((FIXTURES / "trip.json").read_text(encoding="utf-8")))


def text_of(model: Itinerary, **options: Any) -> str:
    out = io.StringIO()
    render_text(model, out, **options)
    return out.getvalue()


def src(article: str) -> Source:
    return Source(article=article, text="Monday", start=0, end=6, quote="On Monday.")


def ev(id_: str, **update: Any) -> Event:
    base = Event(id=id_, kind="meeting", role="itinerary", title=id_, start=D(2026, 1, 5), end=D(2026, 1, 5),
                 precision="day", value="2026-01-05")
    return base.model_copy(update=update)


def test_fixture_timeline_exact_text() -> None:
    assert text_of(trip()) == (FIXTURES / "trip.timeline.txt").read_text(encoding="utf-8")


def test_same_text_whatever_the_input_order() -> None:
    model = trip()
    shuffled = model.model_copy(update={"events": tuple(reversed(model.events)),
                                        "articles": tuple(reversed(model.articles))})
    assert text_of(shuffled) == text_of(model)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("out", "color", "coloured"),
    [
        pytest.param(io.StringIO(), None, False, id="auto-not-a-tty"),
        pytest.param(FakeTerminal(), None, True, id="auto-tty"),
        pytest.param(FakeTerminal(), False, False, id="off-on-tty"),
        pytest.param(io.StringIO(), True, True, id="forced-on"),
    ],
)
def test_colour_only_when_wanted_and_same_text(out: io.StringIO, color: bool | None, coloured: bool) -> None:
    render_text(trip(), out, color=color)
    written = out.getvalue()
    assert bool(ANSI.search(written)) is coloured
    assert ANSI.sub("", written) == text_of(trip())


def long_model() -> Itinerary:
    title = "Talks on " + "trade, energy and supply chains " * 6 + "長い会談の題名" * 8 + " " + "x" * 150
    return trip().model_copy(update={"events": (*trip().events, ev("long", title=title, start=D(2026, 3, 3),
                                                                     end=D(2026, 3, 3), sources=(src("A1_x"),)))})


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_lines_fit_the_width_in_terminal_cells(width: int) -> None:
    lines = text_of(long_model(), width=width).splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert "x" * 20 in "".join(lines)  # long words are cut, not lost


def test_a_long_time_in_the_context_column_puts_the_title_below_it_within_the_width() -> None:
    seoul = ZoneInfo("Asia/Seoul")
    context = ev("c", role="context", title="0000000000", precision="minute", value="2031-05-01", mod="START",
                 start=dt.datetime(2031, 5, 1, 17, 1, tzinfo=seoul), end=dt.datetime(2031, 5, 2, 0, 1, tzinfo=seoul),
                 timezone="Asia/Seoul", sources=(src("A1_x"),))
    text = text_of(trip().model_copy(update={"events": (*trip().events, context)}), width=60)
    at = text.index("2031-05-01 17:01 KST .. 2031-05-02 00:01 KST")
    when_line, title_line = text[at:].splitlines()[:2]
    assert "0000000000" not in when_line and title_line.strip().startswith("0000000000")
    assert max(cell_len(line) for line in text.splitlines()) <= 60


@pytest.mark.parametrize(
    ("line",),
    [
        pytest.param("  Mon 2026-03-02 .. Thu 2026-03-05 (4 days)", id="header-from-trip"),
        pytest.param("  also reported: Mon 2026-03-02 .. Wed 2026-03-04 - A2 calls it a", id="trip-alternative"),
        pytest.param("Mon 2026-03-02", id="empty-day-still-shown"),
        pytest.param("  * 19:30 JST State banquet (tentative) - Tokyo", id="timed-local-zone-tentative"),
        pytest.param("  * Stay in Osaka (disputed) (until Thu 2026-03-05, 2 days)", id="leg-disputed-range"),
        pytest.param("      ? alternative: Thu 2026-03-05 .. Fri 2026-03-06 - the date reading", id="alternative"),
        pytest.param("  ~ Stay in Osaka, day 2 of 2", id="leg-continues"),
        pytest.param("During the trip, day not reported", id="undated-section"),
        pytest.param("  * Visit to a battery factory - Osaka (within Wed 2026-03-04 .. Thu", id="within-leg"),
        pytest.param("  before 2026-03-02  Preparatory talks", id="context-before"),
        pytest.param("  late Oct 2025     Regional summit - Busan", id="background-month-end"),
        pytest.param("  mid-20th century  Friendship treaty signed", id="background-century"),
        pytest.param('  [A2] "next fall" - no event to attach it to', id="unresolved"),
        pytest.param("  [A1] Wire Daily: President to visit Japan next week, 2026-02-27 -", id="source-outlet"),
    ],
)
def test_fixture_lines(line: str) -> None:
    assert any(got.rstrip().startswith(line) for got in text_of(trip()).splitlines())


def test_tags_are_right_aligned_and_deduplicated() -> None:
    lines = text_of(trip()).splitlines()
    summit = next(x for x in lines if "Summit with Prime Minister Sato" in x)
    assert summit.endswith("[A1 A2]") and len(summit) == 80
    trade = next(x for x in lines if "Bilateral trade" in x)
    assert trade.endswith("[A1 A2]")


def test_frame_is_the_widest_itinerary_visit_and_other_days_follow() -> None:
    model = Itinerary(events=(
        ev("side", kind="visit", title="Side visit", start=D(2026, 1, 6), end=D(2026, 1, 6)),
        ev("main", kind="visit", title="Main visit", start=D(2026, 1, 5), end=D(2026, 1, 7)),
        ev("later", title="Follow-up call", start=D(2026, 1, 20), end=D(2026, 1, 20)),
        ev("vague", role="context", title="Vague", precision="month", value="2026-01", start=D(2026, 1, 1),
           end=D(2026, 1, 31)),
    ))
    assert text_of(model) == (
        "Main visit\n"
        "  Mon 2026-01-05 .. Wed 2026-01-07 (3 days)\n"
        "\n"
        "Mon 2026-01-05\n"
        "Tue 2026-01-06\n"
        "  * Side visit\n"
        "Wed 2026-01-07\n"
        "Tue 2026-01-20\n"
        "  * Follow-up call\n"
        "\n"
        "Context\n"
        "  Jan 2026  Vague\n"
    )


def test_no_trip_and_a_long_frame_print_no_run_of_empty_days() -> None:
    model = Itinerary(
        events=(ev("a", title="Meeting"), ev("b", title="Talks", start=D(2026, 4, 1), end=D(2026, 4, 1)),
                ev("trip", kind="visit", title="Year-long tour", start=D(2026, 1, 1), end=D(2026, 12, 31))),
        unresolved=(Unresolved(article="B2_x", text="soon", start=3, end=7, reason="too vague"),),
        articles=(ArticleRef(id="B2_x", path="b2.txt"),),
    )
    lines = text_of(model).splitlines()
    assert [x for x in lines if re.match(r"[A-Z][a-z]{2} \d{4}-", x)] == ["Mon 2026-01-05", "Wed 2026-04-01"]
    assert text_of(Itinerary(events=model.events[:2])).splitlines()[0] == "Itinerary"


def test_timed_event_in_its_own_zone_and_alternative_source_tags() -> None:
    seoul = ZoneInfo("Asia/Seoul")
    model = Itinerary(events=(
        ev("t", title="Press conference", precision="minute", timezone="Asia/Seoul",
           start=dt.datetime(2026, 1, 5, 1, 30, tzinfo=dt.UTC), end=dt.datetime(2026, 1, 5, 1, 30, tzinfo=dt.UTC),
           sources=(src("001_abc"), src("002_def"), src("001_abc")),
           alternatives=(Alternative(start=dt.datetime(2026, 1, 5, 14, 0, tzinfo=seoul),
                                     end=dt.datetime(2026, 1, 5, 14, 0, tzinfo=seoul), precision="minute",
                                     reason="another outlet says 2 p.m.", sources=(src("003_x"),)),)),
    ))
    lines = text_of(model).splitlines()
    assert lines[2:4] == ["Mon 2026-01-05", "  * 10:30 KST Press conference" + " " * 41 + "[001 002]"]
    assert lines[4].startswith("      ? alternative: 2026-01-05 14:00 KST - another outlet says 2 p.m.")
    assert lines[4].endswith("[003]")
