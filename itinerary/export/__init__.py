"""Export stage: the reconciled itinerary as iCalendar, JSON, a text timeline, HTML, Markdown and TimelineJS.

>>> from itinerary.model import Itinerary
>>> to_json(Itinerary()).startswith('{\\n  "schema": "itinerary/1"')
True
"""

from __future__ import annotations

from itinerary.export.common import calendar_name, source_tag, trip_event
from itinerary.export.html import to_html
from itinerary.export.ical import to_ics, validate_ics
from itinerary.export.json_format import to_json
from itinerary.export.markdown import to_markdown
from itinerary.export.output import FORMATS, render, write
from itinerary.export.text import render_text
from itinerary.export.timelinejs import to_timelinejs
from itinerary.export.when import format_when

__all__ = [
    "FORMATS",
    "calendar_name",
    "format_when",
    "render",
    "render_text",
    "source_tag",
    "to_html",
    "to_ics",
    "to_json",
    "to_markdown",
    "to_timelinejs",
    "trip_event",
    "validate_ics",
    "write",
]
