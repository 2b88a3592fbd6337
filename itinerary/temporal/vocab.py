"""Vocabulary tables of the temporal grammar: data only, no logic.

Every table maps a lower-case surface form to what it means. ``alternation``
turns a table into a regex alternative, longest form first, so the regex
engine never has to backtrack into a shorter name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from itinerary.model import Mod, PartOfDay, Season, Unit

MONTHS: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVS: Final[dict[str, int]] = {
    "jan.": 1, "jan": 1, "feb.": 2, "feb": 2, "mar.": 3, "apr.": 4, "apr": 4, "jun.": 6, "jul.": 7,
    "aug.": 8, "aug": 8, "sept.": 9, "sept": 9, "sep.": 9, "sep": 9, "oct.": 10, "oct": 10,
    "nov.": 11, "nov": 11, "dec.": 12, "dec": 12,
}
# Month names that are also everyday words: alone they need a cue ("in May", "early March").
AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset({"may", "march"})

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_ABBREVS: Final[dict[str, int]] = {
    "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thur.": 4, "thurs.": 4, "fri.": 5,
    "sat.": 6, "sun.": 7,
}
WEEKDAY_NAMES: Final[tuple[str, ...]] = (
    "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

_UNITS_WORDS: Final[tuple[str, ...]] = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_TENS_WORDS: Final[tuple[str, ...]] = (
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)


def _number_words() -> dict[str, float]:
    table: dict[str, float] = {word: n for n, word in enumerate(_UNITS_WORDS) if word}
    for tens in range(2, 10):
        table[_TENS_WORDS[tens]] = tens * 10
        for unit in range(1, 10):
            for joiner in ("-", "\u2011", "\u2010", " "):
                table[f"{_TENS_WORDS[tens]}{joiner}{_UNITS_WORDS[unit]}"] = tens * 10 + unit
    table.update({"a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100, "a couple of": 2,
                  "couple of": 2, "a": 1, "an": 1, "half a": 0.5, "a half": 0.5})
    return table


NUMBER_WORDS: Final[dict[str, float]] = _number_words()
# Quantities that leave the amount open: "several days", "a few weeks" ("a couple of" is two, as TimeML reads it).
VAGUE_AMOUNTS: Final[frozenset[str]] = frozenset({
    "several", "a few", "few", "many", "some", "a number of", "numerous",
})

_ORDINAL_WORDS: Final[tuple[str, ...]] = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)


def _ordinals() -> dict[str, int]:
    table = {word: n for n, word in enumerate(_ORDINAL_WORDS) if word}
    for unit in range(1, 10):
        for joiner in ("-", " "):
            table[f"twenty{joiner}{_ORDINAL_WORDS[unit]}"] = 20 + unit
    table["thirtieth"] = 30
    table["thirty-first"] = 31
    table["thirty first"] = 31
    return table


ORDINAL_WORDS: Final[dict[str, int]] = _ordinals()

SEASONS: Final[dict[str, Season]] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
PARTS_OF_DAY: Final[dict[str, PartOfDay]] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI", "noon": "MI",
    "daytime": "DT", "overnight": "NI",
}
# Holidays on a fixed day of the Western calendar (month, day), as capitalised in running text. Holidays whose day
# moves with the year (Easter, Thanksgiving) or the country (national days) are left out: their day needs a
# calendar the text does not give.
HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Halloween": (10, 31),
}
# Holidays whose day moves with the year: the n-th weekday of a month (month, ISO weekday, n), or a distance in
# days from Western Easter Sunday.
HOLIDAYS_NTH_WEEKDAY: Final[dict[str, tuple[int, int, int]]] = {
    "Thanksgiving": (11, 4, 4), "Thanksgiving Day": (11, 4, 4),
}
HOLIDAYS_FROM_EASTER: Final[dict[str, int]] = {
    "Easter": 0, "Easter Sunday": 0, "Easter Monday": 1, "Good Friday": -2,
}
# Nouns a holiday name modifies that make it a thing rather than a day: "a Christmas tree", "Christmas cards".
HOLIDAY_THINGS: Final[frozenset[str]] = frozenset({
    "tree", "trees", "card", "cards", "carol", "carols", "present", "presents", "gift", "gifts", "decoration",
    "decorations", "light", "lights", "ornament", "ornaments", "stocking", "stockings", "pudding", "cracker",
    "crackers", "song", "songs", "music", "spirit", "story", "stories", "costume", "costumes", "candy", "pumpkin",
    "pumpkins", "movie", "film", "album", "special", "cake", "cakes", "wish", "wishes", "message", "greetings",
    "egg", "eggs", "bunny", "turkey", "turkeys",
})
# "early/mid/late" and their synonyms before a period.
POSITION_MODS: Final[dict[str, Mod]] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "start of": "START", "the first half of": "START",
    "mid": "MID", "middle": "MID", "the middle of": "MID", "middle of": "MID", "mid-": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the close of": "END", "the last days of": "END",
}
APPROXIMATORS: Final[dict[str, Mod]] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "some of": "APPROX", "an estimated": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "upwards of": "MORE_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
}

UNITS: Final[dict[str, Unit]] = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "night": "night", "nights": "night",
    "weekend": "weekend", "weekends": "weekend",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "season": "season", "seasons": "season",
    "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium",
}
# TIMEX3 duration letters; units under a day go after the "T".
UNIT_TIMEX: Final[dict[Unit, tuple[str, float]]] = {
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1), "night": ("D", 1),
    "weekend": ("WE", 1), "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1),
    "season": ("M", 3), "quarter": ("Q", 1), "half": ("M", 6), "year": ("Y", 1), "decade": ("Y", 10),
    "century": ("Y", 100), "millennium": ("Y", 1000),
}
TIME_UNITS: Final[frozenset[Unit]] = frozenset({"second", "minute", "hour"})
# Days per unit, for bounds of a duration in days (None: not day-countable).
UNIT_DAYS: Final[dict[Unit, tuple[int, int] | None]] = {
    "second": None, "minute": None, "hour": None, "day": (1, 1), "night": (1, 1), "weekend": (2, 3),
    "week": (7, 7), "fortnight": (14, 14), "month": (28, 31), "season": (90, 92), "quarter": (90, 92),
    "half": (181, 184), "year": (365, 366), "decade": (3652, 3653), "century": (36524, 36525),
    "millennium": (365242, 365243),
}
# Bounds of an unspecified amount ("several days", "days"): documented guesses, in units.
VAGUE_AMOUNT_BOUNDS: Final[tuple[int, int]] = (2, 9)

ORDINAL_SUFFIX: Final[str] = r"(?:st|nd|rd|th)"

TIMEZONES: Final[dict[str, int]] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "jst": 540, "kst": 540, "ist": 330, "aest": 600, "aedt": 660, "msk": 180, "wib": 420,
}

# Event nouns an expression like "hours before his departure" can hang on.
ANCHOR_NOUNS: Final[frozenset[str]] = frozenset({
    "visit", "visits", "trip", "tour", "journey", "departure", "arrival", "return", "summit", "meeting",
    "meetings", "talks", "election", "elections", "vote", "ceremony", "speech", "address", "launch",
    "signing", "forum", "conference", "inauguration", "funeral", "parade", "mass", "service", "war",
    "attack", "attacks", "invasion", "strike", "strikes", "game", "match", "final", "festival", "event",
    "session", "hearing", "trial", "talk", "interview", "dinner", "banquet", "reception",
    "celebration", "anniversary", "deadline", "announcement", "opening", "closing", "start", "end",
    "stay", "stopover", "flight", "landing", "takeoff", "crash", "explosion", "bombing", "storm",
    "outbreak", "coup", "negotiations", "referendum", "congress", "convention", "rally",
})

# Nouns of historical events an old year (before 1800) may name without a preposition: "the 1783 peace treaty".
YEAR_EVENT_NOUNS: Final[frozenset[str]] = frozenset({
    "treaty", "peace", "campaign", "campaigns", "rules", "battle", "war", "revolution", "constitution",
    "election", "elections", "uprising", "revolt", "rebellion", "offensive", "siege", "congress", "convention",
    "census", "edition", "act", "agreement", "accord", "armistice", "truce", "invasion", "expedition",
    "crisis", "season", "charter", "settlement", "edict", "massacre",
})

# Words that look forward or back in time around an expression (tense of the sentence).
FORWARD_CUES: Final[tuple[str, ...]] = (
    "will", "would", "shall", "is to", "are to", "is due", "are due", "to be", "scheduled", "slated",
    "set to", "is set", "are set", "plans", "planned", "planning", "expected", "upcoming", "next",
    "going to", "is expected", "will be", "begins", "starts", "is to be", "ahead", "coming", "later",
    "prepares", "preparing", "to begin", "to start", "to visit", "to travel", "to meet", "to hold",
    "to arrive", "to leave", "to depart", "to return", "to fly", "to sign", "to open", "to end", "to tour",
    # the simple present of a journey or a programme is its timetable: "leaves for Lima on Sunday", "flies
    # home Friday", "the summit opens on Monday" (nouns in -s like "talks" or "visits" are left out, and "holds",
    # a state as often as a plan: "holds 14% of the shares")
    "leaves", "departs", "travels", "heads", "flies", "arrives", "lands", "returns", "opens", "closes", "concludes",
    "meets", "hosts", "attends", "addresses", "tours", "wraps up", "kicks off", "he visits", "she visits", "ends",
    "runs",  # "the fair runs Friday to Sunday": a programme's dates
    # the present progressive of a journey is its plan too: "is leaving on Tuesday for a state visit"
    "is leaving", "are leaving", "is travelling", "is traveling", "are travelling", "are traveling", "is flying",
    "is heading", "is arriving", "is returning", "is meeting", "is hosting",
    # the plural simple present of a programme: "talks start at 9:30 Tuesday", "the leaders meet on Monday"
    "talks start", "talks begin", "talks resume", "talks open", "leaders meet", "ministers meet", "they meet",
    "they travel", "they arrive", "they leave",
    # "visits" after a title is the verb ("the queen visits Canada from 9 to 11 Sept."), after a determiner a noun
    "president visits", "minister visits", "premier visits", "chancellor visits", "king visits", "queen visits",
    "pope visits", "prince visits", "princess visits", "emperor visits", "leader visits", "envoy visits",
    "secretary visits", "delegation visits", "monarch visits", "who visits",
)
BACKWARD_CUES: Final[tuple[str, ...]] = (
    "was", "were", "had", "has been", "have been", "last", "ago", "earlier", "took place", "held",
    "met", "arrived", "visited", "began", "started", "ended", "left", "departed", "signed", "attended",
    "spoke", "gave", "delivered", "hosted", "received", "did", "came", "went", "landed", "welcomed",
    # irregular past forms: no "-ed" to recognise them by
    "fell", "rose", "won", "lost", "took", "made", "struck", "saw", "got", "fought", "led", "sent", "spent",
    "built", "brought", "bought", "sold", "paid", "kept", "ran", "grew", "flew", "fled", "broke", "chose",
    "drove", "felt", "found", "knew", "meant", "sank", "shook", "shot", "stood", "swore", "taught",
    "thought", "threw", "wrote", "became", "withdrew", "sought", "heard", "sat", "slid", "split",
)
REPORTING_VERBS: Final[frozenset[str]] = frozenset({
    "said", "says", "told", "stated", "announced", "reported", "added", "noted", "confirmed",
})


def alternation(forms: Iterable[str]) -> str:
    """A regex alternative of ``forms``, longest first, escaped: ``alternation(["a", "ab"]) == "ab|a"``."""
    unique = sorted(set(forms), key=lambda s: (-len(s), s))
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in unique)


def capitalised(forms: Iterable[str]) -> tuple[str, ...]:
    """Each form as written in running text: Capitalised and UPPER (month/weekday names)."""
    out: list[str] = []
    for form in forms:
        out.extend((form[:1].upper() + form[1:], form.upper()))
    return tuple(out)



# Verbs that move a date: "postponed from Tuesday to Wednesday", "moved Friday to Sunday", "brought forward from
# May to April". After them "X to Y" names two dates, the one left and the new one, never a span from X to Y.
# Any of them may take a particle ("pushed back", "moved up"); "put" and "bring" only move with one.
MOVE_VERBS: Final[tuple[str, ...]] = (
    "postpone", "postpones", "postponed", "postponing", "reschedule", "reschedules", "rescheduled",
    "rescheduling", "delay", "delays", "delayed", "delaying", "defer", "defers", "deferred", "deferring",
    "move", "moves", "moved", "moving", "shift", "shifts", "shifted", "shifting", "switch", "switches",
    "switched", "switching", "change", "changes", "changed", "changing", "push", "pushes", "pushed", "pushing",
    "bump", "bumps", "bumped", "bumping", "extend", "extends", "extended", "extending",
)  # not "advance": "shares advanced from Monday to Wednesday" moves no date
MOVE_PARTICLE_VERBS: Final[tuple[str, ...]] = (
    "put", "puts", "putting", "bring", "brings", "bringing", "brought",
)
MOVE_PARTICLES: Final[tuple[str, ...]] = ("back", "forward", "forwards", "up", "off", "ahead")
