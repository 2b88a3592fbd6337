"""Export stage: the reconciled itinerary as iCalendar, JSON, a text timeline, HTML, Markdown and TimelineJS.

Names are imported on first use, so that ``import itinerary.export`` (and the command line's start)
does not load icalendar or rich until a format that needs them is written.

>>> from itinerary.export import to_json
>>> from itinerary.model import Itinerary
>>> to_json(Itinerary()).startswith('{\\n  "schema": "itinerary/1"')
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from itinerary._lazy import lazy_names

if TYPE_CHECKING:
    from itinerary.export.common import calendar_name as calendar_name
    from itinerary.export.common import source_tag as source_tag
    from itinerary.export.common import trip_event as trip_event
    from itinerary.export.html import to_html as to_html
    from itinerary.export.ical import to_ics as to_ics
    from itinerary.export.ical import validate_ics as validate_ics
    from itinerary.export.json_format import to_json as to_json
    from itinerary.export.markdown import to_markdown as to_markdown
    from itinerary.export.output import FORMATS as FORMATS
    from itinerary.export.output import render as render
    from itinerary.export.output import write as write
    from itinerary.export.text import render_text as render_text
    from itinerary.export.timelinejs import to_timelinejs as to_timelinejs
    from itinerary.export.when import format_when as format_when

_HOME = {
    "FORMATS": "itinerary.export.output",
    "calendar_name": "itinerary.export.common",
    "format_when": "itinerary.export.when",
    "render": "itinerary.export.output",
    "render_text": "itinerary.export.text",
    "source_tag": "itinerary.export.common",
    "to_html": "itinerary.export.html",
    "to_ics": "itinerary.export.ical",
    "to_json": "itinerary.export.json_format",
    "to_markdown": "itinerary.export.markdown",
    "to_timelinejs": "itinerary.export.timelinejs",
    "trip_event": "itinerary.export.common",
    "validate_ics": "itinerary.export.ical",
    "write": "itinerary.export.output",
}

__all__ = [
    "FORMATS", "calendar_name", "format_when", "render", "render_text", "source_tag", "to_html", "to_ics",
    "to_json", "to_markdown", "to_timelinejs", "trip_event", "validate_ics", "write",
]


__getattr__ = lazy_names("itinerary.export", _HOME, globals())


def __dir__() -> list[str]:
    return __all__
