"""When no article dates the trip they all name, the traveller's first dated move out and last dated return
home, read across the articles, frame it. Invented text; June 1, 2033 is a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

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


def test_a_dated_visit_inside_a_journey_through_two_countries_is_one_leg_of_it() -> None:
    # June 7, 2033 is a Tuesday: she leaves on the 8th, the summit opens on the 11th, Laos is the 13th-14th
    plan = itinerary_of_articles([
        article_from_text("Soto heads to Asia\n\nPeruvian President Ana Soto will leave Lima on Wednesday for "
                          + "Vietnam, where she will attend the two-day regional summit, which opens on Saturday. "
                          + "After the summit she will pay a state visit to Laos on Monday and Tuesday.",
                          id="a", dct=D(2033, 6, 7)),
        article_from_text("Soto in Vietnam\n\nPeruvian President Ana Soto arrived in Vietnam on Thursday.", id="b",
                          dct=D(2033, 6, 10)),
        article_from_text("Soto in Laos\n\nSoto and the Lao president held talks on Monday. Soto visited a "
                          + "temple on Tuesday before returning home.", id="c", dct=D(2033, 6, 15)),
    ])
    trip = next(e for e in plan.events if e.kind == "visit" and e.role == "itinerary")
    assert (trip.title, trip.start, trip.end) == ("Trip to Vietnam and Laos", D(2033, 6, 8), D(2033, 6, 14))
    laos = next(e for e in plan.events if e.location == "Laos")
    assert (laos.start, laos.end) == (D(2033, 6, 13), D(2033, 6, 14))
    assert {e.role for e in plan.events if e.kind == "travel"} == {"itinerary"}  # leaving home is the trip's


def test_a_journey_through_one_country_leaves_the_dated_visit_the_frame() -> None:
    plan = itinerary_of_articles([
        article_from_text("Soto heads to Laos\n\nPeruvian President Ana Soto will leave Lima on Wednesday and "
                          + "pay a state visit to Laos on Monday and Tuesday.", id="a", dct=D(2033, 6, 7)),
        article_from_text("Soto back home\n\nPeruvian President Ana Soto flew home on Friday.", id="b",
                          dct=D(2033, 6, 18)),
    ])
    trip = next(e for e in plan.events if e.kind == "visit" and e.role == "itinerary")
    assert (trip.title, trip.start, trip.end) == ("State visit to Laos", D(2033, 6, 13), D(2033, 6, 14))


PLANNED_WEEK = ("Llano to tour the Andes\n\nPeruvian Foreign Minister Rosa Llano will travel to Chile, Bolivia and "
                "Ecuador next week, her ministry said.")  # written on Saturday, June 4, 2033: next week is June 6-12


IN_SANTIAGO = "Llano in Santiago\n\nLlano held talks in Santiago on Monday with her Chilean counterpart."


@pytest.mark.parametrize(("last_report", "frame"), [
    # Monday in Chile and Wednesday in Ecuador: the programme's days
    ("Llano in Quito\n\nLlano met President Luis Rivas in Quito on Wednesday.", (D(2033, 6, 6), D(2033, 6, 8))),
    # one day in the trip's countries, and talks in a country the trip does not go to: the trip keeps its week
    ("Llano in Brasilia\n\nLlano met President Ana Lima in Brasilia on Wednesday.", (D(2033, 6, 6), D(2033, 6, 12))),
], ids=["programme-days", "one-day-and-elsewhere"])
def test_a_trip_given_a_week_is_framed_by_the_days_its_programme_is_dated(
        last_report: str, frame: tuple[dt.date, dt.date]) -> None:
    assert _trip(("a", PLANNED_WEEK, D(2033, 6, 4)), ("b", IN_SANTIAGO, D(2033, 6, 7)),
                 ("c", last_report, D(2033, 6, 9))) == frame
