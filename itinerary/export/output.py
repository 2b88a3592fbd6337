"""Write an itinerary in a named format to a path, or to stdout for ``-``."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from itinerary.collector import collector_paused
from itinerary.errors import BadUsageError

if TYPE_CHECKING:  # the models (pydantic, tens of milliseconds to build) are not needed to list the formats
    from itinerary.model import Itinerary

Format = Literal["ics", "json", "text", "html", "md", "timelinejs"]
FORMATS: tuple[str, ...] = ("ics", "json", "text", "html", "md", "timelinejs")


def render(itinerary: Itinerary, fmt: str, *, color: bool = False, width: int = 80) -> bytes:
    """The itinerary in ``fmt`` as bytes (UTF-8 for the text formats)."""
    with collector_paused():  # a renderer makes many small objects and no cycles (see itinerary.collector)
        return _render(itinerary, fmt, color=color, width=width)


def _render(itinerary: Itinerary, fmt: str, *, color: bool, width: int) -> bytes:
    # Each renderer is imported when asked for: the command line should not pay for icalendar or rich
    # (tens of milliseconds each) when it prints help or a timeline.
    if fmt == "ics":
        from itinerary.export.ical import to_ics


        return to_ics(itinerary)
    if fmt == "json":
        from itinerary.export.json_format import to_json

        return to_json(itinerary).encode("utf-8")
    if fmt == "text":
        from itinerary.export.text import render_text

        buffer = io.StringIO()
        render_text(itinerary, buffer, color=color, width=width)
        return buffer.getvalue().encode("utf-8")
    if fmt == "html":
        from itinerary.export.html import to_html

        return to_html(itinerary).encode("utf-8")
    if fmt == "md":
        from itinerary.export.markdown import to_markdown

        return to_markdown(itinerary).encode("utf-8")
    if fmt == "timelinejs":
        from itinerary.export.timelinejs import to_timelinejs

        return to_timelinejs(itinerary).encode("utf-8")
    raise BadUsageError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


def write(itinerary: Itinerary, fmt: str, out_path_or_dash: str | Path = "-") -> None:
    """Write the itinerary as ``fmt`` (one of ``FORMATS``) to a file, or to stdout when the path is ``-``.

    Files are written as bytes so the .ics keeps its CRLF line ends on every platform.
    """
    data = render(itinerary, fmt)
    if str(out_path_or_dash) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    Path(out_path_or_dash).write_bytes(data)
