"""HTML view: self-contained, rendered by headless Chromium (PNG + DOM after its script ran); every format
gives the same bytes for the same input."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from itinerary.export import FORMATS, render, to_html
from itinerary.model import Alternative, Event, Itinerary, Source

FIXTURE = Path(__file__).parent / "fixtures" / "export" / "trip.json"
D = dt.date
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars")


def trip() -> Itinerary:
    return Itinerary.model_validate(json.loads(FIXTURE.read_text(encoding="utf-8")))


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


def chromium(page: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    exe = shutil.which("chromium")
    assert exe is not None, "chromium is missing: run bash .ci/setup-consumers.sh"
    target = tmp_path / "page.html"
    target.write_text(page, encoding="utf-8")
    return subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args,
                           target.as_uri()], capture_output=True, check=True, timeout=120)


def test_nothing_is_fetched() -> None:
    """No stylesheet, script, image or font from anywhere: links to the articles are the only URLs."""
    tags = parse(to_html(trip())).tags
    assert not [t for t, a in tags if t in ("link", "img", "iframe", "object", "embed", "audio", "video")]
    assert all("src" not in a for t, a in tags if t == "script")
    hrefs = sorted({a["href"] for t, a in tags if t == "a" and not a["href"].startswith("#")})
    assert hrefs == ["https://news.example.org/a1"]
    assert "@import" not in to_html(trip()) and "url(http" not in to_html(trip())


@pytest.mark.parametrize(
    ("css_class", "count"),
    [
        pytest.param("ev main confirmed", 2, id="confirmed-bars"),  # trip + summit
        pytest.param("ev main tentative", 1, id="tentative-bar"),  # banquet
        pytest.param("ev main disputed", 1, id="disputed-bar"),  # stay in Osaka
        pytest.param("ev alt alt1", 2, id="alternatives-drawn"),  # trip's and stay's
        pytest.param("ev unplaced", 2, id="day-not-reported"),  # startup forum, battery factory
        pytest.param("ev context confirmed", 1, id="context-in-range"),  # missile test on 2026-03-01
    ],
)
def test_bars_by_kind(css_class: str, count: int) -> None:
    classes = [a.get("class", "") for t, a in parse(to_html(trip())).tags if t == "a"]
    assert classes.count(css_class) == count


def test_alternative_labelled_with_reason_and_hatched() -> None:
    page = to_html(trip())
    alt = re.search(r'<a class="ev alt alt1"[^>]*>.*?</a>', page.split("Stay in Osaka", 1)[1], re.DOTALL)
    assert alt is not None
    assert 'fill="url(#hatch)"' in alt.group(0) and 'stroke-dasharray="5 3"' in alt.group(0)
    assert "alternative: the date reading of" in alt.group(0)


def test_bar_hover_shows_sources_and_click_target_exists() -> None:
    page = to_html(trip())
    tags = parse(page).tags
    ids = {a["id"] for _, a in tags if "id" in a}
    targets = [a["data-card"] for t, a in tags if t == "a" and "data-card" in a]
    assert targets and set(targets) <= ids
    summit = re.search(r"<title>Summit with Prime Minister Sato&#10;[^<]*</title>", page)
    assert summit is not None and "[A1] “" in summit.group(0)


def test_hostile_text_is_escaped() -> None:
    evil = "<script>alert(1)</script> & \"quotes\""
    event = Event(id="e<1>", kind="meeting", role="itinerary", title=evil, start=D(2026, 1, 5), end=D(2026, 1, 5),
                  precision="day", value="2026-01-05", location=evil,
                  sources=(Source(article="A_x", text="x", start=0, end=1, quote=evil),),
                  alternatives=(Alternative(start=D(2026, 1, 6), end=D(2026, 1, 6), precision="day", reason=evil),))
    page = to_html(Itinerary(events=(event,)))
    assert "<script>alert" not in page and page.count("<script>") == 1
    assert [t for t, _ in parse(page).tags].count("script") == 1


def test_screenshot_and_dom_in_headless_chromium(tmp_path: Path) -> None:
    page = to_html(trip())
    png = tmp_path / "shot.png"
    chromium(page, tmp_path, f"--screenshot={png}", "--window-size=1240,1400")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1240, 1400) and len(data) > 20_000  # a drawn page, not a blank one
    dom = chromium(page, tmp_path, "--dump-dom").stdout.decode("utf-8")
    assert 'data-ready="1"' in dom  # the inline script ran
    assert dom.count('class="ev ') == page.count('class="ev ') > 0
    assert "State visit to Japan" in dom and "Friendship treaty signed" in dom


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_same_bytes_whatever_the_event_order(fmt: str) -> None:
    model = trip()
    shuffled = model.model_copy(update={"events": tuple(reversed(model.events)),
                                        "articles": tuple(reversed(model.articles))})
    assert render(model, fmt) == render(model, fmt) == render(shuffled, fmt)


def test_empty_itinerary_page() -> None:
    page = to_html(Itinerary())
    assert "<svg" not in page and "<title>Itinerary</title>" in page


@pytest.mark.parametrize("fmt", ["html", "md", "timelinejs"])
def test_megabyte_of_hostile_text_is_rendered(fmt: str) -> None:
    big = ("a;b,c\\d\r\n<evil>*_|$&😀長 " * 50_000)[:1_000_000]
    event = Event(id="e", kind="meeting", role="itinerary", title=big, location=big[:50_000], start=D(2026, 1, 5),
                  end=D(2026, 1, 5), precision="day", value="2026-01-05",
                  sources=(Source(article="A_1", text="x", start=0, end=1, quote=big),),
                  alternatives=(Alternative(start=D(2026, 1, 6), end=D(2026, 1, 6), precision="day", reason=big),))
    data = render(Itinerary(events=(event,)), fmt)
    assert b"<evil>" not in data and len(data) > 1_000_000
