"""Clustering with the cluster index gives the clusters of looking at every cluster for every mention."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from itinerary.events.people import canonical_names
from itinerary.ingest import article_from_text, load_articles
from itinerary.model import EventMention
from itinerary.pipeline import analyse_article
from itinerary.reconcile import _names
from itinerary.reconcile.cluster import ClusterIndex, cluster_mentions
from itinerary.reconcile.names import principal

_NAMES = ("Kalomi", "Rateno", "Voshi", "Delmar", "Ustbre", "Gonka")
_MONTHS = ("March", "April", "May")


def _many_events() -> list[EventMention]:
    """Talks with many different counterparts, on many days, some repeated, some undated."""
    sentences = []
    for i, (first, last) in enumerate(itertools.product(_NAMES, _NAMES)):
        day = f" on {_MONTHS[i % 3]} {i % 27 + 1}, 2031" if i % 4 else ""
        sentences.append(f"The president held talks with Prime Minister {first} {last}{day}.")
        if i % 5 == 0:
            city = ("Lima", "Quito", "Paris")[i % 3]
            sentences.append(f"The president will visit {city} on May {i % 20 + 1}.")
    article = article_from_text(" ".join(sentences * 2), id="many")
    return list(analyse_article(article).events)


def _trip(folder: str) -> list[EventMention]:
    return [m for a in load_articles([Path(folder)]) for m in analyse_article(a).events]


CASES = {
    "many events": _many_events,
    "trip kowalski": lambda: _trip("tests/fixtures/trips/kowalski"),
    "trip vogt": lambda: _trip("tests/fixtures/trips/vogt"),
    "seeds": lambda: _trip("seeds"),
}


def _clusters(mentions: list[EventMention]) -> list[list[str]]:
    canon = canonical_names(_names(mentions))
    lead = principal(mentions, canon)
    return [[m.id for m in c.members] for c in cluster_mentions(mentions, canon, lead, None)]


@pytest.mark.parametrize("make", list(CASES.values()), ids=list(CASES))
def test_index_gives_the_clusters_of_a_full_scan(make: object, monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = make()  # type: ignore[operator]
    assert len(mentions) > 5
    monkeypatch.setattr("itinerary.reconcile.cluster._FEW", 0)  # the index even for a handful of clusters
    indexed = _clusters(mentions)
    monkeypatch.setattr(ClusterIndex, "candidates", lambda self, m, f: self.all)
    assert indexed == _clusters(mentions)
