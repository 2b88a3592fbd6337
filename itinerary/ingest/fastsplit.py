"""syntok's sentence starts for paragraphs where its decision at every terminal is plain, without syntok.

syntok (``syntok._segmentation_states.State._move_and_maybe_extract_terminal``) decides at each terminal
token from the token before it, the token after it and a few state flags. For most news paragraphs those
tokens are ordinary words and numbers, and the decision can be read off the characters around the
terminal directly, about 40 times faster than running its tokenizer and state machine. ``fast_starts``
does that and gives up (returns None, and the caller runs syntok) on anything whose outcome depends on
more: brackets (which syntok skips over or splits at), a one-character token before a terminal (the
outcome depends on whether it opens the sentence), an abbreviation-like token followed by "No",
unusual spacing, a terminal inside a word between a lower-case and an upper-case letter, other scripts'
terminals. The word lists (abbreviations, sentence starters, month abbreviations, Roman numerals,
quotes) are syntok's own, read from the installed version.

``benchmarks/sentence_fast_path.py`` runs both on every paragraph of the corpora and counts disagreements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_SPACE = frozenset(" \n\t")  # the only spacing taken as is; any other white space goes to syntok
_APOSTROPHES = frozenset("'\u00b4\u02b9\u02bc\u2019\u2032")  # syntok's tokenizer splits "'s", "n't" off words
_CANDIDATE = re.compile(r"[.!?;()\[\]{}]")  # syntok's ASCII terminals, and ASCII brackets
_TERMINAL_RUN = re.compile(r"[.!?;]+")
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_BRACKET_CHARS = frozenset("()[]{}")
_SKIPPED_BRACKET_CHARS = 49  # a bracket this short, ")" included, is always skipped whole by syntok
_GAP = re.compile(r"[ \n\t]+")
_NAME = re.compile(r"[A-Z][a-z]*")
_DIGIT_RUN = re.compile(r"[0-9]+")
_WORD_BEFORE = re.compile(r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*\Z")  # a word ending at a terminal
_INNER_PUNCTUATION = frozenset(",:")  # ';' too in syntok, but it is a terminal as well: left to syntok
_CASE_CHANGE = re.compile(r"[a-z][.!?]?[A-Z]")  # where the tokenizer splits a word ("McDonald", "e.G")
_WORD_BEFORE_CHARS = 48  # a word before a terminal longer than this goes to syntok
_AFFIX_CHARS = 16  # a run of signs before or after a word longer than this goes to syntok


@dataclass(frozen=True)
class _Tables:
    """syntok's word lists and character classes, from the installed version."""

    abbreviations: frozenset[str]
    starters: frozenset[str]
    months: frozenset[str]
    roman: frozenset[str]
    closing_quotes: frozenset[str]
    terminals: frozenset[str]
    give_up: re.Pattern[str]  # any of these in a paragraph sends it to syntok
    give_up_ascii: bool  # whether any of them is ASCII (else an ASCII paragraph need not be searched)


@cache
def _tables() -> _Tables:
    # The segmenter is loaded with its tables: the paragraphs the fast path gives up on go to it.
    from syntok import segmenter  # type: ignore[import-untyped]  # noqa: F401
    from syntok._segmentation_states import State  # type: ignore[import-untyped]

    special = ((set(State.opening_brackets) | set(State.closing_brackets)) - _BRACKET_CHARS
               | {c for t in State.terminals for c in t if c not in ".!?;"} | {"\u200b"})
    return _Tables(
        abbreviations=frozenset(State.abbreviations),
        starters=frozenset(State.starters),
        months=frozenset(State.months),
        roman=frozenset(State.roman_numerals),
        closing_quotes=frozenset(State.closing_quotes),
        terminals=frozenset(c for t in State.terminals for c in t),
        give_up=re.compile("[" + "".join(re.escape(c) for c in sorted(special)) + "]"),
        give_up_ascii=any(c.isascii() for c in special),
    )


@dataclass(frozen=True)
class _Next:
    """The token after a terminal, as far as syntok's decision looks at it."""

    kind: str  # "lower", "inner" (',' or ':'), "word" (capitalised word), "number" (digits only), "other"
    text: str = ""


def _rest_has_alnum(text: str, at: int) -> bool | None:
    """Whether the chunk between spaces goes on with a letter or digit from ``at`` (None: too long)."""
    for i in range(at, min(len(text), at + _AFFIX_CHARS)):
        char = text[i]
        if char.isspace() or char == "\u200b":
            return False
        if char.isalnum():
            return True
    return None if at + _AFFIX_CHARS < len(text) else False


def _next_token(text: str, at: int) -> _Next | None:
    """The token starting at ``text[at]`` (after spacing), or None when its extent is not plain."""
    head = text[at]
    if head in _ASCII_LOWER or (head.islower() and head not in _ASCII_ALNUM):
        return _Next("lower")
    if head in _INNER_PUNCTUATION:
        return _Next("inner")
    if head in _ASCII_UPPER:
        name = _NAME.match(text, at)
        assert name is not None
        end = name.end()
        after = text[end] if end < len(text) else " "
        if after.isspace() and after not in _SPACE:
            return None
        if after.isalnum():
            if after in _ASCII_UPPER and end - at >= 2:
                return _Next("word", name.group())  # syntok splits "McDonald" at the case change
            if after in _ASCII_ALNUM:
                return _Next("other")  # "AB", "A380": no starter nor month is spelt so
            return None
        follow = text[end + 1] if end + 1 < len(text) else " "
        if after in _APOSTROPHES and follow.isalpha():
            # the tokenizer splits "'s" off ("It's": "It"), and "n't" ("Wasn't": "Was")
            tail = re.match(r"[^\W\d_]+", text[end + 1:end + 1 + _AFFIX_CHARS])
            if tail is not None and tail.group() == "t" and name.group().endswith("n"):
                return _Next("word", name.group()[:-1])
            return _Next("word", name.group())
        if after in _SPACE or after == " ":
            return _Next("word", name.group())
        rest = _rest_has_alnum(text, end)
        if rest is None:
            return None
        if not rest:
            return _Next("word", name.group())  # "The," "The!": signs after the word are tokens of their own
        if after in ",;_-" and follow.isalnum():
            return _Next("word", name.group())  # "So-called", "So,then": split at the sign
        if after == "." and follow in _ASCII_UPPER and end - at == 1:
            # "U.S", "U.N.-backed": with no lower-case letter before the dot the tokenizer does not split there,
            # and a token with a dot is neither a starter nor a month
            return _Next("other")
        if after in ".!?" or text.startswith("...", end) or not after.isascii():
            return None  # "So.Then", "So...then", other hyphens
        return _Next("other")  # "U.S", "A&P": one longer token
    if head in _DIGITS:
        run = _DIGIT_RUN.match(text, at)
        assert run is not None
        end = run.end()
        after = text[end] if end < len(text) else " "
        if after in _SPACE or after == " ":
            return _Next("number", run.group())
        if after in _ASCII_ALNUM:
            return _Next("other")  # "14th"
        if after.isalnum() or after.isspace():
            return None  # other scripts and spaces
        rest = _rest_has_alnum(text, end)
        if rest is None:
            return None
        if not rest:
            return _Next("number", run.group())  # "2," "2."
        follow = text[end + 1] if end + 1 < len(text) else " "
        if after in ",;_-" and follow.isalpha() or text.startswith("...", end) or not after.isascii():
            return None  # "2-day": split at the sign
        return _Next("other")  # "2,000", "2.5", "1/8": one longer token
    if head.isspace() or head.isnumeric() or head in _tables().terminals or head in _BRACKET_CHARS:
        return None
    if head.isalpha() and head.isupper():
        return _Next("other")  # no starter nor month begins with a capital outside ASCII
    if head.isalnum():
        return None
    return _Next("other")  # a quote, a dash, a symbol: a token of its own


def _token_before(text: str, at: int) -> str | None:
    """The token syntok sees right before the terminal at ``text[at]``, or None when not plain."""
    start = max(0, at - _WORD_BEFORE_CHARS)
    # the word holds no space: it starts after the last one, and the search need not try every position
    # before that (``start`` stays the window's start for the test below)
    match = _WORD_BEFORE.search(text, max(start, text.rfind(" ", start, at) + 1), at)
    if match is None or (match.start() == start and start > 0):
        return None
    lead = match.start()
    # what precedes the word up to the spacing must be signs only (each a token of its own): in "Smith's",
    # "1/8", "x%b" the tokenizer's inner rules decide the token
    i = lead - 1
    while i >= 0 and not text[i].isspace() and text[i] != "\u200b":
        if text[i].isalnum() or lead - i > _AFFIX_CHARS:
            return None
        i -= 1
    if i >= 0 and text[i] not in _SPACE:
        return None
    word = match.group()
    if "-" in word:
        # the tokenizer splits at a hyphen with a letter on either side: the token is the last part
        parts = word.split("-")
        cut = len(parts) - 1
        while cut > 0 and not (parts[cut - 1][-1:].isalpha() or parts[cut][:1].isalpha()):
            cut -= 1
        word = "-".join(parts[cut:])
        if "." in word:
            return None
    if _CASE_CHANGE.search(word) is not None:
        return None  # "McDonald", "e.G": the tokenizer splits the word at the case change
    return word


def _splits(before: str, run: int, after: _Next, first: bool | None) -> bool | None:
    """syntok's decision at one terminal (True: a new sentence starts after it), None when unsure.

    ``first``: whether ``before`` is the first token of the sentence (syntok's FirstToken state), None
    when that is not known.
    """
    tables = _tables()
    if after.kind in ("lower", "inner"):
        return False
    single = len(before) == 1 or before in tables.roman
    if after.kind == "word" and after.text in tables.starters:
        if single and first is None:
            return None
        if not (single and first):
            return True
    if before in tables.abbreviations:
        return False
    if before in ("no", "No", "NO"):  # "No. 1", "No. A380": no split before a token with a digit
        if after.kind == "number":
            return False
        if after.kind != "word":
            return None
    if after.kind == "number" and len(after.text) > 2:
        return False
    if before.isdigit() and after.kind == "word" and after.text in tables.months:
        return False
    if before in tables.months and after.kind == "number":
        return False
    if "." in before:
        return False if run == 1 else None
    if single and (first or before.isupper()):
        return False
    if single and before.isalpha() and before not in "aeiouAEIOU":
        return False
    if single and first is None:
        return None
    return True


def _skipped_bracket(text: str, at: int, first_from: int) -> int | None:
    """Where the bracket opened at ``text[at]`` closes, when syntok moves over it whole without looking
    inside (a short bracket, nothing nested, in the middle of a sentence after an ordinary token, and no
    terminal or other bracket right after it); else None."""
    closer = _BRACKETS.get(text[at])
    if closer is None:
        return None  # a closing bracket without its opening one
    limit = min(len(text), at + _SKIPPED_BRACKET_CHARS)
    closing = next((i for i in range(at + 1, limit) if text[i] in _BRACKET_CHARS), -1)
    if closing < 0 or text[closing] != closer:
        return None
    before = at - 1
    while before >= 0 and text[before] in _SPACE:
        before -= 1
    if before < 0 or text[before] in _tables().terminals or text[before] in _BRACKET_CHARS:
        return None
    if text[before].isspace() or text[before] == "\u200b":
        return None
    # InnerToken: the token before the bracket is not the sentence's first (FirstToken looks at a bracket
    # after the first token as at a terminal)
    if first_from == -2 or (first_from >= 0 and not any(c in _SPACE for c in text[first_from:before + 1])):
        return None
    after = closing + 1
    while after < len(text) and text[after] in _SPACE:
        after += 1
    if after < len(text) and (text[after] in _BRACKET_CHARS or text[after].isspace()):
        return None
    return closing


def _terminal_run_end(text: str, at: int) -> int:
    run = _TERMINAL_RUN.match(text, at)
    assert run is not None  # text[at] is a terminal
    return run.end()


def fast_starts(text: str) -> list[int] | None:
    """syntok's sentence start offsets in one paragraph (no blank line inside), or None when unsure.

    >>> fast_starts("He left. The talks ended at 5 p.m. on Monday.")
    [0, 9]
    >>> fast_starts("He (the envoy) left. Then he came back.") is None  # a bracket after the first token
    True
    """
    body = text.strip(" \n\t")
    if not body:
        return []
    if body[0].isspace() or body[-1].isspace():
        return None
    lead = len(text) - len(text.lstrip(" \n\t"))
    starts = _body_starts(body)
    return None if starts is None else [lead + start for start in starts]


def _body_starts(text: str) -> list[int] | None:
    """``fast_starts`` of a text that neither starts nor ends with white space."""
    tables = _tables()
    if (tables.give_up_ascii or not text.isascii()) and tables.give_up.search(text) is not None:
        return None
    starts = [0]
    size = len(text)
    # where syntok's FirstToken state began (the token there is the sentence's first), -1 when syntok is in
    # its InnerToken state, -2 when not known
    first_from = 0
    closed_at = -1  # where the last bracket skipped whole ends: the ")" is the token before a terminal there
    search_from = 0
    # a bracket alone, or a run of terminals: found by one character class (much faster to search for than
    # the alternation of the two), then the run extended
    while (match := _CANDIDATE.search(text, search_from)) is not None:
        at = match.start()
        end = at + 1 if text[at] in _BRACKET_CHARS else _terminal_run_end(text, at)
        search_from = end
        if text[at] in _BRACKET_CHARS:
            closing = _skipped_bracket(text, at, first_from)
            if closing is None:
                return None
            closed_at = search_from = closing + 1
            first_from = -1  # syntok skips a bracket only in its InnerToken state
            continue
        if end < size and at > 0 and text[end] in _ASCII_ALNUM and text[at - 1] in _ASCII_ALNUM:
            case_change = text[at - 1] in _ASCII_LOWER and text[end] in _ASCII_UPPER
            if end - at == 1 and text[at] != ";" and not case_change:
                continue  # inside a token: "U.S", "3.5", "a.m"
            return None
        run = end - at
        word_end = at  # where the token before the terminal ends; -1: not a plain word
        if at == 0:
            return None
        if text[at - 1] in _SPACE:
            # a terminal after a space: only a lone ".", "!", "?", ";", "..." after a word is plain
            if text[at:end] not in tables.terminals or (end < size and text[end] not in _SPACE):
                return None
            word_end = at - 1
            while word_end > 0 and text[word_end - 1] in _SPACE:
                word_end -= 1
            if word_end == 0 or text[word_end - 1] not in _ASCII_ALNUM:
                return None
        elif at == closed_at:
            word_end = -2  # right after a skipped bracket: the ")" is the token before
        elif text[at - 1] not in _ASCII_ALNUM:
            word_end = -1  # after a sign ('"yes".', '4%.'): plain only when no sentence can end here
        if end < size and text[end] in tables.closing_quotes:
            end += 1
            while end < size and text[end] in ".!?;":
                end += 1
        if end == size:
            break
        gap = _GAP.match(text, end)
        if gap is None:
            # signs right after the terminal (".''", ".--"): syntok never splits there, when nothing
            # alphanumeric follows in the same chunk (else the tokenizer joins them into one token)
            if text[end].isspace() or _rest_has_alnum(text, end) is not False:
                return None
            following = end
            after = _Next("other")
            decision: bool | None = False
        else:
            following = gap.end()
            token = _next_token(text, following)
            if token is None:
                return None
            after = token
            decision = False if after.kind in ("lower", "inner") else None
        if word_end == -2:
            before: str | None = text[at - 1]
        elif word_end >= 0 and (decision is None or first_from >= 0):
            before = _token_before(text, word_end)
        else:
            before = None
        first: bool | None
        if first_from == -1:
            first = False
        elif first_from == -2 or before is None or word_end < 0:
            first = None
        else:
            first = word_end - len(before) == first_from
        if decision is None:
            if before is None:
                return None
            decision = _splits(before, run, after, first)
            if decision is None:
                return None
        if decision:
            starts.append(following)
            first_from = following
        else:
            first_from = following if first else (-1 if first is False else -2)
    return starts
