"""The per-article people index answers every sentence exactly as a fresh scan of that sentence would."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.events.people import PeopleIndex, find_people
from itinerary.ingest import load_articles

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "seeds", *sorted((ROOT / "tests" / "fixtures" / "trips").iterdir())]


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_index_equals_a_fresh_scan_of_each_sentence(folder: Path) -> None:
    for article in load_articles([folder]):
        index = PeopleIndex(article.text)
        windows = list(article.sentences) + [(0, len(article.text) // 2), (3, len(article.text))]
        for start, end in windows:
            assert index.within(start, end) == find_people(article.text, start, end), (article.id, start, end)
