"""A wire dateline dates an article that carries no date of its own: "QUITO, June 13 (Agency) -". Without a year,
the other articles' dates give the year. Invented text; June 13, 2033 is a Monday."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary import analyse_article, article_from_text, itinerary_of_articles
from itinerary.pipeline import dateline, dateline_year

D = dt.date
REPORT = ("Soto and Rivas sign trade pact\n\n{line} Peruvian President Ana Soto and Ecuadorian President Luis Rivas "
          "signed a trade pact on Monday after talks at the Carondelet Palace.\n\nSoto arrived on Sunday.")
PREVIEW = ("Soto to visit Ecuador\n\nPeruvian President Ana Soto will pay a state visit to Ecuador from June 12 to "
           "14, her office said.")


@pytest.mark.parametrize(("line", "found"), [
    ("QUITO, June 13 (Agency) -", "June 13"),
    ("QUITO, Ecuador, June 13 (Agency) -", "June 13"),
    ("Quito, 13 June —", "13 June"),
    ("QUITO, June 13, 2033 (Agency) -", "June 13, 2033"),
    ("On June 13 (a Monday) - a first for the region -", None),  # no place before the date
    ("QUITO (Agency) - On June 13 -", None),  # the date is not the dateline's
], ids=["place-agency", "place-country", "day-month-dash", "with-year", "no-place", "date-after-dateline"])
def test_dateline_found(line: str, found: str | None) -> None:
    article = article_from_text(REPORT.format(line=line), id="r")
    r = dateline(article, analyse_article(article).temporal)
    assert (r.mention.text if r is not None else None) == found


def test_a_dateline_with_its_year_dates_the_article() -> None:
    article = article_from_text(REPORT.format(line="QUITO, June 13, 2033 (Agency) -"), id="r")
    assert analyse_article(article).article.published == D(2033, 6, 13)


def test_a_dateline_without_a_year_takes_the_year_of_the_other_articles() -> None:
    plan = itinerary_of_articles([
        article_from_text(REPORT.format(line="QUITO, June 13 (Agency) -"), id="r"),
        article_from_text(PREVIEW, id="p", dct=D(2033, 6, 1)),
    ])
    assert {a.id: a.published for a in plan.articles}["r"] == D(2033, 6, 13)
    signing = next(e for e in plan.events if e.kind == "signing")
    assert (signing.start, signing.end) == (D(2033, 6, 13), D(2033, 6, 13))
    assert not [u for u in plan.unresolved if u.article == "r" and "cannot be placed" in u.reason]


def test_with_no_dated_article_a_dateline_without_a_year_dates_nothing() -> None:
    plan = itinerary_of_articles([article_from_text(REPORT.format(line="QUITO, June 13 (Agency) -"), id="r")])
    assert plan.articles[0].published is None


def test_the_dateline_year_nearest_the_other_articles() -> None:
    assert dateline_year(1, 2, D(2032, 12, 30)) == D(2033, 1, 2)
    assert dateline_year(6, 13, D(2033, 6, 1)) == D(2033, 6, 13)
    assert dateline_year(2, 29, D(2033, 3, 1)) == D(2032, 2, 29)
