"""The TempEval-3 timex scorer on small hand-written gold/system pairs with hand-computed scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.errors import BadInputError
from itinerary.timeml.io import read_tml
from itinerary.timeml.model import TimeMLDocument
from itinerary.timeml.score import match_document, score, score_folders, scores_from_counts

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"


def doc(body: str) -> TimeMLDocument:
    return read_tml("<TimeML><TEXT>" + body + "</TEXT></TimeML>")


def t(tid: str, text: str, kind: str = "DATE", value: str = "X") -> str:
    return f'<TIMEX3 tid="{tid}" type="{kind}" value="{value}">{text}</TIMEX3>'


def test_fixture_folders_score_as_computed_by_hand() -> None:
    # doc1: gold Friday, next Monday, three hours, 1998, 99, every week (6);
    #       system Friday, again, Monday, hours, 1998-99 (5); whitespace differs.
    #       relaxed: Friday, Monday, hours, 1998-99 (the split gold "99" is left unpaired);
    #       strict: Friday; type right on all four; value right on Friday and 1998.
    # doc2: gold "the 1990s" DATE 199, system "1990s" DURATION P10Y: relaxed only, both attributes wrong.
    # Totals: gold 7, system 6, strict 1, relaxed 5, type 4, value 2.
    scores = score_folders(FIXTURES / "gold", FIXTURES / "system")
    counts = (scores.gold, scores.system, scores.strict_matches, scores.relaxed_matches)
    assert counts == (7, 6, 1, 5)
    assert (scores.type_matches, scores.value_matches) == (4, 2)
    assert scores.strict_precision == pytest.approx(1 / 6)
    assert scores.strict_recall == pytest.approx(1 / 7)
    assert scores.strict_f1 == pytest.approx(2 / 13)
    assert scores.relaxed_precision == pytest.approx(5 / 6)
    assert scores.relaxed_recall == pytest.approx(5 / 7)
    assert scores.relaxed_f1 == pytest.approx(10 / 13)
    assert scores.type_accuracy == pytest.approx(0.8)
    assert scores.type_f1 == pytest.approx(0.8 * 10 / 13)
    assert scores.value_accuracy == pytest.approx(0.4)
    assert scores.value_f1 == pytest.approx(0.4 * 10 / 13)


@pytest.mark.parametrize(
    ("gold", "system", "pairs"),
    [
        pytest.param(
            f"On {t('t1', 'May 2')}.", f"On {t('t7', 'May 2')}.", [("May 2", "May 2", True)], id="exact"
        ),
        pytest.param(
            f"On {t('t1', 'Friday night')}.",
            f"On Friday {t('t2', 'night')}.",
            [("Friday night", "night", False)],
            id="system-inside-gold",
        ),
        pytest.param(
            f"Since {t('t1', '2001')}.",
            f"{t('t1', 'Since 2001')}.",
            [("2001", "Since 2001", False)],
            id="system-wider-than-gold",
        ),
        pytest.param(
            f"In {t('t1', '1998')}-{t('t2', '99')}.",
            f"In {t('t3', '1998-99')}.",
            [("1998", "1998-99", False)],
            id="gold-split-pairs-once",
        ),
        pytest.param(
            f"In {t('t1', '1998-99')}.",
            f"In {t('t3', '1998')}-{t('t4', '99')}.",
            [("1998-99", "1998", False)],
            id="system-split-pairs-once",
        ),
        pytest.param(
            f"{t('t1', 'Monday')} and Tuesday",
            f"Monday and {t('t2', 'Tuesday')}",
            [],
            id="disjoint",
        ),
        pytest.param(
            f"On\n{t('t1', 'May  2')}.",
            f"On {t('t1', 'May 2')}.",
            [("May  2", "May 2", False)],
            id="whitespace-differs-strict-compares-texts",
        ),
        pytest.param(
            f"At {t('t1', 'noon')} on {t('t2', 'Friday')}",
            f"At {t('t9', 'noon on Friday')}",
            [("noon", "noon on Friday", False)],
            id="one-system-over-two-gold",
        ),
    ],
)
def test_match_document_pairs_like_the_normalizer(
    gold: str, system: str, pairs: list[tuple[str, str, bool]]
) -> None:
    matches = match_document(doc(gold), doc(system))
    assert [(m.gold.text, m.system.text, m.strict) for m in matches] == pairs


def test_attributes_compared_on_relaxed_matches() -> None:
    gold = doc(f"On {t('t1', 'Friday', 'DATE', '2020-01-03')} for {t('t2', 'two days', 'DURATION', 'P2D')}")
    system = doc(f"On {t('t1', 'Friday', 'TIME', '2020-01-03')} for two {t('t2', 'days', 'DURATION', 'PXD')}")
    assert [(m.same_type, m.same_value) for m in match_document(gold, system)] == [
        (False, True),
        (True, False),
    ]


def test_different_texts_are_refused() -> None:
    with pytest.raises(BadInputError, match="TEXT differs"):
        match_document(doc("On Friday."), doc("On Saturday."))


def test_document_counts_must_agree() -> None:
    with pytest.raises(BadInputError, match="same number of documents"):
        score([doc("a")], [])


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        pytest.param((0, 0, 0, 0, 0, 0), (1.0, 1.0, 1.0, 1.0), id="nothing-anywhere-scores-one"),
        pytest.param((3, 0, 0, 0, 0, 0), (0.0, 0.0, 0.0, 0.0), id="system-silent"),
        pytest.param((0, 2, 0, 0, 0, 0), (0.0, 0.0, 0.0, 0.0), id="gold-empty"),
        pytest.param((2, 2, 2, 2, 2, 1), (1.0, 1.0, 0.5, 1.0), id="perfect-extents-half-values"),
    ],
)
def test_scores_from_counts_edges(
    counts: tuple[int, int, int, int, int, int], expected: tuple[float, float, float, float]
) -> None:
    s = scores_from_counts(*counts)
    assert (s.strict_f1, s.relaxed_f1, s.value_f1, s.type_f1) == pytest.approx(expected)


def test_folders_missing_system_file_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "system").mkdir()
    (tmp_path / "gold" / "a.tml").write_text("<TimeML><TEXT>x</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(BadInputError, match="a.tml: missing"):
        score_folders(tmp_path / "gold", tmp_path / "system")
    with pytest.raises(BadInputError, match="not a folder"):
        score_folders(tmp_path / "nowhere", tmp_path / "system")
