"""Reading article files and folders from disk; every failure is a one-line ``BadInputError``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from itinerary.errors import BadInputError
from itinerary.ingest.article import Format, article_from_text
from itinerary.model import Article

MAX_BYTES = 50 * 1024 * 1024
FORMATS: dict[str, Format] = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".tml": "tml"}


def format_of(path: Path) -> Format:
    """The format a file is read as, from its suffix; anything unknown is read as plain text."""
    return FORMATS.get(path.suffix.lower(), "txt")


def read_text(path: Path, shown: str) -> str:
    """The file's characters: checked for size, binary content and UTF-8 before anything else."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BadInputError(shown, f"cannot read file ({error.strerror or type(error).__name__})") from None
    if size > MAX_BYTES:
        raise BadInputError(shown, f"file is too large ({size / 1024 / 1024:.1f} MB; the limit is 50 MB)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInputError(shown, f"cannot read file ({error.strerror or type(error).__name__})") from None
    if b"\x00" in data:
        raise BadInputError(shown, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInputError(shown, f"not valid UTF-8 text (byte {error.start})") from None


def load_article(path: str | Path, *, dct: dt.date | None = None) -> Article:
    """Read one article file (.txt, .md, .html, .htm, .tml); its id is the file stem."""
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise BadInputError(shown, "no such file")
    if p.is_dir():
        raise BadInputError(shown, "is a folder, not an article file")
    return article_from_text(read_text(p, shown), id=p.stem, path=shown, fmt=format_of(p), dct=dct)


def article_files(folder: Path) -> list[Path]:
    """The article files directly in ``folder``, in name order."""
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in FORMATS and p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name,
    )


def _expand(path: str | Path) -> list[Path]:
    p = Path(path)
    if not p.exists():
        raise BadInputError(str(path), "no such file or folder")
    if p.is_dir():
        found = article_files(p)
        if not found:
            raise BadInputError(str(path), "folder holds no article files (.txt, .md, .html, .htm, .tml)")
        return found
    return [p]


def load_articles(
    paths: Sequence[str | Path],
    *,
    dct: dt.date | None = None,
    skip_bad: bool = False,
    on_error: Callable[[BadInputError], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles of files and folders, one at a time, in the order given (folders in name order).

    A bad path (missing, a folder with no article files) or a bad file raises, unless ``skip_bad``:
    then ``on_error`` hears about it and reading goes on with the other inputs. When nothing at all
    could be read, that is an error even with ``skip_bad``.
    """
    read = 0
    errors: list[BadInputError] = []

    def skip(error: BadInputError) -> None:
        if not skip_bad:
            raise error
        errors.append(error)
        if on_error is not None:
            on_error(error)

    for path in paths:
        try:
            files = _expand(path)
        except BadInputError as error:
            skip(error)
            continue
        for file in files:
            try:
                article = load_article(file, dct=dct)
            except BadInputError as error:
                skip(error)
                continue
            read += 1
            yield article
    if read == 0 and errors:
        # one bad input alone keeps its own message; several say that none was usable
        if len(errors) == 1:
            raise errors[0]
        raise BadInputError(", ".join(str(p) for p in paths), "no readable article among the inputs")
