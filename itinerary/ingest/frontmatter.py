"""YAML front matter: the ``---`` block that opens a Markdown or text article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from itinerary.errors import BadInputError

OPEN = "---\n"
CLOSE = "\n---\n"
KEYS = ("title", "outlet", "url", "published", "language")
# The publication date under the name static-site generators give it (Jekyll, Hugo): read when 'published'
# is absent, rather than leaving the article without an anchor date.
PUBLISHED_ALIASES = ("published", "date")


@dataclass(frozen=True)
class FrontMatter:
    """What the block says, already checked."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_at: dt.datetime | None = None
    language: str | None = None


def split_front_matter(text: str, path: str) -> tuple[str | None, str]:
    """``(yaml_block, body)``; the block is None when the text has none.

    The body starts right after the closing ``---`` line, exactly where the scorer counts from.
    The closing line may be the last line of the file (then the body is empty).

    >>> split_front_matter("---\\ntitle: T\\n---\\nBody", "a.md")
    ('title: T', 'Body')
    """
    if not text.startswith(OPEN):
        return None, text
    end = text.find(CLOSE, 3)
    if end != -1:
        return text[len(OPEN):end], text[end + len(CLOSE):]
    if text.endswith("\n---"):
        return text[len(OPEN):-4], ""
    raise BadInputError(path, "front matter opened with '---' is never closed")


def _text(value: object, key: str, path: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise BadInputError(path, f"front matter '{key}' must be a single value, not a {type(value).__name__}")
    out = str(value).strip()
    return out or None


def parse_published(value: object, path: str, key: str = "published") -> tuple[dt.date | None, dt.datetime | None]:
    """``published`` as (date, aware datetime or None). ISO date or date-time; a time needs an offset to count.

    >>> parse_published("2022-05-19T09:35:00+05:30", "a.md")
    (datetime.date(2022, 5, 19), datetime.datetime(2022, 5, 19, 9, 35, tzinfo=...))
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        return value, None
    else:
        raw = str(value).strip()
        try:
            if len(raw) == 10:
                return dt.date.fromisoformat(raw), None
            moment = dt.datetime.fromisoformat(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
        except ValueError:
            raise BadInputError(path, f"front matter '{key}' is not an ISO date: {raw[:40]!r}") from None
    # The date is the one the outlet printed, in its own offset.
    return moment.date(), moment if moment.tzinfo is not None else None


def parse_front_matter(block: str, path: str) -> FrontMatter:
    """Check and read the YAML block."""
    import yaml  # imported on first use: most articles have no front matter

    try:
        data = yaml.safe_load(block)
    except (yaml.YAMLError, ValueError) as error:
        # yaml raises ValueError itself for impossible dates such as 2024-13-01
        problem = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise BadInputError(path, f"malformed front matter: {problem}") from None
    except RecursionError:
        # "[[[[..." thousands deep: yaml's parser recurses once per level
        raise BadInputError(path, "malformed front matter: nested too deeply") from None
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise BadInputError(path, f"front matter is not a mapping of keys to values (got {type(data).__name__})")
    key = next((k for k in PUBLISHED_ALIASES if data.get(k) not in (None, "")), "published")
    published, published_at = parse_published(data.get(key), path, key)
    return FrontMatter(
        title=_text(data.get("title"), "title", path),
        outlet=_text(data.get("outlet"), "outlet", path),
        url=_text(data.get("url"), "url", path),
        published=published,
        published_at=published_at,
        language=_text(data.get("language"), "language", path),
    )
