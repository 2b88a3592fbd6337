"""A name after its role and a comma at the end of a sentence ("met the island's president, Amir Tobi.") is a
person with that role, as a name between commas is. Invented names."""

from __future__ import annotations

import pytest

from itinerary.events.people import find_people


@pytest.mark.parametrize(("text", "found"), [
    ("She met the island's president, Amir Tobi.", [("Amir Tobi", "president")]),
    ("She met the president, Amir Tobi, on Monday.", [("Amir Tobi", "president")]),
    ("He thanked his host, Rosa Llano; talks followed.", [("Rosa Llano", "host")]),
    ("She toured the capital, Amir Tobi Avenue.", []),  # no role before the comma
    ("She met the president, Amir Tobi and his wife.", []),  # the name does not end there
], ids=["end-of-sentence", "between-commas", "before-semicolon", "no-role", "not-the-end"])
def test_a_name_after_its_role(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == found
