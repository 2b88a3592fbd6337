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
from itinerary.model import Article, ArticleEvents, ArticleRef, DatePattern, Itinerary, Resolved, day_of
from itinerary.reconcile import reconcile
from itinerary.temporal import extract, resolve

__all__ = ["analyse_article", "build_itinerary", "itinerary_of_articles"]


def analyse_article(article: Article) -> ArticleEvents:
    """What one article yields before merging: its temporal mentions and its event mentions."""
    mentions = extract(article.text)
    resolved = resolve(article.text, mentions, article.published)
    if article.published is None:
        stamp = printed_date(article, resolved) or dated_dateline(article, resolved)
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
        ranked.append((rank, r.mention.start, day_of(r.readings[0].start)))
    return min(ranked)[2] if ranked else None


# A wire dateline opens the story: "LIMA, March 4 (Agency) -", "Puno, Peru, 4 March -". Its date is the day the
# story was filed. The place is capitalised and ends in a comma at the start of a line; a dash or colon follows
# the date, after the agency in brackets if there is one.
DATELINE_PLACE = re.compile(r"[ \t]*[A-Z][\w.'’ -]{0,40}(?:,[ \t]*[A-Z][\w.'’ -]{0,30})?,[ \t]*")
DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—:]")
DATELINE_REACH = 600  # characters from the start of the text: a dateline heads the story, under its title


def dateline(article: Article, resolved: Sequence[Resolved]) -> Resolved | None:
    """The date of the story's dateline, if it opens with one (placed or not: without a year it stays open)."""
    for r in resolved:
        m = r.mention
        if m.start > DATELINE_REACH:
            return None
        if not isinstance(m.value, DatePattern) or m.value.month is None or m.value.day is None:
            continue
        line_start = article.text.rfind("\n", 0, m.start) + 1
        if DATELINE_PLACE.fullmatch(article.text, line_start, m.start) \
                and DATELINE_END.match(article.text, m.end):
            return r
    return None


def dated_dateline(article: Article, resolved: Sequence[Resolved]) -> dt.date | None:
    """The day of a dateline that writes its year ("OSLO, March 4, 2031 (Agency) -")."""
    r = dateline(article, resolved)
    if r is None or not r.readings or r.anchor != "explicit" or r.readings[0].precision != "day":
        return None
    return day_of(r.readings[0].start)


def dateline_year(month: int, day: int, near: dt.date) -> dt.date | None:
    """The day ``month``/``day`` of the year that puts it nearest ``near`` (the other articles' dates).

    >>> dateline_year(12, 30, dt.date(2031, 1, 2))
    datetime.date(2030, 12, 30)
    """
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:  # February 29 of a common year
            continue
    return min(days, key=lambda d: (abs((d - near).days), d)) if days else None


def _open_dateline(article: Article, yields: ArticleEvents) -> DatePattern | None:
    """The month and day of an undated article's dateline that wrote no year."""
    if yields.article.published is not None:
        return None
    r = dateline(article, yields.temporal)
    return r.mention.value if r is not None and not r.readings and isinstance(r.mention.value, DatePattern) \
        else None


def _dated_by_datelines(yields: list[ArticleEvents], waiting: dict[str, tuple[Article, DatePattern]]
                        ) -> list[ArticleEvents]:
    """Articles whose dateline wrote no year ("HANOI, March 4 (Agency) -") and that carry no date of their own,
    analysed again as published on that day of the year nearest the other articles' (middle) date."""
    dates = sorted(y.article.published for y in yields if y.article.published is not None)
    if not waiting or not dates:
        return yields
    near = dates[(len(dates) - 1) // 2]
    out = []
    for y in yields:
        article, value = waiting.get(y.article.id, (None, None))
        day = dateline_year(value.month, value.day, near) if article and value and value.month and value.day \
            else None
        out.append(analyse_article(article.model_copy(update={"published": day})) if article and day else y)
    return out


def _analysed(articles: Iterable[Article], progress: Callable[[Article], None] | None = None
              ) -> list[ArticleEvents]:
    """What each article yields, an article that only a dateline without a year dates analysed once the
    others' dates are known. Only those few articles are held until then, not every text."""
    yields = []
    waiting: dict[str, tuple[Article, DatePattern]] = {}
    for article in articles:
        if progress is not None:
            progress(article)
        y = analyse_article(article)
        if (value := _open_dateline(article, y)) is not None:
            waiting[article.id] = (article, value)
        yields.append(y)
    return _dated_by_datelines(yields, waiting)


def itinerary_of_articles(articles: Iterable[Article]) -> Itinerary:
    """Reconcile articles already in memory (library use, tests)."""
    return reconcile(_analysed(articles))


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
    yields = _analysed(load_articles(paths, dct=dct, skip_bad=skip_bad, on_error=on_error), progress)
    yields.sort(key=lambda y: y.article.id)  # input order must not change the output
    return reconcile(yields, default_tz=default_tz)
