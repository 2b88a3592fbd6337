"""Ingest: article files (text, Markdown with front matter, HTML, TimeML) to ``Article`` models.

    >>> from itinerary.ingest import article_from_text
    >>> article_from_text("---\\ntitle: Port Opens\\npublished: 2024-05-02\\n---\\nIt opened on Monday.", id="p").published
    datetime.date(2024, 5, 2)
"""

from __future__ import annotations

from itinerary.ingest.article import article_from_text
from itinerary.ingest.files import load_article, load_articles

__all__ = ["article_from_text", "load_article", "load_articles"]
