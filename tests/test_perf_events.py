"""Events and reconcile in linear time, and the fast paths equal to the plain code they replace.

Work is counted in function calls (tests/work.py), not timed: a quadratic step shows up as 100x for 10x.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from work import filled, growth

from itinerary.events.extract import ITEM_START, _cut, _item_starts_at, extract_events
from itinerary.ingest import article_from_text
from itinerary.model import ArticleEvents, ArticleRef, EventMention
from itinerary.reconcile import _covered_by, reconcile
from itinerary.reconcile.cluster import Cluster, Features
from itinerary.temporal import extract, resolve


def _cut_one_by_one(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The cut as first written: each span sliced out of the rest, the last span first."""
    rest = text[start:end]
    for a, b in sorted(spans, key=lambda span: -span[0]):
        rest = rest[:a - start] + rest[b - start:]
    return rest


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda ab: (ab[0], ab[0] + ab[1])),
                  max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.-\n", max_size=40), st.integers(0, 10), _SPANS)
def test_cut_equals_cutting_one_by_one(text: str, start: int, spans: list[tuple[int, int]]) -> None:
    end = len(text)
    inside = [(a, b) for a, b in spans if start <= a and b <= end] or spans  # nested, overlapping and outside
    assert _cut(text, start, end, inside) == _cut_one_by_one(text, start, end, inside)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([";", ":", "\n", " ", "  ", "and", "AND", "visit:", "Lima", "x", "\t"]),
                max_size=14).map("".join), st.integers(0, 6))
def test_item_start_near_the_end_equals_searching_from_the_start(text: str, lo: int) -> None:
    for end in range(lo, len(text) + 1):
        assert _item_starts_at(text, lo, end) == (ITEM_START.search(text, lo, end) is not None), (text, lo, end)


@settings(max_examples=300, deadline=None)
@given(_SPANS, st.integers(0, 60))
def test_covered_by_equals_looking_at_every_span(spans: list[tuple[int, int]], offset: int) -> None:
    assert _covered_by(spans)(offset) == any(a <= offset < b for a, b in spans)


def _events_and_reconcile(text: str) -> Callable[[], object]:
    article = article_from_text(text, id="a")
    resolved = resolve(article.text, extract(article.text), article.published)
    ref = ArticleRef(id=article.id, path=article.path, title=article.title, published=article.published)

    def run() -> object:
        events = extract_events(article, resolved)
        return reconcile([ArticleEvents(article=ref, temporal=resolved, events=events, furniture=article.furniture)])

    return run


RUN_ONS = {
    # one sentence each: every step that looks at the whole sentence per trigger or per date is quadratic here
    "figures": "exports rose 5 per cent and bilateral trade peaked, ",
    "where-clauses": "she will travel on Sunday to the port where she will meet officials and ",
    "relative-dates": "the tour comes shortly after drills and a summit, ",
    "dated-prose": "The minister will begin a visit on Monday, January 5, and hold talks on Tuesday, ",
    "prose-lines": "The minister will begin a visit on Monday, January 5, and hold talks on Tuesday. ",
    "blank-lines": "On Monday." + "\n" * 40,
}


@pytest.mark.parametrize("unit", RUN_ONS.values(), ids=RUN_ONS.keys())
def test_ten_times_the_text_costs_about_ten_times(unit: str) -> None:
    assert growth(lambda size: _events_and_reconcile(filled(unit, size)), 20_000, 200_000) <= 11


MENTION = EventMention(id="a:0", article="a", kind="meeting", trigger_start=0, trigger_end=4, trigger="meet",
                       quote_start=0, quote_end=4, quote="meet", title="Meeting")
_DAY = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 1, 9))
_FEATURES = st.builds(
    Features,
    counterpart=st.sampled_from([None, "xi", "lee"]), qualifier=st.sampled_from([None, "apec"]),
    city=st.sampled_from([None, "lima", "quito"]), country=st.sampled_from([None, "PE"]), is_country=st.booleans(),
    span=st.none(), spans=st.lists(st.tuples(_DAY, _DAY), max_size=2).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FEATURES, min_size=1, max_size=5))
def test_cluster_remembers_what_a_scan_of_its_members_finds(feats: list[Features]) -> None:
    cluster = Cluster()
    for f in feats:
        cluster.add(MENTION, f)
    for name in ("counterpart", "qualifier", "city", "country"):
        assert cluster.value(name) == next((getattr(f, name) for f in feats if getattr(f, name) is not None), None)
    spans = [s for f in feats for s in f.spans]
    assert list(cluster.distinct_spans) == list(dict.fromkeys(spans))
    assert cluster.city_feats is next((f for f in feats if f.city is not None), None)
    # several days by a member's best reading (its first span), not by a vague second one
    assert cluster.multi_day_span == any(f.span is not None and f.span[0] != f.span[1] for f in feats)
    assert cluster.all_bare == all(f.bare for f in feats)
