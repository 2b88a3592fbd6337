"""The itinerary as a Markdown timeline for notes and wikis (CommonMark and GitHub flavoured).

Same structure as the text timeline: the trip, one heading per day, the events with no day
of their own, then context and background in tables, unresolved mentions and the sources.
Every piece of text from the articles is escaped, so a title holding ``*`` or ``|`` stays text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from itinerary.export.common import (
    continuing,
    day_of,
    day_plan,
    is_day_placed,
    is_timed,
    one_line,
    sort_key,
    sorted_events,
    source_tag,
    source_tags,
    span_days,
    trip_event,
)
from itinerary.export.text import span_text
from itinerary.export.when import format_clock, format_day, format_when
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source

STATUS_BADGE: dict[str, str] = {"confirmed": "", "tentative": " _(tentative)_", "disputed": " **(disputed)**"}
QUOTE_LIMIT = 280

# Characters with an inline meaning in CommonMark, GFM tables and GitHub math ($). Block markers
# (#, -, +, 1.) need no escape: article text never starts a line here.
SPECIAL = "\\`*_[]<>|~&$"
# each gets a backslash before it, by a table: str.translate does it in one pass (a regex substitution with a
# group template cost most of the Markdown export; test_export_speed_markdown.py checks they agree)
_ESCAPE_TABLE = {ord(char): "\\" + char for char in SPECIAL}


def escape(text: str) -> str:
    r"""Text as literal Markdown on one line.

    >>> escape("Summit *with* [leaders] | 2026")
    'Summit \\*with\\* \\[leaders\\] \\| 2026'
    """
    return one_line(text).translate(_ESCAPE_TABLE)


def _cut(text: str, limit: int = QUOTE_LIMIT) -> str:
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    return (head.rsplit(" ", 1)[0] if " " in head else head) + "…"


def tags(sources: Iterable[Source]) -> str:
    """Source tags as links to the source list: '[\\[001\\]](#src-001)'."""
    unique = source_tags(sources)
    return " ".join(f"[\\[{escape(tag)}\\]](#src-{anchor(tag)})" for tag in unique)


def anchor(tag: str) -> str:
    """A link target made of safe characters only.

    >>> anchor("B1 bishop/visit")
    'b1-bishop-visit'
    """
    return re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-") or "x"


def quote_lines(sources: tuple[Source, ...], indent: str) -> list[str]:
    """One quote per article (the first), so a trip cited forty times stays readable."""
    lines: list[str] = []
    seen: set[str] = set()
    for source in sources:
        if source.article in seen:
            continue
        seen.add(source.article)
        lines.append(f"{indent}- \\[{escape(source_tag(source.article))}\\] “{escape(_cut(source.quote))}”")
    return lines


def _place(event: Event) -> str:
    if event.location and event.location.casefold() not in event.title.casefold():
        return f" — {escape(event.location)}"
    return ""


def _with_tags(text: str, sources: tuple[Source, ...]) -> str:
    found = tags(sources)
    return f"{text} {found}" if found else text


def alternative_line(alt: Alternative, tz: str | None, indent: str) -> str:
    when = escape(span_text(alt.start, alt.end, alt.precision, tz))
    return _with_tags(f"{indent}- ⚠ _Alternative:_ {when} — {escape(alt.reason)}", alt.sources)


def event_lines(event: Event, lead: str = "") -> list[str]:
    """An event as a list item (``lead``, already Markdown, before it), its alternatives and quotes nested."""
    clock = f"{escape(format_clock(event.start, event.timezone))} " if is_timed(event) and isinstance(
        event.start, dt.datetime) else ""
    days = span_days(event)
    until = ""
    if days > 1 and is_day_placed(event):
        until = f" (until {format_day(day_of(event.end, event.timezone))}, {days} days)"
    head = f"- {lead}{clock}**{escape(event.title)}**{STATUS_BADGE[event.status]}{_place(event)}{until}"
    lines = [_with_tags(head, event.sources)]
    lines.extend(alternative_line(alt, event.timezone, "  ") for alt in event.alternatives)
    lines.extend(quote_lines(event.sources, "  "))
    return lines


def header(trip: Event | None, title: str) -> list[str]:
    lines = [f"# {escape(title)}", ""]
    if trip is None:
        return lines
    first, last = day_of(trip.start, trip.timezone), day_of(trip.end, trip.timezone)
    days = span_days(trip)
    period = format_day(first) if first == last else f"{format_day(first)} – {format_day(last)}"
    lines.append(_with_tags(f"**{period}** ({days} {'day' if days == 1 else 'days'})"
                            f"{STATUS_BADGE[trip.status]}{_place(trip)}", trip.sources))
    lines.append("")
    for alt in trip.alternatives:
        when = escape(span_text(alt.start, alt.end, alt.precision, trip.timezone))
        lines.append(_with_tags(f"> ⚠ Also reported: {when} — {escape(alt.reason)}", alt.sources))
        lines.append(">")
    if trip.alternatives:
        lines.pop()
        lines.append("")
    return lines


def day_sections(events: tuple[Event, ...], trip: Event | None) -> list[str]:
    dated, starts, days = day_plan(events, trip)
    running = continuing(dated, days)
    lines: list[str] = []
    for day in days:
        lines.extend([f"## {format_day(day)}", ""])
        items: list[str] = []
        for event in sorted(starts.get(day, []), key=sort_key):
            items.extend(event_lines(event))
        for event, nth in running.get(day, ()):
            items.append(f"- ↳ {escape(event.title)}{_place(event)}, day {nth} of {span_days(event)}")
        lines.extend(items or ["_Nothing reported for this day._"])
        lines.append("")
    return lines


def undated_section(events: tuple[Event, ...], trip: Event | None) -> list[str]:
    undated = [e for e in events if e.role == "itinerary" and not is_day_placed(e) and e is not trip]
    if not undated:
        return []
    lines = ["## During the trip, day not reported" if trip is not None else "## Day not reported", ""]
    for event in undated:
        frame = ""
        if event.placed:
            frame = f"{format_when(event)}:"
        elif trip is None or (event.start, event.end) != (trip.start, trip.end):
            frame = f"within {span_text(event.start, event.end, event.precision, event.timezone)}:"
        lines.extend(event_lines(event, lead=f"{escape(frame)} " if frame else ""))
    lines.append("")
    return lines


def when_table(title: str, events: list[Event]) -> list[str]:
    """Context or background as a table: when as written, what, where, sources."""
    if not events:
        return []
    lines = [f"## {title}", "", "| When | Event | Where | Sources |", "| --- | --- | --- | --- |"]
    for event in events:
        what = f"{escape(event.title)}{STATUS_BADGE[event.status]}"
        for alt in event.alternatives:
            what += f"<br>⚠ _Alternative:_ {escape(span_text(alt.start, alt.end, alt.precision, event.timezone))}"
            what += f" — {escape(alt.reason)}"
        lines.append(f"| {escape(format_when(event))} | {what} | {escape(event.location or '')} | "
                     f"{tags(event.sources)} |")
    lines.append("")
    return lines


def unresolved_section(itinerary: Itinerary) -> list[str]:
    if not itinerary.unresolved:
        return []
    lines = [f"## Unresolved ({len(itinerary.unresolved)})", ""]
    for item in sorted(itinerary.unresolved, key=lambda u: (u.article, u.start, u.end, u.text, u.reason)):
        lines.append(f"- \\[{escape(source_tag(item.article))}\\] “{escape(item.text)}” — {escape(item.reason)}")
    lines.append("")
    return lines


def source_line(ref: ArticleRef) -> str:
    tag = source_tag(ref.id)
    name = escape(": ".join(x for x in (ref.outlet, ref.title) if x) or ref.id)
    linked = f"[{name}](<{ref.url.replace('>', '%3E')}>)" if ref.url else name
    published = f", {ref.published.isoformat()}" if ref.published else ""
    return f'- <a id="src-{anchor(tag)}"></a>\\[{escape(tag)}\\] {linked}{published} — `{ref.path.replace("`", "")}`'


def sources_section(articles: tuple[ArticleRef, ...]) -> list[str]:
    if not articles:
        return []
    return ["## Sources", "", *(source_line(ref) for ref in sorted(articles, key=lambda a: a.id)), ""]


def to_markdown(itinerary: Itinerary) -> str:
    """The itinerary as a Markdown document.

    >>> from itinerary.model import Itinerary
    >>> to_markdown(Itinerary())
    '# Itinerary\\n'
    """
    events = sorted_events(itinerary)
    trip = trip_event(itinerary)
    lines = header(trip, trip.title if trip is not None else "Itinerary")
    lines += day_sections(events, trip)
    lines += undated_section(events, trip)
    lines += when_table("Context", [e for e in events if e.role == "context"])
    lines += when_table("Background", [e for e in events if e.role == "background"])
    lines += unresolved_section(itinerary)
    lines += sources_section(itinerary.articles)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"
