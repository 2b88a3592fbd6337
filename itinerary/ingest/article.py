"""From the characters of one article file to an ``Article``: pure, no file access."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal

from itinerary.collector import collector_paused
from itinerary.errors import BadInputError
from itinerary.ingest.frontmatter import FrontMatter, parse_front_matter, split_front_matter
from itinerary.ingest.furniture import find_furniture
from itinerary.ingest.lines import Line, paragraphs, split_lines
from itinerary.ingest.sentences import sentences
from itinerary.model import Article

Format = Literal["txt", "md", "html", "tml"]

BOM = "\ufeff"
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30
_TITLE_LOOKAHEAD = 3  # a metadata title is looked for among the first lines only
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Drop a leading BOM and turn CRLF/CR into LF, as Python's universal newlines read a file.

    >>> normalise("\\ufeffa\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().strip(".:").casefold()


def _outside(lines: Sequence[Line], furniture: Sequence[tuple[int, int]]) -> list[Line]:
    spans = set(furniture)
    return [line for line in lines if (line.start, line.end) not in spans and not _covered(line, furniture)]


def _covered(line: Line, furniture: Sequence[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(furniture, (line.start, 10**18)) - 1
    return i >= 0 and furniture[i][0] <= line.start and line.end <= furniture[i][1]


def looks_like_title(line: str) -> bool:
    """Short, no final period or comma, starting like a headline.

    >>> looks_like_title("Minister Opens Ferry Terminal in the North")
    True
    >>> looks_like_title("The minister opened a ferry terminal on Monday.")
    False
    """
    return (
        len(line) <= TITLE_MAX_CHARS
        and len(line.split()) <= TITLE_MAX_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"'“‘")
    )


def find_title(
    lines: Sequence[Line],
    paragraph_spans: Sequence[tuple[int, int]],
    furniture: Sequence[tuple[int, int]],
    known: str | None,
) -> tuple[str | None, tuple[int, int] | None]:
    """The title and where it sits in the text.

    With a title from metadata, its span is the first prose line that repeats it. Without one,
    the first prose line is the title when it reads like one and is a paragraph of its own.
    """
    prose = _outside(lines, furniture)
    if known is not None:
        target = _key(known)
        for line in prose[:_TITLE_LOOKAHEAD]:
            if _key(line.text) == target:
                return known, (line.start, line.end)
        return known, None
    if len(prose) < 2:
        return None, None
    first = prose[0]
    if (first.start, first.end) in set(paragraph_spans) and looks_like_title(first.text):
        return first.text, (first.start, first.end)
    return None, None


def _in_furniture(span: tuple[int, int], furniture: Sequence[tuple[int, int]]) -> bool:
    """At least half of the sentence lies in furniture."""
    start, end = span
    covered = 0
    i = max(bisect.bisect_right(furniture, (start, 10**18)) - 1, 0)
    while i < len(furniture) and furniture[i][0] < end:
        covered += max(0, min(end, furniture[i][1]) - max(start, furniture[i][0]))
        i += 1
    return 2 * covered >= end - start


def build_article(
    body: str,
    *,
    id: str,
    path: str,
    meta: FrontMatter,
    dct: dt.date | None,
) -> Article:
    """Structure (paragraphs, sentences, furniture, title) over an already extracted body."""
    lines = split_lines(body)
    furniture = find_furniture(lines)
    paras = paragraphs(lines)
    sents = tuple(s for s in sentences(body, paras) if not _in_furniture(s, furniture))
    title, title_span = find_title(lines, paras, furniture, meta.title)
    return Article(
        id=id,
        path=path,
        text=body,
        title=title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published or dct,
        published_at=meta.published_at,
        language=meta.language or "en",
        title_span=title_span,
        sentences=sents,
        paragraphs=paras,
        furniture=furniture,
    )


def _from_html(text: str, path: str) -> tuple[str, FrontMatter]:
    from itinerary.ingest.html import extract_page

    page = extract_page(text, path)
    meta = FrontMatter(
        title=page.title, outlet=page.outlet, url=page.url, published=page.published, language=page.language
    )
    return normalise(page.text), meta


def _from_tml(text: str, path: str) -> tuple[str, FrontMatter]:
    """TimeML: the TEXT content is the article, the DCT its publication date."""
    try:
        from itinerary.timeml.io import read_tml  # written by the TimeML engineer
    except ImportError:
        raise BadInputError(path, "TimeML files cannot be read: itinerary.timeml.io is missing") from None
    try:
        doc = read_tml(text, path)
    except BadInputError:
        raise
    except (ValueError, KeyError, SyntaxError) as error:  # XML parse errors are SyntaxError subclasses
        raise BadInputError(path, f"malformed TimeML: {str(error).splitlines()[0] if str(error) else error!r}") \
            from None
    dct = getattr(doc, "dct", None)
    published = dct if isinstance(dct, dt.date) and not isinstance(dct, dt.datetime) else (
        dct.date() if isinstance(dct, dt.datetime) else None
    )
    title = getattr(doc, "title", None)
    return normalise(str(doc.text)), FrontMatter(title=str(title) if title else None, published=published)


@collector_paused()  # many small objects (lines, spans), no cycles: see itinerary.collector
def article_from_text(
    text: str,
    *,
    id: str,
    path: str = "",
    fmt: Format = "txt",
    dct: dt.date | None = None,
) -> Article:
    """An ``Article`` from the characters of a file of format ``fmt``.

    ``dct`` is the publication date to use when the article carries none.

    >>> a = article_from_text("Port Opens Early\\n\\nThe port opened on May 3.", id="a1")
    >>> a.title, a.text[slice(*a.sentences[-1])]
    ('Port Opens Early', 'The port opened on May 3.')
    """
    where = path or id
    text = normalise(text)
    if fmt == "html":
        body, meta = _from_html(text, where)
    elif fmt == "tml":
        body, meta = _from_tml(text, where)
    else:
        block, body = split_front_matter(text, where)
        meta = parse_front_matter(block, where) if block is not None else FrontMatter()
        if block is not None and not body.strip():
            raise BadInputError(where, "no article text after the front matter")
    if not body.strip():
        raise BadInputError(where, "empty article (no text)")
    return build_article(body, id=id, path=path, meta=meta, dct=dct)
