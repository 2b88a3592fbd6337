"""The itinerary as one self-contained HTML page: a visual timeline, then the details.

Nothing is loaded from the network: CSS, the SVG charts and a few lines of JavaScript are inline,
and the only URLs are links to the source articles. The page has:

- the trip's days as columns and one lane per dated event (timed events at their local hour),
  each alternative reading in a lane of its own, hatched and dashed, labelled with its reason;
  events with no day of their own drawn dotted over the span that frames them;
- context and background on a coarser scale (years), with the trip marked on it;
- a card per event with its alternatives and its sources (outlet, quote, link). Hovering a bar
  shows its sources; clicking it opens its card.

Same input, same bytes: no clock, no random ids, everything in contract order.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable

from itinerary.export.common import (
    MAX_FRAME_DAYS,
    article_name,
    articles_of,
    day_of,
    is_day_placed,
    is_timed,
    local,
    one_line,
    quoted,
    quotes_by_article,
    sorted_events,
    source_tag,
    span_days,
    trip_event,
)
from itinerary.export.ical import short_reason
from itinerary.export.text import span_text
from itinerary.export.when import format_clock, format_day, format_when
from itinerary.model import Alternative, ArticleRef, Event, Itinerary, Source

# ---------------------------------------------------------------------------------------- layout
CHART_WIDTH = 1100  # px of the day grid, labels included
LABEL_CHARS_PX = 6.6  # rough width of one character at the chart's 12px font
LANE = 30
BAR = 20
HEAD = 46
MARGIN_DAYS = 1
SCALE_LEFT = 60
ROW = 24

# Colour per event kind (vocabulary, not data): the families of events a trip report has.
KIND_COLOURS: dict[str, str] = {
    "visit": "#3b6ea8", "trip": "#3b6ea8", "tour": "#3b6ea8", "stay": "#5b8fc7", "travel": "#6c7fa3",
    "summit": "#8a3ea8", "meeting": "#2f8f83", "talks": "#2f8f83", "ceremony": "#b5651d",
    "forum": "#4f8a3a", "signing": "#a83e5c", "interview": "#6b6b6b", "statement": "#6b6b6b",
    "military": "#a83232", "statistic": "#7a7a7a", "anniversary": "#b5651d", "site_visit": "#b5651d",
}
DEFAULT_COLOUR = "#55708f"
STATUS_LABEL: dict[str, str] = {"confirmed": "confirmed", "tentative": "tentative", "disputed": "disputed"}

CSS = """
:root{--ink:#1f2733;--muted:#5d6775;--line:#d9dee5;--paper:#fbfbf8;--alt:#c2571a;--card:#fff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);
background:var(--paper)}
header,main,footer{max-width:1180px;margin:0 auto;padding:0 24px}
header{padding-top:26px}
h1{font-size:28px;margin:0 0 4px}
h2{font-size:19px;margin:30px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px;color:var(--muted)}
.sub{color:var(--muted);margin:0 0 10px}
.chip{display:inline-block;font-size:12px;padding:1px 8px;border-radius:10px;background:#e7ecf2;color:#334;
margin-left:6px;vertical-align:2px}
.chip.disputed{background:#fbe3d6;color:#8a3510}.chip.tentative{background:#fff1c9;color:#6d5300}
.alsos{margin:6px 0 0;padding:0;list-style:none}.alsos li{color:var(--alt);font-size:14px}
.chart{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px;overflow-x:auto;margin:14px 0}
svg text{font:12px system-ui,"DejaVu Sans",sans-serif;fill:var(--ink)}
svg .day text,svg .axis text{fill:var(--muted)}
svg .day .wd{font-weight:600;fill:var(--ink)}
svg .lbl-in{fill:#fff;font-weight:600}
svg .lbl-alt{fill:var(--alt);font-style:italic}
svg a .bar-rect{transition:opacity .15s}svg a:hover .bar-rect,svg a:focus .bar-rect{opacity:.75}
svg a{cursor:pointer}
.legend{display:flex;flex-wrap:wrap;gap:16px;font-size:13px;color:var(--muted);margin:6px 4px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.sw{display:inline-block;width:22px;height:12px;border-radius:3px}
.cards{display:grid;gap:10px}
details.card{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--c);border-radius:6px;
padding:8px 12px}
details.card[open]{box-shadow:0 2px 8px rgba(0,0,0,.06)}
details.card:target,details.card.hit{outline:3px solid #f2b233}
details.card summary{cursor:pointer;list-style-position:outside}
.when{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:8px}
.where{color:var(--muted)}
.tags{float:right;color:var(--muted);font-size:12px}
.card ul{margin:6px 0;padding-left:20px}
.card .alt{color:var(--alt)}
blockquote{margin:4px 0 8px;padding:2px 10px;border-left:3px solid var(--line);color:#333;font-size:14px}
.src{font-size:13px;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:14px}
td,th{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
footer{color:var(--muted);font-size:12px;padding:20px 24px 40px}
"""

SCRIPT = """
(function(){
  function open(id){var card=document.getElementById(id);if(!card){return;}
    card.open=true;document.querySelectorAll('.card.hit').forEach(function(c){c.classList.remove('hit');});
    card.classList.add('hit');card.scrollIntoView({block:'center'});}
  document.querySelectorAll('a.ev').forEach(function(a){a.addEventListener('click',function(e){
    e.preventDefault();open(a.getAttribute('data-card'));});});
  document.body.setAttribute('data-ready','1');
})();
"""


# ------------------------------------------------------------------------------------------ text


def esc(text: str) -> str:
    """HTML text on one line, quotes escaped too (safe in attributes)."""
    return html.escape(one_line(text), quote=True)


def slug(text: str) -> str:
    """An id fragment of safe characters.

    >>> slug("Summit/Talks #1")
    'summit-talks-1'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


def colour(event: Event) -> str:
    return KIND_COLOURS.get(event.kind, DEFAULT_COLOUR)


def tags_of(sources: Iterable[Source]) -> str:
    return " ".join(f"[{source_tag(article)}]" for article in articles_of(sources))


def tooltip(event: Event, when: str, alt: Alternative | None = None) -> str:
    """What hovering a bar shows: the title, when, the reason for an alternative, and the sources."""
    lines = [f"{'Alternative: ' if alt else ''}{one_line(event.title)}", when]
    if alt is not None:
        lines.append(f"Why: {one_line(alt.reason)}")
    elif event.status != "confirmed":
        lines.append(f"Status: {event.status}")
    sources = alt.sources if alt is not None else event.sources
    # thousands of sources quote a few sentences: flatten each distinct (article, quote) once
    quotes = dict.fromkeys((source_tag(article), one_line(quote)) for article, quote in quoted(sources))
    lines.extend(f"[{tag}] “{short_reason(quote, 160)}”" for tag, quote in list(quotes)[:4])
    if len(quotes) > 4:
        lines.append(f"… and {len(quotes) - 4} more (click)")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------- the day chart


def frame_days(events: tuple[Event, ...], trip: Event | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of the chart: the trip (or the dated events) with a day of margin each side."""
    dated = [e for e in events if e.role == "itinerary" and is_day_placed(e)]
    if not dated:
        return None
    anchor = trip if trip is not None else min(dated, key=lambda e: day_of(e.start, e.timezone))
    first = day_of(anchor.start, anchor.timezone)
    last = day_of(anchor.end, anchor.timezone) if trip is not None else first
    for event in dated:
        days = [day_of(event.start, event.timezone), day_of(event.end, event.timezone)]
        days += [day_of(x, event.timezone) for a in event.alternatives if a.precision in ("day", "hour", "minute")
                 for x in (a.start, a.end)]
        first, last = min(first, *days), max(last, *days)
    first -= dt.timedelta(days=MARGIN_DAYS)
    last = min(last + dt.timedelta(days=MARGIN_DAYS), first + dt.timedelta(days=MAX_FRAME_DAYS - 1))
    return first, last


class DayChart:
    """Positions on the day grid: x of a day or of an instant in its local time."""

    def __init__(self, first: dt.date, last: dt.date) -> None:
        self.first, self.last = first, last
        self.days = (last - first).days + 1
        self.day_w = max(CHART_WIDTH / self.days, 18.0)
        self.width = self.day_w * self.days

    def x_day(self, day: dt.date) -> float:
        offset = min(max((day - self.first).days, 0), self.days)
        return offset * self.day_w

    def x_at(self, value: dt.date | dt.datetime, tz: str | None) -> float:
        if isinstance(value, dt.datetime):
            wall = local(value, tz)
            day = self.x_day(wall.date())
            return day + (wall.hour * 60 + wall.minute) / 1440 * self.day_w
        return self.x_day(value)


def _bar_span(chart: DayChart, start: dt.date | dt.datetime, end: dt.date | dt.datetime, precision: str,
              tz: str | None) -> tuple[float, float]:
    if precision in ("hour", "minute") and isinstance(start, dt.datetime):
        x0 = chart.x_at(start, tz)
        x1 = chart.x_at(end, tz) if isinstance(end, dt.datetime) and end > start else x0
        return x0, max(x1, x0 + max(chart.day_w / 12, 8.0))
    return chart.x_day(day_of(start, tz)), chart.x_day(day_of(end, tz) + dt.timedelta(days=1))


def _fit(text: str, room: float) -> str:
    """The text cut (with an ellipsis) to about ``room`` pixels."""
    chars = max(int(room / LABEL_CHARS_PX), 4)
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _label(x0: float, x1: float, y: float, text: str, width: float, css: tuple[str, str]) -> str:
    """A bar's label: inside when it fits, else beside it on the side with room, else cut to the wider room.

    ``css`` is the class inside the bar, then beside it.
    """
    need = len(text) * LABEL_CHARS_PX + 12
    base = y + BAR / 2 + 4
    inside, right, left = x1 - x0, width - x1, x0
    if inside >= need or (inside >= right and inside >= left):
        return f'<text class="{css[0]}" x="{x0 + 6:.1f}" y="{base:.1f}">{esc(_fit(text, inside - 12))}</text>'
    if right >= need or right >= left:
        return f'<text class="{css[1]}" x="{x1 + 5:.1f}" y="{base:.1f}">{esc(_fit(text, right - 10))}</text>'
    return (f'<text class="{css[1]}" x="{x0 - 5:.1f}" y="{base:.1f}" text-anchor="end">'
            f"{esc(_fit(text, left - 10))}</text>")


def _bar(card: str, span: tuple[float, float], y: float, paint: str, label: tuple[str, str, str], tip: str,
         width: float, kind: str) -> str:
    """A clickable bar: ``paint`` holds its fill/stroke attributes, ``label`` its text and CSS classes."""
    x0, x1 = span
    rect = (f'<rect class="bar-rect" x="{x0 + 1:.1f}" y="{y:.1f}" width="{max(x1 - x0 - 2, 4):.1f}" '
            f'height="{BAR}" rx="4" stroke-width="1.6" {paint}/>')
    return (f'<a class="ev {kind}" href="#{card}" data-card="{card}"><title>{esc_multiline(tip)}</title>'
            f'{rect}{_label(x0, x1, y, label[0], width, (label[1], label[2]))}</a>')


def esc_multiline(text: str) -> str:
    return "&#10;".join(html.escape(line, quote=True) for line in text.split("\n"))


def _when_of(event: Event) -> str:
    if is_timed(event) or event.mod or event.precision != "day":
        return format_when(event)
    return span_text(event.start, event.end, event.precision, event.timezone)


def _paint(event: Event) -> str:
    """Confirmed: solid; tentative: paler with a dotted edge; disputed: solid with a dashed dark edge."""
    tint = colour(event)
    if event.status == "tentative":
        return f'fill="{tint}" fill-opacity="0.55" stroke="{tint}" stroke-dasharray="2 3"'
    if event.status == "disputed":
        return f'fill="{tint}" stroke="#7a2e0e" stroke-dasharray="6 3"'
    return f'fill="{tint}" stroke="{tint}"'


def _main_bar(event: Event, card: str, chart: DayChart, y: float, kind: str = "main") -> str:
    span = _bar_span(chart, event.start, event.end, event.precision, event.timezone)
    clock = f"{format_clock(event.start, event.timezone)} " if is_timed(event) and isinstance(
        event.start, dt.datetime) else ""
    status = "" if event.status == "confirmed" else f" ({event.status})"
    return _bar(card, span, y, _paint(event), (f"{clock}{event.title}{status}", "lbl-in", "lbl"),
                tooltip(event, _when_of(event)), chart.width, f"{kind} {event.status}")


def _alt_bar(event: Event, number: int, alt: Alternative, card: str, chart: DayChart, y: float) -> str:
    span = _bar_span(chart, alt.start, alt.end, alt.precision, event.timezone)
    when = span_text(alt.start, alt.end, alt.precision, event.timezone)
    label = f"alternative: {short_reason(alt.reason, 48)}"
    paint = 'fill="url(#hatch)" stroke="#c2571a" stroke-dasharray="5 3"'
    return _bar(card, span, y, paint, (label, "lbl-alt", "lbl-alt"), tooltip(event, when, alt), chart.width,
                f"alt alt{number}")


def _unplaced_bar(event: Event, card: str, chart: DayChart, y: float) -> str:
    span = _bar_span(chart, event.start, event.end, "day", event.timezone)
    paint = f'fill="none" stroke="{colour(event)}" stroke-dasharray="1 4"'
    return _bar(card, span, y, paint, (f"{event.title} (day not reported)", "lbl", "lbl"),
                tooltip(event, "day not reported"), chart.width, "unplaced")


def _defs() -> str:
    return ('<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect width="8" height="8" fill="#fdf0e6"/>'
            '<line x1="0" y1="0" x2="0" y2="8" stroke="#e9a77d" stroke-width="3"/></pattern></defs>')


def _grid(chart: DayChart, height: float, trip: Event | None) -> list[str]:
    parts: list[str] = []
    trip_days: tuple[dt.date, dt.date] | None = None
    if trip is not None:
        trip_days = (day_of(trip.start, trip.timezone), day_of(trip.end, trip.timezone))
    for n in range(chart.days):
        day = chart.first + dt.timedelta(days=n)
        x = chart.x_day(day)
        in_trip = trip_days is not None and trip_days[0] <= day <= trip_days[1]
        shade = "#eef4fb" if in_trip else ("#f4f4f1" if day.weekday() >= 5 else "#ffffff")
        parts.append(f'<g class="day"><rect x="{x:.1f}" y="0" width="{chart.day_w:.1f}" height="{height:.1f}" '
                     f'fill="{shade}"/><line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height:.1f}" '
                     f'stroke="#dde2e8"/>')
        if chart.day_w >= 60:
            parts.append(f'<text class="wd" x="{x + 6:.1f}" y="17">{format_day(day)[:3]}</text>'
                         f'<text x="{x + 6:.1f}" y="33">{day.isoformat()}</text></g>')
        else:
            parts.append(f'<text class="wd" x="{x + 3:.1f}" y="17">{day.day}</text></g>')
    parts.append(f'<line x1="0" y1="{HEAD - 6}" x2="{chart.width:.1f}" y2="{HEAD - 6}" stroke="#c9d0d8"/>')
    return parts


def day_chart(events: tuple[Event, ...], trip: Event | None, cards: dict[str, str]) -> str:
    """The trip's days as columns, a lane per event, alternatives in their own lanes."""
    frame = frame_days(events, trip)
    if frame is None:
        return ""
    chart = DayChart(*frame)
    lanes: list[str] = []
    ordered = ([trip] if trip is not None else []) + [
        e for e in events if e.role == "itinerary" and is_day_placed(e) and e is not trip]
    y = float(HEAD)
    for event in ordered:
        lanes.append(_main_bar(event, cards[event.id], chart, y))
        y += LANE
        for number, alt in enumerate(event.alternatives, start=1):
            if alt.precision in ("day", "hour", "minute"):
                lanes.append(_alt_bar(event, number, alt, cards[event.id], chart, y))
                y += LANE
    for event in events:
        if event.role == "itinerary" and not is_day_placed(event) and event is not trip and event.placed is False:
            lanes.append(_unplaced_bar(event, cards[event.id], chart, y))
            y += LANE
    context = [e for e in events if e.role == "context" and is_day_placed(e)
               and chart.first <= day_of(e.start, e.timezone) <= chart.last]
    for event in context:
        lanes.append(_main_bar(event, cards[event.id], chart, y, kind="context"))
        y += LANE
    height = y + 6
    body = "".join(_grid(chart, height, trip) + lanes)
    return (f'<svg class="days" role="img" aria-label="Timeline of the trip by day" width="{chart.width:.0f}" '
            f'height="{height:.0f}" viewBox="0 0 {chart.width:.0f} {height:.0f}" '
            f'xmlns="http://www.w3.org/2000/svg">{_defs()}{body}</svg>')


# ------------------------------------------------------------------------------ the coarse chart


def _year_fraction(value: dt.date | dt.datetime) -> float:
    day = value.date() if isinstance(value, dt.datetime) else value
    start = dt.date(day.year, 1, 1)
    return day.year + (day - start).days / 366


def coarse_chart(events: list[Event], trip: Event | None, cards: dict[str, str]) -> str:
    """Context and background on a scale of years, one row each, the trip marked."""
    if not events:
        return ""
    spans = [(_year_fraction(e.start), _year_fraction(e.end) + 1 / 366) for e in events]
    if trip is not None:
        spans.append((_year_fraction(trip.start), _year_fraction(trip.end)))
    lo = int(min(s for s, _ in spans))
    hi = int(max(e for _, e in spans)) + 1
    years = max(hi - lo, 1)
    step = next(n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10_000) if years / n <= 12)
    lo, hi = lo // step * step, -(-hi // step) * step
    width = CHART_WIDTH - 420.0  # room on the right for labels
    scale = width / (hi - lo)

    def x(value: float) -> float:
        return SCALE_LEFT + (value - lo) * scale

    height = HEAD + ROW * len(events) + 10
    parts = [f'<line x1="{SCALE_LEFT}" y1="{HEAD - 12}" x2="{x(hi):.1f}" y2="{HEAD - 12}" stroke="#c9d0d8"/>']
    for year in range(lo, hi + 1, step):
        parts.append(f'<g class="axis"><line x1="{x(year):.1f}" y1="{HEAD - 16}" x2="{x(year):.1f}" '
                     f'y2="{height:.1f}" stroke="#eceff3"/><text x="{x(year):.1f}" y="{HEAD - 20}" '
                     f'text-anchor="middle">{year}</text></g>')
    if trip is not None:
        tx0, tx1 = x(_year_fraction(trip.start)), x(_year_fraction(trip.end) + 1 / 366)
        parts.append(f'<rect x="{tx0 - 1:.1f}" y="{HEAD - 12}" width="{max(tx1 - tx0, 2) + 2:.1f}" '
                     f'height="{height - HEAD + 12:.1f}" fill="#3b6ea8" opacity="0.25"/>'
                     f'<text x="{tx0:.1f}" y="{height - 2:.1f}" text-anchor="end" fill="#3b6ea8">the trip ▸</text>')
    for row, event in enumerate(events):
        y = HEAD + row * ROW
        x0, x1 = x(_year_fraction(event.start)), x(_year_fraction(event.end) + 1 / 366)
        tint = colour(event)
        tip = tooltip(event, format_when(event))
        if x1 - x0 < 6:
            mark = f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y + 8}" r="5" fill="{tint}"/>'
        else:
            mark = f'<rect x="{x0:.1f}" y="{y + 2}" width="{x1 - x0:.1f}" height="12" rx="3" fill="{tint}"/>'
        dash = ' stroke-dasharray="3 2"' if event.status != "confirmed" else ""
        mark = mark.replace("/>", f' stroke="{tint}"{dash} class="bar-rect"/>', 1)
        label = _fit(f"{format_when(event)} · {event.title}", CHART_WIDTH - max(x1, x0 + 6) - 16)
        role = "context" if event.role == "context" else "background"
        parts.append(f'<a class="ev {role}" href="#{cards[event.id]}" data-card="{cards[event.id]}">'
                     f'<title>{esc_multiline(tip)}</title>{mark}<text x="{max(x1, x0 + 6) + 6:.1f}" y="{y + 12}">'
                     f'{esc(label)}</text></a>')
    total = CHART_WIDTH
    return (f'<svg class="coarse" role="img" aria-label="Context and background by year" width="{total}" '
            f'height="{height}" viewBox="0 0 {total} {height}" xmlns="http://www.w3.org/2000/svg">'
            f'{"".join(parts)}</svg>')


# ----------------------------------------------------------------------------------------- cards


def sources_html(sources: tuple[Source, ...], articles: dict[str, ArticleRef]) -> str:
    """Quotes grouped by article, the article named by outlet (or title) and linked when it has a URL."""
    parts: list[str] = []
    for article, said in quotes_by_article(sources).items():
        title, url = article_name(article, articles)
        name = esc(title)
        if url:
            name = f'<a href="{esc(url)}" rel="noreferrer">{name}</a>'
        parts.append(f'<div class="src">[{esc(source_tag(article))}] {name}</div>')
        parts.extend(f"<blockquote>{esc(quote)}</blockquote>" for quote in said)
    return "".join(parts)


def card(event: Event, card_id: str, articles: dict[str, ArticleRef], trip: Event | None) -> str:
    if not event.placed and trip is not None:
        when = f"day not reported (within {span_text(event.start, event.end, event.precision, event.timezone)})"
    else:
        when = _when_of(event)
    chip = "" if event.status == "confirmed" else f'<span class="chip {event.status}">{event.status}</span>'
    where = f' <span class="where">· {esc(event.location)}</span>' if event.location else ""
    facts = [f"<b>Kind:</b> {esc(event.kind)}", f"<b>Value:</b> {esc(event.value)}",
             f"<b>Precision:</b> {esc(event.precision)}"]
    if event.mod:
        facts.append(f"<b>Mod:</b> {esc(event.mod)}")
    if event.participants:
        facts.append(f"<b>Who:</b> {esc('; '.join(event.participants))}")
    alts = ""
    if event.alternatives:
        items = "".join(
            f'<li class="alt"><b>{esc(span_text(a.start, a.end, a.precision, event.timezone))}</b>: '
            f"{esc(a.reason)}{sources_html(a.sources, articles)}</li>" for a in event.alternatives)
        alts = f"<div>Other readings:</div><ul>{items}</ul>"
    return (f'<details class="card {event.role} {event.status}" id="{card_id}" style="--c:{colour(event)}">'
            f'<summary><span class="when">{esc(when)}</span><b>{esc(event.title)}</b>{where}{chip}'
            f'<span class="tags">{esc(tags_of(event.sources))}</span></summary>'
            f'<div>{" · ".join(facts)}</div>{alts}<div>Sources:</div>{sources_html(event.sources, articles)}'
            f"</details>")


def card_ids(events: tuple[Event, ...]) -> dict[str, str]:
    """An HTML id per event: its position in contract order, plus a readable slug (unique, stable)."""
    return {e.id: f"ev{n}-{slug(e.id)}" for n, e in enumerate(events, start=1)}


# ------------------------------------------------------------------------------------------ page


def _legend() -> str:
    return ('<div class="legend"><span><i class="sw" style="background:#3b6ea8"></i>confirmed</span>'
            '<span><i class="sw" style="background:#3b6ea8;opacity:.6;outline:1px dotted #3b6ea8"></i>tentative'
            '</span><span><i class="sw" style="background:#3b6ea8;opacity:.85"></i>disputed (chosen reading)</span>'
            '<span><svg width="22" height="12"><rect x="1" y="1" width="20" height="10" fill="#fdf0e6" '
            'stroke="#c2571a" stroke-dasharray="4 2"/></svg>alternative reading, with its reason</span>'
            '<span><svg width="22" height="12"><rect x="1" y="1" width="20" height="10" fill="none" '
            'stroke="#3b6ea8" stroke-dasharray="1 3"/></svg>day not reported</span>'
            "<span>hover a bar for its sources, click for the details</span></div>")


def _header(trip: Event | None, title: str, itinerary: Itinerary) -> str:
    parts = [f"<h1>{esc(title)}</h1>"]
    if trip is not None:
        first, last = day_of(trip.start, trip.timezone), day_of(trip.end, trip.timezone)
        days = span_days(trip)
        period = format_day(first) if first == last else f"{format_day(first)} – {format_day(last)}"
        chip = "" if trip.status == "confirmed" else f'<span class="chip {trip.status}">{trip.status}</span>'
        where = f" · {esc(trip.location)}" if trip.location else ""
        parts.append(f'<p class="sub"><b>{esc(period)}</b> ({days} {"day" if days == 1 else "days"}){where}{chip}'
                     f" · {len(itinerary.articles)} articles · {len(itinerary.events)} events</p>")
        if trip.alternatives:
            items = "".join(f"<li>also reported: {esc(span_text(a.start, a.end, a.precision, trip.timezone))}"
                            f" — {esc(a.reason)} {esc(tags_of(a.sources))}</li>" for a in trip.alternatives)
            parts.append(f'<ul class="alsos">{items}</ul>')
    else:
        parts.append(f'<p class="sub">{len(itinerary.articles)} articles · {len(itinerary.events)} events</p>')
    return f"<header>{''.join(parts)}</header>"


def _cards_section(title: str, events: Iterable[Event], cards: dict[str, str], articles: dict[str, ArticleRef],
                   trip: Event | None) -> str:
    items = [card(e, cards[e.id], articles, trip) for e in events]
    if not items:
        return ""
    return f'<h3>{esc(title)}</h3><div class="cards">{"".join(items)}</div>'


def _unresolved(itinerary: Itinerary) -> str:
    if not itinerary.unresolved:
        return ""
    rows = "".join(
        f"<tr><td>[{esc(source_tag(u.article))}]</td><td>“{esc(u.text)}”</td><td>{esc(u.reason)}</td></tr>"
        for u in sorted(itinerary.unresolved, key=lambda u: (u.article, u.start, u.end, u.text, u.reason)))
    return (f"<details><summary>Unresolved time expressions ({len(itinerary.unresolved)})</summary>"
            f"<table>{rows}</table></details>")


def _sources(articles: tuple[ArticleRef, ...]) -> str:
    if not articles:
        return ""
    rows: list[str] = []
    for ref in sorted(articles, key=lambda a: a.id):
        name = esc(ref.title or ref.id)
        if ref.url:
            name = f'<a href="{esc(ref.url)}" rel="noreferrer">{name}</a>'
        rows.append(f"<tr><td>[{esc(source_tag(ref.id))}]</td><td>{esc(ref.outlet or '')}</td><td>{name}</td>"
                    f"<td>{esc(ref.published.isoformat() if ref.published else '')}</td><td>{esc(ref.path)}</td></tr>")
    return f"<h2>Sources</h2><table>{''.join(rows)}</table>"


def to_html(itinerary: Itinerary) -> str:
    """The itinerary as one self-contained HTML page (inline CSS, SVG and JavaScript; nothing fetched).

    >>> from itinerary.model import Itinerary
    >>> page = to_html(Itinerary())
    >>> page.startswith("<!DOCTYPE html>") and "<title>Itinerary</title>" in page
    True
    """
    events = sorted_events(itinerary)
    trip = trip_event(itinerary)
    title = trip.title if trip is not None else "Itinerary"
    cards = card_ids(events)
    articles = {a.id: a for a in itinerary.articles}
    days = day_chart(events, trip, cards)
    around = [e for e in events if e.role in ("context", "background")]
    coarse = coarse_chart(around, trip, cards)
    dated = [e for e in events if e.role == "itinerary" and is_day_placed(e)]
    undated = [e for e in events if e.role == "itinerary" and not is_day_placed(e)]
    main = [
        "<main>",
        f'<h2>The trip, day by day</h2>{_legend()}<div class="chart">{days}</div>' if days else "",
        _cards_section("On the calendar", dated, cards, articles, trip),
        _cards_section("Day not reported", undated, cards, articles, trip),
        f'<h2>Context and background</h2><div class="chart">{coarse}</div>' if coarse else "",
        _cards_section("Context", [e for e in around if e.role == "context"], cards, articles, trip),
        _cards_section("Background", [e for e in around if e.role == "background"], cards, articles, trip),
        _unresolved(itinerary),
        _sources(itinerary.articles),
        "</main>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{_header(trip, title, itinerary)}\n{''.join(main)}\n"
        "<footer>Made by itinerary from the articles listed above. Dates in the articles' own words are in the"
        " quotes; alternative readings are kept, with the reason they lost.</footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
