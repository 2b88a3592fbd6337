"""Wire copies found through an index of sentences are the copies found by comparing every pair."""

from __future__ import annotations

from pathlib import Path

from itinerary.ingest import article_from_text, load_articles
from itinerary.model import ArticleEvents
from itinerary.pipeline import analyse_article
from itinerary.reconcile import COPY_MIN, COPY_SHARE, _normal_quote, wire_copies


def _pairwise(yields: list[ArticleEvents]) -> dict[str, str]:
    """The reference: every article against every earlier one."""
    normal: dict[str, str] = {}
    sentences = {y.article.id: {_normal_quote(m.quote, normal) for m in y.events} for y in yields}
    voice: dict[str, str] = {}
    ids = sorted(sentences)
    for i, a in enumerate(ids):
        for b in ids[:i]:
            small = min(len(sentences[a]), len(sentences[b]))
            if small >= COPY_MIN and len(sentences[a] & sentences[b]) >= COPY_SHARE * small:
                voice[a] = voice.get(b, b)
                break
    return voice


def test_copies_match_the_pairwise_comparison() -> None:
    trips = [Path("tests/fixtures/trips/kowalski"), Path("tests/fixtures/trips/vogt")]
    originals = list(load_articles(trips))
    yields = [analyse_article(a) for a in originals]
    # copies of a story (whole, and cut to its first half) under later ids
    for n, article in enumerate(originals[:3]):
        half = article.text[: len(article.text) // 2]
        for suffix, text in (("copy", article.text), ("half", half)):
            if text.strip():
                copy = article_from_text(text, id=f"z{n}_{suffix}", dct=article.published)
                yields.append(analyse_article(copy))
    voice = wire_copies(yields)
    assert voice == _pairwise(yields)
    assert voice  # the copies were found
