"""An event's own length and one dated end give its days; a gathering an arrival of the programme goes to is
the programme."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import Event, article_from_text, itinerary_of_articles

PLAN = "President Luis Arana will pay a state visit to Peru on November 14 and 15."


def _events(*reports: tuple[str, dt.date]) -> list[Event]:
    articles = [article_from_text(PLAN, id="a", dct=dt.date(2033, 11, 8))]
    articles += [article_from_text(text, id=f"r{i}", dct=dct) for i, (text, dct) in enumerate(reports)]
    return list(itinerary_of_articles(articles).events)


def _summits(*reports: tuple[str, dt.date]) -> list[tuple[str, str, list[str]]]:
    return [(e.start.isoformat(), e.end.isoformat(), sorted({s.article for s in e.sources}))
            for e in _events(*reports) if e.kind == "summit"]


TUESDAY, SATURDAY = dt.date(2033, 11, 15), dt.date(2033, 11, 19)


@pytest.mark.parametrize(("reports", "expected"), [
    pytest.param([("Arana will attend the two-day G20 summit, which opens on Thursday.", TUESDAY),
                  ("The G20 summit closed on Friday with a pledge on debt.", SATURDAY)],
                 [("2033-11-17", "2033-11-18", ["r0", "r1"])], id="opens-plus-length-meets-its-last-day"),
    pytest.param([("The three-day G20 summit ends on Saturday.", TUESDAY)],
                 [("2033-11-17", "2033-11-19", ["r0"])], id="the-end-and-the-length-count-back"),
    # the length is the visit's, not the summit's: the summit stays the one day written
    pytest.param([("Arana attends the G20 summit on Thursday, ahead of a three-day state visit to Chile.",
                   TUESDAY)], [("2033-11-17", "2033-11-17", ["r0"])], id="negative-the-length-of-another-noun"),
    # a day past the summit's two days is another event, not its last day
    pytest.param([("Arana will attend the two-day G20 summit, which opens on Thursday.", TUESDAY),
                  ("Arana joined a G20 summit on Saturday.", SATURDAY)],
                 [("2033-11-17", "2033-11-18", ["r0"]), ("2033-11-19", "2033-11-19", ["r1"])],
                 id="negative-a-day-after-its-days-does-not-merge"),
])
def test_a_summit_of_two_days_that_opens_on_a_day_lasts_both_days(
        reports: list[tuple[str, dt.date]], expected: list[tuple[str, str, list[str]]]) -> None:
    assert _summits(*reports) == expected


@pytest.mark.parametrize(("report", "summit"), [
    # the arrival's city is where the summit it goes to is held
    ("Arana arrives in Nairobi on Wednesday for the two-day G20 summit, which opens on Thursday.",
     ("itinerary", "Nairobi")),
    # going home before it opens, or arriving in another city than its: the summit is not the traveller's
    ("Arana returns to Lima on Wednesday, before the two-day G20 summit opens on Thursday.", ("context", None)),
    ("Arana arrives in Lima on Wednesday, and the two-day G20 summit opens in Quito on Thursday.",
     ("context", "Quito")),
])
def test_a_gathering_an_arrival_of_the_programme_goes_to_is_the_programme(
        report: str, summit: tuple[str, str | None]) -> None:
    summits = [(e.role, e.location) for e in _events((report, TUESDAY)) if e.kind == "summit"]
    assert summits == [summit]


ROUTE = ("King Eirik of Norway will pay a three-day state visit to Kenya from March 14. The royal couple will then "
         "travel on to Uganda for a two-day visit.")


def _route(report: str) -> dict[str, tuple[str, str, str]]:
    articles = [article_from_text(ROUTE, id="a", dct=dt.date(2033, 3, 1)),
                article_from_text(report, id="b", dct=dt.date(2033, 3, 19))]
    return {e.title: (e.start.isoformat(), e.end.isoformat(), e.role)
            for e in itinerary_of_articles(articles).events if e.kind in {"stay", "visit"}}


@pytest.mark.parametrize(("report", "uganda"), [
    # one outlet gives the leg's length, another its last day: the leg is both days, and the trip goes on to it
    ("King Eirik wrapped up his visit to Uganda on Friday.", ("2033-03-17", "2033-03-18", "itinerary")),
    ("King Eirik began his visit to Uganda on Thursday.", ("2033-03-17", "2033-03-18", "itinerary")),
])
def test_a_leg_of_a_length_one_outlet_gives_and_an_end_another_dates_lasts_those_days(
        report: str, uganda: tuple[str, str, str]) -> None:
    legs = _route(report)
    assert legs["Stay in Uganda"] == uganda
    assert legs["Stay in Kenya"] == ("2033-03-14", "2033-03-16", "itinerary")
    assert "Trip to Kenya and Uganda" in legs



@pytest.mark.parametrize("report", [
    # 'was visiting Uganda on Friday': a day of the leg, neither its first nor its last
    "King Eirik was visiting Uganda on Friday.",
    # outlets that disagree on the leg's length count nothing
    "King Eirik wrapped up a three-day visit to Uganda on Friday.",
])
def test_a_day_no_verb_makes_an_end_or_lengths_that_disagree_are_not_counted(report: str) -> None:
    assert _route(report)["Stay in Uganda"][:2] != ("2033-03-17", "2033-03-18")
