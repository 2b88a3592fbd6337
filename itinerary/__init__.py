"""itinerary: read news articles about a trip and reconcile their dates into one sourced itinerary.

The public API: load articles, build the itinerary, render or export it. Names are imported on first
use, so ``import itinerary`` stays cheap for the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from itinerary._lazy import lazy_names

if TYPE_CHECKING:
    from itinerary.errors import BadInputError, BadUsageError, ItineraryError
    from itinerary.export import render, render_text, to_ics, to_json
    from itinerary.ingest import article_from_text, load_article, load_articles
    from itinerary.model import Alternative, Article, Event, Itinerary, Source, Unresolved
    from itinerary.pipeline import analyse_article, build_itinerary, itinerary_of_articles

_HOME = {
    "BadInputError": "itinerary.errors",
    "BadUsageError": "itinerary.errors",
    "ItineraryError": "itinerary.errors",
    "render": "itinerary.export",
    "render_text": "itinerary.export",
    "to_ics": "itinerary.export",
    "to_json": "itinerary.export",
    "article_from_text": "itinerary.ingest",
    "load_article": "itinerary.ingest",
    "load_articles": "itinerary.ingest",
    "Alternative": "itinerary.model",
    "Article": "itinerary.model",
    "Event": "itinerary.model",
    "Itinerary": "itinerary.model",
    "Source": "itinerary.model",
    "Unresolved": "itinerary.model",
    "analyse_article": "itinerary.pipeline",
    "build_itinerary": "itinerary.pipeline",
    "itinerary_of_articles": "itinerary.pipeline",
}

__all__ = [
    "Alternative",
    "Article",
    "BadInputError",
    "BadUsageError",
    "Event",
    "Itinerary",
    "ItineraryError",
    "Source",
    "Unresolved",
    "analyse_article",
    "article_from_text",
    "build_itinerary",
    "itinerary_of_articles",
    "load_article",
    "load_articles",
    "render",
    "render_text",
    "to_ics",
    "to_json",
]


__getattr__ = lazy_names("itinerary", _HOME, globals())


def __dir__() -> list[str]:
    return __all__
