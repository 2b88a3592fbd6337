"""The pipeline end to end: files -> articles -> temporal -> events -> one itinerary.

Articles are read one at a time and reduced to what reconcile needs (their
event mentions and temporal mentions), so memory does not hold every text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from itinerary.errors import BadInputError
from itinerary.events.extract import extract_events
from itinerary.ingest import load_articles
from itinerary.model import Article, ArticleEvents, ArticleRef, Itinerary, Resolved
from itinerary.reconcile import reconcile
from itinerary.temporal import extract, resolve

__all__ = ["analyse_article", "build_itinerary", "itinerary_of_articles"]


def analyse_article(article: Article) -> ArticleEvents:
    """What one article yields before merging: its temporal mentions and its event mentions."""
    mentions = extract(article.text)
    resolved = resolve(article.text, mentions, article.published)
    if article.published is None:
        stamp = printed_date(article, resolved)
        if stamp is not None:
            article = article.model_copy(update={"published": stamp})
            resolved = resolve(article.text, mentions, stamp)
    events = extract_events(article, resolved)
    ref = ArticleRef(id=article.id, path=article.path, title=article.title, published=article.published,
                     outlet=article.outlet, url=article.url)
    return ArticleEvents(article=ref, temporal=resolved, events=events, furniture=article.furniture)


# A page's own stamp of when it was published ("Published March 4, 2032 at 6:15 p.m. ET", "Posted on 3 June
# 2031", "By Jane Roe | July 3, 2034"), best first; an update stamp only when there is no other; a bare date
# stamp ("(Agency) 15:04, April 29, 2024") last, and only when the line holds little else. The stamp is read by
# the temporal stage like any date, so this step sits above both stages.
PUBLISHED_CUE = re.compile(r"^\s*by\s|\b(?:(?:first\s+)?published|posted|created|date)\b", re.IGNORECASE)
UPDATED_CUE = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
BARE_STAMP_REST = 30  # characters of a date-stamp line that are not its date


def printed_date(article: Article, resolved: Sequence[Resolved]) -> dt.date | None:
    """The publication date a page prints in its furniture (bylines, date stamps), for an article whose
    metadata gives none: the day of a full date written there."""
    ranked = []
    for r in resolved:
        if not r.readings or r.anchor != "explicit" or r.readings[0].precision not in {"day", "hour", "minute"}:
            continue
        span = next((f for f in article.furniture if f[0] <= r.mention.start and r.mention.end <= f[1]), None)
        if span is None:
            continue
        line = article.text[span[0]:span[1]]
        if PUBLISHED_CUE.search(line):
            rank = 0
        elif UPDATED_CUE.search(line):
            rank = 1
        elif len(line.strip()) - len(r.mention.text) <= BARE_STAMP_REST:
            rank = 2
        else:
            continue
        start = r.readings[0].start
        ranked.append((rank, r.mention.start, start.date() if isinstance(start, dt.datetime) else start))
    return min(ranked)[2] if ranked else None


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
