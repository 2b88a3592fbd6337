"""The trip frame: the dates of the container visit, voted by the articles.

Each article gets one vote, its most explicit statement of the trip's dates:
a written range ("from January 4 to 7, 2026") beats a start plus a length
("three-day ... starting Sunday, January 4"), which beats a bare length
("four-day trip"). A bare length supports every candidate of that length.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from itinerary.events.places import resolve_place
from itinerary.model import EventMention, Reading, Resolved
from itinerary.reconcile.readings import day_span, days, describe, is_day_or_finer, is_return_home, length
from itinerary.temporal import duration_days

WRITTEN = frozenset({"date", "range"})  # calendar dates vote; "a few weeks after ..." does not


@dataclass(frozen=True)
class Vote:
    """One article's statement of a span, and where it was read."""

    article: str
    reading: Reading
    mention: EventMention
    times: tuple[Resolved, ...]  # the temporal mentions that say it
    weight: float = 1.0
    how: str = "range as written"


@dataclass(frozen=True)
class LengthVote:
    article: str
    days: tuple[int, int]
    mention: EventMention


@dataclass
class Frame:
    start: dt.date
    end: dt.date
    votes: list[Vote]  # votes for the winning span
    losers: list[tuple[Vote, str]] = field(default_factory=list)  # other spans and why they lost
    lengths: list[LengthVote] = field(default_factory=list)
    backers: dict[tuple[dt.date, dt.date], list[Vote]] = field(default_factory=dict)  # every vote for each span

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        return self.start, self.end


def find_frame(trip_mentions: Sequence[EventMention], moves: Sequence[EventMention] = ()) -> Frame | None:
    """The best-supported span of the trip, or None when no article dates it.

    On a trip to several countries, what one article says of one country is a leg, not the trip. An article
    that dates the trip no other way may date its departure from a city and its return there (``moves``).
    """
    route = {c for m in trip_mentions if len(m.destinations) > 1 for c in m.destinations}
    if route:
        trip_mentions = [m for m in trip_mentions if len(m.destinations) > 1 or m.location not in route]
    votes: list[Vote] = []
    lengths: list[LengthVote] = []
    for article in sorted({m.article for m in trip_mentions}):
        mine = [m for m in trip_mentions if m.article == article]
        my_moves = [m for m in moves if m.article == article]
        vote = _article_votes(mine) or _round_trip_votes(mine, my_moves) or _length_and_one_end(mine, my_moves)
        if vote:
            votes.extend(vote)
        for m in mine:
            span = duration_days(m.duration) if m.duration is not None else None
            if span is not None:
                lengths.append(LengthVote(article, span, m))
                break
    if not votes:
        return None
    scored = _score(votes, lengths)
    best_key = scored[0][0]
    winners = [v for v in votes if days(v.reading) == best_key]
    frame = Frame(best_key[0], best_key[1], winners, lengths=lengths,
                  backers={key: group for key, _, group in scored})
    for key, score, group in scored[1:]:
        frame.losers.append((group[0], _why_lost(group[0], key, scored[0], lengths)))
    frame.losers.extend(_lengths_that_do_not_fit(frame, votes, lengths, scored[0]))
    return _with_changed_end(_with_new_dates(frame, votes, trip_mentions), trip_mentions, moves)


# The trip was moved to other dates after it was planned: "the visit has been postponed ... It will now take
# place from June 14 to 16". An article that says so before it writes its dates gives the dates the trip has
# now, however many earlier reports give the old ones; those stay as a reading that lost.
RESCHEDULED = re.compile(r"\b(?:postpon(?:e|es|ed|ing)|re-?schedul(?:e|es|ed|ing)|put\s+off|pushed\s+back|"
                         r"brought\s+forward|will\s+now\s+(?:take\s+place|be\s+held)|new\s+dates?)\b",
                         re.IGNORECASE)


def _with_new_dates(frame: Frame, votes: Sequence[Vote], trip_mentions: Sequence[EventMention]) -> Frame:
    """The frame on the dates an article says the trip was moved to, if one does and they are not the
    frame's already."""
    cue_at: dict[str, int] = {}
    for m in trip_mentions:
        hit = RESCHEDULED.search(m.quote)
        if hit is not None:
            at = m.quote_start + hit.start()
            cue_at[m.article] = min(at, cue_at.get(m.article, at))
    moved = [v for v in votes if v.article in cue_at and v.times and v.times[0].mention.start > cue_at[v.article]
             and days(v.reading) != frame.span]
    if not moved:
        return frame
    key = days(moved[0].reading)
    new = [v for v in moved if days(v.reading) == key]
    tag = " ".join(sorted({f"[{v.article.split('_')[0]}]" for v in new}))
    said = new[0].times[0].mention.text
    writers = " ".join(sorted({f"[{v.article.split('_')[0]}]" for v in frame.votes}))
    why = (f"{writers} give {describe(frame.start, frame.end)} as planned; lost: {tag} the trip was moved to "
           f"'{said}', {describe(*key)}")
    losers = [(v, r) for v, r in frame.losers if days(v.reading) != key]
    return Frame(key[0], key[1], new, [(frame.votes[0], why), *losers], frame.lengths, frame.backers)


# The trip's end moved after it was planned: "cut short his state visit and flew home on Wednesday, May 14",
# "has extended her visit and returns on Friday". The day written there is the trip's last day; the planned
# span stays as a reading that lost. "extend" also names the other direction ("extended an invitation"), so
# a later end counts only when it comes within a few days of the planned one.
CUT_SHORT = re.compile(r"\b(?:cut(?:s|ting)?\s+short|curtail(?:s|ed|ing)?|earlier\s+than\s+(?:planned|scheduled|expected))\b",
                       re.IGNORECASE)
EXTENDED = re.compile(r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|later\s+than\s+(?:planned|scheduled|expected))\b",
                      re.IGNORECASE)
EXTENSION_REACH = dt.timedelta(days=7)
CHANGED_END = "end as changed"


def _with_changed_end(frame: Frame, trip_mentions: Sequence[EventMention],
                      moves: Sequence[EventMention] = ()) -> Frame:
    """The frame ending on the day an article says the trip was cut short or extended to, if one does: the
    trip's own date, or that of the flight home its sentence tells ("cut short her visit and flew home on
    Wednesday")."""
    for m in sorted(trip_mentions, key=lambda m: (m.article, m.trigger_start)):
        cut, extended = bool(CUT_SHORT.search(m.quote)), bool(EXTENDED.search(m.quote))
        if cut == extended:
            continue
        home = [x for x in moves if x.article == m.article and x.quote_start == m.quote_start]
        said = [(days(r.readings[0])[0], r) for x in (m, *home) for r in x.times if _one_day(r)]
        if cut:
            said = [(day, r) for day, r in said if frame.start < day < frame.end]
        else:
            said = [(day, r) for day, r in said if frame.end < day <= frame.end + EXTENSION_REACH]
        if not said:
            continue
        day, r = max(said, key=lambda dr: dr[0]) if cut else min(said, key=lambda dr: dr[0])
        reading = day_span(frame.start, day, basis="end as changed")
        vote = Vote(m.article, reading, m, (r,), 1.0, CHANGED_END)
        how = "cut short" if cut else "extended"
        tag = f"[{m.article.split('_')[0]}]"
        planned = (frame.votes[0], _planned(frame, tag, how, day, r))
        return Frame(frame.start, day, [vote], [planned, *frame.losers], frame.lengths, frame.backers)
    return frame


def _planned(frame: Frame, tag: str, how: str, day: dt.date, r: Resolved) -> str:
    writers = " ".join(sorted({f"[{v.article.split('_')[0]}]" for v in frame.votes}))
    return (f"{writers} give {describe(frame.start, frame.end)} as planned; lost: {tag} the trip was {how} to end "
            f"'{r.mention.text}', {describe(day, day)}")


def _lengths_that_do_not_fit(frame: Frame, votes: list[Vote], lengths: list[LengthVote],
                             best: tuple[tuple[dt.date, dt.date], float, list[Vote]]) -> list[tuple[Vote, str]]:
    """'a gruelling 11-day trip' against a 12-day frame: counted from the first day, the length gives
    another end; kept as a reading of its own (its article gave no dates)."""
    n = (frame.end - frame.start).days + 1
    dated = {v.article for v in votes}
    out = []
    for lv in lengths:
        if lv.article in dated or lv.days[0] <= n <= lv.days[1] or lv.days[0] != lv.days[1]:
            continue
        last = frame.start + dt.timedelta(days=lv.days[0] - 1)
        reading = day_span(frame.start, last, basis="length counted from the first day")
        vote = Vote(lv.article, reading, lv.mention, (), 0.0, "length")
        tag = f"[{lv.article.split('_')[0]}]"
        writers = " ".join(sorted({f"[{v.article.split('_')[0]}]" for v in best[2]}))
        reason = (f"{tag} a {lv.days[0]}-day trip, counted from {describe(frame.start, frame.start)}, "
                  f"ends {describe(last, last)}; lost: {writers} give {describe(*best[0])} ({n} days)")
        out.append((vote, reason))
    return out


def _article_votes(mentions: Sequence[EventMention]) -> list[Vote]:
    """One article's vote: its widest written range (the trip holds its legs), else a start or end + length
    (the longest such)."""
    legs = _legs_in_one_sentence(mentions)
    ranges = [(m, r) for m in mentions for r in m.times if r.mention.value.kind in WRITTEN
              and r.readings and length(r.readings[0]) > 1 and is_day_or_finer(r.readings[0])]
    widest = max(ranges, key=lambda mr: (length(mr[1].readings[0]), -mr[1].mention.start)) if ranges else None
    if legs and (widest is None or length(widest[1].readings[0]) <= length(legs[0].reading)):
        return legs  # the whole trip's range, when the article writes it too, holds its legs
    if widest is not None:
        m, r = widest
        share = 1.0 / len(r.readings)
        return [Vote(m.article, reading, m, (r,), share, "range as written" if i == 0 else reading.basis)
                for i, reading in enumerate(r.readings) if is_day_or_finer(reading)]
    lengths = [(m, duration_days(m.duration)) for m in mentions if m.duration is not None]
    # The longest first: "a six-day tour" holds "a two-day visit" to one of its cities, whichever comes first.
    for m, span in sorted(lengths, key=lambda ms: -(ms[1][0] if ms[1] else 0)):
        if span is None or span[0] != span[1]:
            continue
        for r in m.times:
            if _one_day(r):
                day = days(r.readings[0])[0]
                if names_the_end(m, r):
                    reading = day_span(day - dt.timedelta(days=span[0] - 1), day, basis="end and length")
                else:
                    reading = day_span(day, day + dt.timedelta(days=span[0] - 1), basis="start and length")
                return [Vote(m.article, reading, m, (r,), 1.0, reading.basis)]
    return []


def _legs_in_one_sentence(mentions: Sequence[EventMention]) -> list[Vote]:
    """'a state visit to Japan from November 17 to 18, the summit in Seoul on November 19 and 20, and an official
    visit to Vietnam on November 21': visits to different places dated one after the other in one sentence are
    the legs of one trip, which runs from the first one's first day to the last one's last."""
    by_sentence: dict[int, list[tuple[tuple[dt.date, dt.date], EventMention, Resolved]]] = {}
    for m in mentions:
        r = next((r for r in m.times if r.mention.value.kind in WRITTEN and r.readings
                  and is_day_or_finer(r.readings[0])), None)
        if r is not None and m.location:
            by_sentence.setdefault(m.quote_start, []).append((days(r.readings[0]), m, r))
    for legs in by_sentence.values():
        legs.sort(key=lambda leg: leg[0])
        if len({m.location for _, m, _ in legs}) < 2 or len(legs) != len({m.location for _, m, _ in legs}):
            continue
        if all(dt.timedelta(days=1) <= b[0][0] - a[0][1] <= LEG_GAP for a, b in pairwise(legs)):
            reading = day_span(legs[0][0][0], legs[-1][0][1], basis=LEGS)
            places = [m.location for _, m, _ in legs if m.location]
            whole = trip_of_legs(legs[0][1], tuple(places), (legs[0][2], legs[-1][2]))
            return [Vote(whole.article, reading, whole, (legs[0][2], legs[-1][2]), 1.0, reading.basis)]
    return []


def trip_of_legs(leg: EventMention, places: tuple[str, ...], times: tuple[Resolved, ...]) -> EventMention:
    """The trip that legs to ``places`` make, as one mention (from its first leg's) named for where it goes."""
    named = f"{', '.join(places[:-1])} and {places[-1]}" if len(places) > 1 else places[0]
    return leg.model_copy(update={"title": f"Trip to {named}", "destinations": places, "location": None,
                                  "country": None, "is_trip": True, "times": times})


LEGS = "legs in one sentence"
LEG_GAP = dt.timedelta(days=3)  # the next leg of a trip starts the day after the last one ends, or soon after


def _round_trip_votes(trip: Sequence[EventMention], moves: Sequence[EventMention]) -> list[Vote]:
    """'Sunday, June 15: departs Lisbon for Tokyo' ... 'Thursday, June 19: returns to Lisbon': an article
    that names the trip and dates leaving a city and coming back to it dates the trip between the two."""
    if not any(m.is_trip for m in trip):
        return []  # a summit week's frame comes from the gathering itself
    leaving = [(m, r) for m in moves if m.qualifier == "departure" and m.location_is_city
               for r in m.times[:1] if _one_day(r)]
    coming_back = [(m, r) for m in moves if is_return_home(m) for r in m.times[:1] if _one_day(r)]
    for dep, out in leaving:
        first = days(out.readings[0])[0]
        for back, home in reversed(coming_back):
            last = days(home.readings[0])[0]
            if back.location in {None, dep.location} and 0 < (last - first).days < ROUND_TRIP_DAYS:
                reading = day_span(first, last, basis="departure and return")
                return [Vote(dep.article, reading, trip[0], (out, home), 1.0, reading.basis)]
    return []


ROUND_TRIP_DAYS = 31  # a longer absence is not one trip the articles frame


def journey_frame(trip: Sequence[EventMention], moves: Sequence[EventMention]) -> Frame | None:
    """'will travel to Brazil on Sunday' in one article, 'flew home on Friday' in another: when no article
    dates the trip they name, the traveller's first dated move out and last dated return home, read across
    the articles, are its first and last days."""
    votes = _journey_votes(trip, moves)
    return _frame_of(votes[0]) if votes else None


def _frame_of(vote: Vote) -> Frame:
    """The frame one vote makes, when nothing else dates the trip."""
    key = days(vote.reading)
    return Frame(key[0], key[1], [vote], backers={key: [vote]})


def period_frame(trip: Sequence[EventMention], mentions: Sequence[EventMention]) -> Frame | None:
    """'will travel to Egypt, Jordan and Israel next week', then talks reported in Cairo on Monday and in Amman
    on Tuesday: when no article dates the trip by its days, the days of what is dated inside the period it is
    given, in the countries it goes to, frame it."""
    for m in trip:
        periods = [days(r.readings[0]) for r in m.times if r.readings and not is_day_or_finer(r.readings[0])]
        codes = {place.country for name in m.destinations if (place := resolve_place(name)) and place.country}
        if not m.is_trip or not periods or not codes or (periods[0][1] - periods[0][0]).days > PERIOD_DAYS:
            continue
        first, last = periods[0]
        inside = sorted((days(r.readings[0])[0], x.id, r) for x in mentions if x.country in codes and x.times
                        for r in x.times[:1] if _one_day(r) and first <= days(r.readings[0])[0] <= last)
        if len({day for day, _, _ in inside}) > 1:
            reading = day_span(inside[0][0], inside[-1][0], basis="the programme's days in the trip's period")
            return _frame_of(Vote(m.article, reading, m, (inside[0][2], inside[-1][2]), 1.0, reading.basis))
    return None


PERIOD_DAYS = 10  # a trip given a week ('next week') is framed by its programme's days; a month is too vague


def _journey_votes(trip: Sequence[EventMention], moves: Sequence[EventMention]) -> list[Vote]:
    if not any(m.is_trip for m in trip):
        return []
    out = sorted(((days(r.readings[0])[0], m, r) for m in moves if not is_return_home(m) and m.participants
                  for r in m.times[:1] if _one_day(r)), key=lambda dmr: (dmr[0], dmr[1].id))
    back = sorted(((days(r.readings[0])[0], m, r) for m in moves if is_return_home(m)
                   for r in m.times[:1] if _one_day(r)), key=lambda dmr: (dmr[0], dmr[1].id))
    if not out or not back or not 0 < (back[-1][0] - out[0][0]).days < ROUND_TRIP_DAYS:
        return []
    (first, leaving, r_out), (last, _, r_home) = out[0], back[-1]
    # the trip's own mention that names no single place ('the tour', 'his trip') frames it, else the first
    framing = next((m for m in trip if m.is_trip and m.location is None), next(m for m in trip if m.is_trip))
    places = _journey_countries([*moves, *trip], first, last)
    if len(places) > 1:
        # through several countries: a trip of legs, each country's dated visit one of them
        reading = day_span(first, last, basis=LEGS)
        whole = trip_of_legs(framing, places, (r_out, r_home))
        return [Vote(leaving.article, reading, whole, (r_out, r_home), 1.0, LEGS)]
    reading = day_span(first, last, basis="first move out and return home")
    return [Vote(leaving.article, reading, framing, (r_out, r_home), 1.0, reading.basis)]


def _journey_countries(mentions: Sequence[EventMention], first: dt.date, last: dt.date) -> tuple[str, ...]:
    """The countries a journey goes to, in the order of their days: the countries its moves and visits are to
    (not a region: 'Southeast Asia'; a visit no article dates comes last)."""
    seen: dict[str, dt.date] = {}
    for m in mentions:
        spans = [days(reading) for r in m.times for reading in r.readings if is_day_or_finer(reading)]
        if spans and not any(first <= s[0] <= last for s in spans):
            continue
        day = min((s[0] for s in spans), default=last)
        if m.location and m.country and not m.location_is_city:  # a country, not a city or a region
            seen[m.location] = min(day, seen.get(m.location, day))
    return tuple(sorted(seen, key=lambda name: (seen[name], name)))


def _length_and_one_end(trip: Sequence[EventMention], moves: Sequence[EventMention]) -> list[Vote]:
    """'returned to Copenhagen on Tuesday at the end of a nine-day tour': an article that gives the trip's
    length with no date, and dates its last day by a return home in the length's sentence, dates the trip by
    that day and the length."""
    fixed = [(m, span[0]) for m in trip if m.duration is not None and not any(r.readings for r in m.times)
             and (span := duration_days(m.duration)) is not None and span[0] == span[1] > 1]
    if not fixed:
        return []
    m, n = fixed[0]
    home = [(x, r) for x in moves if is_return_home(x) and x.quote_start == m.quote_start
            for r in x.times[:1] if _one_day(r)]
    if home:
        last = days(home[0][1].readings[0])[0]
        reading = day_span(last - dt.timedelta(days=n - 1), last, basis="end and length")
        return [Vote(m.article, reading, m, (home[0][1],), 1.0, reading.basis)]
    return []


NEXT_COUNTRY = "the trip goes on to the next country"


def continued_to_next_country(frame: Frame, mentions: Sequence[EventMention]) -> Frame:
    """'a state visit to Mongolia from Wednesday to Thursday. He will then travel to Kazakhstan', with talks
    in Astana on Friday: when the frame is one country's dated visit and the trip also goes to a country
    (a visit or a move there) no article dates, what is dated there in the days right after the frame is the
    trip going on, and the trip runs to its last such day (a return home straight after it ends it)."""
    if frame.votes[0].how in {LEGS, NEXT_COUNTRY} or any(len(v.mention.destinations) > 1 for v in frame.votes):
        return frame
    visited = {v.mention.country for v in frame.votes if v.mention.country}
    # "then travel to Kazakhstan", "a two-day visit to Kazakhstan": the trip's next country, no date given
    undated_next = {m.country: m for m in mentions if (m.is_trip or m.title.startswith("Travel to"))
                    and m.country and m.country not in visited and not m.location_is_city
                    and not any(r.readings for r in m.times)}
    if len(visited) != 1 or not undated_next:
        return frame
    end, last, reached = frame.end, None, []
    # a visit to the next country that one day dates ('wrapped up his visit to Uganda on Friday') goes on too
    dated = sorted(((days(r.readings[0])[0], x, r) for x in mentions if not x.is_trip or x.country in undated_next
                    for r in x.times[:1] if _one_day(r)), key=lambda dxr: (dxr[0], dxr[1].id))
    for day, m, r in dated:
        goes_on = m.country in undated_next or (last is not None and is_return_home(m))
        if goes_on and end < day <= end + LEG_GAP:
            end, last = day, (m, r)
            if m.country in undated_next and m.country not in reached:
                reached.append(m.country)
    if last is None:
        return frame
    first = frame.votes[0]
    places = tuple(p for p in (first.mention.location, *(undated_next[c].location for c in reached)) if p)
    whole = trip_of_legs(first.mention, places, first.mention.times)
    reading = day_span(frame.start, end, basis=NEXT_COUNTRY)
    vote = Vote(first.article, reading, whole, (*first.times[:1], last[1]), 1.0, NEXT_COUNTRY)
    return Frame(frame.start, end, [vote, *frame.votes], frame.losers, frame.lengths, frame.backers)


def _one_day(r: Resolved) -> bool:
    return r.mention.value.kind in WRITTEN and bool(r.readings) and length(r.readings[0]) == 1 and \
        is_day_or_finer(r.readings[0])


END_CUE = re.compile(r"\b(?:ends?|ending|ended|conclude[sd]?|concluding|until|till|through|wraps? up|"
                     r"returns?|returning|leaves?|leaving)\s+(?:in\s+\w+\s+|\w+\s+)?(?:on\s+)?$", re.IGNORECASE)


# The verb that governs the trip's own noun says which end of it a lone date is: "ended her nine-day tour
# of the region on Monday", "wraps up a three-day state visit on Friday", "at the end of his two-day visit".
# Not "close" (an adjective as often as a verb: "a close ally's four-day visit").
ENDING_VERB = re.compile(r"\b(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up|"
                         r"w(?:ind|inds|ound|inding)\s+up|finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|"
                         r"round(?:s|ed|ing)?\s+off|cut(?:s|ting)?\s+short)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}$",
                         re.IGNORECASE)


# A move dated before the trip's noun that follows or closes the trip: "returned home on Friday after a
# six-day tour", "flew to Rome on Monday to end his five-day visit", "flew home on Friday, ending a tour".
CLOSED_BY = re.compile(r"\b(?:after|to\s+(?:end|close|conclude)|ending|concluding|closing)\s+(?:a|an|his|her|their|its)\s+"
                       r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


# A move dated before the trip's noun that sets out on it: "will leave on Monday for a nine-day tour",
# "leaves Abuja on Sunday for a week-long tour": the date is the first day, whatever the verb.
OPENED_BY = re.compile(r"^\W*for\s+(?:a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def names_the_end(m: EventMention, r: Resolved) -> bool:
    """'the four-day visit ends on Wednesday', 'ended her four-day visit on Wednesday': the date is the
    last day, not the first."""
    noun_at = m.trigger_start - m.quote_start
    date_end = r.mention.end - m.quote_start
    if date_end <= noun_at and OPENED_BY.search(m.quote[date_end:noun_at][:60]):
        return False
    before = m.quote[max(0, r.mention.start - m.quote_start - 40):r.mention.start - m.quote_start]
    if END_CUE.search(before):
        return True
    if date_end <= noun_at and CLOSED_BY.search(m.quote[date_end:noun_at][-60:]):
        return True
    return noun_at <= r.mention.start - m.quote_start and bool(
        ENDING_VERB.search(m.quote[max(0, noun_at - 60):noun_at]))


def _score(votes: list[Vote], lengths: list[LengthVote]) -> list[tuple[tuple[dt.date, dt.date], float, list[Vote]]]:
    groups: dict[tuple[dt.date, dt.date], list[Vote]] = {}
    for v in votes:
        groups.setdefault(days(v.reading), []).append(v)
    voters = {v.article for v in votes if v.weight == 1.0}
    scored = []
    for key, group in groups.items():
        score = sum(v.weight for v in group)
        n = (key[1] - key[0]).days + 1
        score += sum(1 for lv in lengths if lv.days[0] <= n <= lv.days[1] and lv.article not in voters)
        scored.append((key, score, group))
    scored.sort(key=lambda item: (-item[1], -(item[0][1] - item[0][0]).days, item[0]))
    return scored


def _why_lost(vote: Vote, key: tuple[dt.date, dt.date], best: tuple[tuple[dt.date, dt.date], float, list[Vote]],
              lengths: list[LengthVote]) -> str:
    """'[001] a 3-day visit from 'Sunday, January 4, 2026' gives Sun .. Tue; lost: [000] [003] write ...'."""
    say = vote.times[0].mention.text if vote.times else vote.mention.trigger
    tag = f"[{vote.article.split('_')[0]}]"
    if vote.how in {"start and length", "end and length"} and vote.mention.duration is not None:
        side = "from" if vote.how == "start and length" else "ending"
        what = f"{tag} a {vote.mention.duration.amount:g}-{vote.mention.duration.unit} visit {side} '{say}'"
    else:
        what = f"{tag} '{say}'"
    best_key = best[0]
    n = (best_key[1] - best_key[0]).days + 1
    writers = " ".join(sorted({f"[{v.article.split('_')[0]}]" for v in best[2]}))
    agree = " ".join(sorted({f"[{lv.article.split('_')[0]}]" for lv in lengths
                             if lv.days[0] <= n <= lv.days[1] and lv.article not in {v.article for v in best[2]}}))
    lost = f"{writers} give {describe(*best_key)}"
    if agree:
        lost += f" and {agree} a {n}-day length that fits it"
    return f"{what} gives {describe(*key)}; lost: {lost}"
