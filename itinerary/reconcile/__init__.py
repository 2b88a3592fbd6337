"""Reconcile: every article's event mentions -> one sourced itinerary.

1. One spelling per person; the principal is the person most articles name.
2. The trip frame: the dates of the container visit, one vote per article.
3. What an article left open (a weekday alone, "hours before his departure")
   is placed through the frame.
4. Mentions of the same event are clustered; each cluster's dates are voted,
   the losing readings kept as alternatives with their reason.
5. Every temporal mention that dates no event is listed as unresolved.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import pendulum

from itinerary.collector import collector_paused
from itinerary.events.extract import stable_digest
from itinerary.events.people import canonical_names
from itinerary.events.places import gazetteer, resolve_place
from itinerary.model import (
    Alternative,
    ArticleEvents,
    Event,
    EventMention,
    Itinerary,
    Reading,
    Resolved,
    Source,
    Unresolved,
    day_of,
)
from itinerary.reconcile.cluster import Cluster, cluster_mentions, family
from itinerary.reconcile.dates import Said, best_time, choose, reported_on
from itinerary.reconcile.frame import (
    CHANGED_END,
    LEGS,
    NEXT_COUNTRY,
    Frame,
    continued_to_next_country,
    find_frame,
    journey_frame,
    period_frame,
    trip_of_legs,
)
from itinerary.reconcile.lengths import lengths_across, spanned_by_length
from itinerary.reconcile.names import principal
from itinerary.reconcile.place import date_clock_times, date_story_days, place_by_publication, place_mentions
from itinerary.reconcile.readings import FINE, day_span, days, describe, is_return_home, overlaps, span_value
from itinerary.temporal import duration_days

__all__ = ["reconcile"]

# Kinds that can be part of the trip itself; the others are around it.
ITINERARY_KINDS = frozenset(
    {"visit", "stay", "travel", "summit", "meeting", "talks", "ceremony", "forum", "signing", "speech", "dinner",
     "site_visit"}
)
# Kinds that are worth listing undated, somewhere in the trip: an undated "remarks" or "departure" says little.
UNDATED_KINDS = frozenset({"summit", "meeting", "talks", "ceremony", "forum", "signing", "dinner", "site_visit"})
BACKGROUND_KINDS = frozenset({"statistic", "anniversary"})
CONTEXT_REACH = dt.timedelta(days=60)
LEG_REACH = dt.timedelta(days=2)
MOVES = frozenset({"stay", "travel", "visit"})  # a departure from a city is often the day after its leg  # a leg stretches to hold its events only this far past its written dates  # how far from the trip an event is still context, not background


def reconcile(yields: Sequence[ArticleEvents], *, default_tz: str | None = None) -> Itinerary:
    """Merge what every article yields into one itinerary.

    ``default_tz`` is the time zone of clock times whose place is unknown (else they stay local, floating).
    """
    with collector_paused():
        return _reconcile(yields, default_tz)


def _reconcile(yields: Sequence[ArticleEvents], default_tz: str | None) -> Itinerary:
    published = {y.article.id: y.article.published for y in yields}
    mentions = _country_stays_as_trip(_one_trip_of_stays([m for y in yields for m in y.events]))
    canon = canonical_names(_names(mentions))
    lead = principal(mentions, canon)
    frame = find_frame(_containers(mentions), _moves(mentions))
    if frame is None and None in published.values():
        # The one article that dates the trip may have no date of its own: place it by the others'.
        mentions = place_by_publication(mentions, published)
        frame = find_frame(_containers(mentions), _moves(mentions))
    journey = journey_frame([m for m in mentions if m.is_trip], _moves(mentions))
    frame = _leg_of_journey(frame, journey) or period_frame([m for m in mentions if m.is_trip], mentions)
    placed = place_mentions(mentions, frame.span if frame else None, {})
    if frame is not None:
        # What the first frame placed ("a three-day visit on Sunday, March 16" with no year) may now vote too.
        frame = _leg_of_journey(find_frame(_containers(placed), _moves(placed)) or frame, journey) or frame
        placed = place_mentions(mentions, frame.span, {})
        going_on = continued_to_next_country(frame, placed)
        if going_on is not frame:
            frame, placed = going_on, place_mentions(mentions, going_on.span, {})
    span = frame.span if frame else None
    # A summit week's frame comes from the summit's own mentions: that event lasts the frame's days.
    framing = frozenset(v.mention.id for v in frame.votes if not v.mention.is_trip and v.mention.kind in GATHERINGS
                        ) if frame else frozenset()
    # ... and it is held in one city: an undated event elsewhere ("flew on to Oslo for talks") is not in it.
    host_cities = frozenset(v.mention.location for v in frame.votes if v.mention.id in framing
                            and v.mention.location and v.mention.location_is_city) if frame else frozenset()
    if frame is not None and framing and not host_cities:
        # the dated mentions say no city ('the G20 summit, which runs on November 17 and 18'): an undated one
        # of the same gathering may ('the G20 summit opened in Nairobi'), when they name only one
        named = {m.location for m in placed if m.kind in GATHERINGS and m.location and m.location_is_city
                 and m.qualifier is not None and m.qualifier in {v.mention.qualifier for v in frame.votes}}
        host_cities = frozenset(named) if len(named) == 1 else host_cities
    placed = spanned_by_length(date_story_days(date_clock_times(_home_on_the_changed_end(placed, frame))))
    # dates the frame lost to are the trip's own (moved since) only for a trip to the same country: a visit
    # elsewhere that lost is another journey ("returning the visit he paid to Accra")
    bound_for = ({v.mention.country for v in frame.votes if v.mention.country}
                 or _countries_during(placed, frame.span)) if frame else set()
    lost = frozenset(days(v.reading) for v, _ in frame.losers
                     if not bound_for or not v.mention.country or v.mention.country in bound_for
                     ) if frame else frozenset()
    legs = frame.votes[0].mention.destinations if frame is not None and frame.votes[0].how in {LEGS, NEXT_COUNTRY} \
        else ()
    trip, others = _split_trip(placed, span, canon, lead, lost, legs) if span else ([], placed)
    if frame is not None and frame.votes[0].how in {LEGS, NEXT_COUNTRY}:
        trip.append(frame.votes[0].mention)  # the trip its legs make, named for where they go
    clusters = cluster_mentions(others, canon, lead, span)
    clusters, trip = _fold_undated_city_visits(lengths_across(clusters), trip, frame)
    voice = wire_copies(yields)
    events: list[Event] = []
    by_mention: dict[str, Event] = {}
    if trip and frame:
        events.append(_trip_event(trip, frame, canon, lead, _host_country(placed, frame.span)))
    legs_first = sorted(clusters, key=lambda c: (c.members[0].kind != "stay", _cluster_key(c)))
    undated_legs: list[Cluster] = []
    unplaced: list[Cluster] = []
    for cluster in legs_first:
        event = _cluster_event(cluster, span, canon, lead, by_mention, default_tz, voice, published, framing,
                               host_cities)
        if event is None:
            (undated_legs if _kind(cluster.members) == "stay" else unplaced).append(cluster)
            continue
        events.append(event)
        for m in cluster.members:
            by_mention[m.id] = event
    if frame is None:
        for cluster, reading in _undated_without_frame(unplaced, events):
            event = _cluster_event(cluster, span, canon, lead, by_mention, default_tz, voice, published, framing,
                                   host_cities, reading)
            if event is not None:
                events.append(event)
                for m in cluster.members:
                    by_mention[m.id] = event
    events = _at_gatherings(events, by_mention, placed)
    if frame is not None:
        order = _destination_order(trip)
        undated_legs += _unmentioned_legs(order, clusters, trip)
        events.extend(_sequenced_legs(undated_legs, order, by_mention, placed, frame))
    if span is not None:
        events = _stretch_legs(events, by_mention, placed, span)
        events = _journey_roles(events, by_mention, placed, trip, span)
        events = _arrived_for_a_gathering(events, by_mention, placed)
        events = _next_stop_roles(events, by_mention, placed, trip, span)
        events = _on_until_the_return(events, span)
    if trip and frame:
        events[0] = _with_leg_alternatives(events[0], events[1:], frame)
        events[0] = _named_for_every_country(events[0], by_mention, placed, frame.span)
    events.sort(key=lambda e: (_sort_time(e.start), e.id))
    return Itinerary(
        articles=tuple(y.article for y in yields),
        events=tuple(events),
        unresolved=tuple(_unresolved(yields, events)),
    )


GATHERINGS = frozenset({"summit", "forum", "meeting", "talks"})


def _home_on_the_changed_end(mentions: list[EventMention], frame: Frame | None) -> list[EventMention]:
    """'cut short his tour on Thursday and flew home from Oslo': the return home the sentence tells, with no
    date of its own, is on the day the trip now ends."""
    if frame is None or frame.votes[0].how != CHANGED_END or not frame.votes[0].times:
        return mentions
    vote = frame.votes[0]
    sentence = (vote.article, vote.mention.quote_start)
    return [m.model_copy(update={"times": vote.times[:1]}) if is_return_home(m)
            and (m.article, m.quote_start) == sentence and not any(r.readings for r in m.times) else m
            for m in mentions]


def _leg_of_journey(frame: Frame | None, journey: Frame | None) -> Frame | None:
    """The trip's frame: the journey from the traveller's first move out to the return home when no article
    dates the trip, or when what one dates is a visit inside that journey through several countries, begun
    after leaving home ('leaves for the summit in Thailand on Wednesday ... a state visit to Laos on Monday and
    Tuesday')."""
    if frame is None:
        return journey
    if journey is not None and journey.votes[0].how == LEGS and journey.start < frame.start <= frame.end <= journey.end:
        return journey  # through two countries or more: the dated visit is one of its legs
    return frame


def _moves(mentions: Sequence[EventMention]) -> list[EventMention]:
    return [m for m in mentions if m.kind == "travel"]


def _one_trip_of_stays(mentions: list[EventMention]) -> list[EventMention]:
    """'will travel to Cairo, Amman and Riyadh from Sunday to Friday': stays in several places that one word
    dates alike are not each those days but one trip through the places, in the order written."""
    groups: dict[tuple[str, int], list[EventMention]] = {}
    for m in mentions:
        if m.kind == "stay" and m.location and m.times and not m.is_trip:
            groups.setdefault((m.article, m.trigger_start), []).append(m)
    joined = {key: group for key, group in groups.items() if len(group) > 1
              and len({m.location for m in group}) == len(group) and len({m.times for m in group}) == 1}
    if not joined:
        return mentions
    out = []
    for m in mentions:
        group = joined.get((m.article, m.trigger_start)) if m.kind == "stay" else None
        if group is None:
            out.append(m)
        elif m is group[0]:
            trip = trip_of_legs(m, tuple(x.location for x in group if x.location), m.times)
            out.append(trip.model_copy(update={"kind": "visit"}))
    return out


def _country_stays_as_trip(mentions: list[EventMention]) -> list[EventMention]:
    """'will be in Brazil from June 9 to 12' about a visit to Brazil: a stay in the one country the trip goes
    to is the trip itself, and its dates vote for the trip's (on a tour of several countries it is a leg)."""
    trips = [m for m in mentions if m.is_trip]
    if any(len(m.destinations) > 1 for m in trips):
        return mentions
    countries = {m.location for m in trips if m.location and not m.location_is_city}
    if len(countries) != 1:
        return mentions
    return [m.model_copy(update={"is_trip": True})
            if m.kind == "stay" and not m.is_trip and not m.location_is_city and m.location in countries else m
            for m in mentions]


def _containers(mentions: Sequence[EventMention]) -> list[EventMention]:
    """What frames the story: the trip, else a gathering of several days ('a three-day summit', 'leaders
    meet from September 30 to October 2'), so that a summit week is framed like a state visit."""
    trips = [m for m in mentions if m.is_trip]
    # A trip frames the story when some article dates it or gives its length: not "stayed on for a state
    # visit that ends on Friday" in an undated wrap of a summit week.
    if any(m.duration or any(r.readings for r in m.times) for m in trips):
        return trips
    return [m for m in mentions if m.kind in GATHERINGS and (_days_long(m) or any(
        r.mention.value.kind == "range" for r in m.times))]


def _days_long(m: EventMention) -> bool:
    span = duration_days(m.duration) if m.duration is not None else None
    return span is not None and span[0] > 1


COPY_SHARE = 0.5  # two articles sharing half their event sentences are copies of one story
COPY_MIN = 3


def wire_copies(yields: Sequence[ArticleEvents]) -> dict[str, str]:
    """article -> the first article of its story: copies of one wire factbox count as one voice, not two."""
    normal: dict[str, str] = {}  # the events of one sentence share its quote: normalise each quote once
    sentences = {y.article.id: {_normal_quote(m.quote, normal) for m in y.events} for y in yields}
    voice: dict[str, str] = {}
    ids = sorted(sentences)
    # Only an earlier article sharing a sentence can be copied: count shared sentences through an index of
    # who said what (comparing every pair of articles was quadratic in the number of articles).
    said_by: dict[str, list[int]] = {}
    for i, a in enumerate(ids):
        shared: Counter[int] = Counter()
        for quote in sentences[a]:
            shared.update(said_by.get(quote, ()))
        for j in sorted(shared):
            b = ids[j]
            small = min(len(sentences[a]), len(sentences[b]))
            if small >= COPY_MIN and shared[j] >= COPY_SHARE * small:
                voice[a] = voice.get(b, b)
                break
        for quote in sentences[a]:
            said_by.setdefault(quote, []).append(i)
    return voice


def _normal_quote(quote: str, seen: dict[str, str]) -> str:
    """The quote in lower case with its spaces collapsed (remembered in ``seen``)."""
    if quote not in seen:
        seen[quote] = " ".join(quote.lower().split())
    return seen[quote]


def _names(mentions: Iterable[EventMention]) -> list[str]:
    names: list[str] = []
    for m in mentions:
        names.extend(m.participants)
        if m.counterpart and m.counterpart[:1].isupper():
            names.append(m.counterpart)
    return names


def _split_trip(mentions: Sequence[EventMention], span: tuple[dt.date, dt.date] | None, canon: dict[str, str],
                lead: str | None, lost: frozenset[tuple[dt.date, dt.date]] = frozenset(), legs: tuple[str, ...] = ()
                ) -> tuple[list[EventMention], list[EventMention]]:
    """Trip mentions dated away from the frame are other visits ("he last visited in 2019"), unless they give
    dates the frame lost to (``lost``): "from May 4 to 6" of a visit since moved to June is the trip.

    On a trip to several countries, a visit to one of them is a leg: "an official visit to Peru on
    June 7-8" inside "state visits to Chile, Peru and Bolivia from June 5 to 10". ``legs``: the places of a
    frame made of legs ("a state visit to Chile from Monday to Tuesday. She will then travel to Peru").
    """
    route = {c for m in mentions if m.is_trip and len(m.destinations) > 1 for c in m.destinations} | set(legs)
    countries = route or {m.location for m in mentions if m.is_trip and m.location and not m.location_is_city}
    several = len(countries) > 1
    trip, others = [], []
    for m in mentions:
        spans = [days(reading) for r in m.times for reading in r.readings]
        someone_else = bool(m.participants) and lead not in {canon.get(p, p) for p in m.participants}
        # a visit of the trip's own length dated inside it is the trip: "the start of a three-day state visit"
        # is the guest's even where the sentence names only the host who welcomed them
        if (m.is_trip == someone_else) and _gives_the_trips_length(m, span):
            trip.append(m.model_copy(update={"is_trip": True}))
        elif not m.is_trip or someone_else or not (span is None or not spans or any(overlaps(s, span) for s in spans)
                                                  or all(s in lost for s in spans)):
            others.append(m if not m.is_trip else m.model_copy(update={"is_trip": False}))
        elif several and m.location in countries and len(m.destinations) < 2 and all(s != span for s in spans):
            others.append(m.model_copy(update={"is_trip": False, "kind": "stay"}))
        else:
            trip.append(m)
    return trip, others


def _gives_the_trips_length(m: EventMention, span: tuple[dt.date, dt.date] | None) -> bool:
    """'ended her three-day state visit in Edinburgh on Thursday' on a three-day trip: a visit of the trip's
    own length, dated inside it, is the trip (seen from the city it ended in), not a visit to that city."""
    if m.kind != "visit" or span is None or m.duration is None:
        return False
    n = duration_days(m.duration)
    spans = [days(reading) for r in m.times for reading in r.readings]
    return (n is not None and n[0] == n[1] == (span[1] - span[0]).days + 1
            and all(span[0] <= s[0] and s[1] <= span[1] for s in spans))


def _fold_undated_city_visits(clusters: list[Cluster], trip: list[EventMention], frame: Frame | None
                              ) -> tuple[list[Cluster], list[EventMention]]:
    """A visit to a city that no article dates and no leg covers is the trip itself ("her visit to Lima")."""
    if frame is None:
        return clusters, trip
    kept = []
    for c in clusters:
        undated = all(best_time(m) is None for m in c.members)
        cities = all(m.location is None or m.location_is_city for m in c.members)
        if c.members[0].kind in {"visit", "stay"} and undated and cities and all(m.within is None for m in c.members):
            trip = trip + c.members
        else:
            kept.append(c)
    return kept, trip


def _cluster_key(c: Cluster) -> tuple[str, int]:
    first = min(c.members, key=lambda m: (m.article, m.trigger_start))
    return first.article, first.trigger_start


def _event_id(kind: str, members: Sequence[EventMention]) -> str:
    first = min(members, key=lambda m: (m.article, m.trigger_start, m.id))
    return f"{kind}-{stable_digest(first.article, str(first.trigger_start), kind)}"


def _trip_event(trip: list[EventMention], frame: Frame, canon: dict[str, str], lead: str | None,
                host: str | None = None) -> Event:
    """``host``: the one country the trip's days are spent in, for a trip no mention places."""
    sources = _sources(trip)
    location = _trip_location(trip)
    title = _trip_title(trip)
    if location is None and host is not None and title.lower() in BARE_TRIP_TITLES:
        location, title = host, f"{title} to {host}"
    # every article that gave a losing span is its source, not only the first ("[a] [b] give ... as planned")
    alternatives = tuple(
        Alternative(start=v.reading.start, end=v.reading.end, precision=v.reading.precision, reason=why,
                    sources=_said_sources([Said(b.article, b.reading, b.times[0], b.mention, 1.0)
                                           for b in frame.backers.get(days(v.reading), [v]) if b.times] or
                                          [Said(v.article, v.reading, v.times[0], v.mention, 1.0)]) if v.times
                    else _sources([v.mention.model_copy(update={"times": ()})]))
        for v, why in frame.losers if v.times or v.mention.duration_span
    )
    return Event(
        id=_event_id("visit", trip), kind="visit", role="itinerary", title=title,
        start=frame.start, end=frame.end, precision="day", value=span_value(frame.start, frame.end),
        location=location, participants=(lead,) if lead else _participants(trip, canon, lead),
        status="disputed" if alternatives else "confirmed", alternatives=alternatives, sources=sources,
    )


BARE_TRIP_TITLES = frozenset({"state visit", "official visit", "visit", "working visit", "trip", "tour"})


def _countries_during(mentions: Sequence[EventMention], span: tuple[dt.date, dt.date]) -> set[str]:
    """The countries of the places where mentions dated inside ``span`` happen."""
    codes: set[str] = set()
    for m in mentions:
        if m.country is None:
            continue
        when = best_time(m)
        if when is not None and any(overlaps(days(reading), span) for reading in when.readings):
            codes.add(m.country)
    return codes


def _host_country(mentions: Sequence[EventMention], span: tuple[dt.date, dt.date]) -> str | None:
    """'arrived in Tokyo on Monday for a four-day state visit', 'travelled to Kyoto', 'leaves Japan on
    Thursday': when every place the trip's days are spent in lies in one country and some article names
    that country, the trip is a visit to it."""
    codes: set[str] = set()
    names: dict[str, str] = {}
    for m in mentions:
        if m.country is None or m.location is None:
            continue
        if not m.location_is_city:
            names.setdefault(m.country, m.location)
        when = best_time(m)
        if when is not None and any(overlaps(days(reading), span) for reading in when.readings):
            codes.add(m.country)
    return names.get(next(iter(codes))) if len(codes) == 1 else None


def _destination_order(trip: Sequence[EventMention]) -> tuple[str, ...]:
    """The countries of the trip in the order the articles list them: 'Chile, Peru and Bolivia'."""
    listed = sorted((m for m in trip if len(m.destinations) > 1),
                    key=lambda m: (-len(m.destinations), m.article, m.trigger_start))
    return listed[0].destinations if listed else ()


def _unmentioned_legs(order: tuple[str, ...], clusters: Sequence[Cluster], trip: Sequence[EventMention]
                      ) -> list[Cluster]:
    """A destination the trip lists but no leg names ('state visits to Kenya, Tanzania and Rwanda' with only
    Tanzania and Rwanda dated): its leg is read from the list itself."""
    named = {m.location for c in clusters for m in c.members if m.kind == "stay"}
    listing = min((m for m in trip if m.destinations == order), key=lambda m: (m.article, m.trigger_start),
                  default=None)
    out = []
    for country in order:
        if country not in named and listing is not None:
            leg = listing.model_copy(update={"kind": "stay", "location": country, "is_trip": False,
                                             "title": f"Stay in {country}", "times": (), "duration": None,
                                             "duration_span": None, "id": f"{listing.id}:{country}"})
            out.append(Cluster([leg], []))
    return out


def _sequenced_legs(undated: Sequence[Cluster], order: tuple[str, ...], by_mention: dict[str, Event],
                    mentions: Sequence[EventMention], frame: Frame) -> list[Event]:
    """A leg no article dates lies between its neighbours in the trip's order: the first leg runs from the
    trip's start to the next leg's arrival day, the last from the previous leg's end to the trip's end."""
    dated: dict[str, Event] = {}
    for m in mentions:
        leg = by_mention.get(m.id)
        if leg is not None and leg.kind == "stay" and leg.placed and m.location in order:
            dated.setdefault(m.location, leg)
    seen = _first_days_in(order, by_mention, mentions)
    out = []
    for c in undated:
        where = next((m.location for m in c.members if m.location in order), None)
        if where is None or where in dated:
            continue
        i = order.index(where)
        before = dated.get(order[i - 1]) if i > 0 else None
        after = dated.get(order[i + 1]) if i + 1 < len(order) else None
        # a leg from the day the traveller is seen there: the trip may start with the flight from home, and the
        # next country may be reached the day after the last leg ends
        first = max(frame.start, seen.get(where, frame.start)) if i == 0 else \
            max(day_of(before.end), seen.get(where, day_of(before.end))) if before else seen.get(where)
        last = frame.end if i == len(order) - 1 else day_of(after.start) if after else seen.get(order[i + 1])
        if first is None or last is None or first > last:
            continue
        alternatives = []
        for m in c.members:
            n = duration_days(m.duration) if m.duration is not None else None
            if n is not None and n[0] == n[1] and (first + dt.timedelta(days=n[0] - 1)) != last:
                alt_last = first + dt.timedelta(days=n[0] - 1) if i == 0 or before else last
                alt_first = first if i == 0 or before else last - dt.timedelta(days=n[0] - 1)
                reason = (f"[{m.article.split('_')[0]}] a {n[0]}-day stay from {describe(first, first)}; lost: the "
                          f"next leg begins {describe(last, last)}")
                alternatives.append(Alternative(start=alt_first, end=alt_last, precision="day", reason=reason,
                                                sources=_sources([m])))
        title = next((m.title for m in c.members if m.title.startswith("Stay")), f"Stay in {where}")
        out.append(Event(
            id=_event_id("stay", c.members), kind="stay", role="itinerary", title=title, start=first, end=last,
            precision="day", value=span_value(first, last), location=where, status="tentative",
            alternatives=tuple(alternatives[:1]), sources=_sources(c.members),
        ))
    return out


def _first_days_in(order: tuple[str, ...], by_mention: dict[str, Event], mentions: Sequence[EventMention]
                   ) -> dict[str, dt.date]:
    """The first day the traveller is seen in each country of the route: "arrived in Hanoi on Sunday",
    "flies to Bangkok on Tuesday", "met Rahman in Putrajaya on Friday". A leg that no article dates runs
    from that day to the day the next country is reached."""
    codes = {place.country: country for country in order
             if (place := resolve_place(country)) is not None and place.country}
    first: dict[str, dt.date] = {}
    for m in mentions:
        event = by_mention.get(m.id)
        country = codes.get(m.country or "")
        if (event is None or country is None or not event.placed or event.role != "itinerary"
                or event.kind == "stay" or not m.location_is_city):
            continue
        day = day_of(event.start)
        first[country] = min(first.get(country, day), day)
    return first


def _stretch_legs(events: list[Event], by_mention: dict[str, Event], mentions: Sequence[EventMention],
                  span: tuple[dt.date, dt.date]) -> list[Event]:
    """A leg holds the events that happen in its place: 'JAPAN: Sunday, May 22 - Monday, May 23' with a
    summit 'in Japan on Tuesday' runs to Tuesday; the dates as written stay as an alternative."""
    places: dict[str, set[str]] = {}
    for m in mentions:
        event = by_mention.get(m.id)
        if event is not None and m.location and m.location == event.location:
            places.setdefault(event.id, set()).update(x for x in (m.location, m.country) if x)
    out = []
    for leg in events:
        if leg.kind != "stay" or not leg.placed or not leg.location:
            out.append(leg)
            continue
        first, last = day_of(leg.start), day_of(leg.end)
        inside = [e for e in events if e is not leg and e.placed and e.role == "itinerary" and e.kind not in MOVES
                  and leg.location in places.get(e.id, set()) and span[0] <= day_of(e.start) and day_of(e.end) <= span[1]
                  and first - LEG_REACH <= day_of(e.start) and day_of(e.end) <= last + LEG_REACH]
        new_first = min([first, *(day_of(e.start) for e in inside)])
        new_last = max([last, *(day_of(e.end) for e in inside)])
        if (new_first, new_last) == (first, last):
            out.append(leg)
            continue
        outside = [e for e in inside if day_of(e.start) < first or day_of(e.end) > last]
        reason = (f"the leg as written, {describe(first, last)}; lost: " +
                  "; ".join(f"{e.title} is {describe(day_of(e.start), day_of(e.end))}" for e in outside[:3]))
        alternative = Alternative(start=first, end=last, precision=leg.precision, reason=reason, sources=leg.sources)
        out.append(leg.model_copy(update={
            "start": new_first, "end": new_last, "value": span_value(new_first, new_last), "status": "disputed",
            "alternatives": (alternative, *leg.alternatives),
            "sources": tuple(sorted({*leg.sources, *(s for e in outside for s in e.sources[:1])},
                                    key=lambda s: (s.article, s.start, s.end)))}))
    return out


def _trip_location(trip: Sequence[EventMention]) -> str | None:
    """Where the trip goes: the one country its mentions name (cities are its legs), else nothing."""
    countries = Counter(c for m in trip for c in (m.destinations or ((m.location,) if m.location else ())))
    several = {c for m in trip for c in m.destinations}
    if len(several) > 1:
        return None
    named = [c for c, _ in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
             if not any(m.location == c and m.location_is_city for m in trip)]
    return named[0] if named else None


def _named_for_every_country(trip: Event, by_mention: dict[str, Event], mentions: Sequence[EventMention],
                             span: tuple[dt.date, dt.date]) -> Event:
    """'a five-day visit to Namibia' whose days also hold talks in Gaborone: the trip is named for every country
    its programme is held in, in the order it reaches them ('Visit to Namibia and Botswana'), and has no one
    place. A flight home, or a meeting dated outside the trip's days, names no country of it."""
    home = trip.location
    place = resolve_place(home) if home else None
    if home is None or place is None or place.kind != "country" or not place.country \
            or not trip.title.endswith(f" to {home}"):
        return trip
    reached: dict[str, dt.date] = {}
    names: dict[str, str] = {}
    for m in mentions:
        if m.country is None:
            continue
        if m.location and not m.location_is_city:
            names.setdefault(m.country, m.location)
        e = by_mention.get(m.id)
        if e is None or e.id == trip.id or e.role != "itinerary" or not e.placed or e.precision not in FINE \
                or e.kind == "travel" or m.country == place.country:
            continue
        first, last = day_of(e.start), day_of(e.end)
        if span[0] <= first and last <= span[1]:
            reached[m.country] = min(reached.get(m.country, first), first)
    if not reached:
        return trip
    others = [names.get(code) or _country_name(code) for code in sorted(reached, key=lambda c: (reached[c], c))]
    places = [home, *(name for name in others if name)]
    if len(places) != len(others) + 1:
        return trip  # a country the gazetteer cannot name
    named = f"{', '.join(places[:-1])} and {places[-1]}"
    return trip.model_copy(update={"title": trip.title[:-len(home)] + named, "location": None})


def _country_name(code: str) -> str | None:
    """The gazetteer's name of the country with ISO code ``code``."""
    return _country_names().get(code)


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO code -> the country's name, read from the gazetteer once (only a trip through a country no article
    names asks)."""
    names: dict[str, str] = {}
    for entries in gazetteer().entries.values():
        for entry in entries:
            if entry.kind == "country" and entry.country and not entry.adjective:
                names.setdefault(entry.country, entry.name)
    return names


def _with_leg_alternatives(trip: Event, others: Sequence[Event], frame: Frame) -> Event:
    """A leg's losing reading that runs past the trip is also a reading of the trip's own end."""
    extra = []
    for leg in others:
        if leg.kind != "stay":
            continue
        for alt in leg.alternatives:
            first, last = day_of(alt.start), day_of(alt.end)
            if last > frame.end and first >= frame.start:
                reason = (f"if {leg.title} ran {describe(first, last)} as its dates are written, the trip would end "
                          f"{last.isoformat()}; lost with that reading")
                extra.append(Alternative(start=frame.start, end=last, precision="day", reason=reason,
                                         sources=alt.sources))
    if not extra:
        return trip
    return trip.model_copy(update={"alternatives": trip.alternatives + tuple(extra), "status": "disputed"})


def _cluster_event(c: Cluster, span: tuple[dt.date, dt.date] | None, canon: dict[str, str], lead: str | None,
                   by_mention: dict[str, Event], default_tz: str | None = None,
                   voice: dict[str, str] | None = None, published: dict[str, dt.date | None] | None = None,
                   framing: frozenset[str] = frozenset(), host_cities: frozenset[str] = frozenset(),
                   undated: Reading | None = None) -> Event | None:
    """``framing``: the ids of the gathering mentions that voted for the frame (none when a trip frames it);
    ``host_cities``: where those gatherings are held; ``undated``: the days of an event no article dates,
    when neither a leg nor the trip gives them."""
    members = c.members
    kind = _kind(members)
    in_trip = kind in ITINERARY_KINDS
    lasting = kind in GATHERINGS and any(m.id in framing for m in members)
    choice = choose(members, span, in_trip, voice, published, lasting=lasting)
    placed = True
    if choice is None:
        frame_reading = _frame_of_undated(members, span, by_mention, kind) or undated
        if frame_reading is None or _held_elsewhere(members, host_cities):
            return None
        reading, placed = frame_reading, False
        support: tuple[Said, ...] = ()
        alternatives: tuple[Alternative, ...] = ()
    else:
        reading, support = choice.reading, choice.support
        alternatives = tuple(Alternative(start=r.start, end=r.end, precision=r.precision, reason=why,
                                         sources=_said_sources(said)) for r, said, why in choice.alternatives)
    location, timezone = _location(members)
    if location is None:
        leg = _framing_leg(members, by_mention)
        location = leg.location if leg is not None else None
    timezone = timezone or default_tz
    start, end = _localise(reading, timezone)
    # A journey is part of the trip a day either side of its programme: "arrived in London on Monday evening"
    # for a visit from Tuesday, "departs Washington on Thursday" for a tour from Friday, "flew home on Friday".
    reach = _arrival_days(span) if framing or kind == "travel" else span
    if kind == "travel" and span is not None and location in host_cities:
        # 'leaves for Nairobi on Thursday' for the summit held there from Saturday: the journey to it
        reach = (span[0] - JOURNEY_GAP, span[1] + JOURNEY_GAP)
    role = _role(kind, reading, reach, placed)
    status = "disputed" if alternatives else "tentative" if not placed else "confirmed"
    return Event(
        id=_event_id(kind, members), kind=kind, role=role, title=_title(c, canon, lead, kind), start=start, end=end,
        precision=reading.precision, value=reading.value, mod=reading.mod, location=location,
        timezone=timezone if isinstance(start, dt.datetime) else None,
        participants=_participants(members, canon, lead), status=status, placed=placed,
        alternatives=alternatives, sources=_sources(members, support),
    )


# On a tie in numbers, the kind that says more wins: a summit reported once and a bare "they met" once is a
# summit; "held talks with Dubois" and "the two met" are talks. Other kinds tie-break by name.
TIE_ORDER = {"summit": 0, "talks": 1, "meeting": 2}


def _kind(members: Sequence[EventMention]) -> str:
    counts = Counter(m.kind for m in members)
    return min(counts.items(), key=lambda kv: (-kv[1], TIE_ORDER.get(kv[0], len(TIE_ORDER)), kv[0]))[0]


def _framing_leg(members: Sequence[EventMention], by_mention: dict[str, Event]) -> Event | None:
    """The leg an undated mention was written inside ('Highlights include ...' after the leg's sentence)."""
    return next((by_mention[m.within] for m in members if m.within in by_mention), None)


def _frame_of_undated(members: Sequence[EventMention], span: tuple[dt.date, dt.date] | None,
                      by_mention: dict[str, Event], kind: str) -> Reading | None:
    """An undated event inside a leg gets the leg's days; an undated trip event gets the trip's."""
    leg = _framing_leg(members, by_mention)
    if leg is not None:
        return day_span(day_of(leg.start), day_of(leg.end), basis=f"during {leg.title}")
    if span is not None and kind in UNDATED_KINDS:
        return day_span(span[0], span[1], basis="during the trip")
    return None


def _undated_without_frame(unplaced: Sequence[Cluster], events: Sequence[Event]) -> list[tuple[Cluster, Reading]]:
    """With no trip frame, an undated event of the programme is still listed, day not reported: in the days of
    the visit to its city ('In Vilnius she meets ...' beside 'starting in Vilnius on Monday'), else within the
    days the placed events of the programme cover, when they make one trip."""
    programme = [e for e in events if e.placed and e.role == "itinerary" and e.precision in FINE]
    if not programme:
        return []
    first, last = min(day_of(e.start) for e in programme), max(day_of(e.end) for e in programme)
    out = []
    for c in unplaced:
        kind = _kind(c.members)
        if kind not in UNDATED_KINDS:
            continue
        cities = {m.location for m in c.members if m.location and m.location_is_city}
        there = [e for e in programme if e.kind in {"visit", "stay"} and e.location in cities]
        if there:
            out.append((c, day_span(min(day_of(e.start) for e in there), max(day_of(e.end) for e in there),
                                    basis=f"during {there[0].title}")))
        elif (last - first).days < TRIP_DAYS:
            out.append((c, day_span(first, last, basis="during the trip")))
    return out


def _at_gatherings(events: list[Event], by_mention: dict[str, Event], mentions: Sequence[EventMention]
                   ) -> list[Event]:
    """'met Aydin on the sidelines of the summit': an undated meeting or talks in the sentence of a placed summit or
    forum lies in its days, not anywhere in the trip's (which may be a visit after the summit). So do 'talks with
    Owusu in Accra' in the sentence of a dated visit to Ghana that is not the trip: in that visit's days and role
    (a summit first, when the sentence names both)."""
    if all(e.placed or e.kind not in BILATERAL_KINDS for e in events):
        return events  # only an undated meeting or talks is moved
    held: dict[tuple[str, int], Event] = {}
    where: dict[str, str | None] = {}  # the country (ISO code) a host visit goes to; None for a city
    for hosts in (LASTING_GATHERINGS, VISITS):
        for m in mentions:
            e = by_mention.get(m.id)
            if e is not None and e.placed and e.kind in hosts and e.precision == "day" and e.role != "background" \
                    and not (e.kind in VISITS and e.role == "itinerary"):
                held.setdefault((m.article, m.quote_start), e)
                where.setdefault(e.id, None if m.location_is_city else m.country)
    if not held:
        return events
    moved: dict[str, Event] = {}
    for m in mentions:
        e = by_mention.get(m.id)
        host = held.get((m.article, m.quote_start))
        if e is None or host is None or e.placed or e.kind not in BILATERAL_KINDS or e.id in moved:
            continue
        if host.kind in VISITS and e.location is not None and e.location != host.location and (
                where.get(host.id) is None or not m.location_is_city or m.country != where.get(host.id)):
            continue  # talks elsewhere than the visit of their sentence (which may go to the country of their city)
        first, last = day_of(host.start), day_of(host.end)
        if (first, last) != (day_of(e.start), day_of(e.end)):
            update: dict[str, object] = {"start": first, "end": last, "value": span_value(first, last)}
            if host.kind in VISITS:
                update["role"] = host.role
            moved[e.id] = e.model_copy(update=update)
    return [moved.get(e.id, e) for e in events]


VISITS = frozenset({"visit"})  # a visit outside the trip's programme (its mentions are the trip, not a cluster)


def _journey_roles(events: list[Event], by_mention: dict[str, Event], mentions: Sequence[EventMention],
                   trip: Sequence[EventMention], span: tuple[dt.date, dt.date]) -> list[Event]:
    """'leaves on Monday to attend the summit on October 10 and 11, followed by a state visit to Spain from
    October 12 to 14': the frame is the visit, but the summit the same sentence sends the traveller to, just
    before or after it, and the journey there are part of the trip's programme, not context."""
    sentences = {(m.article, m.quote_start) for m in trip}
    lo, hi = span
    moves = []
    for m in mentions:
        e = by_mention.get(m.id)
        if e is None or not e.placed or (m.article, m.quote_start) not in sentences or e.precision != "day":
            continue
        first, last = day_of(e.start), day_of(e.end)
        if e.kind in LASTING_GATHERINGS and e.role == "context" and (
                dt.timedelta(0) < span[0] - last <= JOURNEY_GAP or dt.timedelta(0) < first - span[1] <= JOURNEY_GAP):
            lo, hi = min(lo, first), max(hi, last)
        elif e.kind == "travel":
            moves.append(first)
    if (lo, hi) == span:
        return events
    lo = min([lo, *(day for day in moves if lo - JOURNEY_GAP <= day < lo)])
    hi = max([hi, *(day for day in moves if hi < day <= hi + JOURNEY_GAP)])
    return _into_programme(events, lo, hi)


def _arrived_for_a_gathering(events: list[Event], by_mention: dict[str, Event], mentions: Sequence[EventMention]
                             ) -> list[Event]:
    """'arrives in Nairobi on Wednesday for the two-day summit, which opens on Thursday': a gathering that the
    sentence of an arrival of the programme sends the traveller to, opening that day or the next, is the
    programme too (with what it holds), not context. Not one the traveller leaves before ('flew home on
    Thursday, before the summit opened'), nor one held in another city than the one reached."""
    arrivals: dict[tuple[str, int], list[Event]] = {}
    for m in mentions:
        e = by_mention.get(m.id)
        if e is not None and e.kind == "travel" and e.role == "itinerary" and e.placed and e.precision in FINE \
                and not is_return_home(e):
            arrivals.setdefault((m.article, m.quote_start), []).append(e)
    if not arrivals:
        return events
    reached = []
    held_in: dict[str, Event] = {}
    for m in mentions:
        e = by_mention.get(m.id)
        if e is None or e.kind not in LASTING_GATHERINGS or e.role != "context" or not e.placed \
                or e.precision != "day":
            continue
        for move in arrivals.get((m.article, m.quote_start), ()):
            if dt.timedelta(0) <= day_of(e.start) - day_of(move.start) <= ONE_DAY and (
                    e.location is None or move.location is None or e.location == move.location):
                reached.append(e)
                if e.location is None and move.location is not None:
                    held_in.setdefault(e.id, move)  # the city the arrival reaches is where the gathering is
    if not reached:
        return events
    events = [e.model_copy(update={"location": held_in[e.id].location, "timezone": e.timezone or (
        held_in[e.id].timezone if isinstance(e.start, dt.datetime) else None)}) if e.id in held_in else e
        for e in events]
    return _into_programme(events, min(day_of(e.start) for e in reached), max(day_of(e.end) for e in reached))


def _into_programme(events: list[Event], first: dt.date, last: dt.date) -> list[Event]:
    """The events of the programme's kinds held within ``first`` .. ``last`` are the trip's, not context."""
    return [e.model_copy(update={"role": "itinerary"}) if e.role == "context" and e.kind in ITINERARY_KINDS
            and first <= day_of(e.start) and day_of(e.end) <= last else e for e in events]


def _next_stop_roles(events: list[Event], by_mention: dict[str, Event], mentions: Sequence[EventMention],
                     trip: Sequence[EventMention], span: tuple[dt.date, dt.date]) -> list[Event]:
    """'a three-day state visit to Vietnam ... He will end the trip in Phnom Penh on Friday': an article that
    dates the trip and sends the traveller on to another stop the day after its last day extends the
    programme to that stop; it is not context."""
    framing = {m.article for m in trip}
    moving = family("travel")  # a visit, a stay or a move
    ends = [day_of(e.end) for m in mentions if m.article in framing and m.kind in moving
            and (e := by_mention.get(m.id)) is not None and e.placed and e.role == "context" and e.precision == "day"
            and day_of(e.start) - span[1] == ONE_DAY]
    return _into_programme(events, span[1] + ONE_DAY, max(ends)) if ends else events


ONE_DAY = dt.timedelta(days=1)


def _on_until_the_return(events: list[Event], span: tuple[dt.date, dt.date]) -> list[Event]:
    """'... talks in Luxembourg on Friday, and home on Saturday' after a frame that ends on Tuesday: a dated
    return home soon after the frame, with an event of the programme on every day between, ends the same
    trip; what those days hold is its programme, not context."""
    last = max([day_of(e.end) for e in events if e.role == "itinerary" and e.placed and e.precision in FINE],
               default=span[1])
    homeward = sorted(day_of(e.start) for e in events if is_return_home(e) and e.placed and e.precision in FINE
                      and last < day_of(e.start) <= last + RETURN_REACH)
    if not homeward:
        return events
    home = homeward[0]
    held = [(day_of(e.start), day_of(e.end)) for e in events if e.placed and e.precision in FINE
            and e.kind in ITINERARY_KINDS]
    between = (last + dt.timedelta(days=n) for n in range(1, (home - last).days))
    if not all(any(first <= day <= end for first, end in held) for day in between):
        return events  # a day with nothing between: the return may end another journey
    return _into_programme(events, last + ONE_DAY, home)


RETURN_REACH = dt.timedelta(days=4)  # a return home this soon after the programme's last day ends the same trip
BILATERAL_KINDS = frozenset({"meeting", "talks"})
LASTING_GATHERINGS = frozenset({"summit", "forum"})  # gatherings held over days, named by where and when
JOURNEY_GAP = dt.timedelta(days=2)  # a gathering this close to the trip's days, in its sentence, is on the way
TRIP_DAYS = 31  # placed events further apart than this are not one trip that an undated event lies in


def _arrival_days(span: tuple[dt.date, dt.date] | None) -> tuple[dt.date, dt.date] | None:
    """A summit week's days for its events: leaders arrive, dine and meet their host the day before the
    summit opens and leave the day after it closes."""
    return (span[0] - dt.timedelta(days=1), span[1] + dt.timedelta(days=1)) if span else None


def _role(kind: str, reading: Reading, span: tuple[dt.date, dt.date] | None, placed: bool) -> str:
    if kind in BACKGROUND_KINDS:
        return "background"
    first, last = days(reading)
    if span is None:
        return "itinerary" if kind in ITINERARY_KINDS else "context"
    if not placed or (overlaps((first, last), span) and reading.precision in {"minute", "hour", "day", "week"}):
        return "itinerary" if kind in ITINERARY_KINDS else "context"
    near = first <= span[1] + CONTEXT_REACH and last >= span[0] - CONTEXT_REACH
    fine = reading.precision in {"minute", "hour", "day", "week", "month"}
    return "context" if near and fine else "background"


def _localise(reading: Reading, timezone: str | None) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    """Clock times are local to the place: attach its zone when it is known."""
    def one(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
        if isinstance(value, dt.datetime) and value.tzinfo is None and timezone is not None:
            return value.replace(tzinfo=pendulum.timezone(timezone))
        return value
    return one(reading.start), one(reading.end)


def _held_elsewhere(members: Sequence[EventMention], host_cities: frozenset[str]) -> bool:
    """Whether the event is in a city other than the summit's that frames the story."""
    cities = {m.location for m in members if m.location and m.location_is_city}
    return bool(host_cities) and bool(cities) and not cities & host_cities


def _location(members: Sequence[EventMention]) -> tuple[str | None, str | None]:
    cities = Counter(m.location for m in members if m.location and m.location_is_city)
    anywhere = Counter(m.location for m in members if m.location)
    pick = cities or anywhere
    if not pick:
        return None, None
    name = min(pick.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    zone = next((m.timezone for m in members if m.location == name and m.timezone), None)
    return name, zone


def _participants(members: Sequence[EventMention], canon: dict[str, str], lead: str | None) -> tuple[str, ...]:
    names = [canon.get(p, p) for m in sorted(members, key=lambda m: (m.article, m.trigger_start))
             for p in m.participants]
    ordered = list(dict.fromkeys(names))
    if lead is not None and lead in ordered:
        ordered.remove(lead)
        ordered.insert(0, lead)
    return tuple(ordered)


MOVE_QUALIFIERS = frozenset({"arrival", "departure"})


def _title(c: Cluster, canon: dict[str, str], lead: str | None, kind: str | None = None) -> str:
    """The most telling member title, its counterpart spelled canonically (and never the principal).
    ``kind``: the cluster's kind, when the caller has counted it already."""
    kind = kind or _kind(c.members)
    if kind == "stay":
        place, _ = _location(c.members)
        cities = sorted({m.title for m in c.members if m.title.startswith("Stay in ") and " and " in m.title})
        return cities[0] if cities and place and place in cities[0] else f"Stay in {place}" if place else "Stay"

    def rank(i: int) -> tuple[int, bool, int, str, int]:
        f, m = c.feats[i], c.members[i]
        # "arrival", "departure" tell two moves apart; they name nothing ("Arrival" is no better than "Travel
        # to Canada")
        named = f.qualifier is not None and not f.by_person and f.qualifier not in MOVE_QUALIFIERS
        return (-(2 * (f.counterpart is not None) + named + (f.city is not None)), m.kind != kind,
                -len(m.title), m.article, m.trigger_start)
    at = min(range(len(c.members)), key=rank)
    best = c.members[at]
    title = best.title
    if c.feats[at].by_person and best.qualifier and title.startswith(f"{best.qualifier} "):
        rest = title[len(best.qualifier) + 1:]
        title = rest[:1].upper() + rest[1:]  # "Amara Diallo meeting with Zhou Ming" -> "Meeting with Zhou Ming"
    raw = best.counterpart
    others = [canon.get(p, p) for p in best.participants if canon.get(p, p) != lead]
    if raw and f"with {raw}" in title:
        named = canon.get(raw, raw)
        if named == lead:
            named = others[0] if others else named
        title = title.replace(f"with {raw}", f"with {named}")
    elif not raw and others and best.kind in {"meeting", "talks", "summit"} and " with " not in title:
        title = f"{title} with {others[0]}"  # "Ames and Ko will meet": a meeting with Ko
    return title


def _trip_title(trip: Sequence[EventMention]) -> str:
    # a visit's wording to the country before a stay's or a city's: the trip is named for where it goes
    titled = sorted(trip, key=lambda m: (len(m.destinations) < 2, m.kind == "stay", m.location_is_city,
                                         m.location is None and not m.destinations,
                                         "state" not in m.title.lower(), m.article, m.trigger_start))
    return titled[0].title if titled else "Trip"


BY_POSITION = operator.attrgetter("article", "trigger_start")  # (article, trigger start) of a mention


def _sources(members: Sequence[EventMention], support: Sequence[Said] = ()) -> tuple[Source, ...]:
    found: dict[tuple[str, int, int], Source] = {}
    for m in sorted(members, key=BY_POSITION):
        # the best time first, the others placed, the length, else the trigger: the first mention to cite a
        # span gives its source (made only then)
        article, cited = m.article, False
        time = best_time(m)
        if time is not None:
            _cite(found, article, time.mention.start, time.mention.end, time.mention.text, m.quote)
            cited = True
        for r in m.times:
            if r is not time and r.readings and not reported_on(m, r):  # 'said on Monday' dates no event
                _cite(found, article, r.mention.start, r.mention.end, r.mention.text, m.quote)
                cited = True
        if m.duration_span is not None:
            start, end = m.duration_span
            _cite(found, article, start, end, m.quote[start - m.quote_start:end - m.quote_start], m.quote)
            cited = True
        if not cited:
            _cite(found, article, m.trigger_start, m.trigger_end, m.trigger, m.quote)
    for s in support:
        key = (s.article, s.time.mention.start, s.time.mention.end)
        if key not in found:
            found[key] = Source(article=s.article, text=s.time.mention.text, start=key[1], end=key[2],
                                quote=s.mention.quote)
    return tuple(found[k] for k in sorted(found))


def _cite(found: dict[tuple[str, int, int], Source], article: str, start: int, end: int, text: str,
          quote: str) -> None:
    """Add the source of a span unless an earlier mention cited it (the first to cite a span gives it)."""
    key = (article, start, end)
    if key not in found:
        found[key] = Source(article=article, text=text, start=start, end=end, quote=quote)


def _said_sources(said: Sequence[Said]) -> tuple[Source, ...]:
    return tuple(sorted({Source(article=s.article, text=s.time.mention.text, start=s.time.mention.start,
                                end=s.time.mention.end, quote=s.mention.quote) for s in said},
                        key=lambda s: (s.article, s.start)))


def _unresolved(yields: Sequence[ArticleEvents], events: Sequence[Event]) -> list[Unresolved]:
    used = {(s.article, s.start, s.end) for e in events for s in e.sources}
    used |= {(s.article, s.start, s.end) for e in events for a in e.alternatives for s in a.sources}
    out = []
    for y in yields:
        in_furniture = _covered_by(y.furniture)
        for r in y.temporal:
            key = (y.article.id, r.mention.start, r.mention.end)
            if key in used:
                continue
            out.append(Unresolved(article=y.article.id, text=r.mention.text, start=key[1], end=key[2],
                                  reason=_why_unresolved(r, in_furniture)))
    return out


def _covered_by(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """``offset -> any(a <= offset < b for a, b in spans)``, by bisection: the spans sorted by start, with the
    furthest end reached so far (a page of many short furniture lines made the plain test quadratic)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach: list[int] = []
    for _, b in ordered:
        reach.append(max(reach[-1], b) if reach else b)

    def covered(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and reach[i] > offset

    return covered


def _why_unresolved(r: Resolved, in_furniture: Callable[[int], bool]) -> str:
    if in_furniture(r.mention.start):
        return f"in page furniture, not article text (value {r.value})"
    if not r.readings:
        return f"cannot be placed: {r.note or 'no anchor'} (value {r.value})"
    return f"dates no event found in its sentence (value {r.value})"




def _sort_time(value: dt.date | dt.datetime) -> dt.datetime:
    """Local wall time (an itinerary reads in the time of each place); a date is its midnight."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return dt.datetime.combine(value, dt.time())

