"""Temporal engine: find date expressions as written, then place them from an explicit anchor.

``extract`` writes what the text says (open fields stay None, no clock, no guessed year);
``resolve`` places mentions from the publication date or the text's own earlier dates;
``resolve_against`` places an open mention through another article's date (reconcile);
``timex.timex_annotations`` gives the TIMEX3s for the TimeML writer.

Choices worth knowing: a range's ``value`` is the value of its start (TIMEX3 has no range
value; the end is in the reading), and its TIMEX3s are two, one per end. Ages ("11-year-old")
are adjectival durations in the itinerary but are left out of TimeML output, as TempEval-3
gold does. Numeric dates are read day-first when the first number is over 12 ("19-05-2022"),
month-first with slashes ("05/19/2022"); other dashed or dotted forms are ambiguous and not
read. An unspecified amount ("several days") spans 2..9 units in ``duration_days``.

>>> from itinerary.temporal import extract, resolve
>>> import datetime as dt
>>> text = "The three-day visit begins Sunday, January 4, 2026."
>>> [(r.mention.text, r.value) for r in resolve(text, extract(text), dt.date(2026, 1, 2))]
[('three-day', 'P3D'), ('Sunday, January 4, 2026', '2026-01-04')]
"""

from itinerary.temporal.extract import extract
from itinerary.temporal.resolve import resolve, resolve_against
from itinerary.temporal.values import duration_days, timex_duration

__all__ = ["duration_days", "extract", "resolve", "resolve_against", "timex_duration"]
