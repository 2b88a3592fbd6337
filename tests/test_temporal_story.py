"""Narrative texts: a date without a year follows the story forward, unless it looks back a little."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.temporal import extract, resolve

CASES = [
    # a year years ahead that the story comes back from is an aside: the bare dates after it stay in the story
    ("The port fell in March 1917. In May 1925 a memorial was unveiled. On 2 April the fleet sailed; in June 1917 it "
     + "returned.", "2 April", "1917-04-02"),
    ("The port fell in March 1917. In May 1925 a memorial was unveiled there. On 2 April the fleet sailed.",
     "2 April", "1925-04-02"),
    ("The port fell in March 1917. In May 1919 the fleet sailed. On 2 April the fleet returned; in June 1918 the "
     + "war ended.", "2 April", "1919-04-02"),
    ("In December 1940 the talks stalled. In February the envoys left.", "February", "1941-02"),
    ("The front broke in December 1918. On 10 September they had attacked.", "10 September", "1918-09-10"),
    ("The siege ended in June 1862. On 5 September the army crossed.", "5 September", "1862-09-05"),
    ("The revolt began in 499 BC. The following year the rebels burned the port.", "The following year", "BC0498"),
    ("The fleet sailed in April 480 BC. In September the army reached the pass.", "September", "BC0480-09"),
    ("The fleet sailed in 480 BC and spent the summer at the straits.", "the summer", "BC0480-SU"),
    ("The revolt ended in 490 BC. The following decade was quiet.", "The following decade", "BC048"),
    ("The fleet sailed in 480 BC. In 1940 war came again. The following year it spread.", "The following year",
     "1941"),
    ("The army struck in January 1975, ahead of the push planned for 1976. On 11 March the town fell.", "11 March",
     "1975-03-11"),
    ("The army struck in January 1975. In 1976 the town fell. On 11 March the army left.", "11 March", "1976-03-11"),
    ("The army struck in June 1944. The troops that had landed in late 1943 moved. By August the town fell.",
     "August", "1944-08"),
    ("The war resumed in May 1793. The new code (1790) was annulled. On 17 August the army left.", "17 August",
     "1793-08-17"),
    ("The war resumed in May 1793. Seats were arranged as in 1614. On 17 August the army left.", "17 August",
     "1793-08-17"),
    ("The war resumed in May 1793. The 1614 rules were dropped. On 17 August the army left.", "17 August",
     "1793-08-17"),    ("The siege ended in September 1914. By the spring of 1915, the army had fled. In May the town fell.", "May",
     "1915-05"),
    ("Trade fell in September 1914, and since 1911 prices had risen. In October the town fell.", "October",
     "1914-10"),
    ("The siege began in July 1920. Letters found in 2004 show why. On 6 September the army fled.", "6 September",
     "1920-09-06"),
    ("The siege began in July 2001. Letters found in 2004 show why. On 6 March the army fled.", "6 March",
     "2004-03-06"),
    ("The front broke in 1917. On 3 November 1918 the empire fell; in March of that year the army had struck.",
     "March of that year", "1918-03"),
    # A year just named frames the months after it: they are in that year, not the months before it.
    ("Peace held in March 1939. In 1940 the navy grew. In September the embargo began.", "September", "1940-09"),
    ("The line held in 1914. In 1915 the fleet sailed. The attack began in October.", "October", "1915-10"),
    ("The armies met in 1781 at the river. In early September the fleet won.", "early September", "1781-09"),
    ("The war resumed in 1905. With the onset of winter the siege ended.", "winter", "1905-WI"),
    ("The fleet sailed in 480 BC. In 479 BC the allies met. In August the army marched.", "August", "BC0479-08"),
    # Not once a day or month of that year is named: the story is at that day.
    ("The war resumed in 1940. On 10 November the port fell. In March the army left.", "March", "1941-03"),
    # Not a year only bounding the time ("until 1958"): the story stays where it was.
    ("The vote came on 5 June 1956, with a delay until 1958. In August the army left.", "August", "1956-08"),
    # Nor a month or day that ends a span ahead ("held out until ... in May 1921"): the story goes on from where it is.
    ("The army landed in June 1920. The siege held until the fall of the fort in May 1921. In August the fleet left.",
     "August", "1920-08"),
    ("The army landed in June 1920. The garrison held out until 2 March 1921. By October the roads were cut.",
     "October", "1920-10"),
    # A range of months over a new year, told at its end: the months before, not the next ones.
    ("The port fell in March 1863. Raiders roamed the coast from October to March. By May the army left.",
     "October to March", "1862-10"),
    ("The port fell in March 1863. Raiders roamed the coast from October to March. By May the army left.",
     "May", "1863-05"),
    ("The port fell in August 1863. From November to February the raiders roamed the coast.",
     "November to February", "1863-11"),
]


@pytest.mark.parametrize(("text", "mention", "value"), CASES, ids=["aside-years-ahead-story-returns", "years-ahead-no-return", "short-jump-no-aside",
                                                                     "forward-over-new-year", "looks-back-a-little",
                                                                     "forward-within-year", "bc-following-year", "bc-month",
                                                                     "bc-season", "bc-decade", "bc-then-ad",
                                                                     "planned-year-leaves-story", "named-year-moves-story",
                                                                     "pluperfect-year", "year-in-parentheses",
                                                                     "compared-year", "attributive-year", "by-year-reached",
                                                                     "since-year-bounds", "historian-year-aside",
                                                                     "recent-story-follows-year", "month-of-that-year",
                                                                     "year-frames-month", "year-frames-late-month",
                                                                     "year-frames-modified-month", "year-frames-season",
                                                                     "bc-year-frames-month", "day-after-year-moves-on",
                                                                     "bounding-year-frames-nothing",
                                                                     "until-month-ahead-frames-nothing",
                                                                     "until-day-ahead-frames-nothing",
                                                                     "range-over-new-year-told-at-its-end",
                                                                     "after-range-the-story-goes-on",
                                                                     "range-ahead-goes-forward"])
def test_story_year(text: str, mention: str, value: str) -> None:
    found = {r.mention.text: r.value for r in resolve(text, extract(text), dt.date(2009, 6, 1), narrative=True)}
    assert found[mention] == value


def test_story_before_common_era_leaves_no_calendar_days() -> None:
    text = "The fleet sailed in April 480 BC. In September the army reached the pass."
    september = next(r for r in resolve(text, extract(text), dt.date(2009, 6, 1), narrative=True)
                     if r.mention.text == "September")
    assert september.value == "BC0480-09" and september.readings == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The armistice was signed on 11 November 1918. " + "Fighting went on all morning along the whole front. " * 8
         + "The last man was shot at 10:57.", "1918-11-11T10:57"),
        ("The columns marched from dusk to dawn and were in cover by 05:30 hrs.", "XXXX-XX-XXT05:30"),
        ("The army crossed on 5 May 1950, and the convoys moved only at night.", "XXXX-XX-XXTNI"),
        ("The city fell on 20 October 1944. A few days later", "FUTURE_REF"),
        ("The city fell on 20 October 1944. Many years earlier", "PAST_REF"),
        ('The army crossed on 5 May 1950. The general said: "We attack today.', "XXXX-XX-XX"),
        ('The army crossed on 5 May 1950. "We hold," he said. "They will come tomorrow', "XXXX-XX-XX"),
        ("The army crossed on 5 May 1950. The general wrote: \u201cWe rest tonight", "XXXX-XX-XXTNI"),
        ('The army crossed on 5 May 1950. "We hold," he said, and the army moved the day after tomorrow',
         "1950-05-07"),
    ],
    ids=["last-day-however-far", "no-day-stays-open", "night-as-a-habit-stays-open", "vague-later-looks-ahead",
         "vague-earlier-looks-back", "quoted-today-stays-open", "second-quotation-of-paragraph",
         "curly-quoted-tonight-stays-open", "after-a-closed-quotation-follows-the-story"],
)
def test_story_last_value(text: str, value: str) -> None:
    found = [r.value for r in resolve(text, extract(text), dt.date(2009, 6, 1), narrative=True)]
    assert found[-1] == value


def test_quoted_today_in_news_is_the_day_of_writing() -> None:
    text = 'The minister said: "We sign today."'
    assert [r.value for r in resolve(text, extract(text), dt.date(2009, 6, 1))] == ["2009-06-01"]
