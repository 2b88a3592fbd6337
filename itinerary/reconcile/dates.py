"""Choose an event's dates from what its sources say; keep the other readings with their reason.

One vote per article: its most precise placed statement. A statement that
contradicts itself (a weekday that does not match its date) splits its vote
between its readings. Readings inside the trip frame get a bonus, readings
that run past it a penalty: a leg lies inside the trip. Coarser statements
("in January") support the finer readings they contain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from itinerary.model import EventMention, Reading, Resolved
from itinerary.reconcile.readings import days, describe, inside, overlaps

PRECISION_RANK = {p: i for i, p in enumerate(
    ("minute", "hour", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"))}
FRAME_BONUS = 0.5
CONTAINED_SUPPORT = 0.25


@dataclass(frozen=True)
class Said:
    """One reading as one article said it."""

    article: str
    reading: Reading
    time: Resolved
    mention: EventMention
    weight: float


@dataclass(frozen=True)
class Choice:
    reading: Reading
    support: tuple[Said, ...]
    alternatives: tuple[tuple[Reading, tuple[Said, ...], str], ...]


def best_time(m: EventMention) -> Resolved | None:
    placed = [r for r in m.times if r.readings]
    if not placed:
        return None
    # A calendar date beats a date worked out from another event ("days after ...") or from now.
    return min(placed, key=lambda r: (r.mention.value.kind in {"relative", "anchored"},
                                      PRECISION_RANK[r.readings[0].precision], r.mention.start))


def statements(members: Sequence[EventMention], stay: bool = False) -> list[Said]:
    """Each article's vote: its most precise statement, or for a stay its longest ('May 7-8' over 'May 7')."""
    out: list[Said] = []
    for article in sorted({m.article for m in members}):
        mine = [(m, best_time(m)) for m in members if m.article == article]
        placed = [(m, r) for m, r in mine if r is not None]
        if not placed:
            continue

        def rank(mr: tuple[EventMention, Resolved]) -> tuple[int, int, int]:
            reading = mr[1].readings[0]
            longest = -(days(reading)[1] - days(reading)[0]).days if stay else 0
            return (longest, PRECISION_RANK[reading.precision], mr[0].trigger_start)

        m, r = min(placed, key=rank)
        for reading in r.readings:
            out.append(Said(article, reading, r, m, 1.0 / len(r.readings)))
    return out


def choose(members: Sequence[EventMention], frame: tuple[dt.date, dt.date] | None, in_trip: bool) -> Choice | None:
    stay = any(m.kind == "stay" for m in members)
    said = statements(members, stay)
    if not said:
        return None
    candidates: dict[tuple[object, object], list[Said]] = {}
    for s in said:
        candidates.setdefault((s.reading.start, s.reading.end), []).append(s)
    scored = []
    for order, (key, group) in enumerate(candidates.items()):
        reading = group[0].reading
        score = sum(s.weight for s in group)
        others = [s for s in said if s not in group and s.article not in {g.article for g in group}]
        score += CONTAINED_SUPPORT * sum(1 for s in others if _contains(s.reading, reading))
        if stay:  # a day inside a stay ('arrives in Serbia on May 7') supports the stay ('May 7-8')
            score += 2 * CONTAINED_SUPPORT * sum(1 for s in others if _contains(reading, s.reading))
        if frame is not None and in_trip:
            score += FRAME_BONUS if inside(reading, frame) else -FRAME_BONUS if overlaps(days(reading), frame) else 0
        scored.append((-score, PRECISION_RANK[reading.precision], order, key, group))
    scored.sort(key=lambda s: s[:3])
    _, _, _, _, winners = scored[0]
    best = winners[0].reading
    alternatives = []
    for neg_score, _, _, _, group in scored[1:]:
        reading = group[0].reading
        if _contains(reading, best) or _contains(best, reading) or days(reading) == days(best):
            continue  # a coarser or finer statement of the same thing, not a rival
        alternatives.append((reading, tuple(group), _reason(reading, group, best, frame, in_trip)))
    return Choice(best, tuple(winners), tuple(alternatives))


def _contains(outer: Reading, inner: Reading) -> bool:
    o, i = days(outer), days(inner)
    return o != i and o[0] <= i[0] and i[1] <= o[1]


def _reason(reading: Reading, group: Sequence[Said], best: Reading, frame: tuple[dt.date, dt.date] | None,
            in_trip: bool) -> str:
    said = group[0]
    tags = " ".join(sorted({f"[{s.article.split('_')[0]}]" for s in group}))
    why = f"{tags} '{said.time.mention.text}' read by {reading.basis}: {describe(*days(reading))}"
    if said.time.note:
        why += f" ({said.time.note})"
    lost = []
    if frame is not None and in_trip and not inside(reading, frame):
        lost.append(f"it falls outside the trip ({describe(*frame)})")
    if not lost:
        lost.append(f"fewer sources support it than {describe(*days(best))}")
    return why + "; lost: " + "; ".join(lost)
