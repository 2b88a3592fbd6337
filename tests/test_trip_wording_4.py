"""Trip wording read end to end, fourth set, in short articles written for these tests: a trip moved to new
dates, a summit's days and the meetings on its sidelines, undated events with no trip frame, talks whose
counterpart only the sentence names, a visit welcomed by its host, and a trip made of legs dated in one
sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

D = dt.date
PLANNED = "President Ilse Marek will pay a state visit to Chile from March 3 to 5, her office said."


@pytest.mark.parametrize("moved", [
    ("President Ilse Marek's state visit to Chile has been postponed because of storms at home. "
     "The visit will now take place from April 14 to 16."),
    "President Ilse Marek's state visit to Chile has been rescheduled for April 14 to 16.",
    "The state visit to Chile by President Ilse Marek was put off until April 14 to 16, her office said.",
], ids=["postponed-then-now-take-place", "rescheduled-for", "put-off-until"])
def test_a_trip_moved_to_new_dates_takes_them_and_keeps_the_old_ones_as_planned(moved: str) -> None:
    plan = itinerary_of_articles([
        article_from_text(PLANNED, id="a", dct=D(2035, 2, 10)),
        article_from_text("President Ilse Marek's state visit to Chile from March 3 to 5 will take her to "
                          "Santiago and Valparaiso.", id="b", dct=D(2035, 2, 12)),
        article_from_text(moved, id="c", dct=D(2035, 2, 20)),
    ])
    visits = [e for e in plan.events if e.kind == "visit"]
    assert [(e.start, e.end) for e in visits] == [(D(2035, 4, 14), D(2035, 4, 16))]
    assert [(a.start, a.end) for a in visits[0].alternatives] == [(D(2035, 3, 3), D(2035, 3, 5))]
    assert "moved to" in visits[0].alternatives[0].reason


def test_dates_written_before_the_word_postponed_are_the_old_ones() -> None:
    # "planned for March 3 to 5, has been postponed": the dates are the plan the article reports moved
    plan = itinerary_of_articles([
        article_from_text(PLANNED, id="a", dct=D(2035, 2, 10)),
        article_from_text("President Ilse Marek's state visit to Chile, planned for March 3 to 5, has been "
                          "postponed.", id="b", dct=D(2035, 2, 20)),
    ])
    assert [(e.start, e.end) for e in plan.events if e.kind == "visit"] == [(D(2035, 3, 3), D(2035, 3, 5))]


@pytest.mark.parametrize("inside", [
    "Premier Ola Berg met President Nuno Sa on the sidelines of the summit in Porto on Wednesday.",
    "The summit in Porto closes on Thursday with a declaration on fisheries.",
], ids=["first-day-inside", "last-day-inside"])
def test_a_day_inside_the_written_days_of_a_summit_is_part_of_them_not_a_rival(inside: str) -> None:
    plan = itinerary_of_articles([
        article_from_text("Premier Ola Berg leaves on Monday to attend the summit in Porto on October 10 and 11, "
                          "followed by a state visit to Spain from October 12 to 14.", id="a", dct=D(2035, 10, 6)),
        article_from_text(inside, id="b", dct=D(2035, 10, 10)),
    ])
    summits = [e for e in plan.events if e.kind == "summit"]
    assert [(e.start, e.end, e.status, len(e.alternatives)) for e in summits] == [
        (D(2035, 10, 10), D(2035, 10, 11), "confirmed", 0)]


def test_with_no_trip_frame_an_undated_event_is_listed_within_its_city_or_the_trip() -> None:
    # no article dates the trip as a whole; the undated meeting lies in the day of the visit to its city, the
    # undated talks somewhere in the days the dated events cover
    plan = itinerary_of_articles([
        article_from_text("Foreign Minister Lena Holt will visit four capitals next week, starting in Vilnius on "
                          "Monday, May 5. In Vilnius she meets Lithuanian Foreign Minister Jonas Petras.",
                          id="a", dct=D(2036, 5, 2)),
        article_from_text("Holt flew home on Thursday evening after talks in Warsaw with Polish Foreign Minister "
                          "Adam Nowak.", id="b", dct=D(2036, 5, 9)),
    ])
    undated = {e.title: (e.start, e.end, e.placed) for e in plan.events if e.kind in {"meeting", "talks"}}
    assert undated == {"Meeting with Jonas Petras": (D(2036, 5, 5), D(2036, 5, 5), False),
                       "Talks with Adam Nowak": (D(2036, 5, 5), D(2036, 5, 8), False)}


PROGRAMME = ("Prime Minister Omar Lind will visit Estonia from May 6 to 8, holding talks with Prime Minister Vera Kask "
             "in Tallinn on May 7 and opening a business summit in Tartu on May 8.")
SIGNED_AFTER_TALKS = ("Prime Minister Omar Lind and Prime Minister Vera Kask signed a fisheries agreement on "
                      "Wednesday after talks at the State Palace.")
SUMMIT_REPORT = "Omar Lind opened the Estonian business summit in Tartu on Thursday, the last day of his visit."


@pytest.mark.parametrize(("report", "day", "planned"), [
    (SIGNED_AFTER_TALKS, D(2036, 5, 7), []),
    ("Omar Lind and Vera Kask held talks on Thursday at the State Palace.", D(2036, 5, 8), [D(2036, 5, 7)]),
], ids=["undated-talks-beside-a-signing", "talks-a-day-after-the-plan"])
def test_talks_naming_no_counterpart_in_a_sentence_that_names_one_are_the_talks_with_that_person(
        report: str, day: dt.date, planned: list[dt.date]) -> None:
    # not the business summit that two articles report: the sentence names the counterpart of the talks
    plan = itinerary_of_articles([
        article_from_text(PROGRAMME, id="a", dct=D(2036, 5, 2)),
        article_from_text(report, id="b", dct=D(2036, 5, 8)),
        article_from_text(SUMMIT_REPORT, id="c", dct=D(2036, 5, 8)),
    ])
    talks = [e for e in plan.events if e.kind == "talks"]
    assert [(e.start, sorted({s.article for s in e.sources})) for e in talks] == [(day, ["a", "b"])]
    assert [a.start for a in talks[0].alternatives] == planned
    summit = next(e for e in plan.events if e.kind == "summit")
    assert sorted({s.article for s in summit.sources}) == ["a", "c"]


def test_an_undated_meeting_on_the_sidelines_of_a_dated_summit_lies_in_the_summits_days() -> None:
    # the trip frame is the state visit after the summit: the meeting is not somewhere in that visit
    plan = itinerary_of_articles([
        article_from_text("Premier Ola Berg leaves on Monday to attend the summit in Porto on October 10 and 11, "
                          "followed by a state visit to Spain from October 12 to 14.", id="a", dct=D(2035, 10, 6)),
        article_from_text("Premier Ola Berg met President Nuno Sa on the sidelines of the summit.", id="b",
                          dct=D(2035, 10, 11)),
    ])
    meeting = next(e for e in plan.events if e.kind == "meeting")
    assert (meeting.start, meeting.end, meeting.placed) == (D(2035, 10, 10), D(2035, 10, 11), False)


SUMMIT_THEN_VISIT = ("Premier Ola Berg leaves on Monday to attend the summit in Porto on October 10 and 11, followed "
                     "by a state visit to Spain from October 12 to 14.")
VISIT_THEN_SUMMIT = ("Premier Ola Berg pays a state visit to Spain from October 8 to 10, then attends the summit in "
                     "Porto on October 11 and 12.")


@pytest.mark.parametrize(("body", "summit", "visit"), [
    (SUMMIT_THEN_VISIT, (D(2035, 10, 10), D(2035, 10, 11)), (D(2035, 10, 12), D(2035, 10, 14))),
    (VISIT_THEN_SUMMIT, (D(2035, 10, 11), D(2035, 10, 12)), (D(2035, 10, 8), D(2035, 10, 10))),
], ids=["summit-before-the-visit", "summit-after-the-visit"])
def test_a_summit_the_trips_sentence_sends_the_traveller_to_just_before_or_after_the_visit_is_itinerary(
        body: str, summit: tuple[dt.date, dt.date], visit: tuple[dt.date, dt.date]) -> None:
    plan = itinerary_of_articles([article_from_text(body, id="a", dct=D(2035, 10, 6))])
    assert [(e.kind, e.role, (e.start, e.end)) for e in plan.events if e.kind in {"summit", "visit"}] == sorted(
        [("summit", "itinerary", summit), ("visit", "itinerary", visit)], key=lambda k: k[2])


def test_the_hosts_welcome_at_the_start_of_a_visit_of_the_trips_length_is_the_trip_not_another_visit() -> None:
    # the events layer names the host as the visit's participant; a visit of the trip's length, dated inside
    # it, is still the trip
    plan = itinerary_of_articles([
        article_from_text("President Lu Mera of Chile will pay a state visit to Portugal from Tuesday to Thursday.",
                          id="a", dct=D(2034, 3, 10)),
        article_from_text("President Rui Salas welcomed his Chilean counterpart Lu Mera at the palace yesterday, at "
                          "the start of a three-day state visit.", id="b", dct=D(2034, 3, 15)),
    ])
    visits = [e for e in plan.events if e.kind == "visit"]
    assert [(e.start, e.end, sorted({s.article for s in e.sources})) for e in visits] == [
        (D(2034, 3, 14), D(2034, 3, 16), ["a", "b"])]


LEGS = ("President Ada Kroll will pay a state visit to Japan from November 17 to 18, attend the summit in Seoul on "
        "November 19 and 20, and end her trip with an official visit to Vietnam on November 21.")


def test_visits_dated_one_after_the_other_in_one_sentence_are_the_legs_of_one_trip() -> None:
    plan = itinerary_of_articles([article_from_text(LEGS, id="a", dct=D(2036, 11, 14))])
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.title, trip.start, trip.end) == ("Trip to Japan and Vietnam", D(2036, 11, 17), D(2036, 11, 21))
    assert {(e.kind, e.role, e.start, e.end) for e in plan.events if e.kind in {"stay", "summit"}} == {
        ("stay", "itinerary", D(2036, 11, 17), D(2036, 11, 18)),
        ("summit", "itinerary", D(2036, 11, 19), D(2036, 11, 20)),
        ("stay", "itinerary", D(2036, 11, 21), D(2036, 11, 21))}


def test_the_trips_own_range_in_the_article_holds_the_legs_it_also_dates() -> None:
    plan = itinerary_of_articles([article_from_text(
        "President Ada Kroll will tour Asia from November 15 to 23. " + LEGS, id="a", dct=D(2036, 11, 14))])
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2036, 11, 15), D(2036, 11, 23))


GOES_ON = ("President Lena Moor will pay a state visit to Peru from Wednesday to Thursday, her office said on "
           "Monday. She will then travel to Ecuador.")


@pytest.mark.parametrize(("after", "last"), [
    ("President Lena Moor held talks with President Tomas Vera in Quito on Friday.", D(2036, 4, 11)),
    (("President Lena Moor held talks with President Tomas Vera in Quito on Friday. She returned home on "
      "Saturday."), D(2036, 4, 12)),
], ids=["talks-in-the-next-country", "then-home"])
def test_a_trip_goes_on_to_the_next_country_no_article_dates(after: str, last: dt.date) -> None:
    plan = itinerary_of_articles([article_from_text(GOES_ON, id="a", dct=D(2036, 4, 7)),
                                  article_from_text(after, id="b", dct=D(2036, 4, 13))])
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.title, trip.start, trip.end) == ("Trip to Peru and Ecuador", D(2036, 4, 9), last)
    talks = next(e for e in plan.events if e.kind == "talks")
    assert (talks.role, talks.start) == ("itinerary", D(2036, 4, 11))


def test_a_visit_weeks_after_the_trip_does_not_extend_it() -> None:
    plan = itinerary_of_articles([
        article_from_text(GOES_ON, id="a", dct=D(2036, 4, 7)),
        article_from_text("President Lena Moor will hold talks with President Tomas Vera in Quito on May 20.",
                          id="b", dct=D(2036, 4, 11)),
    ])
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2036, 4, 9), D(2036, 4, 10))
