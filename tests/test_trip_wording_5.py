"""Trip wording read end to end, fifth set, in short articles written for these tests: an event dated from
another event of its own sentence, ..."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import article_from_text, itinerary_of_articles

D = dt.date
TWO_CAPITALS = ("Chancellor Ida Rask will pay a state visit to Chile from Monday to Tuesday, her office said on "
                "Saturday. She will then travel to Peru, where she is expected to hold talks with President Tomas "
                "Vela.")
REPORT = ("Chancellor Ida Rask held talks with President Tomas Vela in Lima on Wednesday, a day after concluding a "
          "two-day state visit to Chile.")


@pytest.mark.parametrize("earlier", [
    "",
    " On Monday she will hold talks with President Ana Soler in Santiago.",
], ids=["no-other-talks", "other-talks-on-another-day"])
def test_an_event_dated_from_another_event_of_its_sentence_counts_from_that_one(earlier: str) -> None:
    # 'a day after concluding a two-day visit', said of Wednesday's talks: the visit ends on Tuesday; talks on
    # another day (another sentence's) do not anchor it, nor does the trip's first day
    plan = itinerary_of_articles([
        article_from_text(TWO_CAPITALS + earlier, id="a", dct=D(2034, 3, 11)),
        article_from_text(REPORT, id="b", dct=D(2034, 3, 15)),
    ])
    chile = [(e.kind, e.role, e.start, e.end, sorted({s.article for s in e.sources}))
             for e in plan.events if e.location == "Chile"]
    assert chile == [("stay", "itinerary", D(2034, 3, 13), D(2034, 3, 14), ["a", "b"])]


ANNOUNCED = ("Prime Minister Tove Lind will travel to Lisbon on Monday for a three-day visit to Portugal, her office "
             "said.")


@pytest.mark.parametrize(("undated", "day"), [
    ("Tove Lind arrived in Lisbon on Monday evening. The following day she held talks with Prime Minister "
     + "Rui Mota.", D(2035, 5, 8)),
    ("Tove Lind arrived in Lisbon on Monday evening. The next day she held talks with Prime Minister Rui Mota.",
     D(2035, 5, 8)),
    ("Tove Lind flew to Porto on Wednesday. The day before, she held talks with Prime Minister Rui Mota.",
     D(2035, 5, 8)),
], ids=["the-following-day", "the-next-day", "the-day-before"])
def test_the_following_day_in_an_undated_article_counts_from_its_last_day_the_trip_placed(
        undated: str, day: dt.date) -> None:
    plan = itinerary_of_articles([
        article_from_text(ANNOUNCED, id="a", dct=D(2035, 5, 3)),
        article_from_text(undated, id="b"),
        article_from_text("Tove Lind ended her visit to Portugal in Porto on Wednesday.", id="c", dct=D(2035, 5, 9)),
    ])
    talks = [(e.start, e.end, e.placed) for e in plan.events if e.kind == "talks"]
    assert talks == [(day, day, True)]


def test_the_following_day_with_no_day_before_it_in_the_article_stays_open() -> None:
    # no earlier day in the undated article: another article's publication date is no anchor for it
    plan = itinerary_of_articles([
        article_from_text(ANNOUNCED, id="a", dct=D(2035, 5, 3)),
        article_from_text("The following day she held talks with Prime Minister Rui Mota.", id="b"),
        article_from_text("Tove Lind ended her visit to Portugal in Porto on Wednesday.", id="c", dct=D(2035, 5, 9)),
    ])
    assert [e.placed for e in plan.events if e.kind == "talks"] == [False]


@pytest.mark.parametrize(("body", "span"), [
    ("Queen Ines returned to Oslo on Friday at the end of a five-day tour of Chile and Peru.",
     (D(2035, 10, 15), D(2035, 10, 19))),
    ("Queen Ines flew home to Oslo on Friday after a five-day tour of Chile and Peru.",
     (D(2035, 10, 15), D(2035, 10, 19))),
    ("Queen Ines returned to Oslo on Friday. She made a five-day tour of Chile and Peru.", None),
], ids=["returned-at-the-end-of", "flew-home-after", "return-in-another-sentence"])
def test_a_trip_length_with_no_date_ends_on_the_return_home_of_its_sentence(
        body: str, span: tuple[dt.date, dt.date] | None) -> None:
    plan = itinerary_of_articles([article_from_text(body, id="a", dct=D(2035, 10, 20))])
    trips = [(e.start, e.end) for e in plan.events if e.kind == "visit" and e.start != e.end]
    assert trips == ([span] if span else [])


def test_a_report_after_the_fact_of_a_day_well_before_the_trip_does_not_beat_the_programme() -> None:
    # 'heads to Bergen on Wednesday' read as the Wednesday before the trip: the programme's day inside it wins
    plan = itinerary_of_articles([
        article_from_text("President Luis Rey will pay a state visit to Norway from June 9 to 11. Programme: "
                          "Wednesday, June 11: travel to Bergen.", id="a", dct=D(2036, 5, 20)),
        article_from_text("Luis Rey heads to Bergen on Wednesday, the last day of his visit.", id="b",
                          dct=D(2036, 6, 10)),
    ])
    travel = [e for e in plan.events if e.kind == "travel"]
    assert [(e.start, [a.start for a in e.alternatives]) for e in travel] == [(D(2036, 6, 11), [D(2036, 6, 4)])]


OTHER_VISIT = ("Kenyan President Kofi Mensah will visit Ghana on Monday and Tuesday for talks with President Ruth "
               "Wanjiru{where} on trade, his office said on Friday.")
SIGNED = ("Presidents Kofi Mensah and Ruth Wanjiru signed a trade agreement in Accra on Tuesday. Wanjiru accepted an "
          "invitation to visit Nairobi later this month.")
RETURN_VISIT = ("Ghanaian President Ruth Wanjiru arrived in Nairobi on Wednesday for a three-day state visit, returning "
                "the visit that Kofi Mensah paid to Accra two weeks ago. Wanjiru will address the Kenyan parliament "
                "on Thursday.")


@pytest.mark.parametrize(("where", "moved"), [
    (" in Accra", True),
    ("", True),
    (" in Lagos", False),
], ids=["a-city-of-the-visited-country", "no-place", "a-city-elsewhere"])
def test_undated_talks_in_the_sentence_of_another_dated_visit_lie_in_its_days(where: str, moved: bool) -> None:
    # the trip the articles frame is the return visit to Kenya; the talks belong to the visit to Ghana
    plan = itinerary_of_articles([
        article_from_text(OTHER_VISIT.format(where=where), id="a", dct=D(2033, 4, 1)),
        article_from_text(SIGNED, id="b", dct=D(2033, 4, 5)),
        article_from_text(RETURN_VISIT, id="c", dct=D(2033, 4, 20)),
    ])
    talks = [e for e in plan.events if e.kind == "talks"]
    assert len(talks) == 1
    assert (talks[0].start == D(2033, 4, 4), talks[0].role == "itinerary") == ((True, False) if moved else
                                                                              (False, True))


@pytest.mark.parametrize("route", ["Cairo, Amman and Riyadh", "Riga and Vilnius"])
def test_stays_in_several_cities_dated_alike_by_one_word_are_one_trip_through_them(route: str) -> None:
    plan = itinerary_of_articles([
        article_from_text(f"Foreign Minister Eva Holm will travel to {route} from Sunday to Friday, the ministry "
                          "said on Saturday.", id="a", dct=D(2035, 10, 13)),
    ])
    trips = [(e.title, e.start, e.end) for e in plan.events if e.kind == "visit"]
    assert trips == [(f"Trip to {route}", D(2035, 10, 14), D(2035, 10, 19))]
    assert all(e.end - e.start < dt.timedelta(days=5) for e in plan.events if e.kind == "stay")


SUMMIT_WEEK = [
    ("Prime Minister Helga Brandt leaves for Manila on Thursday for the summit, which runs on November 11 and 12. "
     "She is also expected to meet President Ivo Salas."),
    "Helga Brandt met President Ivo Salas on Saturday as the summit opened in Manila.",
    "President Ivo Salas met Premier Omar Diaz on Sunday on the sidelines of the summit in Manila.",
]


@pytest.mark.parametrize(("moves", "lead_meets"), [
    ("Prime Minister Helga Brandt leaves for Manila on Thursday", "Meeting with Ivo Salas"),
    ("Prime Minister Helga Brandt arrives in Manila on Thursday", None),
], ids=["who-leaves-home-travels", "an-arrival-is-one-guest-among-many"])
def test_in_a_summit_week_the_one_who_leaves_home_is_the_traveller(moves: str, lead_meets: str | None) -> None:
    # the guest named by every article is not the traveller when one of them says who left home for the summit
    texts = [SUMMIT_WEEK[0].replace("Prime Minister Helga Brandt leaves for Manila on Thursday", moves),
             *SUMMIT_WEEK[1:]]
    plan = itinerary_of_articles([article_from_text(t, id=i, dct=D(2034, 11, (8, 11, 13)[n]))
                                  for n, (i, t) in enumerate(zip("abc", texts, strict=True))])
    titles = {e.title for e in plan.events if e.kind == "meeting" and e.start == D(2034, 11, 11)}
    assert (lead_meets in titles) if lead_meets else "Meeting with Ivo Salas" not in titles


@pytest.mark.parametrize(("report", "home"), [
    ("President Ada Sorensen cut short her visit to Chile on Wednesday and flew home as storms hit the capital.",
     D(2036, 3, 5)),
    ("President Ada Sorensen cut short her visit to Chile on Wednesday. She flew home on Thursday.", D(2036, 3, 6)),
], ids=["flew-home-in-the-sentence", "its-own-date"])
def test_an_undated_return_in_the_sentence_that_cuts_the_trip_short_is_on_its_new_last_day(
        report: str, home: dt.date) -> None:
    plan = itinerary_of_articles([
        article_from_text("President Ada Sorensen will pay a state visit to Chile from March 3 to 8.", id="a",
                          dct=D(2036, 2, 20)),
        article_from_text(report, id="b", dct=D(2036, 3, 6)),
    ])
    returns = [(e.start, e.placed) for e in plan.events if e.kind == "travel"]
    assert returns == [(home, True)]


@pytest.mark.parametrize(("leaves", "role"), [
    ("Thursday", "itinerary"),
    ("Monday", "context"),
], ids=["two-days-before", "five-days-before"])
def test_the_journey_to_a_summit_city_two_days_ahead_is_part_of_the_summit_week(leaves: str, role: str) -> None:
    plan = itinerary_of_articles([
        article_from_text(f"Premier Jon Aas leaves for Lima on {leaves} for the APEC summit, which runs on "
                          "November 17 and 18.", id="a", dct=D(2035, 11, 10)),
        article_from_text("Jon Aas met President Ana Rios on Saturday as the APEC summit opened in Lima.", id="b",
                          dct=D(2035, 11, 17)),
    ])
    assert [e.role for e in plan.events if e.kind == "travel"] == [role]
