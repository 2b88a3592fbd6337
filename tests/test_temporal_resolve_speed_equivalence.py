"""The shortcuts of date resolution place every mention exactly as the plain steps do.

``resolve`` remembers each mention's sentence bounds and the words of the last sentence it tokenised, works
out the year of a date without one once per (date, anchor, tense), and the period of a date once per (date,
year). The references below are the plain steps: every question tokenises its sentence again, every date
computes its candidate years and its periods again.
"""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itinerary.model import Reading
from itinerary.temporal import calendar, extract

R = importlib.import_module("itinerary.temporal.resolve")  # the module: the package re-exports the function


class _Forgetful(R._Sentences):  # type: ignore[name-defined,misc]
    """Sentences looked for and tokenised anew for every question, as before the memo."""

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        return R._sentence(self.text, start, end)  # type: ignore[no-any-return]

    def words(self, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[str]]:
        spans = [m.span() for m in R._WORD.finditer(self.text, lo, hi)]
        return spans, [self.text[x:y].lower() for x, y in spans]


_UNCACHED_PICK_YEAR = R._pick_year.__wrapped__
_UNCACHED_PERIOD = calendar.period.__wrapped__


def _plain_pick_year(*args: object, **kwargs: object) -> Reading | None:
    return _UNCACHED_PICK_YEAR(*args, **kwargs)  # type: ignore[no-any-return]


def _plain(text: str, dct: dt.date | None, narrative: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    with monkeypatch.context() as patched:
        patched.setattr(R, "_Sentences", _Forgetful)
        patched.setattr(R, "_pick_year", _plain_pick_year)
        patched.setattr(calendar, "period", _UNCACHED_PERIOD)
        return R.resolve(text, extract(text), dct, narrative=narrative)  # type: ignore[no-any-return]


TEXTS = {
    "reported speech": "The minister told reporters on Thursday that Ames will arrive tomorrow. She left on Friday.",
    "one sentence, many dates": "Ko will meet Ames on Monday, January 5, and again on Tuesday before a signing "
                                "on January 7, 2026, said aides on Wednesday.",
    "the same date again and again": "Talks on March 3. More talks on March 3. Talks ended March 3, he said.",
    "a range across the year": "The tour runs Dec. 28 to Jan. 3 and was announced last week.",
    "schedule with clock times": "Monday, June 2\n10:30 Arrival\n14:00 Talks with Ko\nTuesday\n9:00 Departure",
}
DCTS = (None, dt.date(2026, 1, 2), dt.date(1998, 11, 20))


@pytest.mark.parametrize("dct", DCTS, ids=str)
@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_resolve_equals_the_plain_steps(text: str, dct: dt.date | None, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = R.resolve(text, extract(text), dct)
    assert any(r.readings for r in fast) or dct is None
    assert fast == _plain(text, dct, False, monkeypatch)


_FRAGMENTS = st.sampled_from([
    "The minister said", " told reporters", " will meet Ko", " on Monday", " Tuesday", " January 5", ", 2026",
    " March 3", " Dec. 28 to Jan. 3", " tomorrow", " last week", " the next day", " was held", " is scheduled",
    " In May", ", ", ". ", "\n", " at 10:30", " 1998", " that year", " ahead of Sunday's vote", " Nov. 21",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=30).map("".join), st.sampled_from(DCTS), st.booleans())
def test_resolve_equals_the_plain_steps_on_any_text(text: str, dct: dt.date | None, narrative: bool) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert R.resolve(text, extract(text), dct, narrative=narrative) == _plain(text, dct, narrative, monkeypatch)


def test_one_sentence_is_tokenised_once_for_all_its_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXTS["one sentence, many dates"]
    tokenised: list[tuple[int, int]] = []
    finditer = R._WORD.finditer

    class Counting:
        def finditer(self, string: str, lo: int, hi: int) -> object:
            tokenised.append((lo, hi))
            return finditer(string, lo, hi)

    monkeypatch.setattr(R, "_WORD", Counting())
    R.resolve(text, extract(text), dt.date(2026, 1, 2))
    assert tokenised and len(tokenised) == len(set(tokenised))
