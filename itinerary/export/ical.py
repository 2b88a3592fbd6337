"""The itinerary as iCalendar (RFC 5545), built with the ``icalendar`` library.

METHOD:PUBLISH without ORGANIZER: RFC 5546 (iTIP) asks PUBLISH events to carry an
ORGANIZER, and libical's validator flags its absence. We keep PUBLISH (the
contract asks for it, and it is what subscribed or imported read-only calendars
use) and write no ORGANIZER, because we organise none of these events: an
invented ``mailto:`` would state something false, and some clients (Outlook)
then treat the events as meeting invitations with reply buttons. Google, Apple
and Thunderbird import PUBLISH calendars without ORGANIZER.

Determinism: no clock is read. DTSTAMP comes from the input (the latest article
publication date at 00:00:00Z, else 1970-01-01), events come in contract order,
and VTIMEZONEs are ordered by TZID.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from itinerary.export.common import (
    DAY_OR_FINER,
    TIMED,
    calendar_name,
    day_of,
    is_day_placed,
    local,
    one_line,
    safe_name,
    sorted_events,
    source_tag,
    source_tags,
    zone,
)
from itinerary.export.when import format_period
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source

if TYPE_CHECKING:
    import icalendar

PRODID = "-//itinerary//itinerary 0.1//EN"
UID_DOMAIN = "itinerary"
EPOCH_STAMP = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# Shown length of a timed event whose end is not known: clients need DTEND after DTSTART.
DEFAULT_TIMED_LENGTH = dt.timedelta(hours=1)
SHORT_REASON = 60

# RFC 5545 TEXT allows no control characters but HTAB; line breaks travel as "\n" escapes.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufeff]")  # and the byte-order mark, which parsers drop

Stamp = dt.date | dt.datetime


def clean_text(text: str) -> str:
    r"""Text as iCalendar can carry it: CRLF and lone CR become LF, other control characters go.

    >>> clean_text("a\r\nb\rc\x00d\te")
    'a\nb\ncd\te'
    """
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@lru_cache(maxsize=1)
def _exact_text() -> type[Any]:
    """The TEXT value class, made on first use so that importing this module does not import icalendar."""
    import icalendar

    class ExactText(icalendar.vText):
        r"""TEXT escaped as RFC 5545 says and nothing more.

        icalendar's vText also reads a literal backslash-N of the input as a line break;
        a quote holding ``C:\New`` must come back as written.
        """

        def to_ical(self) -> bytes:
            escaped = (str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                       .replace("\n", "\\n"))
            return escaped.encode("utf-8")

    return ExactText


def text_value(text: str, *, single_line: bool = False) -> icalendar.vText:
    """A TEXT property value: cleaned, and flattened to one line when asked (SUMMARY, LOCATION)."""
    cleaned = clean_text(text)
    return _exact_text()(one_line(cleaned) if single_line else cleaned)  # type: ignore[no-any-return]


def on_calendar(event: Event) -> bool:
    """Itinerary and context events placed to a day or better go on the calendar; the rest stay out."""
    return event.role in ("itinerary", "context") and is_day_placed(event)


def uid(event: Event, alternative: int | None = None) -> str:
    """Stable UID from the event id: re-importing updates, never duplicates."""
    suffix = f"-alt{alternative}" if alternative is not None else ""
    return f"{event.id}{suffix}@{UID_DOMAIN}"


def dtstamp(itinerary: Itinerary) -> dt.datetime:
    """DTSTAMP from the input, never the clock: the latest publication date at midnight UTC."""
    days = [a.published for a in itinerary.articles if a.published is not None]
    if not days:
        return EPOCH_STAMP
    last = max(days)
    return dt.datetime(last.year, last.month, last.day, tzinfo=dt.UTC)


def _instant(value: dt.datetime, tz_name: str | None) -> dt.datetime:
    """A datetime as written to the calendar: in its IANA zone (TZID), else UTC, else floating."""
    if zone(tz_name) is not None:
        return local(value, tz_name)
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC)
    return value


def bounds(start: Stamp, end: Stamp, precision: str, tz_name: str | None) -> tuple[Stamp, Stamp]:
    """DTSTART and exclusive DTEND: dates for all-day events (last day + 1), datetimes for timed ones."""
    if precision in TIMED and isinstance(start, dt.datetime):
        first = _instant(start, tz_name)
        last = _instant(end, tz_name) if isinstance(end, dt.datetime) else first
        if last <= first:
            last = first + DEFAULT_TIMED_LENGTH
        return first, last
    first_day = day_of(start, tz_name)
    last_day = max(day_of(end, tz_name), first_day)
    return first_day, last_day + dt.timedelta(days=1)


def _source_lines(sources: tuple[Source, ...], articles: dict[str, ArticleRef]) -> list[str]:
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for source in sources:
        if (source.article, source.quote) in seen:
            continue
        seen.add((source.article, source.quote))
        ref = articles.get(source.article)
        who = ref.outlet if ref is not None and ref.outlet else source.article
        lines.append(f'[{source_tag(source.article)}] {who}: "{source.quote}"')
    return lines


def _alternative_line(alt: Alternative, tz_name: str | None) -> str:
    when = format_period(alt.start, alt.end, alt.precision, tz_name=tz_name)
    tags = " ".join(source_tags(alt.sources))
    return f"- {when} ({alt.precision}): {alt.reason}" + (f" [{tags}]" if tags else "")


def description(event: Event, articles: dict[str, ArticleRef]) -> str:
    """What a reader of the calendar entry needs: when as written, who reported it, the quotes, the alternatives."""
    when = format_period(
        event.start, event.end, event.precision, value=event.value, mod=event.mod, tz_name=event.timezone
    )
    lines = [f"When: {when} (value {event.value}, precision {event.precision})"]
    if event.participants:
        lines.append("Who: " + "; ".join(event.participants))
    lines.append(f"Status: {event.status}")
    lines.append("Sources:")
    lines.extend(_source_lines(event.sources, articles))
    if event.alternatives:
        lines.append("Alternatives:")
        lines.extend(_alternative_line(a, event.timezone) for a in event.alternatives)
    return clean_text("\n".join(lines))


def _first_url(sources: tuple[Source, ...], articles: dict[str, ArticleRef]) -> str | None:
    for source in sources:
        ref = articles.get(source.article)
        if ref is not None and ref.url:
            return ref.url
    return None


def short_reason(reason: str, limit: int = SHORT_REASON) -> str:
    """The reason cut to ``limit`` characters at a word boundary.

    >>> short_reason("the weekday does not match the date in that year", 20)
    'the weekday does...'
    """
    flat = one_line(reason)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 3]
    head = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return head.rstrip(" ,;:") + "..."


def _base(stamp: dt.datetime, uid_text: str, summary: str, start: Stamp, end: Stamp) -> icalendar.Event:
    import icalendar

    vevent = icalendar.Event()
    vevent.add("uid", uid_text)
    vevent.add("dtstamp", stamp)
    vevent.add("summary", text_value(summary, single_line=True))
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    return vevent


def _main_vevent(event: Event, articles: dict[str, ArticleRef], stamp: dt.datetime) -> icalendar.Event:
    start, end = bounds(event.start, event.end, event.precision, event.timezone)
    vevent = _base(stamp, uid(event), event.title, start, end)
    if event.location:
        vevent.add("location", text_value(event.location, single_line=True))
    vevent.add("categories", [clean_text(event.kind)])
    vevent.add("status", "CONFIRMED" if event.status == "confirmed" else "TENTATIVE")
    vevent.add("description", text_value(description(event, articles)))
    url = _first_url(event.sources, articles)
    if url:
        vevent.add("url", one_line(clean_text(url)))
    return vevent


def _alt_vevent(
    event: Event, number: int, alt: Alternative, articles: dict[str, ArticleRef], stamp: dt.datetime
) -> icalendar.Event:
    start, end = bounds(alt.start, alt.end, alt.precision, event.timezone)
    summary = f"Alternative: {event.title} ({short_reason(alt.reason)})"
    vevent = _base(stamp, uid(event, number), summary, start, end)
    if event.location:
        vevent.add("location", text_value(event.location, single_line=True))
    vevent.add("categories", [clean_text(event.kind)])
    vevent.add("status", "TENTATIVE")
    vevent.add("transp", "TRANSPARENT")
    vevent.add("related-to", uid(event), parameters={"RELTYPE": "SIBLING"})
    lines = [f"Alternative reading of: {event.title}", f"Reason: {alt.reason}", "Sources:"]
    lines.extend(_source_lines(alt.sources, articles))
    vevent.add("description", text_value("\n".join(lines)))
    url = _first_url(alt.sources, articles)
    if url:
        vevent.add("url", one_line(clean_text(url)))
    return vevent


def _add_timezones(calendar: icalendar.Calendar, years: list[int]) -> None:
    """A VTIMEZONE for every TZID used, covering only the events' years, ordered by TZID."""
    if not years:
        return
    calendar.add_missing_timezones(first_date=dt.date(min(years), 1, 1), last_date=dt.date(max(years) + 1, 1, 1))
    # add_missing_timezones walks a set: order the VTIMEZONEs so the bytes do not depend on hashing.
    zones = sorted(calendar.timezones, key=lambda tz: str(tz["TZID"]))
    others = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    calendar.subcomponents[:] = [*zones, *others]


def to_ics(itinerary: Itinerary, *, name: str | None = None) -> bytes:
    """The itinerary as an iCalendar file (bytes, CRLF line ends, folded at 75 octets).

    >>> from itinerary.model import Itinerary
    >>> to_ics(Itinerary(), name="Tour, 2026").decode().splitlines()[:5]
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//itinerary//itinerary 0.1//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
    """
    import icalendar

    title = safe_name(clean_text(name)) if name is not None else calendar_name(itinerary)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", _exact_text()(title))
    calendar.add("x-wr-calname", _exact_text()(title))
    articles = {a.id: a for a in itinerary.articles}
    stamp = dtstamp(itinerary)
    years: list[int] = []
    for event in sorted_events(itinerary):
        if not on_calendar(event):
            continue
        vevents = [_main_vevent(event, articles, stamp)]
        for number, alt in enumerate(event.alternatives, start=1):
            if alt.precision in DAY_OR_FINER:
                vevents.append(_alt_vevent(event, number, alt, articles, stamp))
        for vevent in vevents:
            calendar.add_component(vevent)
            for key in ("dtstart", "dtend"):
                value = vevent.decoded(key)
                if isinstance(value, dt.datetime) and value.tzinfo is not None and zone(event.timezone):
                    years.append(value.year)
    _add_timezones(calendar, years)
    # calendar.to_ical() with the lines folded here: icalendar folds a character at a time in Python,
    # which was most of the export's time for a long itinerary (same bytes: test_ingest_speed_ics.py)
    lines = calendar.content_lines()
    return b"\r\n".join(fold_line(line).encode("utf-8") for line in lines if line) + b"\r\n"


FOLD_OCTETS = 75  # a folded line has fewer octets than this (RFC 5545 says at most 75), as icalendar folds
_ESCAPES = "\\^"  # a TEXT or parameter escape is not split from the character it escapes


def fold_line(line: str) -> str:
    """One content line folded as icalendar (7.x) folds it: a CRLF and a space before the character that
    would make a line reach 75 octets, never right after a backslash or caret.

    >>> fold_line("DESCRIPTION:" + "x" * 70).split("\\r\\n ")[1]
    'xxxxxxxx'
    """
    if not line.isascii():
        return _fold_chars(line)
    pieces: list[str] = []
    start = 0
    while len(line) - start > FOLD_OCTETS - 1:
        end = start + FOLD_OCTETS - 1
        if line[end - 1] in _ESCAPES:
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return "\r\n ".join(pieces)


def _fold_chars(line: str) -> str:
    """``fold_line`` a character at a time, counting each one's UTF-8 octets."""
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if current and count + size >= FOLD_OCTETS:
            if len(current) > 1 and current[-1] in _ESCAPES:
                escape = current.pop()
                pieces.append("".join(current))
                current, count = [escape], len(escape.encode("utf-8"))
            else:
                pieces.append("".join(current))
                current, count = [], 0
        current.append(char)
        count += size
    if current:
        pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _physical_line_problems(data: bytes) -> list[str]:
    problems: list[str] = []
    if not data.endswith(b"\r\n"):
        problems.append("data does not end with CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], start=1):
        if b"\r" in line or b"\n" in line:
            problems.append(f"line {number}: bare CR or LF")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not UTF-8 on its own (a character split by folding?)")
    return problems


def _vevent_problems(vevent: icalendar.cal.Component, index: int) -> list[str]:
    label = f"VEVENT {index} ({vevent.get('UID', 'no UID')})"
    problems = [f"{label}: no {key}" for key in ("UID", "DTSTAMP", "DTSTART") if key not in vevent]
    if "DTSTART" not in vevent or "DTEND" not in vevent:
        return problems
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        return [*problems, f"{label}: DTSTART and DTEND of different value types"]
    if isinstance(start, dt.datetime) and (start.tzinfo is None) != (end.tzinfo is None):
        return [*problems, f"{label}: DTSTART and DTEND mix floating and zoned times"]
    if not end > start:
        problems.append(f"{label}: DTEND {end} not after DTSTART {start}")
    return problems


def validate_ics(data: bytes) -> list[str]:
    """Problems found in an iCalendar file (empty when none).

    Checks: CRLF lines folded at 75 octets without splitting a UTF-8 character, no bare CR/LF,
    one VCALENDAR with VERSION and PRODID, every VEVENT with UID, DTSTAMP and DTSTART, DTEND after
    DTSTART, unique UIDs, and a VTIMEZONE for every TZID used.

    >>> from itinerary.model import Itinerary
    >>> validate_ics(to_ics(Itinerary()))
    []
    >>> validate_ics(b"BEGIN:VCALENDAR\\nEND:VCALENDAR\\n")[:1]
    ['data does not end with CRLF']
    """
    import icalendar

    problems = _physical_line_problems(data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        return [*problems, f"not parseable: {one_line(str(error))}"]
    problems.extend(f"calendar: no {key}" for key in ("VERSION", "PRODID") if key not in calendar)
    seen: dict[str, int] = {}
    for index, vevent in enumerate(calendar.walk("VEVENT"), start=1):
        problems.extend(_vevent_problems(vevent, index))
        key = str(vevent.get("UID", ""))
        if key and key in seen:
            problems.append(f"VEVENT {index}: UID {key} already used by VEVENT {seen[key]}")
        seen.setdefault(key, index)
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE") if "TZID" in tz}
    problems.extend(f"TZID {tzid} used without a VTIMEZONE" for tzid in sorted(_used_tzids(data) - defined))
    return problems


_TZID_PARAM = re.compile(rb";TZID=(\"[^\"\r\n]*\"|[^;:\r\n]*)")


def _used_tzids(data: bytes) -> set[str]:
    """TZID parameters on unfolded content lines (a parser-independent reading)."""
    unfolded = re.sub(rb"\r\n[ \t]", b"", data)
    found: set[str] = set()
    for line in unfolded.split(b"\r\n"):
        if line.startswith(b"TZID:"):
            continue
        name_part = line.split(b":", 1)[0]
        for m in _TZID_PARAM.finditer(name_part):
            found.add(m.group(1).strip(b'"').decode("utf-8", "replace"))
    return found
