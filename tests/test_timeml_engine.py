"""The real temporal engine through ``tag_document``: tagged TimeML reads back and scores against gold."""

from __future__ import annotations

import datetime as dt

from itinerary.timeml.io import read_tml, write_tml
from itinerary.timeml.model import TimeMLDocument
from itinerary.timeml.score import score
from itinerary.timeml.tag import tag_document

GOLD = (
    '<TimeML><DOCID>g</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-01">March 1, 2021</TIMEX3></DCT>'
    '<TEXT>The summit opened on <TIMEX3 tid="t1" type="DATE" value="2021-03-03">March 3, 2021</TIMEX3>'
    ' and the talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>'
)


def test_engine_tags_an_explicit_date_and_a_duration() -> None:
    gold = read_tml(GOLD, "g.tml")
    anns = tag_document(gold)
    found = {(gold.text[a.start : a.end], a.type, a.value) for a in anns}
    assert ("March 3, 2021", "DATE", "2021-03-03") in found
    assert ("two days", "DURATION", "P2D") in found
    system = read_tml(write_tml(gold, anns), "s.tml")
    assert system.dct == dt.date(2021, 3, 1)
    scores = score([gold], [system])
    assert (scores.relaxed_matches, scores.value_matches) == (2, 2)


def _written_on_march_5(body: str) -> TimeMLDocument:
    """A TimeML document of ``body`` (plain text) written on 5 March 2021."""
    head = '<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-05">March 5, 2021</TIMEX3></DCT>'
    return read_tml(f"{head}<TEXT>{body}</TEXT></TimeML>", "d.tml")


def test_earlier_and_later_join_a_this_period_but_not_a_day() -> None:
    doc = _written_on_march_5("Shares rose earlier this month. Later Thursday the firm said a year earlier it had"
                              " lost money. It will vote later this year.")
    found = [(doc.text[a.start : a.end], a.value, a.mod) for a in tag_document(doc)]
    assert ("earlier this month", "2021-03", "START") in found
    assert ("Thursday", "2021-03-04", None) in found
    assert ("later this year", "2021", "END") in found
    assert not any(t.startswith("earlier it") for t, _, _ in found)


def test_news_tags_the_length_before_later_a_story_the_date_it_reaches() -> None:
    doc = _written_on_march_5("The index fell on March 1. Three days later, it rose. Just over an hour later, trading"
                              " stopped. A few days later, it fell again.")
    news = [(doc.text[a.start : a.end], a.type, a.value) for a in tag_document(doc)]
    assert ("Three days", "DURATION", "P3D") in news
    assert ("over an hour", "DURATION", "PT1H") in news
    assert ("A few days", "DURATION", "PXD") in news
    assert not any(t.endswith("later") for t, _, _ in news)
    story = [(doc.text[a.start : a.end], a.type) for a in tag_document(doc, narrative=True)]
    assert ("Three days later", "DATE") in story


def _story(body: str) -> list[tuple[str, str, str]]:
    doc = _written_on_march_5(body)
    return [(doc.text[a.start : a.end], a.type, a.value) for a in tag_document(doc, narrative=True)]


def test_a_story_tags_a_length_after_an_event_as_the_date_it_reaches() -> None:
    found = _story("The bridge was stormed on 5 February 1839. Six days after the storming of the bridge, the rebels gave up."
                   " Six months after the truce was signed, the army left.")
    assert ("Six days after the storming of the bridge", "DATE", "1839-02-11") in found
    assert ("Six months after the truce was signed", "DATE", "1839-08") in found


def test_a_story_phrase_set_beside_a_date_restates_it() -> None:
    found = _story("On 14 May 1866, three days after the rebels crossed the river and a month before the harvest,"
                   " the governor fled.")
    assert ("three days after the rebels crossed the river", "DATE", "1866-05-14") in found
    assert ("a month before the harvest", "DATE", "1866-05-14") in found


def test_hours_before_an_event_are_a_time_of_that_day_in_a_story() -> None:
    found = _story("War was declared on 8 February 1904. However, three hours before the declaration arrived, the"
                   " fleet struck.")
    assert ("three hours before the declaration arrived", "TIME", "1904-02-08") in found


def test_a_length_asked_for_stays_a_length_in_a_story() -> None:
    found = _story("The line moved on 8 May 1917. Each unit held its post for about a week before moving back.")
    assert ("a week", "DURATION", "P1W") in found
    assert not any(t.endswith("moving back") for t, _, _ in found)


def test_news_keeps_only_the_length_before_an_event() -> None:
    doc = _written_on_march_5("The bridge was stormed on March 1. Two days after the storming, talks began.")
    found = [(doc.text[a.start : a.end], a.type, a.value) for a in tag_document(doc)]
    assert ("Two days", "DURATION", "P2D") in found
