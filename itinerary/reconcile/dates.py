"""Choose an event's dates from what its sources say; keep the other readings with their reason.

One vote per article: its most precise placed statement. A statement that
contradicts itself (a weekday that does not match its date) splits its vote
between its readings. Readings inside the trip frame get a bonus, readings
that run past it a penalty: a leg lies inside the trip. Coarser statements
("in January") support the finer readings they contain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from itinerary.events.extract import REPORTED
from itinerary.model import EventMention, Reading, Resolved
from itinerary.reconcile.readings import day_span, days, describe, inside, overlaps

PRECISION_RANK = {p: i for i, p in enumerate(
    ("minute", "hour", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"))}
FRAME_BONUS = 0.5
CONTAINED_SUPPORT = 0.25
LATER_REPORT = 0.75  # scheduled vs actual clock times: the after-the-fact report wins
DAY = dt.timedelta(days=1)
# Kinds of event that often last several days: a day one article gives inside the days another writes ("the
# summit on June 15 and 16" against "the summit opened on Wednesday") is part of them, as for a stay.
LASTING_KINDS = frozenset({"stay", "summit", "forum"})


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
    times = m.times
    if len(times) < 2:  # most mentions have one time or none: no ranking to do (asked of every mention)
        return times[0] if times and times[0].readings else None
    placed = [r for r in times if r.readings]
    if not placed:
        return None
    # A calendar date beats a date worked out from another event ("days after ...") or from now; the day a
    # thing was said ("said on Monday that his talks in Lima last Thursday ...") comes last.
    return min(placed, key=lambda r: (reported_on(m, r), r.mention.value.kind in {"relative", "anchored"},
                                      PRECISION_RANK[r.readings[0].precision], r.mention.start))


def reported_on(m: EventMention, r: Resolved) -> bool:
    """Whether a reporting verb stands just before the date ('said on Monday that ...'): the date is when it was
    said, not when the event happened (the events stage's own test, ``REPORTED``)."""
    at = r.mention.start - m.quote_start
    return 0 < at <= len(m.quote) and bool(REPORTED.search(m.quote[max(0, at - 30):at]))


def statements(members: Sequence[EventMention], stay: bool = False,
               voice: Mapping[str, str] | None = None) -> list[Said]:
    """Each voice's vote: its most precise statement, or for a stay its longest ('May 7-8' over 'May 7').

    A voice is an article, or the copies of one wire story ("voice" maps an article to its first copy).
    """
    voice = voice or {}
    out: list[Said] = []
    by_speaker: dict[str, list[EventMention]] = {}  # one pass, members in their order (not one per speaker)
    for m in members:
        by_speaker.setdefault(voice.get(m.article, m.article), []).append(m)
    for speaker in sorted(by_speaker):
        mine = [(m, best_time(m)) for m in by_speaker[speaker]]
        placed = [(m, r) for m, r in mine if r is not None]
        if not placed:
            continue

        def rank(mr: tuple[EventMention, Resolved]) -> tuple[int, int, int]:
            reading = mr[1].readings[0]
            longest = -(days(reading)[1] - days(reading)[0]).days if stay else 0
            return (longest, PRECISION_RANK[reading.precision], mr[0].trigger_start)

        m, r = min(placed, key=rank)
        for reading in r.readings:
            out.append(Said(m.article, reading, r, m, 1.0 / len(r.readings)))
    return out


def choose(members: Sequence[EventMention], frame: tuple[dt.date, dt.date] | None, in_trip: bool,
           voice: Mapping[str, str] | None = None, published: Mapping[str, dt.date | None] | None = None,
           *, lasting: bool = False) -> Choice | None:
    """``lasting``: the event is the gathering that frames the story (a summit week): its days are the frame's,
    which every article's statements already voted for; a day inside ('the summit began on Monday') is part
    of it, no rival."""
    stay = lasting or any(m.kind == "stay" for m in members)
    days_long = stay or any(m.kind in LASTING_KINDS for m in members)
    said = statements(members, stay, voice)
    published = published or {}
    if not said:
        return None
    if lasting and frame is not None and not any(days(s.reading) == frame for s in said):
        # "The two-day summit opened on Wednesday": the frame counted the length from that day; the summit
        # lasts those days, said by the statement that gave them (no vote of its own)
        first = said[0]
        said.append(Said(first.article, day_span(frame[0], frame[1], basis="start and length"), first.time,
                         first.mention, 0.0))
    candidates: dict[tuple[object, object], list[Said]] = {}
    for s in said:
        candidates.setdefault((s.reading.start, s.reading.end), []).append(s)
    scored = []
    for order, (key, group) in enumerate(candidates.items()):
        reading = group[0].reading
        score = sum(s.weight for s in group)
        # outside the group (a statement equal to one in it has its reading, so is in it) and its voices
        voices = {g.article for g in group}
        others = [s for s in said if (s.reading.start, s.reading.end) != key and s.article not in voices]
        score += CONTAINED_SUPPORT * sum(1 for s in others if _contains(s.reading, reading))
        if days_long:  # a day inside a stay ('arrives in Peru on June 7') supports the stay ('June 7-8')
            score += 2 * CONTAINED_SUPPORT * sum(1 for s in others if _contains(reading, s.reading))
        if frame is not None and in_trip:
            score += FRAME_BONUS if inside(reading, frame) else -FRAME_BONUS if overlaps(days(reading), frame) else 0
        if lasting and frame is not None and days(reading) == frame:
            score += len(said)  # the frame was voted from this event's own statements, all articles weighed
        score += LATER_REPORT * _reported_later(group, said, published)
        # a planned day elsewhere is a rival; a finer time of the same day ('09:15' in the programme) is not
        planned = [r for r in others if not overlaps(days(r.reading), days(reading))
                   and not _after_the_fact([r], published)]
        # ... about a day of the trip: a report's weekday read a week before the trip it tells ('heads to
        # Hamburg on Wednesday' read as the last one) is no report of what happened
        if planned and _after_the_fact(group, published) and (
                frame is None or not in_trip or overlaps(days(reading), (frame[0] - DAY, frame[1] + DAY))):
            score += LATER_REPORT
        scored.append((-score, PRECISION_RANK[reading.precision], order, key, group))
    scored.sort(key=lambda s: s[:3])
    _, _, _, _, winners = scored[0]
    best = winners[0].reading
    finer = [group for *_, group in scored[1:] if _timed(group[0].reading) and best.precision == "day"
             and days(group[0].reading) == days(best)]
    if len(finer) == 1:
        # "arrived on Tuesday" twice and "at 9:35 p.m. on Tuesday" once: one arrival, at the time one source
        # gives (the day-only statements do not contradict it); they all stay its sources. Two times of that
        # day leave the day as it is: which is right is for the alternatives to tell.
        winners = [*finer[0], *winners]
        best = finer[0][0].reading
    alternatives = []
    for neg_score, _, _, _, group in scored[1:]:
        reading = group[0].reading
        if (reading.start, reading.end) == (best.start, best.end):
            continue  # the finer time that refined the day (above)
        same_day = days(reading) == days(best) and not (_timed(reading) and _timed(best))
        if _contains(reading, best) or _contains(best, reading) or same_day:
            continue  # a coarser or finer statement of the same thing, not a rival
        why = _reason(reading, group, best, frame, in_trip)
        if _timed(reading) and _timed(best) and days(reading) == days(best) and _reported_later(
                winners, said, published):
            why = _schedule_reason(reading, group, winners, published)
        elif _after_the_fact(winners, published) and not _after_the_fact(group, published):
            why = _plan_reason(reading, group, winners, published)
        alternatives.append((reading, tuple(group), why))
    return Choice(best, tuple(winners), tuple(alternatives))


def _timed(reading: Reading) -> bool:
    return reading.precision in {"minute", "hour"}


def _reported_later(group: Sequence[Said], said: Sequence[Said], published: Mapping[str, dt.date | None]) -> int:
    """1 when this clock time comes from the latest report of that day's times: a time reported after the
    fact ('took off at 10:37') beats the one in the programme published weeks before ('09:45')."""
    reading = group[0].reading
    if not _timed(reading):
        return 0
    rivals = [s for s in said if _timed(s.reading) and days(s.reading) == days(reading)]
    dates = {s.article: published.get(s.article) for s in rivals}
    mine = max((d for s in group if (d := dates.get(s.article)) is not None), default=None)
    latest = max((d for d in dates.values() if d is not None), default=None)
    return int(mine is not None and mine == latest and len({d for d in dates.values() if d}) > 1)


def _after_the_fact(group: Sequence[Said], published: Mapping[str, dt.date | None]) -> bool:
    """A day said by an article published on or after it: a report of what happened, not the programme.
    ('held talks with Ruiz on Tuesday' in a report of that Tuesday beats 'on Monday, April 7' in the
    programme published days before.)"""
    return any(s.reading.precision == "day" and (p := published.get(s.article)) is not None
               and p >= days(s.reading)[1] for s in group)


def _plan_reason(reading: Reading, group: Sequence[Said], winners: Sequence[Said],
                 published: Mapping[str, dt.date | None]) -> str:
    said = group[0]
    # name the report that beat the plan: one written after the day, when one was
    won = next((s for s in winners if _after_the_fact([s], published)), winners[0])
    tag = " ".join(sorted({f"[{s.article.split('_')[0]}]" for s in group}))
    when, later = published.get(said.article), published.get(won.article)
    after = later is not None and later >= days(won.reading)[1]
    return (f"{tag} '{said.time.mention.text}' ({describe(*days(reading))}) as planned"
            + (f" in a report of {when.isoformat()}" if when else "")
            + f"; lost: [{won.article.split('_')[0]}] reported '{won.time.mention.text}' "
            + f"({describe(*days(won.reading))})"
            + (f" on {later.isoformat()}" + (", after the fact" if after else ", a later report") if later else ""))


def _schedule_reason(reading: Reading, group: Sequence[Said], winners: Sequence[Said],
                     published: Mapping[str, dt.date | None]) -> str:
    said, won = group[0], winners[0]
    tag = " ".join(sorted({f"[{s.article.split('_')[0]}]" for s in group}))
    when = published.get(said.article)
    later = published.get(won.article)
    return (f"{tag} '{said.time.mention.text}' ({reading.value}) as planned"
            + (f" in a report of {when.isoformat()}" if when else "")
            + f"; lost: [{won.article.split('_')[0]}] reported '{won.time.mention.text}'"
            + (f" on {later.isoformat()}, after the plan" if later else ""))


def _contains(outer: Reading, inner: Reading) -> bool:
    o, i = days(outer), days(inner)
    return o != i and o[0] <= i[0] and i[1] <= o[1]


def _reason(reading: Reading, group: Sequence[Said], best: Reading, frame: tuple[dt.date, dt.date] | None,
            in_trip: bool) -> str:
    said = group[0]
    tags = " ".join(sorted({f"[{s.article.split('_')[0]}]" for s in group}))
    read = "read as written" if reading.basis == "as written" else f"read by {reading.basis}"
    why = f"{tags} '{said.time.mention.text}' {read}: {describe(*days(reading))}"
    if said.time.note:
        why += f" ({said.time.note})"
    lost = []
    if frame is not None and in_trip and not inside(reading, frame):
        lost.append(f"it falls outside the trip ({describe(*frame)})")
    if not lost:
        lost.append(f"fewer sources support it than {describe(*days(best))}")
    return why + "; lost: " + "; ".join(lost)
