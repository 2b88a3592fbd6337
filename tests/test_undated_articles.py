"""Articles that carry no publication date in their metadata: the date the page prints, and the other
articles' dates, anchor what they say. Short articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text, itinerary_of_articles

D = dt.date
BODY = "Rosa Delgado met Liam Carter in Ottawa on Thursday."


@pytest.mark.parametrize(("furniture", "expected"), [
    ("Published March 4, 2032 at 6:15 p.m. ET", D(2032, 3, 4)),
    ("Posted on 4 March 2032", D(2032, 3, 4)),
    ("By Jane Roe | March 4, 2032 | 10:15 AM", D(2032, 3, 4)),
    ("Updated: 6 March 2032 09:00 GMT\nPublished: 4 March 2032 08:00 GMT", D(2032, 3, 4)),  # not the update
    ("Updated: 6 March 2032 09:00 GMT", D(2032, 3, 6)),  # the only stamp there is
    ("Related: Carter to host summit on June 5, 2032", None),  # a link's date is another story's
], ids=["published-at", "posted-on", "byline", "published-over-updated", "updated-only", "related-link"])
def test_an_article_without_metadata_is_dated_by_the_stamp_its_page_prints(
        furniture: str, expected: dt.date | None) -> None:
    yields = analyse_article(article_from_text(f"Delgado in Ottawa\n\n{furniture}\n\n{BODY}", id="a"))
    assert yields.article.published == expected


def test_a_date_in_the_metadata_wins_over_the_printed_one() -> None:
    text = f"Delgado in Ottawa\n\nPublished March 4, 2032\n\n{BODY}"
    assert analyse_article(article_from_text(text, id="a", dct=D(2032, 3, 5))).article.published == D(2032, 3, 5)


def test_the_only_article_that_dates_the_trip_is_placed_by_the_dates_of_the_others() -> None:
    # The first article gives the trip's dates but no year and no date of its own; the second is dated.
    plan = itinerary_of_articles([
        article_from_text("Delgado to visit Canada\n\nMexican President Rosa Delgado will travel to Canada on "
                          "Wednesday, March 3, for a two-day visit.", id="a"),
        article_from_text("Delgado in Ottawa\n\nMexican President Rosa Delgado met Prime Minister Liam Carter in "
                          "Ottawa on Thursday.", id="b", dct=D(2032, 3, 5)),
    ])
    trip = next(e for e in plan.events if e.kind == "visit")
    assert (trip.start, trip.end) == (D(2032, 3, 3), D(2032, 3, 4))
    assert not [u for u in plan.unresolved if u.article == "a"]
