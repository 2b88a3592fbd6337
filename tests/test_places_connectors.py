"""Small words inside a place name ("Dar es Salaam", "Rio de Janeiro") keep the name whole; the same words between
two names do not join them."""

from __future__ import annotations

import pytest

from itinerary.events.places import find_places


@pytest.mark.parametrize(("text", "names"), [
    ("She landed in Dar es Salaam on Wednesday.", ["Dar es Salaam"]),
    ("Talks in Rio de Janeiro ended.", ["Rio de Janeiro"]),
    ("He flew from Lima to Quito.", ["Lima", "Quito"]),
    ("Ministers of Chile and Peru met in Lima.", ["Chile", "Peru", "Lima"]),
], ids=["es", "de", "to-between-names", "and-between-names"])
def test_connectors_inside_place_names(text: str, names: list[str]) -> None:
    assert [p.text for p in find_places(text)] == names
