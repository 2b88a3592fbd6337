"""Properties of the whole pipeline over generated input (hypothesis).

Random text, random Unicode, mutated seed articles, random front matter and random article sets go
through ingest -> temporal -> events -> reconcile -> every export. For each: no exception but the
``ItineraryError`` family; every span is exact; every temporal mention dates an event or is listed as
unresolved; the .ics parses back with icalendar and vobject and holds exactly the summaries and
descriptions of the events; output does not depend on input order or on unrelated articles.

CI runs a few examples, derandomized and without deadlines; ``scripts/long_properties.py`` runs the same
properties with many more (``ITINERARY_PROPERTY_EXAMPLES``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject  # type: ignore[import-untyped]
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itinerary.errors import ItineraryError
from itinerary.export import FORMATS, render, to_json
from itinerary.export.common import one_line, sort_key
from itinerary.export.ical import description, on_calendar, uid
from itinerary.ingest import article_from_text
from itinerary.model import Article, ArticleEvents, Itinerary
from itinerary.pipeline import analyse_article, build_itinerary
from itinerary.reconcile import reconcile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").iterdir())
EXAMPLES = int(os.environ.get("ITINERARY_PROPERTY_EXAMPLES", "20"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("ITINERARY_PROPERTY_RANDOM", "") != "1",
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    print_blob=True,
)

# Pieces of news prose to build articles from: dates in many forms, event words, people, places, noise.
DATES = (
    "Monday", "on Tuesday", "January 5", "Jan. 5, 2026", "5 January 2026", "2026-01-05", "January 4 to 7, 2026",
    "from 4 to 7 January", "Sept. 2-13", "late October", "early 2025", "in 2024", "the 1990s", "next week",
    "last year", "yesterday", "10:30 a.m.", "7 p.m. GMT", "on Friday evening", "two days later", "every Monday",
    "a four-day", "three days", "the next day", "days before his departure", "May", "May 4", "2026",
    "Dec. 31, 2025", "Feb. 29", "February 30", "31 April", "Week 2", "the first quarter", "this spring",
)
WORDS = (
    "The president", "will", "arrived in the capital", "for a state visit to", "held a summit with",
    "the prime minister", "talks", "met", "signing ceremony", "a forum", "visited", "said", "is scheduled",
    "interview", "will travel to", "departed", "and", "then", "Paris", "Seoul", "Lagos", "the region",
    "President Ana Lima", "Prime Minister Tomas Berg", "the ministers", "after", "before", "(", ")", ",", ".",
    ";", "\n", "\n\n", "—", "\"", "'s", "-",
)
FRAGMENT = st.sampled_from(DATES + WORDS)
NOISE = st.text(st.characters(blacklist_categories=["Cs"]), max_size=6)


def _join(parts: Sequence[str]) -> str:
    return " ".join(parts)


NEWS = st.lists(st.one_of(FRAGMENT, FRAGMENT, FRAGMENT, NOISE), min_size=1, max_size=60).map(_join)
UNICODE = st.text(st.characters(blacklist_categories=["Cs"]), max_size=300)
ASCIIISH = st.text(st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=300)


# ------------------------------------------------------------------ checks


def _exact(text: str, start: int, end: int, expected: str) -> bool:
    return 0 <= start <= end <= len(text) and text[start:end] == expected


def check_article(article: Article) -> ArticleEvents:
    """Spans the article and its analysis carry all index its text exactly."""
    text = article.text
    for start, end in (*article.sentences, *article.paragraphs, *article.furniture):
        assert 0 <= start <= end <= len(text)
    if article.title_span is not None:
        assert 0 <= article.title_span[0] <= article.title_span[1] <= len(text)
    yielded = analyse_article(article)
    for r in yielded.temporal:
        assert _exact(text, r.mention.start, r.mention.end, r.mention.text), r.mention
    for m in yielded.events:
        assert _exact(text, m.trigger_start, m.trigger_end, m.trigger), m
        assert _exact(text, m.quote_start, m.quote_end, m.quote), m
        for t in m.times:
            assert _exact(text, t.mention.start, t.mention.end, t.mention.text)
    return yielded


def _ical_table(data: bytes) -> dict[str, tuple[str, str]]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(v["UID"]): (str(v["SUMMARY"]), str(v["DESCRIPTION"])) for v in calendar.walk("VEVENT")}


def _vobject_table(data: bytes) -> dict[str, tuple[str, str]]:
    calendar = vobject.readOne(data.decode("utf-8"))
    return {v.uid.value: (v.summary.value, v.description.value) for v in getattr(calendar, "vevent_list", [])}


def check_itinerary(itinerary: Itinerary, texts: dict[str, str]) -> dict[str, bytes]:
    """Sources exact, nothing lost, every format renders, the .ics reads back the same with two parsers."""
    sources = [s for e in itinerary.events for s in e.sources]
    sources += [s for e in itinerary.events for a in e.alternatives for s in a.sources]
    for s in sources:
        assert _exact(texts[s.article], s.start, s.end, s.text), s
        assert s.quote in texts[s.article], s
    for u in itinerary.unresolved:
        assert _exact(texts[u.article], u.start, u.end, u.text), u
        assert u.reason
    keys = [sort_key(e) for e in itinerary.events]  # by local start (a date as its midnight), then id
    assert keys == sorted(keys)
    assert len({e.id for e in itinerary.events}) == len(itinerary.events)
    out = {fmt: render(itinerary, fmt) for fmt in FORMATS}
    data = out["ics"]
    articles = {a.id: a for a in itinerary.articles}
    expected = {uid(e): (one_line(e.title), description(e, articles)) for e in itinerary.events if on_calendar(e)}
    via_icalendar = _ical_table(data)
    assert via_icalendar == _vobject_table(data)
    assert {k: v for k, v in via_icalendar.items() if "-alt" not in k} == expected
    assert json.loads(out["json"])["schema"] == "itinerary/1"
    return out


def nothing_lost(yields: Sequence[ArticleEvents], itinerary: Itinerary) -> list[str]:
    """Temporal mentions that neither date an event nor appear among the unresolved."""
    used = {(s.article, s.start, s.end) for e in itinerary.events for s in e.sources}
    used |= {(s.article, s.start, s.end) for e in itinerary.events for a in e.alternatives for s in a.sources}
    used |= {(u.article, u.start, u.end) for u in itinerary.unresolved}
    return [f"{y.article.id}:{r.mention.start}:{r.mention.text!r}" for y in yields for r in y.temporal
            if (y.article.id, r.mention.start, r.mention.end) not in used]


def run_one(raw: str, *, fmt: str = "txt", published: dt.date | None = dt.date(2026, 1, 2)) -> None:
    """The whole pipeline on one article's characters: only our own errors may escape."""
    try:
        article = article_from_text(raw, id="a", path="a.txt", fmt=fmt, dct=published)  # type: ignore[arg-type]
    except ItineraryError:
        return
    yielded = check_article(article)
    itinerary = reconcile([yielded])
    assert nothing_lost([yielded], itinerary) == []
    check_itinerary(itinerary, {"a": article.text})


# ------------------------------------------------------------------ single articles


@PROPERTY
@given(raw=UNICODE)
def test_random_unicode(raw: str) -> None:
    run_one(raw)


@PROPERTY
@given(raw=ASCIIISH)
def test_random_ascii_with_control_characters(raw: str) -> None:
    run_one(raw)


@PROPERTY
@given(raw=NEWS, published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
def test_random_news_prose(raw: str, published: dt.date | None) -> None:
    run_one(raw, published=published)


@PROPERTY
@given(raw=NEWS, fmt=st.sampled_from(["md", "html", "tml"]))
def test_random_prose_in_other_formats(raw: str, fmt: str) -> None:
    wrapped = {"md": f"# {raw[:20]}\n\n{raw}", "html": f"<html><body><article><p>{raw}</p></article></body></html>",
               "tml": f"<TimeML><TEXT>{raw}</TEXT></TimeML>"}[fmt]
    run_one(wrapped, fmt=fmt)


def _mutate(text: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        if not text:
            text = data.draw(NEWS)
        a = data.draw(st.integers(0, len(text)), label="at")
        b = data.draw(st.integers(a, min(len(text), a + 400)), label="to")
        how = data.draw(st.sampled_from(["delete", "duplicate", "insert", "noise", "swapcase", "truncate"]))
        if how == "delete":
            text = text[:a] + text[b:]
        elif how == "duplicate":
            text = text[:b] + text[a:b] + text[b:]
        elif how == "insert":
            text = text[:a] + " " + data.draw(FRAGMENT) + " " + text[a:]
        elif how == "noise":
            text = text[:a] + data.draw(NOISE) + text[a:]
        elif how == "swapcase":
            text = text[:a] + text[a:b].swapcase() + text[b:]
        else:
            text = text[:b]
    return text


@PROPERTY
@given(seed=st.sampled_from(SEEDS), data=st.data())
def test_mutated_seed_articles(seed: Path, data: st.DataObject) -> None:
    run_one(_mutate(seed.read_text(encoding="utf-8"), data))


YAML_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
    st.dates().map(str), st.datetimes(timezones=st.just(dt.UTC)).map(lambda d: d.isoformat()),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)
FRONT_KEYS = st.sampled_from(["title", "outlet", "url", "published", "language", "author", "tags", ""])


@PROPERTY
@given(meta=st.dictionaries(FRONT_KEYS, YAML_VALUE, max_size=6), body=NEWS)
def test_random_front_matter(meta: dict[str, Any], body: str) -> None:
    run_one("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body, fmt="md")


@PROPERTY
@given(block=st.text(st.sampled_from("-:[]{}&*!|>'\"#%@` \n\tabc019"), max_size=80), body=NEWS)
def test_random_front_matter_block(block: str, body: str) -> None:
    run_one("---\n" + block + "\n---\n" + body, fmt="md")


# ------------------------------------------------------------------ article sets

HEADLINE = st.sampled_from(["Leaders Meet", "State Visit Begins", "Talks Planned", "Forum Opens", "Trip Ends"])
ARTICLE = st.tuples(HEADLINE, NEWS, st.one_of(st.none(), st.dates(dt.date(2025, 6, 1), dt.date(2026, 6, 1))))
UNRELATED = "Bakery wins prize\n\nA bakery in a small town won a national bread prize on March 3, 1987.\n"


def _write(folder: Path, articles: Sequence[tuple[str, str, dt.date | None]]) -> list[Path]:
    paths = []
    for i, (head, body, published) in enumerate(articles):
        meta = f"---\ntitle: {json.dumps(head)}\npublished: {published}\n---\n" if published else ""
        path = folder / f"{i:03d}_{head.split()[0].lower()}.md"
        path.write_text(meta + head + "\n\n" + body + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _build(paths: Sequence[Path]) -> Itinerary | None:
    try:
        return build_itinerary(list(paths))
    except ItineraryError:
        return None


@PROPERTY
@given(articles=st.lists(ARTICLE, min_size=1, max_size=4), order=st.randoms(use_true_random=False))
def test_random_article_sets_are_deterministic_and_order_free(
    articles: list[tuple[str, str, dt.date | None]], order: random.Random
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = _write(Path(tmp), articles)
        first = _build(paths)
        if first is None:
            return
        texts = {p.stem: article_from_text(p.read_text(encoding="utf-8"), id=p.stem, fmt="md").text for p in paths}
        once = check_itinerary(first, texts)
        shuffled = list(paths)
        order.shuffle(shuffled)
        again = _build(shuffled)
        assert again is not None
        assert {fmt: render(again, fmt) for fmt in FORMATS} == once
        (Path(tmp) / "zzz_unrelated.txt").write_text(UNRELATED, encoding="utf-8")
        more = _build([*paths, Path(tmp) / "zzz_unrelated.txt"])
        assert more is not None
        assert {e.id for e in first.events} <= {e.id for e in more.events}


@PROPERTY
@given(articles=st.lists(ARTICLE, min_size=1, max_size=4))
def test_random_article_sets_lose_no_date(articles: list[tuple[str, str, dt.date | None]]) -> None:
    yields = []
    for i, (head, body, published) in enumerate(articles):
        try:
            article = article_from_text(head + "\n\n" + body, id=f"a{i}", path=f"a{i}.txt", dct=published)
        except ItineraryError:
            continue
        yields.append(check_article(article))
    itinerary = reconcile(yields)
    assert nothing_lost(yields, itinerary) == []
    backwards = reconcile(list(reversed(yields)))
    # events do not depend on the order reconcile hears the articles in (the pipeline sorts articles by id)
    assert backwards.events == itinerary.events
    assert sorted(backwards.unresolved, key=repr) == sorted(itinerary.unresolved, key=repr)


# ------------------------------------------------------------------ fixtures and seeds


@pytest.mark.parametrize("trip", sorted(p.name for p in (ROOT / "tests" / "fixtures" / "trips").iterdir()))
def test_fixture_trips_lose_no_date_and_read_back(trip: str) -> None:
    from itinerary.ingest import load_articles

    articles = list(load_articles([ROOT / "tests" / "fixtures" / "trips" / trip]))
    yields = [check_article(a) for a in articles]
    itinerary = reconcile(sorted(yields, key=lambda y: y.article.id))
    assert nothing_lost(yields, itinerary) == []
    check_itinerary(itinerary, {a.id: a.text for a in articles})


def test_seeds_read_back_in_every_format_twice_identically() -> None:
    first = build_itinerary([ROOT / "seeds"])
    texts = {a.id: article_from_text(Path(a.path).read_text(encoding="utf-8"), id=a.id).text for a in first.articles}
    once = check_itinerary(first, texts)
    assert check_itinerary(build_itinerary(list(reversed(SEEDS))), texts) == once
    assert Itinerary.model_validate(json.loads(to_json(first))) == first
