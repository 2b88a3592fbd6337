"""Tagging documents and folders through the engine's API, and rendering TimeML or JSON.

Here extract/resolve are replaced by a small stand-in with the same API, so that these tests
check this module's own logic; ``test_timeml_engine.py`` runs the real engine.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from itinerary.errors import BadUsageError
from itinerary.model import DatePattern, Resolved, TemporalMention
from itinerary.timeml import tag
from itinerary.timeml.io import read_plain, read_tml
from itinerary.timeml.model import TimexAnnotation


def resolved(text: str, phrase: str, value: str) -> Resolved:
    start = text.index(phrase)
    mention = TemporalMention(
        start=start, end=start + len(phrase), text=phrase, value=DatePattern(), rule="test"
    )
    return Resolved(mention=mention, timex_type="DATE", value=value, anchor="explicit")


def test_overlaps_keep_the_longest_then_the_earliest() -> None:
    anns = [
        TimexAnnotation(start=10, end=15, type="DATE", value="a"),
        TimexAnnotation(start=10, end=22, type="DATE", value="b"),
        TimexAnnotation(start=20, end=30, type="DATE", value="c"),
        TimexAnnotation(start=0, end=4, type="DATE", value="d"),
        TimexAnnotation(start=2, end=6, type="DATE", value="e"),
    ]
    assert [a.value for a in tag.non_overlapping(anns)] == ["d", "b"]
    assert tag.non_overlapping(reversed(anns)) == tag.non_overlapping(anns)


def fake_engine(
    monkeypatch: pytest.MonkeyPatch, found: Sequence[tuple[str, str]]
) -> list[tuple[dt.date | None, bool]]:
    """Stand in for extract/resolve: tag each listed phrase with its value; record the anchors given."""
    seen: list[tuple[dt.date | None, bool]] = []

    def extract(text: str) -> tuple[TemporalMention, ...]:
        return tuple(resolved(text, phrase, value).mention for phrase, value in found if phrase in text)

    def resolve(
        text: str, mentions: Sequence[TemporalMention], dct: dt.date | None, *, narrative: bool = False
    ) -> tuple[Resolved, ...]:
        seen.append((dct, narrative))
        values = dict(found)
        return tuple(
            Resolved(mention=m, timex_type="DATE", value=values[m.text], anchor="explicit") for m in mentions
        )

    monkeypatch.setattr(tag, "extract", extract)
    monkeypatch.setattr(tag, "resolve", resolve)
    return seen


def test_tag_document_anchors_on_the_dct_or_the_override(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = fake_engine(monkeypatch, [("June 5", "2020-06-05")])
    doc = read_plain("Due on June 5.", "a.txt", dt.date(2020, 6, 1))
    assert tag.tag_document(doc) == (TimexAnnotation(start=7, end=13, type="DATE", value="2020-06-05"),)
    tag.tag_document(doc, dct=dt.date(2021, 1, 1), narrative=True)
    assert seen == [(dt.date(2020, 6, 1), False), (dt.date(2021, 1, 1), True)]


def test_tag_folder_writes_same_names_and_ignores_existing_tags(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen = fake_engine(monkeypatch, [("June 5", "2020-06-05"), ("Monday", "2020-06-08")])
    source = tmp_path / "in"
    source.mkdir()
    (source / "b.tml").write_text(
        '<TimeML><DOCID>b</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-01">June 1</TIMEX3></DCT>'
        '<TEXT>Seen <TIMEX3 tid="t4" type="DATE" value="OLD">Monday</TIMEX3>.</TEXT>'
        '<TLINK lid="l1" timeID="t4"/></TimeML>',
        encoding="utf-8",
    )
    (source / "a.txt").write_text("Due on June 5.", encoding="utf-8")
    written = tag.tag_folder(source, tmp_path / "out", "timeml", dct=None)
    assert [p.name for p in written] == ["a.txt", "b.tml"]
    b = read_tml((tmp_path / "out" / "b.tml").read_text(encoding="utf-8"))
    assert [(t.tid, t.text, t.value) for t in b.timexes] == [("t1", "Monday", "2020-06-08")]
    assert "TLINK" not in (tmp_path / "out" / "b.tml").read_text(encoding="utf-8")
    assert seen == [(None, False), (dt.date(2020, 6, 1), False)]
    first = (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    tag.tag_folder(source, tmp_path / "out", "timeml")
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == first


def test_render_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_engine(monkeypatch, [("June 5", "2020-06-05")])
    path = tmp_path / "a.txt"
    path.write_text("Due on June 5.", encoding="utf-8")
    payload = json.loads(tag.tag_file(path, dct=dt.date(2020, 6, 1), fmt="json"))
    assert payload == {
        "docid": "a",
        "dct": "2020-06-01",
        "timexes": [
            {
                "tid": "t1",
                "start": 7,
                "end": 13,
                "text": "June 5",
                "type": "DATE",
                "value": "2020-06-05",
                "mod": None,
                "temporalFunction": False,
                "anchorTimeID": None,
            }
        ],
    }


def test_bad_format_and_same_folder_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(BadUsageError, match="unknown format"):
        tag.render(read_plain("x"), [], "csv")  # type: ignore[arg-type]
    with pytest.raises(BadUsageError, match="must differ"):
        tag.tag_folder(tmp_path, tmp_path)
