"""When no article dates the trip they all name, the traveller's first dated move out and last dated return
home, read across the articles, frame it. Invented text; June 1, 2033 is a Wednesday."""

from __future__ import annotations

import datetime as dt

from itinerary import article_from_text, itinerary_of_articles

D = dt.date
PLAN = ("Soto to tour the Andes\n\nPeruvian President Ana Soto will travel to Chile on Sunday for a regional "
        "summit, then pay a state visit to Bolivia.")


def _trip(*texts: tuple[str, str, dt.date]) -> tuple[dt.date, dt.date] | None:
    plan = itinerary_of_articles([article_from_text(t, id=i, dct=d) for i, t, d in texts])
    trips = [e for e in plan.events if e.kind == "visit" and e.role == "itinerary"]
    return (trips[0].start, trips[0].end) if trips else None


def test_a_move_out_and_a_return_home_in_other_articles_frame_the_trip() -> None:
    home = "Soto back home\n\nPeruvian President Ana Soto flew home to Lima from Bolivia on Friday."
    assert _trip(("a", PLAN, D(2033, 6, 1)), ("b", home, D(2033, 6, 11))) == (D(2033, 6, 5), D(2033, 6, 10))


def test_with_no_return_home_nothing_frames_it() -> None:
    assert _trip(("a", PLAN, D(2033, 6, 1))) is None


def test_a_return_weeks_later_is_another_journey() -> None:
    home = "Soto back home\n\nPeruvian President Ana Soto flew home to Lima from Bolivia on Friday."
    assert _trip(("a", PLAN, D(2033, 6, 1)), ("b", home, D(2033, 7, 30))) is None
