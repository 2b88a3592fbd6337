"""The JSON writer of the exports writes what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from itinerary.export.json_format import dumps_indented
from itinerary.ingest import load_article
from itinerary.pipeline import analyse_article

VALUES = {
    "empty dict": {},
    "empty list": [],
    "scalars": [0, -7, 10**30, 2.5, -0.0, 1e-7, 1e22, math.inf, -math.inf, True, False, None, ""],
    "strings": ["é", "日本", "\u2028", "\x00\x1f", "quote \" backslash \\ tab \t newline \n",
                "\ud83c\udf89"],
    "nested": {"a": {"b": [{"c": []}, {"d": {}}, [[1], []]]}, "e": ("tuple", 1)},
    "key order kept": {"z": 1, "a": 2, "m": {"y": None, "b": [True]}},
    "scalar alone": "text",
    "keys that are not strings": {7: "a", 2.5: "b", True: "c", None: "d"},
}


@pytest.mark.parametrize("value", list(VALUES.values()), ids=list(VALUES))
def test_same_text_as_json_dumps(value: object) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_nan_written_as_json_dumps_writes_it() -> None:
    assert dumps_indented([math.nan]) == json.dumps([math.nan], ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [{(1, 2): "a"}, [object()], {"a": {1, 2}}],
                         ids=["tuple key", "object", "set"])
def test_what_json_cannot_write_is_refused(value: object) -> None:
    with pytest.raises(TypeError):
        dumps_indented(value)


def test_extract_json_of_an_article() -> None:
    path = min(Path("tests/fixtures/trips/kowalski").iterdir())
    dumped = analyse_article(load_article(path)).model_dump(mode="json")
    assert dumps_indented(dumped) == json.dumps(dumped, ensure_ascii=False, indent=2)
