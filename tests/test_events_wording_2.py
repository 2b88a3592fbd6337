"""Event reading of common news wordings (invented sentences, one article each): returns and arrivals written
around another event, gatherings named as an object, greeters, hosts, called-off legs, agreed practices."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text
from itinerary.model import EventMention

MONDAY = dt.date(2031, 3, 10)  # the publication date of every article below


def _events(body: str) -> tuple[EventMention, ...]:
    return analyse_article(article_from_text(body, id="a", dct=MONDAY)).events


def _rows(body: str) -> list[tuple[str, str, str | None]]:
    """(kind, title, first date or None) of each event."""
    return [(e.kind, e.title, e.times[0].value if e.times else None) for e in _events(body)]


@pytest.mark.parametrize(("body", "expected"), [
    ("On Friday she toured a solar plant before flying back to Berlin.",
     [("site_visit", "Tour a solar plant", "2031-03-07"), ("travel", "Return to Berlin", "2031-03-07")]),
    ("Ruiz will address the business forum on Saturday before returning to Quito.",
     [("speech", "Address to the business forum", "2031-03-15"), ("travel", "Return to Quito", "2031-03-15")]),
    ("She met Ruiz on Friday before leaving for Oslo.",
     [("meeting", "Meeting with Ruiz", "2031-03-07"), ("travel", "Departure for Oslo", "2031-03-07")]),
    ("He is flying to Lima on Monday.", [("travel", "Travel to Lima", "2031-03-10")]),
    # a later date of its own wins; a measured gap is another day
    ("She met Ruiz on Friday before returning home on Sunday.",
     [("meeting", "Meeting with Ruiz", "2031-03-07"), ("travel", "Return", "2031-03-09")]),
    ("She met Ruiz on Friday, weeks before returning to Lima.",
     [("meeting", "Meeting with Ruiz", "2031-03-07"), ("travel", "Return to Lima", None)]),
    ("She met Ruiz on Friday before her return to Lima.",
     [("meeting", "Meeting with Ruiz", "2031-03-07"), ("travel", "Return to Lima", None)]),
], ids=["flying-back", "before-returning", "before-leaving", "flying-to", "own-later-date", "weeks-before",
        "before-a-noun"])
def test_the_move_that_closes_a_dated_day_is_on_that_day(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


def test_the_place_after_flying_back_is_the_moves_not_the_site_visits() -> None:
    body = "On Thursday he travels to Porto, where he will tour a shipyard before flying back to Quito."
    site = next(e for e in _events(body) if e.kind == "site_visit")
    assert site.location is None


@pytest.mark.parametrize(("body", "expected"), [
    ("He met Ruiz on Tuesday, shortly after arriving in Lima.",
     [("meeting", "Meeting with Ruiz", "2031-03-04"), ("travel", "Arrival in Lima", "2031-03-04")]),
    ("He met Ruiz on Tuesday evening, hours after landing in Lima.",
     [("meeting", "Meeting with Ruiz", "2031-03-04TEV"), ("travel", "Arrival in Lima", "2031-03-04")]),
    ("He met Ruiz on Tuesday, minutes after touching down in Lima.",
     [("meeting", "Meeting with Ruiz", "2031-03-04"), ("travel", "Arrival in Lima", "2031-03-04")]),
    ("He met Ruiz on Tuesday, hours after landing in the Kenyan capital.",
     [("meeting", "Meeting with Ruiz", "2031-03-04"), ("travel", "Arrival in Kenya", "2031-03-04")]),
    # days away: not that day
    ("He met Ruiz on Tuesday, days after arriving in Lima.",
     [("meeting", "Meeting with Ruiz", "2031-03-04"), ("travel", "Arrival in Lima", None)]),
], ids=["shortly-after", "hours-after-landing", "minutes-after", "the-kenyan-capital", "days-after"])
def test_a_move_hours_from_a_dated_event_is_on_its_day(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The president will attend the opening of a regional business forum on Friday.",
     [("forum", "Regional business forum", "2031-03-14")]),
    ("Leaders gathered for the opening of the trade summit on Monday.", [("summit", "Trade summit", "2031-03-10")]),
    ("Ruiz will address the business forum on Saturday.", [("speech", "Address to the business forum", "2031-03-15")]),
    ("She addresses parliament on Monday.", [("speech", "Address to parliament", "2031-03-10")]),
    ("He addressed the nation on Sunday.", [("speech", "Address to the nation", "2031-03-09")]),
    # not a gathering: the launch stays; a speech at a summit is two events
    ("They marked the opening of a new plant on Friday.", [("launch", "Opening of a new plant", "2031-03-07")]),
    ("She will give a speech at the summit on Friday.",
     [("speech", "Speech", "2031-03-14"), ("summit", "Summit", "2031-03-14")]),
    ("She addressed the issue on Monday.", []),
], ids=["opening-of-a-forum", "opening-of-a-summit", "address-the-forum", "addresses-parliament",
        "addressed-the-nation", "opening-of-a-plant", "speech-at-a-summit", "addressed-an-issue"])
def test_a_gathering_named_as_an_object_is_one_event(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("President Jan Vos arrived in Lima on Wednesday, where he was greeted at the airport by Prime Minister Eva Ruiz.",
     [("travel", "Arrival in Lima", "2031-03-05")]),
    ("She was greeted at the airport by Prime Minister Eva Ruiz on Monday.", [("travel", "Arrival", "2031-03-10")]),
], ids=["greeter-of-an-arrival", "greeting-alone"])
def test_who_greets_at_the_airport_makes_no_second_arrival(body: str,
                                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(("body", "participants"), [
    (("President Rui Salas welcomed his Chilean counterpart Lu Mera at the palace yesterday, at the start of a "
      "three-day state visit."), ("Lu Mera",)),
    ("President Rui Salas met President Lu Mera during his state visit.", ("Rui Salas", "Lu Mera")),
], ids=["host-welcomed-guest", "no-host-verb"])
def test_the_guest_not_the_host_makes_the_visit(body: str, participants: tuple[str, ...]) -> None:
    visit = next(e for e in _events(body) if e.kind == "visit")
    assert visit.participants == participants


@pytest.mark.parametrize(("body", "expected"), [
    ("The final leg in Oslo, planned for Friday, was cancelled because of a crisis at home.", []),
    ("The visit to Oslo, the capital, was a success.", [("visit", "Visit to Oslo", None)]),
], ids=["aside-then-cancelled", "aside-then-success"])
def test_a_leg_called_off_after_an_aside_is_no_stay(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The two leaders also agreed to hold annual summits.", []),
    ("The ministers agreed on regular talks.", []),
    ("They agreed to hold talks on Friday.", [("talks", "Talks", "2031-03-14")]),
    ("The annual summit opens on Friday.", [("summit", "Annual summit", "2031-03-14")]),
], ids=["annual-summits", "regular-talks", "one-round-of-talks", "the-annual-summit"])
def test_gatherings_agreed_as_a_practice_are_no_event(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Okoro flies to Seoul on Tuesday evening for the regional summit.",
     [("travel", "Travel to Seoul", "2031-03-11TEV"), ("summit", "Regional summit", None)]),
    ("Okoro travels to Istanbul on Tuesday for a business forum.",
     [("travel", "Travel to Istanbul", "2031-03-11"), ("forum", "Business forum", "2031-03-11")]),
], ids=["for-the-summit", "for-a-forum"])
def test_the_journey_to_a_summit_does_not_date_it(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(k, t.replace("Okoro ", ""), d) for k, t, d in _rows(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The king attended a service at the cathedral on Sunday.", [("ceremony", "Service", "2031-03-09")]),
    ("She was welcomed at Government House on Monday.",
     [("ceremony", "Welcome ceremony at Government House", "2031-03-10")]),
    ("The civil service went on strike on Sunday.", []),
], ids=["service-at-a-cathedral", "welcomed-at-a-seat-of-power", "civil-service"])
def test_a_service_of_worship_and_a_welcome_are_ceremonies(body: str,
                                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


def test_a_light_verb_does_not_swallow_an_event_linked_by_before() -> None:
    body = "She leaves for Toronto on Friday to meet business leaders before flying home."
    assert "meeting" in [e.kind for e in _events(body)]


def test_an_address_takes_its_own_date_not_the_next_moves() -> None:
    body = "President Lu Mera addresses parliament today and leaves for Porto tomorrow."
    assert _rows(body) == [("speech", "Address to parliament", "2031-03-10"),
                           ("travel", "Departure for Porto", "2031-03-11")]


@pytest.mark.parametrize(("body", "expected"), [
    ("President Ana Vos and Peruvian President Luis Ruiz agreed Thursday to expand cooperation in energy.",
     [("talks", "Talks", "2031-03-06", ("Ana Vos", "Luis Ruiz"))]),
    ("Ruiz and Vos agreed on a trade deal on Friday.", [("talks", "Talks", "2031-03-07", ())]),
    ("The two leaders agreed to expand trade.", []),
    ("Officials agreed on a plan on Monday.", []),
], ids=["two-named-sides", "two-surnames", "the-two-leaders", "officials"])
def test_two_named_sides_agreeing_held_talks(body: str,
                                            expected: list[tuple[str, str, str | None, tuple[str, ...]]]) -> None:
    assert [(e.kind, e.title, e.times[0].value if e.times else None, e.participants) for e in _events(body)] == expected


def test_sides_agreeing_at_a_summit_are_that_summits() -> None:
    body = "President Ana Vos and Prime Minister Luis Ruiz agreed at their summit in Lima on Tuesday to start talks."
    assert next((e.kind, e.participants) for e in _events(body)) == ("summit", ("Ana Vos", "Luis Ruiz"))


@pytest.mark.parametrize(("body", "expected"), [
    ("The minister will visit four capitals next week to rally support for Ukraine.",
     [("visit", "Visit", "2031-W12", None)]),
    ("He flew to Kyiv on Monday to show support for Ukraine.",
     [("travel", "Travel to Kyiv", "2031-03-10", "Kyiv")]),
    ("Thousands joined a rally in Lima on Sunday.", [("protest", "Rally in Lima", "2031-03-09", "Lima")]),
], ids=["rally-support-for", "flew-to-then-support-for", "a-real-rally"])
def test_support_for_a_country_is_no_destination_and_rallying_support_no_protest(
        body: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert [(e.kind, e.title, e.times[0].value if e.times else None, e.location) for e in _events(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("It will be her first trip to Asia since taking office in May.", [("visit", "Trip to Asia", None)]),
    ("It is his first visit abroad since being sworn in last year.", [("visit", "Visit", None)]),
], ids=["since-taking-office", "since-sworn-in"])
def test_the_date_of_taking_office_does_not_date_the_trip(body: str,
                                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert _rows(body) == expected


def test_a_date_after_since_alone_still_dates_the_event() -> None:
    trip = next(e for e in _events("It was his first trip since May, when he visited Peru.") if e.title == "Trip")
    assert trip.times


@pytest.mark.parametrize(("body", "participants"), [
    ("Presidents Ana Vos and Luis Ruiz held talks at the palace on Tuesday.", ("Ana Vos", "Luis Ruiz")),
    ("Prime Ministers Ana Vos and Luis Ruiz met in Lima on Tuesday.", ("Ana Vos", "Luis Ruiz")),
    ("Presidents of Peru and Chile held talks on Tuesday.", ()),
    ("The presidents held talks on Tuesday.", ()),
], ids=["presidents-pair", "prime-ministers-pair", "presidents-of-countries", "no-names"])
def test_one_plural_title_before_two_names_names_both_sides(body: str, participants: tuple[str, ...]) -> None:
    assert _events(body)[0].participants == participants
