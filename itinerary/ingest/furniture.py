"""Page furniture: lines of a web page that are not article prose (comment forms, bylines, counters, ...).

Rules are data: a name, a test on one stripped line, examples that must match and
non-examples that must not (``tests/test_ingest_furniture.py`` runs them all). A rule
marked ``takes_list`` also claims the short lines that follow it ("Sources" and its
outlet names, "Read more news on this topic:" and its links). Two rules need context
and live in ``find_furniture``: a line repeated right after itself, and a file-name
slug opening the text. Every regex is a single pass without nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from itinerary.ingest.lines import Line

LineTest = Callable[[str], bool]


@dataclass(frozen=True)
class FurnitureRule:
    """One kind of furniture line, with the texts it must and must not match."""

    name: str
    test: LineTest
    examples: tuple[str, ...]
    non_examples: tuple[str, ...]
    takes_list: bool = False  # the short lines right after it are furniture too

    def __post_init__(self) -> None:
        # ctparse's habit: refuse a rule that matches nothing-at-all at definition time.
        if self.test("") or self.test(" "):
            raise ValueError(f"furniture rule {self.name!r} matches an empty line")


def _rx(pattern: str, *, max_words: int | None = None, flags: int = re.IGNORECASE) -> LineTest:
    compiled = re.compile(pattern, flags)

    def test(line: str) -> bool:
        # the pattern first: it fails at the first characters of almost every prose line, where counting
        # the words would walk the whole line
        if compiled.fullmatch(line) is None:
            return False
        return max_words is None or len(line.split()) <= max_words

    return test


# ------------------------------------------------------------------ vocabulary

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec",
)
WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)
_STAMP_WORDS = frozenset(MONTHS + WEEKDAYS + ("of", "at", "on", "am", "pm", "a", "m", "p", "h", "hrs", "the"))
_TIME_ZONE = re.compile(r"(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?!\d)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_STAMP_TOKEN = re.compile(r"[A-Za-z]+|\d+|\S")
_AGENCY_PREFIX = re.compile(r"\([^()\n]{1,40}\)\s*")
_SHARE_WORD = re.compile(r"[A-Za-z-]+")

SECTION_LABELS = frozenset({
    "international", "world", "world news", "national", "nation", "politics", "business", "economy",
    "opinion", "news", "latest", "latest news", "breaking", "breaking news", "top stories", "analysis",
    "editorial", "diplomacy", "foreign affairs", "region", "regional", "asia", "europe", "africa",
    "americas", "middle east", "asia pacific", "asia-pacific", "sports", "tech", "technology", "culture",
    "lifestyle", "local", "home", "features", "feature", "exclusive", "explainer", "advertisement",
    "sponsored", "trending", "most read", "popular",
})

SOCIAL = frozenset({
    "share", "tweet", "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit", "email",
    "e-mail", "print", "copy", "link", "pinterest", "messenger", "line", "viber", "weibo", "wechat",
    "instagram", "youtube", "tiktok", "threads", "bluesky", "mastodon", "vk", "copied", "url", "on", "via",
    "this", "article", "story", "page", "the",
})


def is_date_stamp(line: str) -> bool:
    """A line that is only a date with its year and a clock time: a publication stamp, not an event.

    >>> is_date_stamp("(Agency) 15:04, April 29, 2024")
    True
    >>> is_date_stamp("September 2, 2024 (Monday)")
    False
    """
    body = line.strip()
    prefix = _AGENCY_PREFIX.match(body)
    if prefix:
        body = body[prefix.end():]
    if len(body) > 80 or not _CLOCK.search(body) or not _YEAR.search(body):
        return False
    for token in _STAMP_TOKEN.findall(body):
        if token.isdigit() or token in ",.:/-–|()+":
            continue
        low = token.lower()
        if low in _STAMP_WORDS or low.rstrip("h") == "" or _TIME_ZONE.fullmatch(token):
            continue
        if re.fullmatch(r"(?:st|nd|rd|th|h)", low):
            continue
        return False
    return True


def is_section_label(line: str) -> bool:
    """A newspaper section name alone on a line in capitals ("INTERNATIONAL")."""
    body = line.strip().rstrip(":")
    return body.isupper() and body.lower() in SECTION_LABELS


def is_share_bar(line: str) -> bool:
    """A line made only of share/follow button words."""
    if len(line) > 120:  # checked first: cheaper than finding the words
        return False
    words = _SHARE_WORD.findall(line.lower())
    return bool(words) and len(words) <= 12 and all(w in SOCIAL for w in words)


# -------------------------------------------------------------------- rules

_MONTH_START = r"(?:" + "|".join(MONTHS) + r")\b"

_NOT_DATE_WORD = r"(?!(?i:" + "|".join(MONTHS + WEEKDAYS) + r"|the |noon|midnight|then|now|late|early)\b)"

RULES: tuple[FurnitureRule, ...] = (
    FurnitureRule(
        "comment_form",
        _rx(
            r"(?:leave a (?:reply|comment)|post a comment|add a comment|cancel reply|comments?(?: \(\d+\))?"
            r"|your email address will not be published\..{0,120}|required fields are marked \*?"
            r"|(?:name|email|website|comment) ?\*|save my name, email, and website.{0,100}"
            r"|\d+ (?:comments?|responses?|replies)|no comments yet\.?|be the first to comment\.?)"
        ),
        ("Leave a Reply", "Your email address will not be published. Required fields are marked *",
         "Comment *", "3 comments", "Cancel reply"),
        ("He left a reply to the letter on Monday.", "Comments by the minister were welcome."),
    ),
    FurnitureRule(
        "back_to_top",
        _rx(r"[↑^]? ?(?:back to top(?: button)?|scroll to top|go to top|top of page)"),
        ("Back To Top", "Back to top button", "Scroll to top"),
        ("He went back to the top of the agenda.",),
    ),
    FurnitureRule(
        "view_counter",
        _rx(r"(?:[\d][\d,.]{0,12}[km]? (?:views?|reads?|shares?|likes?)|(?:views?|reads?) ?: ?[\d][\d,.]{0,12})"),
        ("9 Views", "1,204 views", "Views: 87", "2.3K shares"),
        ("9 views of the harbour were shown.", "Views differ"),
    ),
    FurnitureRule(
        "credit_line",
        _rx(
            r"(?:edited|written|reported|compiled|translated|reporting|editing|additional reporting)"
            r" by:? [^\n]{0,99}[^.\n]",
            max_words=12,
        ),
        ("Edited by: Jane Roe", "Reporting by Ann Lee; Editing by Tom Ray", "Written by Staff"),
        ("Edited by the committee, the report was published on May 3 and it reached every office.",),
    ),
    FurnitureRule(
        "byline",
        _rx(r"[Bb]y " + _NOT_DATE_WORD + r"[A-Z][^.!?\n]{0,60}", max_words=8, flags=0),
        ("By Jane Roe", "By Jane Roe and Tom Ray", "By Staff Reporter, Reuters",
         "By News Desk staff reporter"),
        ("By Monday the talks had ended", "By 2030 the port will be open", "by the way", "Byline"),
    ),
    FurnitureRule(
        "byline_stamp",  # a byline and the page's date stamp on one line
        _rx(r"[Bb]y " + _NOT_DATE_WORD + r"[A-Z][^|\u2022\u00b7\n.!?]{0,60}"
            r"(?: ?[|\u2022\u00b7] ?[^|\u2022\u00b7\n]{0,40}\d[^|\u2022\u00b7\n]{0,40}){1,3}", max_words=16, flags=0),
        ("By Jane Roe | July 3, 2034 | 10:15 AM", "By Jane Roe \u2022 3 July 2034",
         "By Tom Ray, Wire | Updated 4 March 2032 14:02 GMT"),
        ("By Monday | the talks had ended on 3 July", "By 2030 | the port", "By car | 3 hours"),
    ),
    FurnitureRule(
        "agency_signoff",
        _rx(r"[-–—] ?[A-Z][A-Za-z]{1,15}(?:[/ &][A-Z][A-Za-z]{0,15}){0,3}", flags=0),
        ("-CNN", "-Reuters/AP", "— AFP"),
        ("- the minister said", "-"),
    ),
    FurnitureRule(
        "sources_heading",
        _rx(r"sources?:?|sources? (?:and|&) (?:references|further reading):?"),
        ("Sources", "Source:", "SOURCES"),
        ("Sources said the visit would go ahead.",),
        takes_list=True,
    ),
    FurnitureRule(
        "source_line",
        _rx(r"(?:sources?|via|credit|photo credit) ?: ?[^\n]{1,200}\|[^\n]{1,300}|sources? ?: ?[^.!?\n]{1,120}"),
        ("Source: Daily Post | Radio North | Wire", "Source: Daily Post", "via: Wire | Desk"),
        ("Sources: officials said the talks would start on Monday. The summit follows.",),
    ),
    FurnitureRule(
        "read_more",
        _rx(
            r"(?:read more(?: news)?(?: on this topic| about this| here)?|read also|also read|see also"
            r"|related(?: articles| stories| news| posts| coverage)?|you may also like|recommended(?: for you)?"
            r"|more (?:on this|stories|from [^\n]{1,40})|most read|trending now|don't miss)\s?:?(?: [^\n]{0,200})?",
            max_words=40,
        ),
        ("Read more news on this topic:", "READ MORE: Ferry fares rise", "Related articles", "Also read:"),
        ("Read the full statement, the minister said.", "More than 200 business leaders joined."),
        takes_list=True,
    ),
    FurnitureRule(
        "error_report",
        _rx(r"(?:did you find an error|found an error|found a typo|report an error|spotted a mistake)[^\n]{0,200}"),
        ("Did you find an error or inaccuracy?We will consider your comments as soon as possible.",
         "Report an error"),
        ("He found an error in the schedule and the visit moved to Friday, officials said.",),
    ),
    FurnitureRule(
        "publish_stamp",
        _rx(
            r"(?:[^|\n]{1,40}\| ?)?(?:published|first published|last updated|updated|created|posted"
            r"|last modified|modified|date)(?: ?:| on| at|(?= \d)| (?=" + _MONTH_START + r"))"
            r" ?[^\n]{0,40}\d[^\n]{0,80}",
            max_words=16,
        ),
        ("Published: May 05, 2024 12:02 PM", "Last updated: May 30th, 2025",
         "Agency | Updated: 19-05-2022 09:41 IST | Created: 19-05-2022 09:35 IST", "Posted on 3 June 2021"),
        ("Published reports said the visit would last 4 days and include two summits with the host.",
         "Updated schedule"),
    ),
    FurnitureRule(
        "date_stamp",
        is_date_stamp,
        ("(Agency) 15:04, April 29, 2024", "Mon. 09 of September of 2024, 14:39h", "19-05-2022 09:41 IST"),
        ("September 2, 2024 (Monday)", "17:15", "He left at 10:30 on May 3, 2024."),
    ),
    FurnitureRule(
        "share_bar",
        is_share_bar,
        ("Share", "Facebook Twitter WhatsApp Email", "Share on X", "Print"),
        ("Share prices rose on Monday.", "Twitter users reacted to the visit"),
    ),
    FurnitureRule(
        "follow_subscribe",
        _rx(
            r"(?:follow us(?: on)?|subscribe(?: to)?|sign up(?: for)?|join (?:us|our) (?:on|channel)"
            r"|get the latest|download (?:our|the) app|click (?:here|to share))[^\n]{0,120}",
            max_words=20,
        ),
        ("Follow us on Telegram", "Subscribe to our newsletter", "Click to share on Reddit"),
        ("Followers of the pope gathered early.",),
    ),
    FurnitureRule(
        "copyright",
        _rx(r"(?:©|\(c\)|copyright\b) ?(?:©|\(c\))? ?(?:\d{4}|(?-i:[A-Z]))[^\n]{0,150}|all rights reserved\.?",
            max_words=25),
        ("© 2024 Harbour Times", "Copyright 2023 Harbour Times. All rights reserved.", "All rights reserved."),
        ("Copyrights were discussed at the summit on May 3, the ministry said in a statement.",),
    ),
    FurnitureRule(
        "tags",
        _rx(r"(?:tags|topics|categories|filed under|keywords) ?: ?[^\n]{1,200}", max_words=30),
        ("Tags: diplomacy, trade", "Filed under: World"),
        ("Tagged bags were lost.",),
    ),
    FurnitureRule(
        "section_label",
        is_section_label,
        ("INTERNATIONAL", "WORLD NEWS", "ADVERTISEMENT"),
        ("International", "LIMA", "LIMA – QUITO"),
    ),
)

MAX_LINE = 400
# A short line that follows a list heading and still belongs to its list.
_LIST_ITEM_MAX = 160


def _is_list_item(line: str) -> bool:
    return len(line) <= _LIST_ITEM_MAX and not line.endswith((".", "!", "?", ":"))


def _is_slug(line: str) -> bool:
    """A file-name slug standing in for a title: ``Minister_Visits_Port__Key_Points``."""
    return len(line) >= 12 and " " not in line and "_" in line and re.fullmatch(r"[\w.-]+", line) is not None


def _is_short(line: str) -> bool:
    # the cheap tests first: counting words walks the line
    return len(line) <= 60 and not line.endswith((".", "!", "?")) and len(line.split()) <= 6


def match_rule(line: str) -> FurnitureRule | None:
    """The first rule that claims this stripped line, or None."""
    if len(line) > MAX_LINE:  # furniture is short; a long line is prose, and this keeps 1 MB lines cheap
        return None
    for rule in RULES:
        if rule.test(line):
            return rule
    return None


def find_furniture(lines: Sequence[Line]) -> tuple[tuple[int, int], ...]:
    """Furniture ranges (start, end) over the non-empty ``lines`` of a text, in order, merged."""
    found: list[tuple[int, int]] = []
    in_list = False
    previous: Line | None = None
    known: dict[str, FurnitureRule | None] = {}  # a line repeated many times is tested once
    for index, line in enumerate(lines):
        text = line.text
        if text in known:
            rule = known[text]
        else:
            rule = known[text] = match_rule(text)
        if rule is not None:
            found.append((line.start, line.end))
            # "READ MORE: headline" carries its own link; only a bare heading opens a list.
            in_list = rule.takes_list and _is_list_heading(text)
        elif in_list and _is_list_item(text):
            found.append((line.start, line.end))
        elif index == 0 and _is_slug(text):
            found.append((line.start, line.end))
            in_list = False
        elif previous is not None and text == previous.text:
            if _is_short(text) and (not found or found[-1] != (previous.start, previous.end)):
                found.append((previous.start, previous.end))
            found.append((line.start, line.end))
        else:
            in_list = False
        previous = line
    return tuple(sorted(set(found)))


def _is_list_heading(text: str) -> bool:
    """A heading with nothing after it: "Sources", "Read more news on this topic:"."""
    return ":" not in text.rstrip(":") and len(text.split()) <= 8
