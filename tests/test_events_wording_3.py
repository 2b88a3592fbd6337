"""Event reading of wire-service wordings (invented sentences, one article each): events named inside a count
of days ("a day after talks"), a day told over several sentences, coordinated people, purposes and releases."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text
from itinerary.model import EventMention

MONDAY = dt.date(2031, 3, 10)  # the publication date of every article below


def _events(body: str) -> tuple[EventMention, ...]:
    return analyse_article(article_from_text(body, id="a", dct=MONDAY)).events


def _day(body: str, kind: str) -> str | None:
    """The first date of the first event of ``kind`` (None: undated); fails if there is no such event."""
    event = next(e for e in _events(body) if e.kind == kind)
    return event.times[0].value if event.times else None


# ------------------------------------------------------------------ "a day after talks in Lima"


@pytest.mark.parametrize(("body", "kind", "day"), [
    ("She laid a wreath at the war memorial on Friday, a day after talks with the prime minister in Hanoi.",
     "talks", "2031-03-06"),
    ("He met Ruiz in Quito on Tuesday, a day after talks with the president in Lima.", "talks", "2031-03-03"),
    ("The king was welcomed with military honours on Tuesday, a day after arriving in Lima.", "travel",
     "2031-03-03"),
], ids=["wreath-a-day-after-talks", "met-a-day-after-talks", "a-day-after-arriving"])
def test_an_event_a_day_before_a_dated_one_is_dated(body: str, kind: str, day: str) -> None:
    assert _day(body, kind) == day


def test_the_dated_event_keeps_its_own_day() -> None:
    body = "He met Ruiz in Quito on Tuesday, a day after talks with the president in Lima."
    meeting = next(e for e in _events(body) if e.kind == "meeting")
    assert [t.value for t in meeting.times] == ["2031-03-04"]


@pytest.mark.parametrize("body", [
    "He met Ruiz in Quito on Tuesday, days after talks with the president in Lima.",  # no exact count
    "He met Ruiz in Quito, a day after talks with the president in Lima.",  # nothing dated to count from
], ids=["days-after", "undated-anchor"])
def test_no_exact_day_is_counted_without_an_exact_count_and_a_dated_event(body: str) -> None:
    talks = [e for e in _events(body) if e.kind == "talks"]
    assert all(not e.times for e in talks)


# ------------------------------------------------------------------ a day told sentence by sentence


@pytest.mark.parametrize(("body", "kind"), [
    ("On Wednesday he visited Lusaka for a day. He held talks with Foreign Minister Chanda Mwila.", "talks"),
    ("She laid a wreath at the cenotaph on Friday. She flew home in the evening.", "travel"),
    ("She laid a wreath at the cenotaph on Friday.\n\nIn Tallinn she met President Kaja Rebane. She flew home.",
     "meeting"),
], ids=["talks-after-a-one-day-visit", "flew-home-in-the-evening", "in-place-she-met"])
def test_an_undated_sentence_that_goes_on_the_story_takes_its_day(body: str, kind: str) -> None:
    events = _events(body)
    first = next(e for e in events if e.times)
    assert _day(body, kind) == first.times[0].value


@pytest.mark.parametrize(("body", "kind"), [
    # a preview plans days apart
    ("She will arrive in Oslo on Friday. She will begin her tour with a meeting with the king.", "meeting"),
    # not the same subject going on
    ("She toured a plant on Friday. Talks with the unions have stalled for years.", "talks"),
    # a relative clause tells of something else
    ("On Wednesday he visited Lusaka. He praised Mwila, who has offered to host a meeting.", "meeting"),
    # the sentence before told two days
    ("He met Ruiz on Monday and toured a plant on Wednesday. He signed a trade pact.", "signing"),
], ids=["future", "other-subject", "relative-clause", "two-days-before"])
def test_an_undated_sentence_keeps_no_day_when_the_story_does_not_go_on(body: str, kind: str) -> None:
    assert _day(body, kind) is None


# ------------------------------------------------------------------ "met Moyo on Thursday morning and flew home"


def test_a_move_coordinated_with_a_dated_meeting_takes_its_day_not_its_hour() -> None:
    body = "He met Foreign Minister Tendai Moyo in Harare on Thursday morning and flew home in the evening."
    assert _day(body, "travel") == "2031-03-06"


def test_a_move_only_hoped_for_is_not_dated_by_the_meeting() -> None:
    body = "He met Foreign Minister Tendai Moyo in Harare on Thursday and hopes to fly home soon."
    assert _day(body, "travel") is None


# ------------------------------------------------------------------ "will travel to Quito the following day to meet"


@pytest.mark.parametrize(("body", "day"), [
    ("She will travel to Quito the following day to meet business leaders.", "2031-03-11"),
    ("He will fly to Quito on Tuesday to meet port operators.", "2031-03-11"),
    # another clause: only hoped for, not what the journey is made for
    ("He will fly to Quito on Tuesday and hopes to meet port operators.", None),
], ids=["following-day-to-meet", "on-a-day-to-meet", "and-hopes-to-meet"])
def test_what_a_journey_is_made_to_do_is_on_its_day(body: str, day: str | None) -> None:
    assert _day(body, "meeting") == day


# ------------------------------------------------------------------ "a wreath-laying at the Monument to the Heroes"


@pytest.mark.parametrize(("body", "title"), [
    ("She attended a wreath-laying at the Monument to the Heroes of the Nation on Monday.",
     "Wreath-laying at the Monument to the Heroes of the Nation"),
    ("He laid a wreath at the Memorial to the Fallen on Monday.", "Wreath-laying at the Memorial to the Fallen"),
    # only a monument's "to" names it
    ("He laid a wreath at the Palace to Honour Veterans on Monday.", "Wreath-laying at the Palace"),
], ids=["monument-to", "memorial-to", "not-a-palace-to"])
def test_a_monuments_name_keeps_what_it_is_to(body: str, title: str) -> None:
    assert next(e for e in _events(body) if e.kind == "ceremony").title == title


# ------------------------------------------------------------------ "released on Friday, March 7, the schedule"


@pytest.mark.parametrize("body", [
    "The palace released on Friday, March 7, the schedule of the state visit to Peru.",
    "The palace published on Friday evening the programme of the state visit to Peru.",
], ids=["released-on-a-date", "published-on-an-evening"])
def test_the_day_of_a_release_does_not_date_what_it_announces(body: str) -> None:
    assert _day(body, "visit") is None


def test_the_visit_keeps_its_own_date_after_a_release_day() -> None:
    body = "The palace announced on Friday that the king will pay a state visit to Peru on Monday."
    assert _day(body, "visit") == "2031-03-10"


# ------------------------------------------------------------------ "met Anna Reid and opposition leader Aroha Ngata"


@pytest.mark.parametrize(("body", "people"), [
    ("Keller met Prime Minister Anna Reid and opposition leader Aroha Ngata on Tuesday.", ["Anna Reid", "Aroha Ngata"]),
    ("Keller met Prime Minister Anna Reid and Aroha Ngata on Tuesday.", ["Anna Reid", "Aroha Ngata"]),
    ("Keller met Prime Minister Anna Reid and her counterpart Tom Vaka on Tuesday.", ["Anna Reid", "Tom Vaka"]),
    # no person: a place, a group
    ("Keller met Prime Minister Anna Reid and New Zealand officials on Tuesday.", ["Anna Reid"]),
    ("Keller met Prime Minister Anna Reid and business leaders on Tuesday.", ["Anna Reid"]),
], ids=["lower-case-role", "bare-name", "counterpart", "a-country", "a-group"])
def test_a_person_joined_by_and_to_a_titled_one_is_a_participant(body: str, people: list[str]) -> None:
    meeting = next(e for e in _events(body) if e.kind == "meeting")
    assert [p for p in meeting.participants if p != "Keller"] == people


def test_a_meeting_on_the_sidelines_of_a_dated_summit_after_two_people_is_on_its_day() -> None:
    body = ("Keller met Prime Minister Anna Reid and opposition leader Aroha Ngata on the sidelines of the "
            "Commonwealth summit on Tuesday.")
    assert _day(body, "meeting") == "2031-03-04"


@pytest.mark.parametrize(("body", "counterpart"), [
    ("He will travel to Mombasa on Tuesday to meet port operators.", "port operators"),
    ("She met heritage officials in Cusco on Monday.", "heritage officials"),
    ("She met the two leaders on Monday.", None),  # who the leaders are is said elsewhere
], ids=["operators", "officials", "the-two-leaders"])
def test_a_group_met_is_the_meetings_counterpart(body: str, counterpart: str | None) -> None:
    assert next(e for e in _events(body) if e.kind == "meeting").counterpart == counterpart


@pytest.mark.parametrize(("body", "kind", "day"), [
    ("On Monday Prime Minister Ana Lund held talks in Hanoi. Lund also attended a wreath-laying at the cenotaph.",
     "ceremony", "2031-03-10"),
    ("The king was welcomed with military honours on Tuesday. The king later held talks with President Rosa Quispe.",
     "talks", "2031-03-04"),
    # not the traveller going on: a noun that is no title, a name nobody was given
    ("The king was welcomed with military honours on Tuesday. The talks were tense.", "talks", None),
    ("The king was welcomed with military honours on Tuesday. Officials said a treaty was signed.", "signing", None),
], ids=["by-surname", "by-title", "the-talks", "officials-said"])
def test_a_sentence_that_names_the_traveller_again_goes_on_the_day(body: str, kind: str, day: str | None) -> None:
    assert _day(body, kind) == day
