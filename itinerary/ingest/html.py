"""HTML pages: article text and metadata through trafilatura, the date through htmldate when needed."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from itinerary.errors import BadInputError

# htmldate rejects dates after "today" unless told otherwise; fixed bounds keep the output free of the clock.
DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,  # the extensive search picks event dates out of the prose
    "min_date": "1900-01-01",
    "max_date": "2199-12-31",
}


MIN_WORDS = 4
_PARSE_ERRORS = (ValueError, TypeError, AttributeError, LookupError, etree.LxmlError)


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    language: str | None


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _has_prose(text: str) -> bool:
    """At least one line of a few words: navigation leftovers ("Home") are not an article."""
    return any(len(line.split()) >= MIN_WORDS for line in text.splitlines())


def extract_page(html: str, path: str) -> Page:
    """The article of an HTML page; a page without article text is bad input."""
    # Imported here: trafilatura takes a while to import and only HTML needs it.
    import htmldate
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            date_extraction_params=dict(DATE_PARAMS),
        )
    except _PARSE_ERRORS as error:  # broken markup
        raise BadInputError(path, f"cannot parse HTML ({type(error).__name__})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not _has_prose(str(text)):
        raise BadInputError(path, "HTML page has no article text")
    url = getattr(doc, "url", None) or None
    published = _date(getattr(doc, "date", None))
    if published is None:
        try:
            published = _date(htmldate.find_date(html, url=url, **DATE_PARAMS))
        except _PARSE_ERRORS:  # a date is optional: an unreadable one is simply absent
            published = None
    return Page(
        text=str(text),
        title=(getattr(doc, "title", None) or None),
        outlet=(getattr(doc, "sitename", None) or None),
        url=url,
        published=published,
        language=(getattr(doc, "language", None) or None),
    )
