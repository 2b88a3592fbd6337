"""Anchoring cues of the resolver in trip reports and stories: a weekday named twice in a sentence, a programme
in a long sentence, a visit announced by its dates, participles and position words that are no tense, and the
year a story last wrote. Invented text only; every weekday below was checked with ``datetime``.

Trip rows are written on Wednesday, June 8, 2033 unless a row says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve

WEDNESDAY = dt.date(2033, 6, 8)


def values(text: str, dct: dt.date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(r.mention.text, r.value) for r in resolve(text, extract(text), dct)]


CASES = [
    # A weekday named again in its sentence is the same day (see also test_weekday_named_again_is_the_same_day);
    # not a weekday of an earlier sentence, nor the weekday a plain date happens to fall on
    ("The envoy met the king on Monday. He will return to the palace on Monday.",
     WEDNESDAY, [("Monday", "2033-06-06"), ("Monday", "2033-06-13")]),
    ("The premier flies to Chile on Saturday, June 11, and will hold talks on Monday.",
     WEDNESDAY, [("Saturday, June 11", "2033-06-11"), ("Monday", "2033-06-13")]),
    # A sentence longer than the reach of its bounds is still one sentence: the programme goes on from the day it
    # named (written Tuesday, August 28, 2029; September 3 is a Monday), even where no tense is in reach.
    ("The minister will tour four cities in five days next week with a large delegation of business leaders, "
     + "beginning in Porto on Monday, September 3, then going on to Braga and Coimbra before finishing in Faro on "
     + "Friday.", dt.date(2029, 8, 28),
     [("five days", "P5D"), ("next week", "2029-W36"), ("Monday, September 3", "2029-09-03"),
      ("Friday", "2029-09-07")]),
    ("The minister will open the fair in Porto on Monday, September 3. The team finished the report on Friday.",
     dt.date(2029, 8, 28), [("Monday, September 3", "2029-09-03"), ("Friday", "2029-08-24")]),
    # A span from a date without its weekday to a weekday: the weekday as the tense reads it, when after the start.
    ("The fund bought 5,000 shares from May 24 to Tuesday.", WEDNESDAY,
     [("May 24", "2033-05-24"), ("Tuesday", "2033-06-07")]),
    # A visit announced by its dates alone: a weekday in the next sentence that one of its days matches is that
    # day, not the one after its last day (written Wednesday, November 5, 2031; November 17 is a Monday).
    ("The president will visit Japan from November 17 to 18 and Vietnam on November 21.\n\nIn Tokyo, he will hold "
     + "talks with the premier on Monday.", dt.date(2031, 11, 5),
     [("November 17 to 18", "2031-11-17"), ("November 21", "2031-11-21"), ("Monday", "2031-11-17")]),
    # no day of the span matches: the first such day after it; days named by their weekdays are not searched
    ("The president will visit Japan from November 17 to 18 and Vietnam on November 21.\n\nHe will return home "
     + "on Saturday.", dt.date(2031, 11, 5),
     [("November 17 to 18", "2031-11-17"), ("November 21", "2031-11-21"), ("Saturday", "2031-11-22")]),
    ("The president flies to Lima on Monday, November 17, and to Quito on Friday, November 21. He will return "
     + "home on Monday.", dt.date(2031, 11, 5),
     [("Monday, November 17", "2031-11-17"), ("Friday, November 21", "2031-11-21"), ("Monday", "2031-11-24")]),
    # a range of dates to come, as the last dates named: the next sentence's weekday falls in it, or after it
    ("The minister will visit Rome from June 20 to 22. On Tuesday she meets the pope.", WEDNESDAY,
     [("June 20 to 22", "2033-06-20"), ("Tuesday", "2033-06-21")]),
    ("The minister will visit Rome from June 20 to 22. On Sunday she flies home.", WEDNESDAY,
     [("June 20 to 22", "2033-06-20"), ("Sunday", "2033-06-26")]),
    # a weekday just before the range leads up to it (written Sunday, September 12, 2027)
    ("Leaders will hold a summit in Reykjavik on September 15 and 16. The premier arrives on Monday, ahead of the "
     + "other leaders.", dt.date(2027, 9, 12), [("September 15 and 16", "2027-09-15"), ("Monday", "2027-09-13")]),
    # A date right after "moved to" is a new date set, still ahead; a place after it is a move of place.
    ("The visit was moved to Thursday.", WEDNESDAY, [("Thursday", "2033-06-09")]),
    ("The team moved to Paris on Thursday.", WEDNESDAY, [("Thursday", "2033-06-02")]),
    # A participle of speaking takes the tense of the reporting verb after it; the statement dates what it reports.
    ("The chancellor, speaking on Tuesday, said she would travel to Kyiv on Friday.", WEDNESDAY,
     [("Tuesday", "2033-06-07"), ("Friday", "2033-06-10")]),
    ("Speaking on Tuesday, the minister will open the fair.", WEDNESDAY, [("Tuesday", "2033-06-14")]),
    # The plural of a timetable verb after a relative pronoun is a programme's present; "open" alone is no verb.
    ("Delegates arrived on Monday for the talks, which open on Thursday.", WEDNESDAY,
     [("Monday", "2033-06-06"), ("Thursday", "2033-06-09")]),
    ("Delegates arrived on Monday for the talks that end on Friday.", WEDNESDAY,
     [("Monday", "2033-06-06"), ("Friday", "2033-06-10")]),
    ("The open session was held on Thursday.", WEDNESDAY, [("Thursday", "2033-06-02")]),
    # A past participle before "by" without an auxiliary is no past tense: "followed by talks".
    ("The president will be welcomed with honours on Tuesday morning by the king, followed by talks.",
     WEDNESDAY, [("Tuesday morning", "2033-06-14TMO")]),
    ("The talks were followed by a dinner on Tuesday.", WEDNESDAY, [("Tuesday", "2033-06-07")]),
    ("The delegation, led by the minister, arrived on Tuesday.", WEDNESDAY, [("Tuesday", "2033-06-07")]),
    # "later" against a plan or in a period is no future: the past verb decides.
    ("The leaders held talks on Thursday, two days later than planned.", WEDNESDAY,
     [("Thursday", "2033-06-02"), ("two days", "P2D")]),
    ("The two premiers held talks on Thursday, a day later than planned.", WEDNESDAY,
     [("Thursday", "2033-06-02"), ("a day", "P1D")]),
    ("The minister met the press later in the day on Monday.", WEDNESDAY,
     [("later in the day", "2033-06-08"), ("Monday", "2033-06-06")]),
    ("The minister will meet the press later in the day on Monday.", WEDNESDAY,
     [("later in the day", "2033-06-08"), ("Monday", "2033-06-13")]),
    ("The vote comes later on Thursday.", WEDNESDAY, [("Thursday", "2033-06-09")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[
    "weekday-of-earlier-sentence", "weekday-after-dated-day",
    "long-sentence-programme", "next-sentence-past", "span-from-date-to-weekday",
    "announced-span-weekday", "announced-span-no-match", "weekday-named-span-not-searched",
    "range-then-weekday-inside", "range-then-weekday-after", "weekday-leads-up-to-range",
    "moved-to-date", "moved-to-place",
    "speaking-then-said", "speaking-then-will", "which-open", "that-end", "open-adjective", "participle-by-no-tense", "passive-by-past", "participle-by-then-past-verb",
    "later-than-planned", "a-day-later-than-planned", "later-in-the-day-past", "later-in-the-day-future", "later-on-forward"])
def test_anchor_cues(text: str, dct: dt.date, expected: list[tuple[str, str]]) -> None:
    assert values(text, dct) == expected


STORY = [
    # A story does not go back out of the year it last wrote: after "In March 1917", "November" is 1917's.
    ("The line broke on 6 December 1916. In March 1917 the tsar fell. In November the new regime seized power.",
     "November", "1917-11"),
    ("The port fell in August 1794. In January 1795 the army crossed the ice. On 16 October the fleet sailed.",
     "16 October", "1795-10-16"),
    # back into the year written stays possible, and a story with no new year goes forward as before
    ("The front broke in December 1918. On 10 September they had attacked.", "10 September", "1918-09-10"),
    ("In December 1940 the talks stalled. In February the envoys left.", "February", "1941-02"),
    # A pluperfect clause tells what happened before the time the story is at; not where a span it tells ends.
    ("The army took the port on 17 December 1919. The next threat came from a general who had spent the spring "
     + "training a small army.", "spring", "1919-SP"),
    ("The army took the port on 17 December 1919. The general spent the spring training a small army.",
     "spring", "1920-SP"),
    ("The offensive began on 16 December 1944. It had been repulsed by January.", "January", "1945-01"),
]


@pytest.mark.parametrize(("text", "mention", "value"), STORY,
                         ids=["bare-month-stays-in-written-year", "bare-day-stays-in-written-year",
                              "back-within-written-year", "forward-over-new-year", "pluperfect-looks-back",
                              "simple-past-goes-forward", "pluperfect-span-end-ahead"])
def test_story_keeps_the_year_written(text: str, mention: str, value: str) -> None:
    found = {r.mention.text: r.value for r in resolve(text, extract(text), dt.date(2009, 6, 1), narrative=True)}
    assert found[mention] == value


# "on Monday and Tuesday" is two dates or one range depending on the extractor; either way the Monday named again
# is the same Monday, not the one a week after the Tuesday.
@pytest.mark.parametrize("text", [
    "The premier will visit Chile on Monday and Tuesday, where she will meet the president in Santiago on Monday.",
    "The premier will visit Chile on Monday, June 13, and Tuesday, where she will meet the mayor on Monday.",
])
def test_weekday_named_again_is_the_same_day(text: str) -> None:
    assert values(text)[-1] == ("Monday", "2033-06-13")
