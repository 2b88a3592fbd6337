"""`itinerary extract`: one article's temporal and event mentions, with spans, for people who want to see why."""

from __future__ import annotations

from typing import TextIO

from itinerary.export.json_format import dumps_indented
from itinerary.model import Article, ArticleEvents, Resolved


def _when(r: Resolved) -> str:
    if not r.readings:
        return f"{r.value} (open: {r.note or 'no anchor'})"
    first = r.readings[0]
    span = first.start.isoformat() if first.start == first.end else f"{first.start.isoformat()}..{first.end.isoformat()}"
    extra = "".join(f" | or {x.start.isoformat()}..{x.end.isoformat()} by {x.basis}" for x in r.readings[1:])
    return f"{r.value} [{first.precision}{' ' + first.mod if first.mod else ''}] {span}{extra}"


def render_extract(article: Article, yielded: ArticleEvents, out: TextIO, *, as_json: bool = False) -> None:
    """Write the mentions as text (default) or as JSON."""
    if as_json:
        out.write(dumps_indented(yielded.model_dump(mode="json")) + "\n")
        return
    out.write(f"{article.id}  {article.title or '(no title)'}\n")
    out.write(f"published: {article.published or 'unknown'}  outlet: {article.outlet or 'unknown'}\n\n")
    out.write(f"Temporal mentions ({len(yielded.temporal)})\n")
    for r in yielded.temporal:
        m = r.mention
        out.write(f"  {m.start:>6}-{m.end:<6} {m.text!r:32} {r.timex_type:8} {_when(r)}\n")
    out.write(f"\nEvent mentions ({len(yielded.events)})\n")
    for e in yielded.events:
        out.write(f"  {e.trigger_start:>6}-{e.trigger_end:<6} {e.kind:10} {e.title}")
        if e.location:
            out.write(f" @ {e.location}")
        if e.participants:
            out.write(f"  with {', '.join(e.participants)}")
        out.write("\n")
        for r in e.times:
            out.write(f"{'':16}time {r.mention.text!r}: {_when(r)}\n")
        if e.duration is not None:
            out.write(f"{'':16}length {e.duration.amount} {e.duration.unit}\n")
        if e.within:
            out.write(f"{'':16}within {e.within}\n")
    if yielded.furniture:
        out.write(f"\nPage furniture ({len(yielded.furniture)} blocks, no events)\n")
        out.writelines(f"  {start:>6}-{end:<6} {article.text[start:end][:60]!r}\n" for start, end in yielded.furniture)
