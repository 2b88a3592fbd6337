"""Group the mentions of one event across articles.

Two mentions are the same event when their kinds belong together and nothing
tells them apart: no two different counterparts ("with Zhu" vs "with Wen"), no
two different names ("APEC summit" vs "startup summit"), no two different
cities, no two dates that cannot overlap. They must also share something
(counterpart, name or city), unless one of them is bare ("the upcoming
summit"): a bare mention joins the best-attested event of its kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from itinerary.model import DatePattern, EventMention
from itinerary.reconcile.readings import days, is_return_home, overlaps
from itinerary.temporal import duration_days

FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"summit", "meeting", "talks"}),
    frozenset({"visit", "stay", "travel"}),
)
MOVES = frozenset({"travel"})  # an arrival or departure is one day, never a whole stay
_FAMILY_OF = {kind: group for group in FAMILIES for kind in group}  # asked of every mention: a look-up


def family(kind: str) -> frozenset[str]:
    found = _FAMILY_OF.get(kind)
    return found if found is not None else frozenset({kind})


class Features(NamedTuple):
    """What tells one mention apart from another (a named tuple: one is made for every mention)."""

    counterpart: str | None
    qualifier: str | None
    city: str | None
    country: str | None  # ISO code of the place: a city leg lies inside its country's leg
    is_country: bool
    span: tuple[dt.date, dt.date] | None  # first reading of the best placed time
    spans: tuple[tuple[dt.date, dt.date], ...]  # every reading of every placed time
    night: bool = False  # a move late at night, which may be reported on the next day
    by_person: bool = False  # the mention's qualifier is a person's name

    @property
    def bare(self) -> bool:
        return self.counterpart is None and self.qualifier is None and self.city is None


def person_words(canon: dict[str, str]) -> frozenset[str]:
    """Every name the articles give someone, lower case, with the first and last word of each full name
    ('quispe' of 'Rosa Quispe'): what a qualifier must not be."""
    out: set[str] = set()
    for name in {*canon, *canon.values()}:
        words = name.lower().split()
        out.update((" ".join(words), words[0], words[-1]) if words else ())
    return frozenset(out)


def features(m: EventMention, canon: dict[str, str], principal: str | None,
             people: frozenset[str] = frozenset()) -> Features:
    # The object of 'with'/'to' names the counterpart best; else another person in the clause. Who greets a
    # traveller at the airport does not tell one arrival from another.
    named = canon.get(m.counterpart, m.counterpart) if m.counterpart and m.kind != "travel" else None
    others = [] if m.kind == "travel" else [canon.get(p, p) for p in m.participants if canon.get(p, p) != principal]
    counterpart = named if named and named != principal else (others[0] if others else None)
    if not named and principal is None and len(others) > 1:
        counterpart = None  # "Obi and Roth met" and no one is the traveller: either may be the other's counterpart
    qualifier = m.qualifier.lower() if m.qualifier else None
    if qualifier and m.location and qualifier == m.location.lower():
        qualifier = None
    # "Senegal's Amara Diallo met Zhou": who meets is no name of the meeting, so no name for its title
    by_person = bool(qualifier) and qualifier in people
    spans = tuple(days(reading) for r in m.times for reading in r.readings)
    return Features(
        counterpart=counterpart.lower() if counterpart else None,
        qualifier=qualifier,
        city=m.location.lower() if m.location and (m.location_is_city or m.kind == "stay") else None,
        country=m.country,
        is_country=bool(m.location) and not m.location_is_city,
        span=spans[0] if spans else None,  # the first reading of the first placed time
        spans=spans,
        night=m.kind == "travel" and _at_night(m),
        by_person=by_person,
    )


def _at_night(m: EventMention) -> bool:
    """An arrival 'late on Monday night' may be the landing another report puts on Tuesday (after
    midnight, or in the next time zone): such a move may be a day off another."""
    return m.kind == "travel" and any(
        isinstance(r.mention.value, DatePattern) and r.mention.value.part_of_day == "NI" for r in m.times)


def _touch(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date], late: bool) -> bool:
    if overlaps(a, b):
        return True
    return late and ((b[0] - a[1]).days == 1 or (a[0] - b[1]).days == 1)


_FEATURE_NAMES = Features._fields


@dataclass
class Cluster:
    members: list[EventMention] = field(default_factory=list)
    feats: list[Features] = field(default_factory=list)
    # What matching asks of all members, kept up to date by ``add`` (asking it of every member for every
    # mention made clustering quadratic): the first value of each feature, the first feature with a city,
    # the distinct spans in order, the articles, and flags over kinds and spans.
    _first: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)
    city_feats: Features | None = field(default=None, init=False, repr=False, compare=False)
    distinct_spans: dict[tuple[dt.date, dt.date], None] = field(default_factory=dict, init=False, repr=False,
                                                                compare=False)
    articles: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    has_stay: bool = field(default=False, init=False, repr=False, compare=False)
    has_move: bool = field(default=False, init=False, repr=False, compare=False)
    has_route: bool = field(default=False, init=False, repr=False, compare=False)  # a trip to several countries
    has_trip: bool = field(default=False, init=False, repr=False, compare=False)  # the journey the articles are about
    multi_day_span: bool = field(default=False, init=False, repr=False, compare=False)
    all_bare: bool = field(default=True, init=False, repr=False, compare=False)
    has_night: bool = field(default=False, init=False, repr=False, compare=False)
    has_gathering: bool = field(default=False, init=False, repr=False, compare=False)  # see _is_gathering
    has_bilateral: bool = field(default=False, init=False, repr=False, compare=False)  # see _is_bilateral
    _kinds: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _unset: list[str] = field(default_factory=lambda: list(_FEATURE_NAMES), init=False, repr=False,
                              compare=False)

    def __post_init__(self) -> None:
        for m in self.members:
            self._note_member(m)
        for f in self.feats:
            self._note_features(f)
        self.has_bilateral = any(_is_bilateral(m, f) for m, f in zip(self.members, self.feats, strict=False))

    @property
    def kinds(self) -> frozenset[str]:
        if self._kinds is None:  # the first member never changes: its family is worked out once
            self._kinds = family(self.members[0].kind)
        return self._kinds

    def add(self, m: EventMention, f: Features) -> None:
        self.members.append(m)
        self.feats.append(f)
        self.has_bilateral = self.has_bilateral or _is_bilateral(m, f)
        self._note_member(m)
        self._note_features(f)

    def _note_member(self, m: EventMention) -> None:
        self.articles.add(m.article)
        self.has_stay = self.has_stay or m.kind == "stay"
        self.has_move = self.has_move or m.kind in MOVES
        self.has_route = self.has_route or len(m.destinations) > 1
        self.has_trip = self.has_trip or m.is_trip
        self.has_gathering = self.has_gathering or _is_gathering(m)

    def _note_features(self, f: Features) -> None:
        if self._unset:  # only the features no member had yet are looked at
            for name in [n for n in self._unset if getattr(f, n) is not None]:
                self._first[name] = getattr(f, name)
                self._unset.remove(name)
        if self.city_feats is None and f.city is not None:
            self.city_feats = f
        for span in f.spans:
            if span not in self.distinct_spans:
                self.distinct_spans[span] = None
        # Several days by its best reading: "arrived on Tuesday, 30 years after the treaty" is one day, whatever
        # the vague second reading spans
        self.multi_day_span = self.multi_day_span or (f.span is not None and f.span[0] != f.span[1])
        self.all_bare = self.all_bare and f.bare
        self.has_night = self.has_night or f.night

    def value(self, name: str) -> str | None:
        """The first member's value of a feature, skipping members that do not have it."""
        return self._first.get(name)  # type: ignore[return-value]


def cluster_mentions(mentions: Sequence[EventMention], canon: dict[str, str], principal: str | None,
                     frame: tuple[dt.date, dt.date] | None = None) -> list[Cluster]:
    """Clusters in a deterministic order: the most specific mentions seed them first.

    An undated mention does not join an event dated wholly away from the trip: "her visit to Lima"
    is this trip, not the 2019 journey to Lima another sentence dates.
    """
    people = person_words(canon)
    with_feats = sorted(((m, features(m, canon, principal, people)) for m in mentions),
                        key=lambda mf: (_vagueness(mf[1]), mf[0].article, mf[0].trigger_start, mf[0].id))
    clusters: list[Cluster] = []
    # A mention only ever joins a cluster of its kind's family (families do not overlap): look at those alone,
    # in the order they were made, each with its index among all clusters (the tie-break).
    by_family: dict[frozenset[str], ClusterIndex] = {}
    for m, f in with_feats:
        kinds = family(m.kind)
        index = by_family.get(kinds)
        if index is None:
            index = by_family[kinds] = ClusterIndex()
        best = _best_cluster(m, f, index.candidates(m, f), frame, people)
        if best is None:
            best = Cluster()
            index.append(len(clusters), best)
            clusters.append(best)
        best.add(m, f)
        index.update(best)
    return clusters


_FEW = 16  # so few clusters are looked at one by one sooner than through the index
_INDEXED_MONTHS = 36  # a span longer than this many months is not indexed by month: always a candidate
_DAY = dt.timedelta(days=1)


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]] | None:
    """(year, month) of every month from ``first`` to ``last``; None when too many, or reversed."""
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count < 1 or count > _INDEXED_MONTHS:
        return None
    return [divmod(first.year * 12 + first.month - 1 + i, 12) for i in range(count)]


class ClusterIndex:
    """The clusters of one family, indexed by what can tell a mention apart from them.

    ``_best_cluster`` ranks the clusters a mention may join by names shared, articles, then the cluster's
    number, so which one wins does not depend on which others it is shown; only clusters it rejects may be
    left out. A mention with a counterpart is rejected by a cluster with another one; a dated mention by a
    dated cluster whose days do not touch its own (within a day); a mention with a counterpart or a city
    and no qualifier by a cluster that shares neither and is not all bare (``_shared``). Each of these is a
    union of a few sets kept up to date as clusters grow; the mention gets the clusters in all that apply
    (an undated stay or move without a city, which looks at clusters in order, gets all of them). Asking
    every cluster about every mention made clustering many events quadratic.
    """

    def __init__(self) -> None:
        self.all: list[tuple[int, Cluster]] = []
        self.cluster: dict[int, Cluster] = {}
        self.number: dict[int, int] = {}  # id(cluster) -> its number among all clusters
        self.no_counterpart: set[int] = set()
        self.by_counterpart: dict[str, set[int]] = {}
        self.undated: set[int] = set()
        self.long: set[int] = set()  # a span too long to index by month
        self.by_month: dict[tuple[int, int], set[int]] = {}
        self.spans_seen: dict[int, int] = {}
        self.no_city: set[int] = set()
        self.by_city: dict[str, set[int]] = {}
        self.by_country: dict[str, set[int]] = {}
        self.all_bare: set[int] = set()

    def append(self, number: int, c: Cluster) -> None:
        self.all.append((number, c))
        self.cluster[number] = c
        self.number[id(c)] = number
        for group in (self.no_counterpart, self.undated, self.no_city, self.all_bare):
            group.add(number)
        self.spans_seen[number] = 0

    def update(self, c: Cluster) -> None:
        """Index what the cluster's last member changed."""
        number = self.number[id(c)]
        counterpart = c.value("counterpart")
        if counterpart is not None and number in self.no_counterpart:
            self.no_counterpart.discard(number)
            self.by_counterpart.setdefault(counterpart, set()).add(number)
        if c.city_feats is not None and number in self.no_city:
            self.no_city.discard(number)
            if c.city_feats.city is not None:
                self.by_city.setdefault(c.city_feats.city, set()).add(number)
            if c.city_feats.country is not None:
                self.by_country.setdefault(c.city_feats.country, set()).add(number)
        if not c.all_bare:
            self.all_bare.discard(number)
        spans = c.distinct_spans
        if self.spans_seen[number] < len(spans):
            self.undated.discard(number)
            for first, last in list(spans)[self.spans_seen[number]:]:
                months = _months(first, last)
                if months is None:
                    self.long.add(number)
                for month in months or ():
                    self.by_month.setdefault(month, set()).add(number)
            self.spans_seen[number] = len(spans)

    def _filters(self, f: Features) -> list[list[set[int]]]:
        """Each filter that applies to the mention, as sets whose union holds every cluster it may join."""
        filters: list[list[set[int]]] = []
        empty: set[int] = set()
        if f.counterpart is not None:
            filters.append([self.no_counterpart, self.by_counterpart.get(f.counterpart, empty)])
        if f.spans:
            dated = [self.undated, self.long]
            for first, last in f.spans:
                try:
                    months = _months(first - _DAY, last + _DAY)
                except OverflowError:
                    months = None
                if months is None:
                    dated = []
                    break
                dated.extend(self.by_month[m] for m in months if m in self.by_month)
            if dated:
                filters.append(dated)
        if not f.bare and f.qualifier is None:
            sharing = [self.all_bare]
            if f.counterpart is not None:
                sharing.append(self.by_counterpart.get(f.counterpart, empty))
            if f.city is not None:
                sharing.append(self.by_city.get(f.city, empty))
                if f.country is not None:
                    sharing.append(self.by_country.get(f.country, empty))
            filters.append(sharing)
        return filters

    def candidates(self, m: EventMention, f: Features) -> list[tuple[int, Cluster]]:
        """The clusters ``m`` may join, in the order they were made."""
        if len(self.all) <= _FEW or (m.kind in {"stay", "travel"} and f.city is None):
            return self.all
        filters = self._filters(f)
        if not filters:
            return self.all
        filters.sort(key=lambda sets: sum(len(s) for s in sets))
        smallest, rest = filters[0], filters[1:]
        found = set().union(*smallest)
        if len(found) >= len(self.all):
            return self.all
        chosen = sorted(n for n in found if all(any(n in s for s in sets) for sets in rest))
        return [(n, self.cluster[n]) for n in chosen]


def _vagueness(f: Features) -> int:
    named = sum(v is not None for v in (f.counterpart, f.qualifier, f.city))
    return -(named * 2 + (f.span is not None))


def _best_cluster(m: EventMention, f: Features, clusters: list[tuple[int, Cluster]],
                  frame: tuple[dt.date, dt.date] | None, people: frozenset[str] = frozenset()) -> Cluster | None:
    """The cluster ``m`` joins among ``clusters`` (index among all clusters, cluster), in the order made."""
    scored = []
    unnamed = f.counterpart is None and m.kind in BILATERAL and bool(people)
    for index, c in clusters:
        if m.kind not in c.kinds:
            continue
        if frame is not None and not f.spans and _dated_away(c, frame):
            continue
        if f.city is None and is_return_home(m):
            if not all(is_return_home(x) for x in c.members):
                continue  # "before flying home": the one flight home that day, not any other move
        elif m.kind in {"stay", "travel"} and f.city is None and not (m.kind == "travel" and f.is_country) and (
                m.kind == "stay" or c.value("city")):
            return None  # "the first leg of the trip", "he left": no place, so no particular leg or flight
        if frame is not None and f.spans and not any(overlaps(x, (frame[0] - AWAY, frame[1] + AWAY))
                                                     for x in f.spans) and not c.distinct_spans:
            continue  # and an event dated away from the trip is not an undated one of the trip
        if (len(m.destinations) > 1 and c.city_feats is not None) or (f.city is not None and c.has_route):
            continue  # "a trip to Qatar, Oman and Kuwait this week" is not the stop in Kuwait City that week
        if (m.is_trip and c.has_move) or (m.kind in MOVES and c.has_trip):
            continue  # "a trip to Canada" is not the flight to Toronto, even with no date to tell them apart
        if (c.has_gathering and _is_bilateral(m, f) and c.value("counterpart") is None) or (
                c.has_bilateral and f.counterpart is None and _is_gathering(m)):
            continue  # "talks with Prado in Nairobi on Wednesday" is not the three-day summit held there
        shared = _shared(_named_in_sentence(m, f, c, people) if unnamed else f, c, m.kind, m.article)
        if shared is None:
            continue
        if shared == 0 and not (f.bare or c.all_bare):
            continue
        scored.append((-shared, -len(c.articles), index, c))
    if len(scored) == 1:
        return scored[0][3]
    return min(scored, key=lambda s: s[:3])[3] if scored else None


def _named_in_sentence(m: EventMention, f: Features, c: Cluster, people: frozenset[str]) -> Features:
    """'Hartigan and Menon signed a pact after talks on Wednesday': talks or a meeting that names no counterpart,
    in a sentence that names the counterpart of talks already gathered, are talks with that person (a day
    apart from them, they are the same talks the outlets date differently)."""
    theirs = c.value("counterpart")
    if theirs is None or theirs not in people or not _says_name(m.quote, theirs):
        return f
    return f._replace(counterpart=theirs)


BILATERAL = frozenset({"meeting", "talks"})


def _says_name(text: str, name: str) -> bool:
    """The person ``name`` (lower case, two words or more) written in ``text`` with capitals, in full or by its
    last word ('Menon' for 'ravi menon'); not a group ('members of the', 'business leaders')."""
    words = name.split()
    if len(words) < 2:
        return False
    for form in (words, words[-1:]):
        for hit in re.finditer(r"\b" + r"\s+".join(map(re.escape, form)) + r"\b", text, re.IGNORECASE):
            if all(w[:1].isupper() for w in hit.group().split()):
                return True
    return False


def _is_gathering(m: EventMention) -> bool:
    """A summit of many, named or lasting days ("the three-day Africa Climate Summit", "a summit from
    November 11 to 13"), not a summit between two leaders ("a summit with Xi on Monday")."""
    if m.kind != "summit":
        return False
    length = duration_days(m.duration) if m.duration is not None else None
    several_days = length is not None and length[0] > 1
    return bool(m.qualifier) or several_days or any(a != b for r in m.times for a, b in map(days, r.readings))


def _is_bilateral(m: EventMention, f: Features) -> bool:
    """A meeting or talks with someone named: "talks with Prado", "a bilateral meeting with Ndlovu"."""
    return m.kind in {"meeting", "talks"} and f.counterpart is not None


AWAY = dt.timedelta(days=60)  # further from the trip than this, an event is history, not part of the story


def _dated_away(c: Cluster, frame: tuple[dt.date, dt.date]) -> bool:
    spans = c.distinct_spans  # whether any overlaps: repeats of a span change nothing
    near = (frame[0] - AWAY, frame[1] + AWAY)
    return bool(spans) and not any(overlaps(s, near) for s in spans)


def _multi_day(c: Cluster) -> bool:
    return c.has_stay or c.multi_day_span


def _same_place(f: Features, c: Cluster) -> int | None:
    """1 when the places agree, 0 when one is unknown, None when they differ. Lima agrees with Peru; a stay
    in Peru does not join a visit to Chile another sentence dates."""
    theirs = c.city_feats
    if f.city is None or theirs is None:
        mine_country, their_country = f.country, c.value("country")
        return None if mine_country and their_country and mine_country != their_country else 0
    if f.city == theirs.city:
        return 1
    if (f.is_country or theirs.is_country) and f.country is not None and f.country == theirs.country:
        return 1
    return None


TALKS = frozenset({"meeting", "talks", "summit"})


def _shared(f: Features, c: Cluster, kind: str, article: str = "") -> int | None:
    """How many names the mention shares with the cluster, or None when something tells them apart."""
    shared = 0
    first = c._first  # the cluster's first value of each feature (``Cluster.value``, read here directly: hot)
    mine, theirs = f.counterpart, first.get("counterpart")
    if mine and theirs:
        if mine != theirs:
            return None
        shared += 1
    place = _same_place(f, c)
    if place is None:
        return None
    shared += place
    mine_q, theirs_q = f.qualifier, cast("str | None", first.get("qualifier"))
    if mine_q and theirs_q:
        if mine_q not in theirs_q and theirs_q not in mine_q:
            return None
        shared += 1
    if (kind in MOVES and _multi_day(c)) or (
            kind not in MOVES and (kind == "stay" or (f.span is not None and f.span[0] != f.span[1])) and c.has_move):
        return None  # a stay is not its arrival, even when its first and last days are written apart
    if f.spans:
        theirs_spans = c.distinct_spans
        # Talks with the same named counterpart that two outlets put a day apart are one event whose date
        # they dispute ("talks with Ruiz on Monday" in the programme, "on Tuesday" in the report); an
        # outlet that gives both days means two meetings.
        late = f.night or c.has_night or (bool(mine) and mine == theirs and kind in TALKS and not c.has_move
                                          and article not in c.articles)
        same = f.spans[0]  # a day the cluster already has touches it: no need to compare every pair
        if theirs_spans and not (same in theirs_spans and same[0] <= same[1]) and not any(
                _touch(a, b, late) for a in f.spans for b in theirs_spans):
            return None
    return shared
