"""Trip wording read end to end, in short articles written for these tests: which end of a trip a lone date
is, 'tour' as the trip's noun, a surname that is also a town, 'leaves for' a place."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import Itinerary, analyse_article, article_from_text, itinerary_of_articles

D = dt.date
SATURDAY = D(2031, 3, 15)


def _plan(body: str, dct: dt.date = SATURDAY) -> Itinerary:
    """The itinerary of one article written on ``dct``."""
    return itinerary_of_articles([article_from_text(body, id="a", dct=dct)])


def _events(body: str, dct: dt.date = SATURDAY) -> list[tuple[str, str, str]]:
    """(kind, title, first date) of each event mention of one article."""
    yields = analyse_article(article_from_text(body, id="a", dct=dct))
    return [(m.kind, m.title, m.times[0].value if m.times else "") for m in yields.events]


def test_ending_a_five_day_tour_on_a_day_counts_the_trip_back_from_that_day() -> None:
    body = "Sousa ends tour\n\nPrime Minister Ana Sousa ended her five-day tour of the region on Friday."
    trip = next(e for e in _plan(body).events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2031, 3, 10), D(2031, 3, 14))


def test_beginning_a_five_day_tour_on_a_day_counts_the_trip_forward_from_it() -> None:
    body = "Sousa begins tour\n\nPrime Minister Ana Sousa began her five-day tour of the region on Friday."
    trip = next(e for e in _plan(body).events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2031, 3, 14), D(2031, 3, 18))


def test_the_tour_as_a_noun_is_the_trip_and_as_a_verb_a_site_visit() -> None:
    kinds = [kind for kind, _, _ in _events(
        "Earlier in the tour, Sousa spoke at a business forum in Lima. On Friday she will tour a copper mine.")]
    assert kinds == ["visit", "forum", "site_visit"]


def test_touring_countries_is_the_trip_itself() -> None:
    yields = analyse_article(article_from_text("Prime Minister Ana Sousa will tour Peru and Chile next month.",
                                               id="a", dct=SATURDAY))
    assert [(m.kind, m.is_trip, m.destinations) for m in yields.events] == [("visit", True, ("Peru", "Chile"))]


def test_a_surname_that_names_a_town_is_the_person_once_the_article_names_him() -> None:
    yields = analyse_article(article_from_text(
        "Chancellor Maria Vogt held talks with President Tomas Ibarra on Friday.\n\n"
        "Vogt and Ibarra signed a lithium partnership at the palace.", id="a", dct=SATURDAY))
    assert [(m.kind, m.title, m.location) for m in yields.events] == [
        ("talks", "Talks with Tomas Ibarra", None),  # not "Vogt held talks": the actors name no talks
        ("signing", "Signing", None),  # not "Ibarra signing in Ibarra", the town
    ]
    assert "Tomas Ibarra" in yields.events[1].participants


def test_leaves_for_a_place_on_a_weekday_is_the_departure_to_it_still_to_come() -> None:
    assert _events("Prime Minister Ana Sousa leaves for Lima on Sunday for a week-long tour.")[0] == (
        "travel", "Departure for Lima", "2031-03-16")


def test_a_dateline_dates_the_report_not_the_trip_and_is_listed_unresolved() -> None:
    body = ("Sousa to visit Peru\n\n"
            "LIMA, March 9 (Andes Wire) - Prime Minister Ana Sousa will pay a state visit to Peru from "
            "March 20 to 23, her office said.")
    plan = _plan(body, D(2031, 3, 9))
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2031, 3, 20), D(2031, 3, 23))
    assert [s.text for s in trip.sources if s.text.startswith("March")] == ["March 20 to 23"]
    assert [u.text for u in plan.unresolved] == ["March 9"]


SUMMIT_NOTICE = """Leaders to meet in harbour town

Leaders of five northern countries will meet in Tromso from September 30 to October 2 for a summit, the host
government said.
"""
SUMMIT_WRAP = """Northern summit ends with pledge

The leaders signed a joint declaration on Wednesday, October 2, at the close of their three-day summit.

The summit began on Monday, September 30."""


def test_a_summit_week_frames_the_story_like_a_trip_and_dates_an_undated_report() -> None:
    """No trip here: the gathering of several days frames the story, and the report without a publication
    date takes its year from it."""
    plan = itinerary_of_articles([article_from_text(SUMMIT_NOTICE, id="a", dct=D(2030, 9, 20)),
                                  article_from_text(SUMMIT_WRAP, id="b")])
    signing = next(e for e in plan.events if e.kind == "signing")
    assert (signing.start, signing.end, signing.role) == (D(2030, 10, 2), D(2030, 10, 2), "itinerary")
    assert not [u.text for u in plan.unresolved if u.article == "b"]
    summit = next(e for e in plan.events if e.kind in {"summit", "meeting"})
    assert (summit.start, summit.end) == (D(2030, 9, 30), D(2030, 10, 2))  # 'began on Monday' is its first day


def test_the_simple_present_of_a_programme_is_still_to_come() -> None:
    """Written on a Sunday: 'the summit opens on Monday' is tomorrow, 'returns on Wednesday' this week."""
    events = _events("On Monday morning the summit opens with a welcome ceremony. Sousa returns to Lisbon on "
                     "Wednesday evening.", dct=D(2030, 9, 29))
    assert {(kind, day[:10]) for kind, _, day in events} == {
        ("summit", "2030-09-30"), ("ceremony", "2030-09-30"), ("travel", "2030-10-02")}


def test_a_pronoun_names_no_event() -> None:
    assert _events("She met Prime Minister Rui Costa at 7 p.m. local time.")[0][1] == "Meeting with Rui Costa"


def test_programme_wording_of_a_royal_visit() -> None:
    """'received by the king', 'spend three days in', 'the prince met', 'toured' and 'will tour' alike."""
    events = _events("The prince will spend three days in Morocco, where he is to be received by King Idris in "
                     "Rabat on March 17. The prince met President Karim Saad on Friday and toured the old "
                     "citadel on Saturday morning. On Monday he visits Casablanca.", dct=D(2031, 3, 15))
    assert [(kind, title) for kind, title, _ in events] == [
        ("stay", "Stay in Morocco"), ("meeting", "Meeting with Idris"), ("meeting", "Meeting with Karim Saad"),
        ("site_visit", "Tour the old citadel"), ("visit", "Visit to Casablanca")]
    assert events[-1][2] == "2031-03-17"  # written on a Saturday: 'he visits' Monday is to come


def test_the_two_leaders_are_the_people_of_the_sentence_before() -> None:
    yields = analyse_article(article_from_text(
        "President Tomas Rivera welcomed Chancellor Maria Vogt at the airport. The two leaders will meet on "
        "Wednesday.", id="a", dct=SATURDAY))
    meeting = next(m for m in yields.events if m.kind == "meeting")
    assert meeting.participants == ("Tomas Rivera", "Maria Vogt")
    alone = analyse_article(article_from_text("The two leaders will meet on Wednesday.", id="a", dct=SATURDAY))
    assert [m.participants for m in alone.events] == [()]


def test_who_announces_a_visit_does_not_take_part_in_it() -> None:
    yields = analyse_article(article_from_text(
        "The visit, set for March 20 to 23, will deepen ties, presidential spokesperson Rui Costa said.",
        id="a", dct=SATURDAY))
    assert [(m.kind, m.participants) for m in yields.events if m.kind == "visit"] == [("visit", ())]
    met = analyse_article(article_from_text("Chancellor Maria Vogt met President Tomas Rivera, who said it went well.",
                                            id="a", dct=SATURDAY))
    assert "Tomas Rivera" in met.events[0].participants  # a speaker with no spokesperson's title stays


def test_the_next_morning_in_an_undated_report_is_not_counted_from_the_trips_first_day() -> None:
    """With no date of its own before it that the trip places for sure (the trip holds two Tuesdays), 'the next
    morning' has nothing to count from: it is listed, not guessed as the trip's second day."""
    dated = article_from_text("Chancellor Maria Vogt will visit Peru from March 10 to 20, 2031.", id="a")
    undated = article_from_text("Vogt met the mayor on Tuesday morning. Then, the next morning, Vogt will leave "
                                "for Cusco.", id="b")
    plan = itinerary_of_articles([dated, undated])
    assert "the next morning" in [u.text for u in plan.unresolved]
    assert all(s.text != "the next morning" for e in plan.events for s in e.sources)
    # one Tuesday in the trip: the next morning is the Wednesday after it
    one_tuesday = itinerary_of_articles([
        article_from_text("Chancellor Maria Vogt will visit Peru from March 16 to 20, 2031.", id="a"), undated])
    assert [(e.start, e.placed) for e in one_tuesday.events if e.kind == "travel"] == [(D(2031, 3, 19), True)]


def test_the_second_and_the_last_day_of_the_visit_are_counted_in_the_trip() -> None:
    body = ("Chancellor Maria Vogt will pay a state visit to Peru from March 16 to 20. On the second day of her "
            "visit she will tour a copper mine, and on the last day of the trip she will lay a wreath in Lima.")
    plan = _plan(body, D(2031, 3, 10))
    days = {e.kind: (e.start, e.end) for e in plan.events if e.kind in {"site_visit", "ceremony"}}
    assert days == {"site_visit": (D(2031, 3, 17), D(2031, 3, 17)), "ceremony": (D(2031, 3, 20), D(2031, 3, 20))}


def test_the_eve_of_the_summit_is_the_day_before_the_summit_the_articles_date() -> None:
    body = ("Chancellor Maria Vogt will pay a state visit to Peru from March 16 to 20. She will hold a summit with "
            "President Ana Quispe on Tuesday, March 18. On the eve of the summit, she will attend a dinner with "
            "business leaders in Lima.")
    plan = _plan(body, D(2031, 3, 10))
    dinner = next(e for e in plan.events if e.kind == "dinner")
    assert (dinner.start, dinner.end, dinner.mod) == (D(2031, 3, 17), D(2031, 3, 17), None)


def test_rarer_patterns_are_found_in_hard_wrapped_sentences_too() -> None:
    """The events stage looks for 'the eve of', 'but no', 'the two leaders' only in sentences holding their
    words; a sentence wrapped over lines holds them too."""
    wrapped = ("Chancellor Maria Vogt will pay a state visit to Peru from March 16 to 20. She will hold talks on "
               "Tuesday,\nMarch 17, the eve\nof the summit.")
    kinds = [m.kind for m in analyse_article(article_from_text(wrapped, id="a", dct=D(2031, 3, 10))).events]
    assert "summit" not in kinds and "talks" in kinds


def test_a_programme_paragraph_led_by_its_day_dates_every_event_in_it() -> None:
    body = ("Programme of the visit\n\n"
            "Day 1 (Monday, 17 March): Arrival in Lima. Welcome ceremony at the palace and talks with President "
            "Ana Quispe, followed by a state banquet.\n\n"
            "Day 2 (Tuesday, 18 March): Flight to Cusco. In the afternoon, the Chancellor opens a business forum.\n\n"
            "A state banquet is a tradition of such visits.")
    events = _events(body, D(2031, 3, 10))
    assert {(kind, day) for kind, _, day in events if day} == {
        ("travel", "2031-03-17"), ("ceremony", "2031-03-17"), ("talks", "2031-03-17"), ("dinner", "2031-03-17"),
        ("travel", "2031-03-18"), ("forum", "2031-03-18")}
    assert "dinner" in [kind for kind, _, day in events if not day]  # a new paragraph: no label, no day


def test_shuttle_diplomacy_wording() -> None:
    """Written on Sunday 2033-10-09: 'this week' is the coming one; 'heading on to', 'a stopover in', 'is due
    in' are moves; the stop in one city is not the whole three-country trip."""
    body = ("Minister to tour the Gulf\n\nForeign Minister Ingrid Solberg will travel to Qatar, Oman and Kuwait "
            "this week, her ministry said.\n\nSolberg flies to Doha on Monday, before heading on to Muscat on "
            "Wednesday. She will make a brief stopover in Kuwait City on her way home on Friday.")
    events = _events(body, D(2033, 10, 9))
    assert ("visit", "Trip to Qatar, Oman and Kuwait", "2033-W41") in events
    assert {(kind, day) for kind, _, day in events if day[:4] == "2033" and "W" not in day} == {
        ("travel", "2033-10-10"), ("travel", "2033-10-12"), ("stay", "2033-10-14")}
    plan = _plan(body, D(2033, 10, 9))
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2033, 10, 10), D(2033, 10, 14))  # the days its programme is dated in
    stays = [e for e in plan.events if e.kind == "stay"]
    assert ("Stay in Kuwait City", D(2033, 10, 14)) in [(e.title, e.start) for e in stays]
    assert all((e.start, e.end) != (trip.start, trip.end) for e in stays)
    due = _events("She is due in Muscat on Wednesday evening.", D(2033, 10, 11))
    assert [(kind, title) for kind, title, _ in due] == [("travel", "Arrival in Muscat")]


def test_a_visit_that_follows_a_dated_summit_is_not_dated_by_it() -> None:
    events = _events("She leaves on Monday to attend the summit in Johannesburg on November 17 and 18, followed "
                     "by a two-day official visit to Kenya.", dct=D(2032, 11, 14))
    assert [(kind, title, when) for kind, title, when in events if kind == "visit"] == [
        ("visit", "Visit to Kenya", "")]


def test_a_trip_named_after_an_event_of_one_day_is_not_dated_by_that_day() -> None:
    # "... held talks in Hanoi, the last stop of a five-day trip that also took her to Japan": the trip is the
    # frame of the talks, and Japan only one of its places
    events = _events("Chancellor Eva Brandt on Wednesday held talks in Hanoi, the last stop of a five-day trip "
                     "that also took her to Japan.")
    assert events == [("talks", "Talks in Hanoi", "2031-03-12"), ("visit", "Trip", "")]


@pytest.mark.parametrize(("back", "expected"), [
    ("Returns to Lisbon", (D(2031, 3, 16), D(2031, 3, 20))),
    ("Flies home", (D(2031, 3, 16), D(2031, 3, 20))),
    ("Returns to Porto", None),  # back to another city: not the round trip that bounds the journey
], ids=["back-to-where-she-left", "flies-home", "back-elsewhere"])
def test_leaving_a_city_and_coming_back_to_it_bounds_a_trip_no_one_dates(
        back: str, expected: tuple[dt.date, dt.date] | None) -> None:
    body = ("Sousa's schedule in Asia\n\nPrime Minister Ana Sousa travels to Japan and Vietnam next week.\n\n"
            "* Sunday, March 16: Departs Lisbon for Tokyo.\n* Monday, March 17: Talks in Tokyo.\n"
            f"* Thursday, March 20: {back}.")
    trip = next(e for e in _plan(body, dct=D(2031, 3, 13)).events if e.kind == "visit")
    span = (trip.start, trip.end)
    assert span == expected if expected else span != (D(2031, 3, 16), D(2031, 3, 20))


def test_an_undated_trip_is_not_merged_into_a_flight_of_it() -> None:
    plan = itinerary_of_articles([
        article_from_text("Mexican President Rosa Delgado will make her first trip to Canada.", id="a",
                          dct=SATURDAY),
        article_from_text("Rosa Delgado leaves for Toronto on Monday.", id="b", dct=SATURDAY),
    ])
    departure = next(e for e in plan.events if e.kind == "travel")
    assert (departure.title, [s.article for s in departure.sources]) == ("Departure for Toronto", ["b"])


@pytest.mark.parametrize(("sentence", "kind", "title"), [
    ("The two leaders agreed on Monday to launch talks on a chip partnership.", "talks", "Talks"),
    ("On Wednesday she will address both Houses of Parliament.", "speech", "Address"),
    ("The ceremonial welcome takes place at noon on Tuesday.", "ceremony", "Ceremonial welcome"),
    ("He celebrates a liturgy for young people in Valparaiso on Saturday.", "ceremony", "Liturgy in Valparaíso"),
    ("The patriarch is due back home on Wednesday.", "travel", "Return"),
    ("Trade between the two countries was worth £9.8bn last year.", "statistic", "Bilateral trade £9.8bn"),
    ("They shook hands before a military guard of honour on Monday.", "ceremony", "Military guard of honour"),
    ("The king toured the old wharf in Bergen today.", "site_visit", "Tour the old wharf in Bergen"),
    ("Brenner toured the harbour yesterday with the mayor.", "site_visit", "Tour the harbour"),
], ids=["launch-talks", "address-both-houses", "ceremonial-welcome", "liturgy", "due-back", "bn", "guard-of-honour",
        "tour-today", "tour-with"])
def test_programme_wording_names_its_event(sentence: str, kind: str, title: str) -> None:
    assert [(k, t) for k, t, _ in _events(sentence)] == [(kind, title)]


def test_a_sentence_of_legs_gives_one_stay_per_place_with_its_own_span() -> None:
    body = "Okafor will be in Egypt from May 5 to 7, in Jordan from May 8 to 10 and in Turkey from May 11 to 13."
    stays = analyse_article(article_from_text(body, id="a", dct=D(2031, 5, 1))).events
    assert [(m.title, [(r.readings[0].start, r.readings[0].end) for r in m.times]) for m in stays] == [
        ("Stay in Egypt", [(D(2031, 5, 5), D(2031, 5, 7))]), ("Stay in Jordan", [(D(2031, 5, 8), D(2031, 5, 10))]),
        ("Stay in Turkey", [(D(2031, 5, 11), D(2031, 5, 13))])]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She leaves Japan for Seoul on Thursday.", [("travel", "Departure from Japan", "2031-05-08")]),
    ("Lee met Zhou Ming in Beijing on Tuesday and signed three agreements.",
     [("meeting", "Meeting with Zhou Ming", "2031-05-06"), ("signing", "Signing", "2031-05-06")]),
    ("Lee met Zhou on May 6 and will sign agreements next month.",
     [("meeting", "Meeting with Zhou", "2031-05-06"), ("signing", "Signing", "2031-06")]),
    ("Okafor travels to Istanbul on Friday for a business forum before flying home.",
     [("travel", "Travel to Istanbul", "2031-05-09"), ("forum", "Business forum", "2031-05-09"),
      ("travel", "Return", "2031-05-09")]),  # "before flying home": the move that closes the day
    ("The minister will travel to the Gulf this week in a bid to revive ceasefire talks.",
     [("travel", "Travel", "2031-W19"), ("talks", "Ceasefire talks", "")]),
    ("The talks were postponed from Tuesday to Wednesday.", [("talks", "Talks", "2031-05-14")]),
    ("The state visit was moved from May 12 to May 14.", [("visit", "State visit", "2031-05-14")]),
    ("The king arrives in Lima on May 12 and leaves on the 14th.",
     [("travel", "Arrival in Lima", "2031-05-12"), ("travel", "Departure", "2031-05-14")]),
    ("She left on Wednesday for Oslo.", [("travel", "Departure for Oslo", "2031-05-07")]),
    ("Sousa met Indian Prime Minister Arjun Mehta on the sidelines of the G20 summit on Tuesday.",
     [("meeting", "Meeting with Arjun Mehta", "2031-05-06"), ("summit", "G20 summit", "2031-05-06")]),
], ids=["leaves-a-place-for-another", "and-signed-same-day", "and-will-sign-later", "travels-for-a-forum",
        "revive-is-no-name", "postponed-keeps-the-new-day", "moved-keeps-the-new-date", "leaves-on-the-14th",
        "left-for", "sidelines-after-a-title-and-name"])
def test_who_leaves_where_and_what_a_dated_verb_carries_to_the_next(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(sentence, dct=D(2031, 5, 7)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Xi held talks with visiting President Diallo in Beijing on Monday.", [("talks", "Talks with Diallo")]),
    ("The prime minister hosted Erik Lindqvist at Government House on Wednesday.", [("meeting", "Meeting")]),
], ids=["visiting-is-the-guest", "hosted-a-person"])
def test_the_guest_of_a_host(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(k, t) for k, t, _ in _events(sentence)] == expected


def test_a_day_after_an_event_of_the_same_sentence_is_placed_without_a_trip_frame() -> None:
    body = ("Prime Minister Ana Sousa hosted Erik Lindqvist at Government House on Wednesday, a day after the "
            "Swedish leader arrived from Hanoi.")
    events = _plan(body, dct=D(2031, 5, 9)).events
    assert [(e.title, e.start) for e in events] == [("Arrival", D(2031, 5, 6)), ("Meeting", D(2031, 5, 7))]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Sousa met the First Minister, Moira Reid, at Bute House on Monday.", ("Ana Sousa", "Moira Reid")),
    ("Sousa met her Qatari counterpart, Hamad Al-Kuwari, in Doha on Monday.", ("Ana Sousa", "Hamad Al-Kuwari")),
    # a list: who each role is cannot be told from the commas alone
    ("Sousa will hold talks with the president, Ines Roth, and the premier on Monday.", ("Ana Sousa",)),
    ("Kenyan President Grace Wanjiru and Swedish Prime Minister Sofia Lindqvist met on Friday.",
     ("Grace Wanjiru", "Sofia Lindqvist")),  # a given name that is also a capital, after a title
], ids=["title-then-name", "role-noun-then-name", "a-list-is-no-appositive", "given-name-a-capital"])
def test_a_name_between_commas_after_a_role_is_that_person(sentence: str, who: tuple[str, ...]) -> None:
    body = f"Sousa in Scotland\n\nPrime Minister Ana Sousa is on a tour this week. {sentence}"
    events = analyse_article(article_from_text(body, id="a", dct=SATURDAY)).events
    assert events[-1].participants == who


def test_an_undated_first_leg_starts_when_the_traveller_is_seen_there_not_on_leaving_home() -> None:
    body = ("Sousa's schedule in Asia\n\nPrime Minister Ana Sousa travels to Japan and Vietnam next week.\n\n"
            "* Sunday, March 16: Departs Lisbon for Tokyo.\n"
            "* Monday, March 17: Arrives in Tokyo; talks with the prime minister.\n"
            "* Wednesday, March 19: Flies to Hanoi; meets the president.\n* Thursday, March 20: Returns to Lisbon.")
    events = _plan(body, dct=D(2031, 3, 13)).events
    assert [(e.title, e.start, e.end) for e in events if e.kind in {"stay", "visit"}] == [
        ("Trip to Japan and Vietnam", D(2031, 3, 16), D(2031, 3, 20)),
        ("Stay in Japan", D(2031, 3, 17), D(2031, 3, 19)), ("Stay in Vietnam", D(2031, 3, 19), D(2031, 3, 20))]


def test_three_reports_of_one_arrival_are_one_event_at_the_time_one_of_them_gives() -> None:
    # the city, the country, a day, a time and a vague second date ("30 years after ...") must not split them
    plan = itinerary_of_articles([
        article_from_text("Ana Sousa arrived in Lisbon on Tuesday, 30 years after the treaty.", id="a",
                          dct=SATURDAY),
        article_from_text("Ana Sousa landed in Lisbon at 9:35 p.m. on Tuesday.", id="b", dct=SATURDAY),
        article_from_text("Ana Sousa arrived in Portugal on Tuesday evening.", id="c", dct=SATURDAY),
    ])
    arrivals = [e for e in plan.events if e.kind == "travel"]
    assert [(e.title, e.start.isoformat(), sorted({s.article for s in e.sources})) for e in arrivals] == [
        ("Arrival in Lisbon", "2031-03-11T21:35:00+00:00", ["a", "b", "c"])]


def test_a_move_is_titled_by_its_place_not_by_the_word_arrival() -> None:
    plan = itinerary_of_articles([
        article_from_text("President Rosa Soto will travel to Canada on Wednesday, March 12.", id="a",
                          dct=D(2031, 3, 10)),
        article_from_text("President Rosa Soto arrived late on Wednesday.", id="b", dct=D(2031, 3, 13)),
    ])
    assert [(e.title, sorted({s.article for s in e.sources})) for e in plan.events if e.kind == "travel"] == [
        ("Travel to Canada", ["a", "b"])]
