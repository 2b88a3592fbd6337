"""Event reading in trip reports: kinds, titles and people of invented sentences (one article each)."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text, itinerary_of_articles
from itinerary.events.people import find_people
from itinerary.model import EventMention

MONDAY = dt.date(2031, 3, 10)  # the publication date of every article below


def _events(body: str) -> tuple[EventMention, ...]:
    return analyse_article(article_from_text(body, id="a", dct=MONDAY)).events


def _kinds_and_titles(body: str) -> list[tuple[str, str]]:
    return [(e.kind, e.title) for e in _events(body)]


@pytest.mark.parametrize(("body", "expected"), [
    ("The leaders issued a joint declaration on Friday.", [("agreement", "Joint declaration")]),
    ("The two presidents adopted the Oslo Declaration on Friday.", [("agreement", "Oslo Declaration")]),
    ("The ministers signed a joint declaration on Friday.", [("signing", "Signing of joint declaration")]),
    ("Crowds marked the anniversary of the declaration of independence.", [("anniversary", "Anniversary of the declaration of independence")]),
])
def test_a_declaration_is_an_agreement_and_signed_a_signing(body: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds_and_titles(body) == expected


@pytest.mark.parametrize(("body", "title", "participants"), [
    ("Dubois and Laine met in Paris on Tuesday.", "Meeting in Paris", ("Dubois", "Laine")),
    ("Dubois and Laine will meet in Paris on Tuesday.", "Meeting in Paris", ("Dubois", "Laine")),
    ("Dubois met Laine in Paris on Tuesday.", "Meeting with Laine", ("Dubois", "Laine")),
    ("Dubois then met with Laine on Tuesday.", "Meeting with Laine", ("Dubois", "Laine")),
    ("On Tuesday Dubois met the prime minister.", "Meeting with Prime Minister", ("Dubois",)),
    (("President Marc Dubois arrived on Monday. Prime Minister Eva Laine welcomed him. "
      "Dubois and Laine met in Paris on Tuesday."), "Meeting in Paris", ("Marc Dubois", "Eva Laine")),
    ("Peru and Chile met in Lima on Tuesday.", "Meeting in Lima", ()),
    ("Lee and Kim met in Seoul on Tuesday.", "Meeting in Seoul", ("Lee", "Kim")),  # common surnames
    ("Officials met Ruiz on Friday.", "Meeting with Ruiz", ("Ruiz",)),  # a group opens the sentence
    ("Afterwards Ruiz met Kim in Lima on Friday.", "Meeting with Kim", ("Ruiz", "Kim")),
    ("Kelly met Ruiz in Lima on Friday.", "Meeting with Ruiz", ("Kelly", "Ruiz")),
    ("On the second day of her visit, Okafor met students in Bergen.", "Meeting with students", ("Okafor",)),
    ("The delegation flew to Lima, where Dubois and Laine met on Tuesday.", "Meeting", ("Dubois", "Laine")),
])
def test_who_meets_is_written_before_the_verb_and_names_no_meeting(body: str, title: str,
                                                                    participants: tuple[str, ...]) -> None:
    meeting = next(e for e in _events(body) if e.kind == "meeting")
    assert (meeting.title, meeting.participants) == (title, participants)


def test_a_meeting_of_two_named_only_by_surname_is_titled_with_the_one_the_traveller_met() -> None:
    body = ("President Marc Dubois arrived in Paris on Monday for a three-day visit. "
            "Dubois and Laine met in Paris on Tuesday.")
    plan = itinerary_of_articles([article_from_text(body, id="a", dct=MONDAY)])
    assert [e.title for e in plan.events if e.kind == "meeting"] == ["Meeting in Paris with Laine"]


@pytest.mark.parametrize("body", [
    "The visit to Kyiv was cancelled.",
    "President Ana Ruiz's visit to Kyiv on Friday was cancelled.",
    "The planned trip to Kyiv on Friday was called off.",
    "The visit to Kyiv on Friday was scrapped because of security concerns.",
    "The talks with the premier have been called off.",
    "The cancellation of the summit in Hanoi surprised diplomats.",
    "The summit in Hanoi on Friday has been postponed until further notice.",
    "The summit in Hanoi on Friday has been postponed.",
])
def test_an_event_called_off_after_it_is_named_is_no_event(body: str) -> None:
    assert _kinds_and_titles(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The summit went ahead on Friday, but the dinner was cancelled.", [("summit", "Summit")]),
    ("The visit to Lima was never called off.", [("visit", "Visit to Lima")]),
    ("The flight to Lima on Friday was delayed by two hours.", [("travel", "Travel to Lima")]),
])

def test_only_the_event_called_off_is_dropped(body: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds_and_titles(body) == expected


def test_an_event_put_off_to_a_new_date_takes_it() -> None:
    [visit] = _events("Okafor's visit to Lima has been put off until next year.")
    assert (visit.title, [t.mention.text for t in visit.times]) == ("Visit to Lima", ["next year"])


@pytest.mark.parametrize(("text", "name"), [
    ("President Aminata Ba Arrives In Dakar", "Aminata Ba"),  # a title-case headline
    ("Minister Sara Li Visits Lima", "Sara Li"),
    ("President Aminata Ba arrived in Dakar on Tuesday.", "Aminata Ba"),  # a short line reads like a headline
    ("Premier Daniel Ng Meets Wu Hao", "Daniel Ng"),
    ("Senator Maria de la Cruz spoke on Monday about the plan in the capital.", "Maria de la Cruz"),
    ("President Juan Carlos de la Cruz met him at the office in town on the day.", "Juan Carlos de la Cruz"),
    ("President Ursula von der Leyen spoke on Monday about the plan in the capital.", "Ursula von der Leyen"),
    ("Sheikh Ahmad al-Sabah spoke on Monday about the plan in the capital.", "Ahmad al-Sabah"),
    ("Sheikh Ahmad Al-Sabah spoke on Monday about the plan in the capital.", "Ahmad Al-Sabah"),
    ("Prince Faisal bin Salman spoke on Monday about the plan in the capital.", "Faisal bin Salman"),
    ("President Ana Ruiz Up Next At Summit", "Ana Ruiz"),  # a two-letter English word ends the name
])
def test_short_surnames_and_particles_stay_in_the_name(text: str, name: str) -> None:
    assert [p.name for p in find_people(text)] == [name]


def test_a_short_surname_in_a_headline_is_the_person_the_body_names() -> None:
    body = "Aminata Ba arrives in Dakar\n\nPresident Aminata Ba arrived in Dakar on Tuesday."
    assert [e.participants for e in _events(body)] == [("Aminata Ba",), ("Aminata Ba",)]


# One sentence per kind of programme item, as trip reports write them: the kind and the title read from it.
@pytest.mark.parametrize(("body", "expected"), [
    ("The two leaders held a joint press conference after their talks on Wednesday.",
     [("statement", "Press conference"), ("talks", "Talks")]),
    ("The two governments signed five memorandums of understanding on energy on Wednesday.",
     [("signing", "Signing of memorandums of understanding")]),
    ("The signing of ten memorandums of understanding took place on Friday.",
     [("signing", "Signing of ten memorandums of understanding")]),
    ("Ruiz and Vik signed MoUs on trade on Friday.", [("signing", "Signing of MoUs")]),
    ("The two leaders sign energy pact on Friday.", [("signing", "Signing of energy pact")]),
    ("President Lena Okafor laid a wreath at the Tomb of the Unknown Soldier on Tuesday.",
     [("ceremony", "Wreath-laying at the Tomb of the Unknown Soldier")]),
    ("A wreath laying ceremony in Lima is planned for Tuesday.", [("ceremony", "Wreath-laying in Lima")]),
    ("On Friday she will deliver a lecture at the University of Oslo.",
     [("speech", "Lecture at the University of Oslo")]),
    ("Okafor will address the Norwegian parliament on Thursday.",
     [("speech", "Address to the Norwegian parliament")]),
    ("Okafor will address a joint session of Congress on Thursday.",
     [("speech", "Address to a joint session of Congress")]),
    ("A state dinner at the Royal Palace will close the day on Friday.",
     [("dinner", "State dinner at the Royal Palace")]),
    ("Okafor visited the Holocaust memorial in Oslo on Saturday.",
     [("site_visit", "Visit the Holocaust memorial in Oslo")]),
    ("Okafor will visit Oslo on Friday.", [("visit", "Visit to Oslo")]),
    ("The APEC Summit opens in Lima on Friday.", [("summit", "APEC Summit in Lima")]),
    ("On Saturday she met members of the Ghanaian diaspora in Oslo.",
     [("meeting", "Meeting with members of the Ghanaian diaspora")]),
    ("She met with the business community on Friday.", [("meeting", "Meeting with the business community")]),
    ("She met the community leaders on Friday.", [("meeting", "Meeting")]),
    ("North Korea staged a military parade in Pyongyang on Sunday.", [("military", "Military parade in Pyongyang")]),
    ("She inaugurated a new solar plant near Bergen on Friday.",
     [("launch", "Launch of a new solar plant near Bergen")]),
    ("Okafor is scheduled to fly home on Sunday.", [("travel", "Return")]),
    ("She flew back to Accra on Sunday.", [("travel", "Return to Accra")]),
    ("She flew to Accra on Sunday.", [("travel", "Travel to Accra")]),
    ("She will stop over in Dubai on her way home on Sunday.", [("stay", "Stay in Dubai")]),
    ("The royal couple will attend a gala concert at the opera house on Thursday evening.",
     [("ceremony", "Gala concert")]),
    ("She will lay the foundation stone of a new hospital in Kumasi on Friday.",
     [("ceremony", "Foundation stone of a new hospital in Kumasi")]),
    ("It was a groundbreaking achievement.", []),
    ("She was seen off at the airport by Foreign Minister Ama Boateng on Saturday.", [("travel", "Departure")]),
    ("Okafor was met at the airport in Oslo by Prime Minister Jonas Berg on Tuesday.",
     [("travel", "Arrival in Oslo")]),
    ("Okafor will hold a telephone call with the Chinese president on Monday.",
     [("talks", "Telephone call with President")]),
    ("Okafor will receive an honorary doctorate from the University of Oslo on Friday.",
     [("ceremony", "Honorary doctorate")]),
    ("She will take part in a roundtable with Norwegian investors on Thursday.",
     [("forum", "Roundtable with Norwegian investors")]),
    ("Okafor lays wreath at war memorial\n\nThe president laid a wreath at the war memorial in Oslo on Tuesday.",
     [("ceremony", "Wreath-laying"), ("ceremony", "Wreath-laying in Oslo")]),
])
def test_programme_items_are_typed_and_titled_as_written(body: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds_and_titles(body) == expected


def test_a_visited_site_stands_in_the_city_named_after_it() -> None:
    [site] = _events("Okafor visited the Holocaust memorial in Oslo on Saturday.")
    assert (site.location, [t.mention.text for t in site.times]) == ("Oslo", ["Saturday"])


def test_a_meeting_on_the_sidelines_of_a_summit_is_on_the_summits_date() -> None:
    events = _events("Okafor and King Ostby held a bilateral meeting on the sidelines of the summit on Thursday.")
    assert [(e.kind, e.title, [t.mention.text for t in e.times]) for e in events] == [
        ("meeting", "Bilateral meeting", ["Thursday"]), ("summit", "Summit", ["Thursday"])]


def test_a_headline_names_its_event_by_the_trigger_alone() -> None:
    # title case: "Berg Hold" before "Talks" is who holds them, not a name of the talks
    body = "Okafor, Berg Hold Talks on Energy\n\nThe two leaders held talks in Oslo on Wednesday."
    assert _kinds_and_titles(body) == [("talks", "Talks"), ("talks", "Talks in Oslo")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Okafor will deliver a keynote speech at the Oslo Energy Forum on Thursday, March 13.",
     [("speech", ["Thursday, March 13"]), ("forum", ["Thursday, March 13"])]),
    ("She met Berg at the summit on Friday.", [("meeting", ["Friday"]), ("summit", ["Friday"])]),
    ("She met Berg on Thursday at the summit on Friday.", [("meeting", ["Thursday"]), ("summit", ["Friday"])]),
    ("Okafor hosts the summit on Friday.", [("summit", ["Friday"])]),  # a verb that only introduces the summit
])
def test_an_event_held_at_another_is_on_its_date(body: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(e.kind, [t.mention.text for t in e.times]) for e in _events(body)] == expected


@pytest.mark.parametrize(("body", "title", "participants"), [
    ("Dubois and Laine signed a trade pact on Tuesday.", "Signing of trade pact", ("Dubois", "Laine")),
    ("Dubois and Laine will sign two MoUs on Friday.", "Signing of MoUs", ("Dubois", "Laine")),
    ("Peru and Chile signed a trade pact on Tuesday.", "Signing of trade pact", ()),
])
def test_who_signs_is_written_before_the_verb(body: str, title: str, participants: tuple[str, ...]) -> None:
    [signing] = _events(body)
    assert (signing.kind, signing.title, signing.participants) == ("signing", title, participants)
