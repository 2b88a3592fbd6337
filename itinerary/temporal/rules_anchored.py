"""Relative to an event: 'just hours before his departure', 'shortly after', 'days before', 'ahead of the visit'.

The extent runs up to the event noun when one follows within a few words; the
noun becomes ``anchor`` so that reconcile can place the expression.
"""

from __future__ import annotations

import re

from itinerary.model import AnchoredPattern, DurationPattern, RelativePattern
from itinerary.temporal import vocab as V
from itinerary.temporal.grammar import NUMBER, Example, Rule, number_of, rule

_RELATIONS = {"before": "before", "after": "after", "ahead of": "before", "prior to": "before",
              "following": "after", "into": "after", "since": "since", "on the eve of": "before",
              "in the run-up to": "before", "in the lead-up to": "before", "in the runup to": "before"}
_DETERMINER = r"(?:his|her|its|their|the|this|that|a|an|our|next|last|upcoming|planned|scheduled|expected|first|"
_NP_BODY = (r"\s+(?P<np>(?:" + _DETERMINER + r"official|state|historic|recent|formal)\s+){0,3}"
            r"(?:[\w'’-]+\s+){0,2}?(?P<noun>" + V.alternation(V.ANCHOR_NOUNS) + r")\b)")
_NP = rf"(?:{_NP_BODY})?"
_REL = r"(?P<rel>before|after|ahead\s+of|prior\s+to|following|into)"
_UNIT_WORDS = r"(?P<u>minutes|hours|days|weeks|months|years|moments|minute|hour|day|week|month|year)"


def _relation(text: str) -> str:
    return _RELATIONS[" ".join(text.lower().split())]


def _noun(m: re.Match[str]) -> str | None:
    return m["noun"].lower() if m["noun"] else None


def _distance(m: re.Match[str]) -> AnchoredPattern | None:
    unit_text = m["u"].lower()
    amount = None
    if m["n"]:
        word = " ".join(m["n"].lower().split())
        amount = 1.0 if word in {"a", "an"} else number_of(m["n"])
    elif not unit_text.endswith("s"):
        return None  # "day after" without a count is not a distance
    unit = "second" if unit_text.startswith("moment") else V.UNITS[unit_text]
    relation = _relation(m["rel"])
    if relation == "after" and m["rel"].lower() == "into" and not m["noun"]:
        return None
    if relation == "before" and m["rel"].lower() in {"ahead of", "prior to"} and not m["noun"]:
        return None
    distance = DurationPattern(amount=amount, unit=unit)
    return AnchoredPattern(relation=relation, distance=distance, anchor=_noun(m))


def _shortly(m: re.Match[str]) -> AnchoredPattern | None:
    if m["adv"].lower() in {"just", "right"} and not m["noun"]:
        return None
    return AnchoredPattern(relation=_relation(m["rel"]), anchor=_noun(m))


def _the_day(m: re.Match[str]) -> AnchoredPattern | RelativePattern | None:
    unit = V.UNITS[m["u"].lower()]
    relation = _relation(m["rel"])
    anchor = _noun(m)
    if anchor is None and unit == "day" and _CLAUSE_END.match(m.string, m.end()):
        # "The day before, she had toured a factory": the day before the one the text is at, as "the previous
        # day" (not "the day before he arrived", counted from an event)
        return RelativePattern(unit="day", offset=-1 if relation == "before" else 1)
    return AnchoredPattern(relation=relation, distance=DurationPattern(amount=1, unit=unit), anchor=anchor)


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _ahead(m: re.Match[str]) -> AnchoredPattern | None:
    # "on the eve of" is the day before, where "ahead of" may be any time before
    eve = "eve" in m["rel"].lower()
    return AnchoredPattern(relation=_relation(m["rel"]), anchor=_noun(m),
                           distance=DurationPattern(amount=1, unit="day") if eve else None)


_ORDINAL_DAYS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1, "closing": -1}


# "day two of his visit", "on day 3 of the summit": the count after the word
CARDINAL_DAYS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10}


def _day_of(m: re.Match[str]) -> AnchoredPattern | None:
    """'the second day of his visit', 'the last day of the summit', 'day two of the tour': a day counted inside
    the event."""
    groups = m.groupdict()
    cardinal = groups.get("card")
    word = (groups.get("nth") or cardinal or "").lower()
    day = _ORDINAL_DAYS.get(word) or CARDINAL_DAYS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None) \
        or (int(word) if word.isdigit() and cardinal else None)
    if not day or not m["noun"]:
        return None
    return AnchoredPattern(relation="during", anchor=_noun(m), day=day)


RULES: tuple[Rule, ...] = (
    rule("anchored_distance", r"(?:\b(?:just|only|mere|barely|some|about|around|nearly|almost)\s+)?"
         rf"(?:\b(?P<n>{NUMBER}|an?|a\s+few|several|a\s+couple\s+of)\s+)?\b{_UNIT_WORDS}\s+"
         + r"(?:\b(?:just|only|shortly|right)\s+)?\b" + _REL + r"\b" + _NP, _distance, trigger="relation_unit"),
    rule("anchored_shortly", r"\b(?P<adv>shortly|soon|immediately|right|just|moments)\s+(?P<rel>before|after)\b"
         + _NP, _shortly, trigger="soon_relation"),
    rule("anchored_the_day", r"\bthe\s+(?P<u>day|night|week|month|year)\s+(?P<rel>before|after|following)\b" + _NP,
         _the_day, trigger="relation_unit"),
    rule("anchored_day_of", r"\bthe\s+(?P<nth>" + "|".join(_ORDINAL_DAYS) + r"|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\b"
         + _NP_BODY, _day_of, trigger="dayof"),
    # "day two of his visit": its anchor is the unit word "day" (windows shared with other unit rules)
    rule("anchored_day_n", r"\bday\s+(?P<card>" + "|".join(CARDINAL_DAYS) + r"|\d{1,2})\s+of\b" + _NP_BODY,
         _day_of, trigger="unit"),
    rule("anchored_ahead", r"\b(?P<rel>ahead\s+of|prior\s+to|on\s+the\s+eve\s+of|in\s+the\s+(?:run-?up|lead-up)"
         r"\s+to)" + _NP_BODY, _ahead, trigger="ahead"),
)

EXAMPLES: tuple[Example, ...] = (
    Example("The news broke [just hours before his departure] abroad.", "before PTXH departure"),
    Example("The news broke [hours before the summit] opened.", "before PTXH summit"),
    Example("The deal came [shortly after] that.", "after - -"),
    Example("The deal came [shortly after the meeting] ended.", "after - meeting"),
    Example("The plan leaked [just days before his official visit] to the north.", "before PXD visit"),
    Example("The plan leaked [days before] anyone knew.", "before PXD -"),
    Example("The plan leaked [two days after the election] ended.", "after P2D election"),
    Example("The plan leaked [a week before the vote] there.", "before P1W vote"),
    Example("Security was raised [ahead of the summit] there.", "before - summit"),
    Example("Security was raised [ahead of Xavier's state visit] there.", "before - visit"),
    Example("Security was raised [on the eve of the visit] there.", "before P1D visit"),
    Example("Talks resumed [three days into the trip] there.", "after P3D trip"),
    Example("He called [the day before the summit] opened.", "before P1D summit"),
    Example("[The day before], she had toured a factory.", "REL day -1"),
    Example("They rested; [the day after], they sailed.", "REL day +1"),
    Example("He called [the night before] again.", "before P1D -"),
    Example("He spoke on [the last day of the visit] there.", "during - visit day=-1"),
    Example("On [the second day of her official visit], she met the king.", "during - visit day=2"),
    Example("On [day two of his visit], the king toured a port.", "during - visit day=2"),
    Example("He spoke on [day 3 of the summit] there.", "during - summit day=3"),
)

NEGATIVE: tuple[str, ...] = (
    "She finished ahead of schedule.",
    "They walked right after him.",
    "He went ahead of the others.",
    "They left the day unplanned.",
    "It was the first day of school.",
)
