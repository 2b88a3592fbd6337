"""Who the trip is about. (One spelling per person across articles: ``events.people.canonical_names``.)"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from itinerary.model import EventMention
from itinerary.reconcile.readings import is_return_home


def principal(mentions: Sequence[EventMention], canon: dict[str, str]) -> str | None:
    """Whose trip it is: the person most articles name in their trip mentions, then as leaving or coming home
    ('Marchand leaves for Nairobi on Thursday': the one who travels, in a summit week no visit frames),
    then in any event, then the person named most often."""
    # one pass: how many articles name each person, in their trip mentions and anywhere, and how often
    on_trip_by: dict[str, set[str]] = {}
    moving_by: dict[str, set[str]] = {}
    anywhere_by: dict[str, set[str]] = {}
    often: Counter[str] = Counter()
    for m in mentions:
        if not m.participants:
            continue
        names = [canon.get(p, p) for p in m.participants]
        often.update(names)
        anywhere_by.setdefault(m.article, set()).update(names)
        if m.is_trip:
            on_trip_by.setdefault(m.article, set()).update(names)
        elif m.kind == "travel" and len(names) == 1 and (m.qualifier == "departure" or is_return_home(m)):
            # who leaves or comes home alone travels; who lands at a summit is one guest among many, and who
            # greets a traveller at the airport none
            moving_by.setdefault(m.article, set()).update(names)
    on_trip = _per_article(on_trip_by)
    moving = _per_article(moving_by)
    anywhere = _per_article(anywhere_by)
    if not anywhere:
        return None
    def rank(name: str) -> tuple[int, int, int, int]:
        return -on_trip[name], -moving[name], -anywhere[name], -often[name]
    ranked = sorted(anywhere, key=lambda name: (rank(name), name))
    # With no trip mention (a summit week), leaders named equally are all guests: picking one of them by the
    # alphabet would strip a real counterpart ("Mori and Dubois also met") from their meetings.
    if not on_trip and len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0]


def _per_article(named: dict[str, set[str]]) -> Counter[str]:
    """How many articles name each person."""
    counts: Counter[str] = Counter()
    for people in named.values():
        counts.update(people)
    return counts
