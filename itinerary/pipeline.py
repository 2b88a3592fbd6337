"""The pipeline end to end: files -> articles -> temporal -> events -> one itinerary.

Articles are read one at a time and reduced to what reconcile needs (their
event mentions and temporal mentions), so memory does not hold every text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from itinerary.errors import BadInputError
from itinerary.events.extract import extract_events
from itinerary.ingest import load_articles
from itinerary.model import Article, ArticleEvents, ArticleRef, Itinerary
from itinerary.reconcile import reconcile
from itinerary.temporal import extract, resolve

__all__ = ["analyse_article", "build_itinerary", "itinerary_of_articles"]


def analyse_article(article: Article) -> ArticleEvents:
    """What one article yields before merging: its temporal mentions and its event mentions."""
    mentions = extract(article.text)
    resolved = resolve(article.text, mentions, article.published)
    events = extract_events(article, resolved)
    ref = ArticleRef(id=article.id, path=article.path, title=article.title, published=article.published,
                     outlet=article.outlet, url=article.url)
    return ArticleEvents(article=ref, temporal=resolved, events=events, furniture=article.furniture)


def itinerary_of_articles(articles: Iterable[Article]) -> Itinerary:
    """Reconcile articles already in memory (library use, tests)."""
    return reconcile([analyse_article(a) for a in articles])


def build_itinerary(
    paths: Sequence[str | Path],
    *,
    dct: dt.date | None = None,
    skip_bad: bool = False,
    on_error: Callable[[BadInputError], None] | None = None,
    progress: Callable[[Article], None] | None = None,
    default_tz: str | None = None,
) -> Itinerary:
    """Read every article under ``paths`` and reconcile them into one itinerary.

    ``dct`` anchors articles that carry no publication date of their own.
    """
    yields = []
    for article in load_articles(paths, dct=dct, skip_bad=skip_bad, on_error=on_error):
        if progress is not None:
            progress(article)
        yields.append(analyse_article(article))
    yields.sort(key=lambda y: y.article.id)  # input order must not change the output
    return reconcile(yields, default_tz=default_tz)
