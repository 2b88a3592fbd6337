"""Reconcile on hand-built mentions: the trip frame, placing open dates, clustering, choosing dates."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.events.people import canonical_names
from itinerary.model import (
    AnchoredPattern,
    ArticleEvents,
    ArticleRef,
    DatePattern,
    DurationPattern,
    EventMention,
    RangePattern,
    Reading,
    Resolved,
    TemporalMention,
)
from itinerary.reconcile import reconcile
from itinerary.reconcile.cluster import cluster_mentions

D = dt.date


def _time(text: str, start: int, readings: tuple[tuple[D, D, str], ...] = (), value: object = None,
          note: str | None = None) -> Resolved:
    pattern = value if value is not None else DatePattern()
    mention = TemporalMention(start=start, end=start + len(text), text=text, value=pattern, rule="test")  # type: ignore[arg-type]
    return Resolved(
        mention=mention, timex_type="DATE", value=readings[0][0].isoformat() if readings else "XXXX-XX-XX",
        readings=tuple(Reading(start=a, end=b, precision="day", value=a.isoformat(), basis=basis)
                       for a, b, basis in readings),
        anchor="explicit" if readings else "none", note=note,
    )


def _mention(article: str, at: int, kind: str, *, times: tuple[Resolved, ...] = (), is_trip: bool = False,
             participants: tuple[str, ...] = (), qualifier: str | None = None, location: str | None = None,
             duration: DurationPattern | None = None, title: str = "Event") -> EventMention:
    return EventMention(
        id=f"{article}:{at}", article=article, kind=kind, trigger_start=at, trigger_end=at + 5, trigger="xxxxx",
        quote_start=0, quote_end=200, quote="q" * 200, title=title, participants=participants,
        qualifier=qualifier, location=location, location_is_city=location is not None, times=times,
        duration=duration, duration_span=(at - 9, at - 1) if duration else None, is_trip=is_trip,
    )


def _yields(*mentions: EventMention) -> list[ArticleEvents]:
    articles = sorted({m.article for m in mentions})
    return [
        ArticleEvents(
            article=ArticleRef(id=a, path=f"{a}.txt"),
            temporal=tuple(r for m in mentions if m.article == a for r in m.times),
            events=tuple(m for m in mentions if m.article == a),
        )
        for a in articles
    ]


FOUR_DAYS = DurationPattern(amount=4, unit="day", adjectival=True)
THREE_DAYS = DurationPattern(amount=3, unit="day", adjectival=True)


def _trip_articles() -> list[EventMention]:
    """Two articles give a range, one a start and a three-day length, one only 'four-day'.

    Every article names the traveller, so she is the principal and never a counterpart.
    """
    mentions = [
        _mention("a1", 10, "visit", is_trip=True, title="State visit to Chile",
                 times=(_time("March 16 to 19, 2031", 40, ((D(2031, 3, 16), D(2031, 3, 19), "as written"),)),)),
        _mention("a2", 10, "visit", is_trip=True, duration=THREE_DAYS,
                 times=(_time("Sunday, March 16", 40, ((D(2031, 3, 16), D(2031, 3, 16), "as written"),)),)),
        _mention("a3", 10, "visit", is_trip=True, title="Visit",
                 times=(_time("from 16 to 19 March", 40, ((D(2031, 3, 16), D(2031, 3, 19), "as written"),)),)),
        _mention("a4", 10, "visit", is_trip=True, duration=FOUR_DAYS),
    ]
    return [m.model_copy(update={"participants": ("Anna Kowalski",)}) for m in mentions]


def test_trip_frame_is_the_best_supported_span_and_keeps_the_three_day_reading() -> None:
    plan = reconcile(_yields(*_trip_articles()))
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2031, 3, 16), D(2031, 3, 19))
    assert [(a.start, a.end) for a in trip.alternatives] == [(D(2031, 3, 16), D(2031, 3, 18))]
    assert "[a2]" in trip.alternatives[0].reason
    assert {s.article for s in trip.sources} == {"a1", "a2", "a3", "a4"}
    assert trip.status == "disputed"


def test_weekday_alone_is_placed_inside_the_trip_of_the_other_articles() -> None:
    monday = _time("Monday", 80, value=DatePattern(weekday=1), note="weekday with no anchor")
    summit = _mention("a4", 70, "summit", participants=("Tomas Rivera",), times=(monday,), title="Summit")
    plan = reconcile(_yields(*_trip_articles(), summit))
    event = next(e for e in plan.events if e.kind == "summit")
    assert (event.start, event.end) == (D(2031, 3, 17), D(2031, 3, 17))
    assert event.sources[0].text == "Monday"


def test_hours_before_the_departure_is_the_first_day_of_the_trip() -> None:
    before = _time("just hours before her departure", 100, value=AnchoredPattern(
        relation="before", distance=DurationPattern(amount=None, unit="hour"), anchor="departure"))
    protest = _mention("a4", 140, "military", times=(before,), title="Protest")
    plan = reconcile(_yields(*_trip_articles(), protest))
    event = next(e for e in plan.events if e.kind == "military")
    assert (event.start, event.end) == (D(2031, 3, 16), D(2031, 3, 16))
    assert event.role == "context"


def test_weekday_that_contradicts_its_date_keeps_both_readings_and_trusts_the_trip() -> None:
    leg_time = _time("from Tuesday, March 19, to Wednesday, March 20", 60, (
        (D(2031, 3, 19), D(2031, 3, 20), "day of month"),
        (D(2031, 3, 18), D(2031, 3, 19), "weekday"),
    ), value=RangePattern(start=DatePattern(month=3, day=19, weekday=2), end=DatePattern(month=3, day=20, weekday=3)),
        note="Tuesday does not match 2031-03-19 (a Wednesday)")
    leg = _mention("a1", 50, "stay", location="Valparaiso", times=(leg_time,), title="Stay in Valparaiso")
    plan = reconcile(_yields(*_trip_articles(), leg))
    event = next(e for e in plan.events if e.kind == "stay")
    assert (event.start, event.end) == (D(2031, 3, 18), D(2031, 3, 19))
    assert [(a.start, a.end) for a in event.alternatives] == [(D(2031, 3, 19), D(2031, 3, 20))]
    assert "outside the trip" in event.alternatives[0].reason
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (D(2031, 3, 16), D(2031, 3, 20)) in [(a.start, a.end) for a in trip.alternatives]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        ({"participants": ("Rivera",)}, True),
        ({}, True),  # a bare "the upcoming summit" joins the best-attested summit
        ({"qualifier": "startup"}, False),
        ({"participants": ("Maria Lopez",)}, False),
    ],
    ids=["same-counterpart-short-name", "bare-mention", "other-name", "other-counterpart"],
)
def test_mentions_of_one_event_are_clustered(second: dict[str, object], merged: bool) -> None:
    first = _mention("a1", 70, "summit", participants=("Tomas Rivera",),
                     times=(_time("March 17", 90, ((D(2031, 3, 17), D(2031, 3, 17), "as written"),)),))
    other = _mention("a2", 70, "talks", **second)  # type: ignore[arg-type]
    plan = reconcile(_yields(*_trip_articles(), first, other))
    meetings = [e for e in plan.events if e.kind in {"summit", "talks"}]
    assert (len(meetings) == 1) is merged


def test_a_date_that_dates_no_event_is_listed_as_unresolved() -> None:
    stray = _time("in 2015", 300, ((D(2015, 1, 1), D(2015, 12, 31), "as written"),))
    yields = _yields(*_trip_articles())
    yields[0] = yields[0].model_copy(update={"temporal": yields[0].temporal + (stray,)})
    plan = reconcile(yields)
    assert [(u.article, u.text) for u in plan.unresolved] == [("a1", "in 2015")]


def test_canonical_names_merge_spellings_and_short_forms() -> None:
    canon = canonical_names(["Anna Kowalski", "Kowalski", "Tomas Rivera", "Rivera", "Tomás Rivera", "Tomas Rivera"])
    assert canon["Kowalski"] == "Anna Kowalski"
    assert canon["Tomás Rivera"] == "Tomas Rivera"


def _clock(text: str, start: int, when: dt.datetime) -> Resolved:
    mention = TemporalMention(start=start, end=start + len(text), text=text,
                              value=DatePattern(hour=when.hour, minute=when.minute), rule="test")
    return Resolved(mention=mention, timex_type="TIME", value=when.isoformat(timespec="minutes"),
                    readings=(Reading(start=when, end=when, precision="minute", value=when.isoformat()),),
                    anchor="explicit")


def test_the_report_after_the_fact_beats_the_programme() -> None:
    plan = _mention("a1", 300, "travel", location="Valparaiso", title="Departure from Valparaiso",
                    times=(_clock("09:45", 320, dt.datetime(2031, 3, 18, 9, 45)),))
    actual = _mention("a9", 300, "travel", location="Valparaiso", title="Departure from Valparaiso",
                      times=(_clock("10:37 a.m.", 320, dt.datetime(2031, 3, 18, 10, 37)),))
    yields = _yields(*_trip_articles(), plan, actual)
    dated = {"a1": D(2031, 3, 1), "a9": D(2031, 3, 18)}
    yields = [y.model_copy(update={"article": y.article.model_copy(update={"published": dated.get(y.article.id)})})
              for y in yields]
    event = next(e for e in reconcile(yields).events if e.kind == "travel")
    assert event.start.replace(tzinfo=None) == dt.datetime(2031, 3, 18, 10, 37)  # type: ignore[union-attr]
    assert [a.start for a in event.alternatives] == [dt.datetime(2031, 3, 18, 9, 45)]
    assert "as planned" in event.alternatives[0].reason


def test_copies_of_one_wire_story_are_one_voice() -> None:
    shared = "q" * 150

    def copy(article: str, at: int, day: int, quote: str) -> EventMention:
        m = _mention(article, at, "stay", location="Valparaiso", title="Stay in Valparaiso",
                     times=(_time(f"March {day}-{day + 1}", at + 20,
                                  ((D(2031, 3, day), D(2031, 3, day + 1), "as written"),)),))
        return m.model_copy(update={"quote": quote})
    wire = [copy(a, at, 17, f"{shared}{at}") for a in ("w1", "w2") for at in (100, 400, 700)]
    own = [copy(a, 100, 18, f"own report {a}") for a in ("w3", "w4")]
    event = next(e for e in reconcile(_yields(*_trip_articles(), *wire, *own)).events if e.kind == "stay")
    assert (event.start, event.end) == (D(2031, 3, 18), D(2031, 3, 19))  # two voices against one story twice


def test_an_arrival_late_at_night_and_a_landing_the_next_day_are_one_arrival() -> None:
    night = _time("late on Sunday night", 340, ((D(2031, 3, 16), D(2031, 3, 16), "weekday"),),
                  value=DatePattern(weekday=7, part_of_day="NI", mod="END"))
    morning = _time("on Monday", 340, ((D(2031, 3, 17), D(2031, 3, 17), "weekday"),), value=DatePattern(weekday=1))
    late = _mention("a1", 330, "travel", location="Santiago", title="Arrival in Santiago", times=(night,))
    landed = _mention("a2", 330, "travel", location="Santiago", title="Arrival in Santiago", times=(morning,))
    arrivals = [e for e in reconcile(_yields(*_trip_articles(), late, landed)).events if e.kind == "travel"]
    assert len(arrivals) == 1
    event = arrivals[0]
    assert {(a.start, a.end) for a in event.alternatives} | {(event.start, event.end)} == {
        (D(2031, 3, 16), D(2031, 3, 16)), (D(2031, 3, 17), D(2031, 3, 17))}
    assert {s.article for s in event.sources} | {s.article for a in event.alternatives for s in a.sources} == {
        "a1", "a2"}



def test_an_undated_stay_does_not_join_a_visit_to_another_country() -> None:
    """'a two-day stay in Chile' (undated) and 'another leader visited Peru in mid-March' (dated, nobody named)
    are two events: the countries differ even where no city is named. Lima would join Peru."""
    mid_march = _time("mid-March", 40, ((D(2031, 3, 11), D(2031, 3, 20), "as written"),))
    visit = _mention("a1", 30, "visit", location="Peru", times=(mid_march,), title="Visit to Peru").model_copy(
        update={"country": "PE", "location_is_city": False})
    stays = [_mention("a2", 30, "stay", location=city, title=f"Stay in {city}").model_copy(
        update={"country": country, "location_is_city": is_city})
        for city, country, is_city in (("Chile", "CL", False), ("Lima", "PE", True))]
    clusters = cluster_mentions([visit, *stays], {}, None)
    assert sorted(sorted(m.location or "" for m in c.members) for c in clusters) == [["Chile"], ["Lima", "Peru"]]


def test_a_stay_written_as_first_and_last_day_does_not_join_its_arrival() -> None:
    """'will land on March 16 and remain until March 19' is a stay; the arrival on March 16 is its own event."""
    first = _time("March 16", 40, ((D(2031, 3, 16), D(2031, 3, 16), "as written"),))
    last = _time("March 19", 70, ((D(2031, 3, 19), D(2031, 3, 19), "as written"),))
    arrival = _mention("a1", 30, "travel", location="Lima", times=(first,), title="Arrival in Lima")
    stay = _mention("a2", 30, "stay", location="Lima", times=(first, last), title="Stay in Lima")
    clusters = cluster_mentions([arrival, stay], {}, None)
    assert sorted([m.kind for m in c.members] for c in clusters) == [["stay"], ["travel"]]
