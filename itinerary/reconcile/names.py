"""Who the trip is about. (One spelling per person across articles: ``events.people.canonical_names``.)"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from itinerary.model import EventMention


def principal(mentions: Sequence[EventMention], canon: dict[str, str]) -> str | None:
    """Whose trip it is: the person most articles name in their trip mentions, then in any event,
    then the person named most often."""
    def per_article(pool: Sequence[EventMention]) -> Counter[str]:
        """How many articles name each person (one pass: asking every article of the whole pool was
        quadratic in the number of articles)."""
        named: dict[str, set[str]] = {}
        for m in pool:
            named.setdefault(m.article, set()).update(canon.get(p, p) for p in m.participants)
        counts: Counter[str] = Counter()
        for people in named.values():
            counts.update(people)
        return counts

    trips = [m for m in mentions if m.is_trip]
    on_trip = per_article(trips)
    if trips and not on_trip:
        # a trip no article names anyone in ("a three-day state visit"): whoever arrives or leaves makes it;
        # the host is named in the talks as often as the guest
        on_trip = per_article([m for m in mentions if m.kind == "travel"])
    anywhere = per_article(mentions)
    often = Counter(canon.get(p, p) for m in mentions for p in m.participants)
    if not anywhere:
        return None
    def rank(name: str) -> tuple[int, int, int]:
        return -on_trip[name], -anywhere[name], -often[name]
    ranked = sorted(anywhere, key=lambda name: (rank(name), name))
    # With no trip mention (a summit week), leaders named equally are all guests: picking one of them by the
    # alphabet would strip a real counterpart ("Mori and Dubois also met") from their meetings.
    if not on_trip and len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0]
