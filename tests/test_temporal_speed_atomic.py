"""The date fragments are written for speed and match as before: they take the spaces and commas between a
date's parts whole ("(?>...)"), and group month and weekday names by their first letter; every rule built on
them matches exactly as it did when those gaps could be given back one character at a time."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from itinerary.temporal import grammar as G
from itinerary.temporal import vocab as V

extract_module = importlib.import_module("itinerary.temporal.extract")  # the package re-exports the function

_ATOMIC = ((r"(?>\s*,?\s*)", r"\s*,?\s*"), (r"(?>\s*,\s*|\s*)", r"\s*,\s*|\s*"), (r"(?>\s+)", r"\s+"))
_TOKENS = ("Monday", "Tue.", "January", "Jan.", "May", "Sept", "5", "15", "31st", "2026", "1999", "of", "the",
           "and", "to", "-", "\u2013", "through", ",", " ", "  ", "\n", "(Monday)", "(", ")", "morning", "will",
           "5-7", "x", "'s", "%", ".")


def _given_back(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    for atomic, plain in _ATOMIC:
        source = source.replace(atomic, plain)
    return re.compile(source, pattern.flags)


_PAIRS = [(rule.name, rule.pattern, _given_back(rule.pattern)) for rule in extract_module.RULES
          if "(?>" in rule.pattern.pattern]


def test_the_date_rules_take_their_gaps_whole() -> None:
    assert {"month_day", "day_month", "range_md_md", "range_dm_dm"} <= {name for name, _, _ in _PAIRS}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TOKENS), st.sampled_from(("", " ", ", ", " ,"))), min_size=1, max_size=12),
       st.integers(0, 200))
def test_rules_match_as_with_gaps_given_back(parts: list[tuple[str, str]], cut: int) -> None:
    text = "".join(token + gap for token, gap in parts)
    end = min(len(text), cut)
    for name, whole, given_back in _PAIRS:
        for pos in range(len(text)):
            for limit in (len(text), max(pos, end)):
                a, b = whole.match(text, pos, limit), given_back.match(text, pos, limit)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, text, pos)


_FLAT_MONTH = (rf"(?:{V.alternation(V.MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
               r"(?![a-z])")
_FLAT_WEEKDAY = rf"(?:{V.alternation(V.WEEKDAYS)}|{V.alternation(V.WEEKDAY_ABBREVS)})(?![a-z])"
_NAMES = ("Monday", "MONDAY", "mon.", "Tue.", "Tues.", "thurs.", "Thu", "Thursdays", "Sat.", "January", "Jan.",
          "JAN", "May", "may", "Sept", "Sept.", "Sep", "Sep.", "March", "Mar.", "June", "Jun", "Junes", "5", " ",
          ",", ".", "s", "x")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=8))
def test_names_grouped_by_first_letter_match_as_the_flat_alternation(parts: list[str]) -> None:
    text = "".join(parts)
    for grouped, flat in ((G.MONTH, _FLAT_MONTH), (G.WEEKDAY, _FLAT_WEEKDAY)):
        for flags in (0, re.IGNORECASE):
            a, b = re.compile(grouped, flags), re.compile(flat, flags)
            for pos in range(len(text)):
                x, y = a.match(text, pos), b.match(text, pos)
                assert (x and x.span()) == (y and y.span()), (text, pos, flags)
