"""The itinerary as a text timeline for the terminal: one block per day of the trip, then the rest.

Layout is computed as plain text first (wrapped to ``width`` columns, source tags
right-aligned); colour, when wanted, only styles those same lines through rich.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TextIO

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
from itinerary.export.when import format_clock, format_day, format_period, format_when
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source, Unresolved

Segment = tuple[str, str]  # (text, rich style)
Line = list[Segment]

# A frame longer than this is not drawn day by day (only days with events are): a bad trip range
# must not print years of empty days.
WHEN_COLUMN_MAX = 22
STATUS_MARK: dict[str, str] = {"confirmed": "", "tentative": " (tentative)", "disputed": " (disputed)"}

# Control characters (C0, DEL, C1) of article text must not reach a terminal: ESC and CSI would let
# a hostile article move the cursor, recolour or retitle it.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

STYLE_HEADER = "bold"
STYLE_DAY = "bold cyan"
STYLE_SECTION = "bold"
STYLE_TAGS = "dim"
STYLE_ALT = "yellow"
STYLE_CONT = "dim"
STYLE_DISPUTED = "red"


def tags_of(sources: Iterable[Source]) -> str:
    """Source tags in first-seen order, without repeats: '001 002'."""
    return " ".join(source_tags(sources))


def _split_cells(word: str, room: int) -> list[str]:
    """A word too long for a line, cut into pieces of at most ``room`` terminal cells."""
    from rich.cells import get_character_cell_size

    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for char in word:
        size = get_character_cell_size(char)
        if current and used + size > room:
            pieces.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += size
    if current:
        pieces.append("".join(current))
    return pieces


def printable(text: str) -> str:
    r"""Text with control characters removed, as it may go to a terminal.

    >>> printable("Summit\x1b[2J in Paris\x9b")
    'Summit[2J in Paris'
    """
    return _CONTROL.sub("", text)


def _cell_measure(*texts: str) -> Callable[[str], int]:
    """How to measure the cells of these printable texts: ``len`` when they are ASCII (every printable ASCII
    character takes one cell; ``test_export_speed_cells.py`` checks it against rich), else rich's ``cell_len``,
    which looks each character up."""
    if all(text.isascii() for text in texts):
        return len
    from rich.cells import cell_len

    return cell_len


def wrap(text: str, room: int, first: str, indent: str) -> list[str]:
    """Greedy word wrap measured in terminal cells (a CJK character takes two), long words cut."""
    lines: list[str] = []
    first = printable(first)
    flat = printable(one_line(text))
    cell_len = _cell_measure(first, flat, indent)
    line, used = first, cell_len(first)
    fresh = True  # nothing of the text on this line yet
    for word in flat.split(" "):
        if not word:
            continue
        size = cell_len(word)
        if not fresh and used + 1 + size <= room:
            line, used = f"{line} {word}", used + 1 + size
            continue
        if not fresh:
            lines.append(line)
            line, used = indent, len(indent)
        if used + size <= room:
            pieces = [word]
        else:
            # the first piece fills what is left of this line, the rest fill whole continuation lines
            head = _split_cells(word, max(room - used, 1))[0]
            pieces = [head, *_split_cells(word[len(head):], max(room - len(indent), 1))]
        for piece in pieces[:-1]:
            lines.append(line + piece)
            line, used = indent, len(indent)
        line, used = line + pieces[-1], used + cell_len(pieces[-1])
        fresh = False
    lines.append(line.rstrip())
    return lines


BODY_FLOOR = 10  # cells a body keeps on a line, however long the lead-in or deep the indent


def entry(first: str, body: str, tags: str, width: int, indent: int, style: str = "") -> list[Line]:
    """``first`` + ``body`` wrapped to ``width`` (continuation lines indented), tags right-aligned on the last line."""
    from rich.cells import cell_len

    tag_text = f"[{printable(tags)}]" if tags else ""
    room = width - (len(tag_text) + 2 if tag_text else 0)
    lead: list[Line] = []
    shown = printable(first)
    if cell_len(shown) + BODY_FLOOR > room and first.strip():
        # a long lead-in ("early 2000-01-01 17:01 KST .. 2000-01-02 00:01 KST") leaves the body too little
        # room: the lead-in takes a line of its own and the body starts below it
        lead, first = [[(shown.rstrip(), style)]], " " * indent
    room = max(room, indent + BODY_FLOOR, len(first) + BODY_FLOOR)
    wrapped = wrap(body, room, first, " " * indent)
    lines: list[Line] = [*lead, *([(text, style)] for text in wrapped)]
    if tag_text:
        last = wrapped[-1]
        if cell_len(last) + 2 + len(tag_text) <= width:
            lines[-1] = [(last, style), (" " * (width - cell_len(last) - len(tag_text)), ""), (tag_text, STYLE_TAGS)]
        else:  # the body's floor left no room for the tags: they get a line of their own
            lines.append([(" " * max(0, width - len(tag_text)), ""), (tag_text, STYLE_TAGS)])
    return lines


def span_text(start: dt.date | dt.datetime, end: dt.date | dt.datetime, precision: str, tz: str | None) -> str:
    """Day ranges with weekdays ('Wed 2026-01-07 .. Thu 2026-01-08'); anything else as format_period says."""
    if precision == "day":
        first, last = day_of(start, tz), day_of(end, tz)
        return format_day(first) if first == last else f"{format_day(first)} .. {format_day(last)}"
    return format_period(start, end, precision, tz_name=tz)


def alternative_lines(alt: Alternative, tz: str | None, width: int, indent: int) -> list[Line]:
    body = f"{span_text(alt.start, alt.end, alt.precision, tz)} - {alt.reason}"
    return entry(" " * indent + "? alternative: ", body, tags_of(alt.sources), width, indent + 4, STYLE_ALT)


def _place(event: Event) -> str:
    if event.location and event.location.casefold() not in event.title.casefold():
        return f" - {event.location}"
    return ""


def day_entry(event: Event, width: int) -> list[Line]:
    """An event on its first day: time, title, place, its range when it lasts several days."""
    clock = f"{format_clock(event.start, event.timezone)} " if is_timed(event) and isinstance(
        event.start, dt.datetime
    ) else ""
    days = span_days(event)
    until = f" (until {format_day(day_of(event.end, event.timezone))}, {days} days)" if days > 1 else ""
    body = f"{clock}{event.title}{STATUS_MARK[event.status]}{_place(event)}{until}"
    style = STYLE_DISPUTED if event.status == "disputed" else ""
    lines = entry("  * ", body, tags_of(event.sources), width, 6, style)
    for alt in event.alternatives:
        lines.extend(alternative_lines(alt, event.timezone, width, 6))
    return lines


def header(trip: Event | None, width: int) -> list[Line]:
    if trip is None:
        return [[("Itinerary", STYLE_HEADER)]]
    first, last = day_of(trip.start, trip.timezone), day_of(trip.end, trip.timezone)
    days = span_days(trip)
    period = format_day(first) if first == last else f"{format_day(first)} .. {format_day(last)}"
    plural = "day" if days == 1 else "days"
    status = "" if trip.status == "confirmed" else f", {trip.status}"
    where = f" - {trip.location}" if trip.location and trip.location.casefold() not in trip.title.casefold() else ""
    lines: list[Line] = entry("", f"{trip.title}{where}", "", width, 2, STYLE_HEADER)  # wrapped: titles are text
    lines.extend(entry("  ", f"{period} ({days} {plural}{status})", tags_of(trip.sources), width, 4, STYLE_HEADER))
    for alt in trip.alternatives:
        alt_body = f"{span_text(alt.start, alt.end, alt.precision, trip.timezone)} - {alt.reason}"
        lines.extend(entry("  also reported: ", alt_body, tags_of(alt.sources), width, 4, STYLE_ALT))
    return lines


def day_blocks(events: tuple[Event, ...], trip: Event | None, width: int) -> list[Line]:
    """One block per day of the trip (empty days too) and per other day an itinerary event starts."""
    dated, starts, days = day_plan(events, trip)
    running = continuing(dated, days)
    lines: list[Line] = []
    for day in days:
        lines.append([(format_day(day), STYLE_DAY)])
        for event in sorted(starts.get(day, []), key=sort_key):
            lines.extend(day_entry(event, width))
        for event, nth in running.get(day, ()):
            body = f"{event.title}{_place(event)}, day {nth} of {span_days(event)}"
            lines.extend(entry("  ~ ", body, "", width, 6, STYLE_CONT))
    return lines


def undated_block(events: tuple[Event, ...], trip: Event | None, width: int) -> list[Line]:
    """Itinerary events with no day of their own: within the trip, or within a leg."""
    undated = [e for e in events if e.role == "itinerary" and not is_day_placed(e) and e is not trip]
    if not undated:
        return []
    title = "During the trip, day not reported" if trip is not None else "Day not reported"
    lines: list[Line] = [[(title, STYLE_SECTION)]]
    for event in undated:
        frame = ""
        if event.placed:  # placed, but vaguer than a day, or with an open mod
            frame = f" ({format_when(event)})"
        elif trip is None or (event.start, event.end) != (trip.start, trip.end):  # within a leg
            frame = f" (within {span_text(event.start, event.end, event.precision, event.timezone)})"
        body = f"{event.title}{STATUS_MARK[event.status]}{_place(event)}{frame}"
        lines.extend(entry("  * ", body, tags_of(event.sources), width, 6))
        for alt in event.alternatives:
            lines.extend(alternative_lines(alt, event.timezone, width, 6))
    return lines


def when_block(title: str, events: list[Event], width: int) -> list[Line]:
    """Context or background events, each with its time as written, in a column."""
    if not events:
        return []
    whens = [format_when(e) for e in events]
    column = min(max(len(w) for w in whens), WHEN_COLUMN_MAX) + 2
    lines: list[Line] = [[(title, STYLE_SECTION)]]
    for event, when in zip(events, whens):
        first = f"  {when.ljust(column)}" if len(when) < column else f"  {when}  "
        body = f"{event.title}{STATUS_MARK[event.status]}{_place(event)}"
        lines.extend(entry(first, body, tags_of(event.sources), width, 2 + column))
        for alt in event.alternatives:
            lines.extend(alternative_lines(alt, event.timezone, width, 2 + column))
    return lines


def unresolved_block(items: tuple[Unresolved, ...], width: int) -> list[Line]:
    if not items:
        return []
    lines: list[Line] = [[(f"Unresolved ({len(items)})", STYLE_SECTION)]]
    for item in sorted(items, key=lambda u: (u.article, u.start, u.end, u.text, u.reason)):
        lines.extend(entry(f"  [{source_tag(item.article)}] ", f'"{item.text}" - {item.reason}', "", width, 6))
    return lines


def sources_block(articles: tuple[ArticleRef, ...], width: int) -> list[Line]:
    if not articles:
        return []
    lines: list[Line] = [[("Sources", STYLE_SECTION)]]
    for ref in sorted(articles, key=lambda a: a.id):
        name = ": ".join(x for x in (ref.outlet, ref.title) if x) or ref.id
        published = f", {ref.published.isoformat()}" if ref.published else ""
        lines.extend(entry(f"  [{source_tag(ref.id)}] ", f"{name}{published} - {ref.path}", "", width, 6))
    return lines


def timeline_lines(itinerary: Itinerary, width: int = 80) -> list[Line]:
    """The whole timeline as styled lines (the plain text is their concatenation)."""
    events = sorted_events(itinerary)
    trip = trip_event(itinerary)
    blocks = [
        header(trip, width),
        day_blocks(events, trip, width),
        undated_block(events, trip, width),
        when_block("Context", [e for e in events if e.role == "context"], width),
        when_block("Background", [e for e in events if e.role == "background"], width),
        unresolved_block(itinerary.unresolved, width),
        sources_block(itinerary.articles, width),
    ]
    lines: list[Line] = []
    for block in blocks:
        if block:
            if lines:
                lines.append([])
            lines.extend(block)
    return lines


def render_text(itinerary: Itinerary, out: TextIO, *, color: bool | None = None, width: int = 80) -> None:
    """Write the timeline to ``out``; colour only when asked, or when ``color`` is None and ``out`` is a terminal.

    >>> import io
    >>> from itinerary.model import Itinerary
    >>> buf = io.StringIO(); render_text(Itinerary(), buf); buf.getvalue()
    'Itinerary\\n'
    """
    if color is None:
        isatty = getattr(out, "isatty", None)
        color = bool(isatty()) if callable(isatty) else False
    lines = timeline_lines(itinerary, width)
    if not color:
        out.writelines("".join(text for text, _ in line).rstrip() + "\n" for line in lines)
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, force_terminal=True, width=width, no_color=False, highlight=False)
    for line in lines:
        console.print(Text.assemble(*line), soft_wrap=True)
