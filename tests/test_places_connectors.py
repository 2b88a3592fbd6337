"""Small words inside a place name ("Dar es Salaam", "Rio de Janeiro") keep the name whole; the same words between
two names do not join them; and a name written without the marks of its letters ("Tromso") is found."""

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


@pytest.mark.parametrize(("text", "name"), [
    ("Talks in Tromso ended.", "Tromsø"),  # ø has no mark to drop: English news writes o
    ("Talks in Lodz ended.", "Łódź"),
    ("Talks in Malmo ended.", "Malmö"),  # a mark dropped, as before
    ("Talks in Tromsø ended.", "Tromsø"),  # and the name as the gazetteer writes it
], ids=["o-for-slashed-o", "l-for-barred-l", "o-for-umlaut", "as-written"])
def test_a_name_written_without_its_letters_marks(text: str, name: str) -> None:
    assert [p.name for p in find_places(text)] == [name]
