"""Trip wording read end to end, third set, in short articles written for these tests: setting out on a tour
dates its first day."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

D = dt.date
SUNDAY = D(2031, 5, 4)


def _trip(*bodies: str, dct: dt.date = SUNDAY) -> tuple[dt.date | None, dt.date | None]:
    plan = itinerary_of_articles([article_from_text(b, id=f"a{i}", dct=dct) for i, b in enumerate(bodies)])
    trip = next(e for e in plan.events if e.kind == "visit")
    return trip.start, trip.end


@pytest.mark.parametrize(("body", "span"), [
    ("Prime Minister Ada Obi will leave on Monday for a nine-day tour of Egypt, Jordan and Turkey.",
     (D(2031, 5, 5), D(2031, 5, 13))),
    ("Prime Minister Ada Obi leaves Abuja on Sunday, May 11, for a five-day tour of the region.",
     (D(2031, 5, 11), D(2031, 5, 15))),
    ("Prime Minister Ada Obi leaves on Tuesday for her four-day state visit to Peru.",
     (D(2031, 5, 6), D(2031, 5, 9))),
    # still the end: leaving the host country closes the visit
    ("Prime Minister Ada Obi leaves Lima on Friday, ending a four-day visit to Peru.",
     (D(2031, 5, 6), D(2031, 5, 9))),
], ids=["leave-on-day-for-tour", "leaves-city-on-date-for-tour", "leaves-for-her-visit", "leaves-ending-visit"])
def test_leaving_on_a_day_for_a_tour_starts_the_tour_that_day(body: str, span: tuple[dt.date, dt.date]) -> None:
    assert _trip(body) == span


def test_a_stay_in_the_visited_country_dates_the_visit_and_is_no_second_event() -> None:
    # "a three-day visit starting Monday" against "will be in Peru from June 9 to 12": a written range beats a
    # start plus a length, and the stay in the one country visited is the visit itself, not a leg beside it
    plan = itinerary_of_articles([
        article_from_text("Chancellor Ines Roth will pay a three-day visit to Peru starting Monday, June 9.",
                          id="a", dct=D(2031, 6, 5)),
        article_from_text("Chancellor Ines Roth will be in Peru from June 9 to 12 with a business delegation.",
                          id="b", dct=D(2031, 6, 8)),
    ])
    assert [(e.kind, e.title, e.start, e.end) for e in plan.events] == [
        ("visit", "Visit to Peru", D(2031, 6, 9), D(2031, 6, 12))]
    assert [(a.start, a.end) for a in plan.events[0].alternatives] == [(D(2031, 6, 9), D(2031, 6, 11))]


PLANNED = "Chancellor Ines Roth will pay a state visit to Peru from June 9 to 13."


@pytest.mark.parametrize(("changed", "span"), [
    ("Roth cut short her state visit to Peru and flew home on Wednesday, June 11, after floods at home.",
     (D(2031, 6, 9), D(2031, 6, 11))),
    ("Roth curtailed her visit to Peru, leaving on Tuesday, June 10.", (D(2031, 6, 9), D(2031, 6, 10))),
    ("Roth has extended her visit to Peru and will fly home on Sunday, June 15.", (D(2031, 6, 9), D(2031, 6, 15))),
    # an extension far past the plan is not this trip's end
    ("Roth has extended her visit to Peru; she invited Peru's president for a visit on July 20.",
     (D(2031, 6, 9), D(2031, 6, 13))),
], ids=["cut-short-flew-home", "curtailed-leaving", "extended-fly-home", "extended-far-away"])
def test_a_trip_cut_short_or_extended_ends_on_the_day_written_and_the_plan_is_an_alternative(
        changed: str, span: tuple[dt.date, dt.date]) -> None:
    plan = itinerary_of_articles([article_from_text(PLANNED, id="a", dct=D(2031, 6, 5)),
                                  article_from_text(changed, id="b", dct=D(2031, 6, 11))])
    trip = next(e for e in plan.events if e.kind == "visit" and e.role == "itinerary")
    assert (trip.start, trip.end) == span
    if span[1] != D(2031, 6, 13):
        assert [(a.start, a.end) for a in trip.alternatives] == [(D(2031, 6, 9), D(2031, 6, 13))]
        assert "as planned" in trip.alternatives[0].reason


def test_ending_a_visit_of_the_trips_length_in_a_city_is_the_trip_not_a_visit_to_that_city() -> None:
    # the report that ends the trip in a city comes first (article "a"): it must not name the trip either
    plan = itinerary_of_articles([
        article_from_text("President Ilse Marten ended her three-day state visit in Edinburgh on Thursday 8 January.",
                          id="a", dct=D(2032, 1, 8)),
        article_from_text("President Ilse Marten will make a state visit to the United Kingdom from Tuesday "
                          "6 January to Thursday 8 January. She will travel to Edinburgh on Thursday 8 January.",
                          id="b", dct=D(2032, 1, 2)),
    ])
    assert [(e.kind, e.title, e.start, e.end, sorted({s.article for s in e.sources})) for e in plan.events] == [
        ("visit", "State visit to United Kingdom", D(2032, 1, 6), D(2032, 1, 8), ["a", "b"]),
        ("travel", "Travel to Edinburgh", D(2032, 1, 8), D(2032, 1, 8), ["b"])]


@pytest.mark.parametrize(("move", "day"), [
    ("The President, who arrived in London on Monday evening, laid a wreath on Wednesday.", D(2032, 1, 5)),
    ("The President flew home to Vienna on Friday.", D(2032, 1, 9)),
], ids=["arrived-the-evening-before", "flew-home-the-day-after"])
def test_arriving_the_day_before_or_leaving_the_day_after_the_programme_is_part_of_the_trip(
        move: str, day: dt.date) -> None:
    plan = itinerary_of_articles([
        article_from_text("President Ilse Marten will make a state visit to the United Kingdom from Tuesday "
                          "6 January to Thursday 8 January.", id="a", dct=D(2032, 1, 2)),
        article_from_text(move, id="b", dct=D(2032, 1, 10)),
    ])
    assert [(e.role, e.start) for e in plan.events if e.kind == "travel"] == [("itinerary", day)]



def test_at_a_summit_week_no_guest_is_picked_as_principal_by_the_alphabet() -> None:
    # no trip, and Dubois and Mori each named in one article as often: neither is whose story it is. Picking
    # Dubois made "Mori and Dubois also met" a bare meeting, swallowed by the summit, which then listed her.
    plan = itinerary_of_articles([
        article_from_text("The Pacific Rim Leaders' Summit opened in Lima on Thursday.\n\nOn the sidelines, Quispe "
                          "held talks with Prime Minister Claire Dubois and President Budi Santoso. Mori and Dubois "
                          "also met on the sidelines on Thursday.", id="a", dct=D(2031, 9, 26)),
        article_from_text("President Rosa Quispe and Prime Minister Kenji Mori met in Lima on Wednesday. Mori "
                          "arrived in Lima on Tuesday.", id="b", dct=D(2031, 9, 25)),
    ])
    thursday = [(e.kind, e.participants) for e in plan.events if e.start == D(2031, 9, 25)]
    assert ("summit", ()) in thursday
    assert any("Claire Dubois" in people for kind, people in thursday if kind in {"meeting", "talks"})


@pytest.mark.parametrize("talks", [
    "Brazilian President Lucia Prado held talks with Kenyan President Grace Wanjiru in Nairobi on Wednesday.",
    "President Grace Wanjiru met Brazilian President Lucia Prado in Nairobi on Wednesday.",
], ids=["talks-with-host", "host-met-guest"])
def test_a_bilateral_meeting_during_a_summit_week_is_not_the_summit(talks: str) -> None:
    plan = itinerary_of_articles([
        article_from_text("Leaders will gather in Nairobi for the Africa Climate Summit from November 11 to 13, "
                          "hosted by President Grace Wanjiru.", id="a", dct=D(2031, 11, 9)),
        article_from_text(talks, id="b", dct=D(2031, 11, 12)),
    ])
    assert sorted((e.kind, e.start, e.end) for e in plan.events) == sorted([
        ("meeting" if " met " in talks else "talks", D(2031, 11, 12), D(2031, 11, 12)),
        ("summit", D(2031, 11, 11), D(2031, 11, 13))])


@pytest.mark.parametrize(("first", "second", "kind", "title"), [
    ("The Arctic summit opened in Oslo on Monday.", "Prime Minister Ada Obi met the leaders in Oslo on Monday.",
     "summit", "Arctic summit in Oslo"),
    ("Prime Minister Ada Obi held talks with President Ines Roth in Oslo on Monday.",
     "Obi and Roth met in Oslo on Monday.", "talks", "Talks with Ines Roth"),
], ids=["summit-and-met", "talks-and-met"])
def test_one_summit_or_talks_and_one_bare_meeting_keep_the_telling_kind(
        first: str, second: str, kind: str, title: str) -> None:
    plan = itinerary_of_articles([article_from_text(first, id="a", dct=D(2031, 6, 10)),
                                  article_from_text(second, id="b", dct=D(2031, 6, 10))])
    assert [(e.kind, e.title, e.start) for e in plan.events] == [(kind, title, D(2031, 6, 9))]


def test_who_met_is_not_the_title_of_talks_reported_by_three_outlets() -> None:
    bodies = [("President Amara Diallo will pay a state visit to China from October 13 to 16. He will hold talks "
               "with President Zhou Ming in Beijing on October 14."),
              "President Zhou Ming held talks with visiting President Amara Diallo in Beijing on Tuesday.",
              "Senegal's Amara Diallo met Chinese President Zhou Ming in Beijing on Tuesday, October 14."]
    plan = itinerary_of_articles([article_from_text(b, id=f"a{i}", dct=D(2031, 10, 15)) for i, b in enumerate(bodies)])
    assert [(e.kind, e.title, e.start, len({s.article for s in e.sources})) for e in plan.events
            if e.kind in {"talks", "meeting"}] == [("talks", "Talks with Zhou Ming", D(2031, 10, 14), 3)]


def test_a_meeting_named_after_who_met_is_titled_by_whom_they_met() -> None:
    # the short name "Quispe" is given in full only by another article
    plan = itinerary_of_articles([
        article_from_text("President Rosa Quispe and Prime Minister Kenji Mori met in Lima on Wednesday.",
                          id="a", dct=D(2031, 9, 25)),
        article_from_text("Quispe met Chinese Vice-President Lin Wei on Friday before the closing session.",
                          id="b", dct=D(2031, 9, 27))])
    assert ("meeting", "Meeting with Lin Wei", D(2031, 9, 26)) in [(e.kind, e.title, e.start) for e in plan.events]


def test_legs_no_article_dates_run_from_the_day_the_traveller_reaches_each_country() -> None:
    bodies = [
        ("Erik Lindqvist arrived in Hanoi on Sunday at the start of a tour of Vietnam, Thailand and Malaysia.",
         D(2031, 11, 16)),
        ("Lindqvist flies to Bangkok on Tuesday.", D(2031, 11, 17)),
        ("Lindqvist leaves for Kuala Lumpur on Thursday, the final stop of his tour.", D(2031, 11, 19)),
        ("Lindqvist returned to Stockholm on Saturday, ending a seven-day tour of Southeast Asia.", D(2031, 11, 22)),
    ]
    plan = itinerary_of_articles([article_from_text(b, id=f"a{i}", dct=dct) for i, (b, dct) in enumerate(bodies)])
    assert [(e.title, e.start, e.end) for e in plan.events if e.kind == "stay"] == [
        ("Stay in Vietnam", D(2031, 11, 16), D(2031, 11, 18)),
        ("Stay in Thailand", D(2031, 11, 18), D(2031, 11, 20)),
        ("Stay in Malaysia", D(2031, 11, 20), D(2031, 11, 22))]


PROGRAMME = ("President Kwame Okoye will make a state visit to Spain from April 7 to 9. He will hold talks with "
             "Prime Minister Pilar Ruiz in Madrid on Monday, April 7.")
REPORT = "President Kwame Okoye held talks with Prime Minister Pilar Ruiz in Madrid on Tuesday."


def _talks(*bodies: tuple[str, dt.date]) -> list[tuple[dt.date, list[tuple[dt.date, str]], int]]:
    plan = itinerary_of_articles([article_from_text(b, id=f"a{i}", dct=dct) for i, (b, dct) in enumerate(bodies)])
    return [(e.start, [(a.start, a.reason) for a in e.alternatives], len({s.article for s in e.sources}))
            for e in plan.events if e.kind == "talks"]


def test_talks_two_outlets_put_a_day_apart_are_one_event_with_the_other_day_as_alternative() -> None:
    talks = _talks((PROGRAMME, D(2031, 4, 3)), (REPORT, D(2031, 4, 8)))
    assert len(talks) == 1
    day, alternatives, sources = talks[0]
    assert sources == 2
    assert {day, *(alt for alt, _ in alternatives)} == {D(2031, 4, 7), D(2031, 4, 8)}


def test_one_outlet_giving_two_days_of_talks_means_two_meetings() -> None:
    both = "Okoye held talks with Prime Minister Pilar Ruiz in Madrid on Monday. He held talks with Ruiz again on Tuesday."
    assert [day for day, _, _ in _talks((PROGRAMME, D(2031, 4, 3)), (both, D(2031, 4, 9)))] == [
        D(2031, 4, 7), D(2031, 4, 8)]


def test_the_report_after_the_fact_beats_the_programme_for_the_day_of_talks() -> None:
    [(day, alternatives, _)] = _talks((PROGRAMME, D(2031, 4, 3)), (REPORT, D(2031, 4, 8)))
    assert day == D(2031, 4, 8)
    [(planned, reason)] = alternatives
    assert planned == D(2031, 4, 7)
    assert "as planned in a report of 2031-04-03" in reason and "after the fact" in reason


@pytest.mark.parametrize(("leaves", "title"), [
    ("She leaves Japan on Thursday.", "State visit to Japan"),
    # the country is never named: nothing to call the visit
    ("She leaves Kyoto on Thursday.", "State visit"),
    # a day of the trip spent in another country: no one host
    ("She leaves Japan on Thursday. On Tuesday she held talks in Seoul.", "State visit"),
], ids=["host-named", "host-never-named", "two-countries"])
def test_a_state_visit_no_mention_places_is_named_after_the_one_country_its_days_are_spent_in(
        leaves: str, title: str) -> None:
    plan = itinerary_of_articles([article_from_text(
        "President Elena Vargas arrived in Tokyo on Monday for a four-day state visit. On Wednesday she "
        f"travelled to Kyoto. {leaves}", id="a", dct=D(2031, 6, 18))])
    assert [e.title for e in plan.events if e.kind == "visit" and e.role == "itinerary"] == [title]


def test_every_article_that_gave_the_losing_trip_dates_is_a_source_of_that_alternative() -> None:
    plan = itinerary_of_articles([
        article_from_text(PLANNED, id="a", dct=D(2031, 6, 5)),
        article_from_text("Chancellor Ines Roth arrived in Lima on Monday, June 9, for a five-day state visit to Peru.",
                          id="b", dct=D(2031, 6, 9)),
        article_from_text("Roth cut short her state visit to Peru and flew home on Wednesday, June 11.",
                          id="c", dct=D(2031, 6, 11)),
    ])
    trip = next(e for e in plan.events if e.kind == "visit" and e.role == "itinerary")
    assert [(a.start, a.end, sorted({s.article for s in a.sources})) for a in trip.alternatives] == [
        (D(2031, 6, 9), D(2031, 6, 13), ["a", "b"])]
