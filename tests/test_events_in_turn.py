"""People met one after another in one sentence: one meeting each, with its own day and place."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text, itinerary_of_articles

MONDAY = dt.date(2031, 3, 10)  # the publication date of every article below


def _meetings(body: str) -> list[tuple[str, str | None, tuple[str, ...], list[str]]]:
    events = analyse_article(article_from_text(body, id="a", dct=MONDAY)).events
    return [(e.title, e.location, e.participants, [str(r.value) for r in e.times])
            for e in events if e.kind in {"meeting", "talks"}]


@pytest.mark.parametrize(("body", "expected"), [
    (("The minister met Kenyan President Amani Kiprop in Nairobi on March 3 and Tanzanian President Neema Mushi "
     "in Dodoma on March 5."),
     [("Meeting with Amani Kiprop", "Nairobi", ("Amani Kiprop",), ["2031-03-03"]),
      ("Meeting with Neema Mushi", "Dodoma", ("Neema Mushi",), ["2031-03-05"])]),
    (("On the sidelines, Chancellor Eva Brandt met Indian Prime Minister Ravi Kapoor on March 6, "
     "and Brazilian President Luis Prado on March 7."),
     [("Meeting with Ravi Kapoor", None, ("Eva Brandt", "Ravi Kapoor"), ["2031-03-06"]),
      ("Meeting with Luis Prado", None, ("Eva Brandt", "Luis Prado"), ["2031-03-07"])]),
])
def test_each_person_met_in_turn_has_the_day_written_after_the_name(
        body: str, expected: list[tuple[str, str | None, tuple[str, ...], list[str]]]) -> None:
    assert _meetings(body) == expected


@pytest.mark.parametrize("body", [
    # one meeting with two people, then a date range: not one date per person
    "The minister met President Amani Kiprop and Prime Minister Neema Mushi in Nairobi on March 3.",
    # two dates and one person: the meeting and something else
    "The minister met President Amani Kiprop on March 3, two days after arriving on March 1.",
])
def test_people_met_together_make_one_meeting(body: str) -> None:
    assert len(_meetings(body)) == 1


def test_meetings_in_turn_stand_apart_in_the_itinerary() -> None:
    body = ("President Lena Holm began a tour of Africa on March 2. "
            "Holm met Kenyan President Amani Kiprop in Nairobi on March 3 and Tanzanian President Neema Mushi "
            "in Dodoma on March 5.")
    plan = itinerary_of_articles([article_from_text(body, id="a", dct=MONDAY)])
    met = [(e.title, e.location, str(e.start)) for e in plan.events if e.kind == "meeting"]
    assert met == [("Meeting with Amani Kiprop", "Nairobi", "2031-03-03"),
                   ("Meeting with Neema Mushi", "Dodoma", "2031-03-05")]
