"""Who the trip is about. (One spelling per person across articles: ``events.people.canonical_names``.)"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from itinerary.model import EventMention


def principal(mentions: Sequence[EventMention], canon: dict[str, str]) -> str | None:
    """Whose trip it is: the person most articles name in their trip mentions, then in any event,
    then the person named most often."""
    def per_article(pool: Sequence[EventMention]) -> Counter[str]:
        counts: Counter[str] = Counter()
        for article in sorted({m.article for m in pool}):
            counts.update({canon.get(p, p) for m in pool if m.article == article for p in m.participants})
        return counts

    on_trip = per_article([m for m in mentions if m.is_trip])
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
