"""One spelling per person across articles, and who the trip is about."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from itinerary.model import EventMention


def name_key(name: str) -> str:
    """Spelling-blind key: 'Lee Jae-myung', 'Lee Jae Myung' and 'LEE JAE-MYUNG' are one person."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    words = folded.replace("-", " ").replace("‑", " ").lower().split()
    if len(words) == 2:
        words.sort()  # "Kishida Fumio" and "Fumio Kishida": one person, two name orders
    return " ".join(words)


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Every spelling and short form -> the most frequent full spelling (ties: first seen).

    >>> m = canonical_names(["Lee Jae-myung", "Lee Jae Myung", "Lee Jae-myung", "Xi Jinping", "Xi", "Lee"])
    >>> m["Lee Jae Myung"], m["Xi"], m["Lee"]
    ('Lee Jae-myung', 'Xi Jinping', 'Lee Jae-myung')
    """
    seen = list(names)
    counts = Counter(seen)
    by_key: dict[str, list[str]] = {}
    for name in seen:
        by_key.setdefault(name_key(name), []).append(name)
    best = {key: max(dict.fromkeys(group), key=lambda n: counts[n]) for key, group in by_key.items()}
    full_keys = [key for key in best if " " in key]
    mapping: dict[str, str] = {}
    for name in seen:
        key = name_key(name)
        if " " in key:
            mapping[name] = best[key]
            continue
        owners = sorted({k for k in full_keys if key in (k.split()[0], k.split()[-1])})
        mapping[name] = best[owners[0]] if len(owners) == 1 else best[key]
    return mapping


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
    return min(anywhere, key=lambda name: (-on_trip[name], -anywhere[name], -often[name], name))
