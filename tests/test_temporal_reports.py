"""Earnings reports: the period a report is on, named by its year."""

from __future__ import annotations

import datetime as dt

from itinerary.temporal import extract, resolve

WRITTEN = dt.date(2031, 10, 28)


def _values(text: str) -> dict[str, str]:
    return {r.mention.text: r.value for r in resolve(text, extract(text), WRITTEN)}


def test_the_year_period_of_a_quarterly_report_is_that_quarter() -> None:
    text = ("The mill reported a third-quarter loss of $4 million. In the 2030 period, it earned $2 million. "
            "Sales in the 2030 quarter were flat.")
    found = _values(text)
    assert (found["the 2030 period"], found["the 2030 quarter"]) == ("2030-Q3", "2030-Q3")


def test_the_year_period_does_not_become_the_reported_quarter() -> None:
    text = ("The mill reported a third-quarter loss of $4 million. In the 2030 period, it earned $2 million. "
            "Costs rose a year earlier.")
    assert _values(text)["a year earlier"] == "2030-Q3"


def test_after_months_in_its_sentence_the_year_period_is_the_year() -> None:
    text = ("The mill reported a third-quarter loss of $4 million. In the first nine months, it lost $9 million, "
            "compared with a loss of $1 million in the 2030 period.")
    assert _values(text)["the 2030 period"] == "2030"


def test_without_a_reported_quarter_the_year_period_is_the_year() -> None:
    assert _values("Prices fell in the 2030 period.")["the 2030 period"] == "2030"
