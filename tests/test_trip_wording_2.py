"""More trip wording read end to end, in short articles written for these tests: a move that opens or closes
the trip dates it, a change of plan keeps the new date."""

from __future__ import annotations

import datetime as dt

from itinerary import analyse_article, article_from_text, itinerary_of_articles

D = dt.date
SATURDAY = D(2031, 3, 15)


def _times(body: str, dct: dt.date = SATURDAY) -> list[tuple[str, list[str]]]:
    """(title, written dates) of each event mention of one article."""
    yields = analyse_article(article_from_text(body, id="a", dct=dct))
    return [(m.title, [r.mention.text for r in m.times]) for m in yields.events]


def _trip(*bodies: str, dct: dt.date = SATURDAY) -> tuple[dt.date | None, dt.date | None]:
    plan = itinerary_of_articles([article_from_text(b, id=f"a{i}", dct=dct) for i, b in enumerate(bodies)])
    trip = next(e for e in plan.events if e.kind == "visit")
    return trip.start, trip.end


def test_returning_home_on_a_day_after_a_six_day_tour_ends_the_tour_that_day() -> None:
    body = "Sousa back home\n\nForeign Minister Ana Sousa returned to Lisbon on Friday after a six-day tour of the region."
    assert _trip(body) == (D(2031, 3, 9), D(2031, 3, 14))


def test_arriving_on_a_day_for_a_two_day_visit_starts_the_visit_that_day() -> None:
    times = _times("Foreign Minister Ana Sousa arrived in Cairo on Sunday, March 9, for a two-day visit.")
    assert times == [("Arrival in Cairo", ["Sunday, March 9"]), ("Visit", ["Sunday, March 9"])]


def test_the_longest_trip_of_an_article_frames_it_whichever_comes_first() -> None:
    body = ("Sousa back home\n\nForeign Minister Ana Sousa arrived in Cairo on Sunday, March 9, for a two-day visit.\n\n"
            "She returned to Lisbon on Friday after a six-day tour of the region.")
    assert _trip(body) == (D(2031, 3, 9), D(2031, 3, 14))


def test_a_date_the_plan_left_dates_nothing_and_the_new_date_stands() -> None:
    times = _times("The stop in Ankara, originally planned for Thursday, has been moved to Friday, March 21.\n\n"
                   "Her visit to Doha, initially scheduled for March 18, will take place on March 19.",
                   dct=D(2031, 3, 13))
    assert times == [("Stay in Ankara", ["Friday, March 21"]), ("Visit to Doha", ["March 19"])]


def test_a_move_dates_only_the_trip_it_opens_not_a_stay() -> None:
    # "will be in Lima on March 20-21 for a state visit" may be one leg of a longer trip: the stay keeps its date
    assert _times("The leader will be in Lima on March 20-21 for a state visit.") == [
        ("Stay in Lima", ["March 20-21"]), ("State visit", [])]


def test_who_meets_or_signs_is_the_subject_not_a_name_of_the_event() -> None:
    titles = [title for title, _ in _times(
        "The Arctic leaders signed the declaration on Saturday.\n\n"
        "Northern premiers meet in Oslo on Monday for the Nordic summit. The prime minister will then meet "
        "with business leaders.")]
    assert titles == ["Signing", "Meeting in Oslo", "Nordic summit", "Meeting with business leaders"]


def test_a_journey_verb_keeps_its_visitor_apart_from_the_trip() -> None:
    # "weeks after Chancellor Ines Roth visited Peru": Roth's visit, not the traveller's trip
    assert [m for m in analyse_article(article_from_text(
        "The trip comes weeks after Chancellor Ines Roth visited Peru.", id="a", dct=SATURDAY)).events
        if m.qualifier and "Roth" in m.qualifier]


def test_the_eve_of_the_summit_names_a_day_not_the_summit() -> None:
    assert _times("Leaders will meet in Reykjavik for a summit on March 19 and 20.\n\n"
                  "President Aino Laine is expected on Tuesday, the eve of the summit.", dct=D(2031, 3, 15)) == [
        ("Summit in Reykjavík", ["March 19 and 20"])]


def test_tomorrow_in_an_undated_report_is_not_counted_from_the_trips_first_day() -> None:
    dated = article_from_text("Sousa to visit Peru\n\nPrime Minister Ana Sousa will pay a state visit to Peru from "
                              "March 17 to 20.", id="a", dct=SATURDAY)
    undated = article_from_text("Sousa in Lima\n\nPrime Minister Ana Sousa toured a port on Wednesday. "
                                "She leaves for Quito tomorrow.", id="b")
    plan = itinerary_of_articles([dated, undated])
    assert not [e for e in plan.events if e.title.startswith("Departure") and e.start is not None]
    assert "tomorrow" in [u.text for u in plan.unresolved]


def test_the_city_of_an_address_places_the_event_and_a_building_named_after_a_city_does_not() -> None:
    assert [(m.title, m.location) for m in analyse_article(article_from_text(
        "Monday 17 March\n10.00 Arrival at Jorge Chavez Air Base, Lima\n\n"
        "Tuesday 18 March\n09.30 Talks with Prime Minister Rohan Iyer at Hyderabad House", id="a",
        dct=SATURDAY)).events] == [("Arrival in Lima", "Lima"), ("Talks with Rohan Iyer", None)]


def test_a_pact_signed_on_a_day_is_its_signing() -> None:
    assert _times("The visit yielded five agreements, including a defence cooperation pact signed on Tuesday "
                  "in Lima.") == [("Visit", []), ("Signing of defence cooperation pact", ["Tuesday"])]


def test_a_tour_of_several_countries_names_them_and_a_four_country_tour_is_no_city_leg() -> None:
    yields = analyse_article(article_from_text(
        "Foreign Minister Ana Sousa begins a three-nation tour of Peru, Chile and Bolivia on Sunday.\n\n"
        "She will fly to Quito on Monday, starting a four-country tour that will also take her to Lima, Santiago "
        "and La Paz.", id="a", dct=SATURDAY))
    assert [(m.title, m.is_trip, m.destinations, m.location) for m in yields.events if m.kind == "visit"] == [
        ("Trip to Peru, Chile and Bolivia", True, ("Peru", "Chile", "Bolivia"), None),
        ("Four-country trip", True, (), None)]


def test_flying_home_on_a_day_ending_a_tour_ends_it_that_day() -> None:
    body = "Sousa back home\n\nForeign Minister Ana Sousa flew home on Friday, ending a six-day tour of the region."
    assert _trip(body) == (D(2031, 3, 9), D(2031, 3, 14))


def test_a_trade_mission_is_the_trip() -> None:
    body = ("Sousa to lead business delegation\n\nTrade Minister Ana Sousa will lead a delegation of 40 chief "
            "executives on a trade mission to Peru and Chile from March 17 to 21, the ministry said.")
    assert _trip(body) == (D(2031, 3, 17), D(2031, 3, 21))


def test_a_mission_that_ended_in_a_city_is_the_trip_ending_there_with_its_signing() -> None:
    body = ("Mission ends with port deal\n\nThe five-day trade mission ended in Lima on Friday with the signing of "
            "a port cooperation agreement.")
    assert _times(body) == [("Trip", ["Friday"]), ("Signing of port cooperation agreement", ["Friday"])]
    assert _trip(body) == (D(2031, 3, 10), D(2031, 3, 14))


def test_a_weekday_evening_after_a_trip_keeps_the_trip() -> None:
    body = ("Sousa back home\n\nForeign Minister Ana Sousa returned to Lisbon on Friday evening after a six-day "
            "tour of the region.")
    assert _trip(body) == (D(2031, 3, 9), D(2031, 3, 14))


def test_mass_celebrated_before_a_crowd_is_a_ceremony_of_that_morning() -> None:
    assert _times("This morning the archbishop celebrated Mass before a crowd of 200,000 people.") == [
        ("Mass", ["This morning"])]


def test_having_flown_in_from_a_city_is_an_arrival() -> None:
    assert _times("The archbishop had flown in from Mombasa on Wednesday evening.") == [
        ("Arrival", ["Wednesday evening"])]


def test_a_country_before_met_is_the_subject_and_a_city_naming_a_summit_is_said_once() -> None:
    assert [(title, loc) for title, loc in (
        (m.title, m.location) for m in analyse_article(article_from_text(
            "The president of Peru met her on Monday. The Lima summit opens on Tuesday. Chile hosts the leaders "
            "on Wednesday.", id="a", dct=SATURDAY)).events)] == [
        ("Meeting", None), ("Lima summit", "Lima"), ("Meeting in Chile", "Chile")]


def test_a_summit_week_is_framed_by_its_summit_and_holds_the_arrivals_of_the_day_before() -> None:
    preview = article_from_text(
        "Leaders converge on Montevideo\n\nPresidents of six countries will attend a regional summit in "
        "Montevideo on March 18 and 19. President Lucia Ferreyra will arrive on Monday, March 17, and hold a working "
        "dinner with President Martin Olivera that evening.", id="a", dct=D(2031, 3, 13))
    opening = article_from_text("Summit opens\n\nThe two-day summit opened on Tuesday with a session on tariffs.",
                                id="b", dct=D(2031, 3, 18))
    wrap = article_from_text("Summit ends\n\nPresident Diego Salas stayed on for a state visit to Uruguay that "
                             "ends on Friday.", id="c")
    plan = itinerary_of_articles([preview, opening, wrap])
    summit = next(e for e in plan.events if e.kind == "summit")
    assert (summit.start, summit.end) == (D(2031, 3, 18), D(2031, 3, 19))
    assert [(e.title, e.role) for e in plan.events if e.start == D(2031, 3, 17)] == [
        ("Working dinner with Martin Olivera", "itinerary"), ("Arrival", "itinerary")]


def test_a_month_still_to_come_in_an_undated_report_is_the_next_one_after_the_trip() -> None:
    dated = article_from_text("Summit opens\n\nThe two-day summit in Montevideo opened on Tuesday, March 18.",
                              id="a", dct=D(2031, 3, 18))
    undated = article_from_text("Summit ends\n\nThe summit closed on Wednesday. The leaders will meet again in "
                                "Lima in December.", id="b")
    lima = next(e for e in itinerary_of_articles([dated, undated]).events if e.location == "Lima")
    assert (lima.start, lima.end) == (D(2031, 12, 1), D(2031, 12, 31))


def test_an_event_the_sentence_denies_is_no_event() -> None:
    assert _times("The summit closed on Wednesday with a communique but no agreement on tariffs. They parted "
                  "without a joint statement. There will be no formal meeting on Monday.") == [
        ("Summit", ["Wednesday"])]


def test_a_day_after_a_dinner_another_article_dates_counts_from_that_dinner() -> None:
    preview = article_from_text(
        "Leaders converge on Montevideo\n\nLeaders will attend a regional summit in Montevideo from March 18 to 20. "
        "President Lucia Ferreyra will hold a working dinner with her host on Monday, March 17.", id="a",
        dct=D(2031, 3, 13))
    later = article_from_text("Bridge deal signed\n\nFerreyra signed a bridge construction agreement on the "
                              "sidelines, a day after their working dinner.", id="b", dct=D(2031, 3, 18))
    plan = itinerary_of_articles([preview, later])
    signing = next(e for e in plan.events if e.kind == "signing")
    assert (signing.start, signing.end) == (D(2031, 3, 18), D(2031, 3, 18))


def test_an_undated_event_in_another_city_is_not_placed_inside_a_one_city_summit() -> None:
    opening = article_from_text("Summit opens\n\nThe two-day summit opened in Reykjavik on Wednesday, March 19.",
                                id="a", dct=D(2031, 3, 19))
    wrap = article_from_text("Summit ends\n\nDubois flew on to Oslo for talks with Prime Minister Erik Holm.",
                             id="b")
    plan = itinerary_of_articles([opening, wrap])
    assert not [e for e in plan.events if e.location == "Oslo"]
    summit = next(e for e in plan.events if e.kind == "summit")
    assert (summit.start, summit.end) == (D(2031, 3, 19), D(2031, 3, 20))


def test_a_two_day_summit_that_opened_on_a_day_lasts_two_days() -> None:
    opening = article_from_text("Summit opens\n\nThe two-day Arctic summit opened in Reykjavik on Wednesday with a "
                                "warning.", id="a", dct=D(2031, 3, 19))
    summit = next(e for e in itinerary_of_articles([opening]).events if e.kind == "summit")
    assert (summit.start, summit.end) == (D(2031, 3, 19), D(2031, 3, 20))


def test_meeting_an_office_holders_adviser_is_no_meeting_with_the_office_holder() -> None:
    assert _times("On Monday she met the emir's chief adviser in Doha. On Tuesday she met the emir.") == [
        ("Meeting in Doha", ["Monday"]), ("Meeting with Emir", ["Tuesday"])]


def test_a_cancelled_leg_is_no_leg_and_cutting_a_tour_short_ends_it() -> None:
    assert _times("Foreign Minister Ana Sousa cut short her six-day tour on Friday, cancelling the final leg in "
                  "Ankara. They called off the talks.") == [("Trip", ["Friday"])]
    body = ("Sousa cuts tour short\n\nForeign Minister Ana Sousa cut short her six-day tour on Friday, cancelling "
            "the final leg in Ankara.")
    assert _trip(body) == (D(2031, 3, 9), D(2031, 3, 14))
