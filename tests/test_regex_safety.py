"""No pattern of the package can backtrack catastrophically: checked on the patterns' structure, not a clock.

Catastrophic backtracking needs a repeat inside a repeat, both unbounded, where the engine can split the
same characters between the two in many ways ("(a+)+", "(\\w+\\s?)*"). A nested repeat is safe when every
turn of the outer one must open with a character the inner one cannot take ("\\w+(?:-\\w+)*": each turn
opens with a hyphen, so there is one way to split). This test finds every compiled pattern in the package
and refuses any other nesting. Two adjacent repeats that can share characters ("\\s*,?\\s*") cost at most
the square of the run they share; the date rules only run in windows of about a hundred characters around
an anchor, which bounds that. benchmarks/adversarial.py measures the time on 1 MB hostile texts.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import itinerary
from itinerary.temporal.extract import RULES

_parser: Any = importlib.import_module("re._parser")  # the stdlib's parser (private: typed loosely)
_c: Any = importlib.import_module("re._constants")

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
    _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S",
}


def _package_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held by a module of the package, and every grammar rule's."""
    for info in pkgutil.walk_packages(itinerary.__path__, "itinerary."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: dict[str, re.Pattern[str]] = {}
    for name, module in sorted(sys.modules.items()):
        if name.startswith("itinerary"):
            for attr, value in vars(module).items():
                for key, held in _held_patterns(value):
                    found[f"{name}.{attr}{key}"] = held
    found.update({f"rule {r.name}": r.pattern for r in RULES})
    return found


def _held_patterns(value: object) -> Iterator[tuple[str, re.Pattern[str]]]:
    """A pattern, or the patterns held in a module-level table (dict values, tuple or list items)."""
    if isinstance(value, re.Pattern):
        yield "", value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, re.Pattern):
                yield f"[{key!r}]", item
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            if isinstance(item, re.Pattern):
                yield f"[{i}]", item


def _accepts(char_class: list[tuple[Any, Any]], ch: str) -> bool:
    """Whether a one-character class (the items of an IN node) takes ``ch``."""
    negate = False
    hit = False
    for op, av in char_class:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or ord(ch) == av
        elif op is _c.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is _c.CATEGORY:
            hit = hit or re.fullmatch(_CATEGORIES[av], ch) is not None
        else:
            return True  # anything else: assume it may take the character
    return hit != negate


def _one_char(node: tuple[Any, Any]) -> list[tuple[Any, Any]] | None:
    """The node as a character class when it takes exactly one character, else None."""
    op, av = node
    if op is _c.IN:
        return list(av)
    if op is _c.LITERAL:
        return [(op, av)]
    return None


def _opening_chars(body: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters a turn of a repeat must open with, when it must open with a few known ones."""
    if not body:
        return None
    first = _one_char(body[0])
    if first is None or any(op not in (_c.LITERAL, _c.RANGE) for op, _ in first):
        return None
    chars: list[str] = []
    for op, av in first:
        low, high = (av, av) if op is _c.LITERAL else av
        if high - low > 64:
            return None
        chars.extend(chr(c) for c in range(low, high + 1))
    return chars


def _inner_repeats(seq: list[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
    for op, av in seq:
        if op in _REPEATS:
            yield op, av
            yield from _inner_repeats(list(av[2]))
        elif op is _c.SUBPATTERN:
            yield from _inner_repeats(list(av[3]))
        elif op is _c.BRANCH:
            for branch in av[1]:
                yield from _inner_repeats(list(branch))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _inner_repeats(list(av[1]))


def _safe_nesting(outer_body: list[tuple[Any, Any]], inner: tuple[Any, Any]) -> bool:
    """An unbounded repeat inside another is safe when each outer turn opens with a character the inner
    repeat (of one character class) cannot take."""
    opening = _opening_chars(outer_body)
    inner_body = list(inner[1][2])
    taken = _one_char(inner_body[0]) if len(inner_body) == 1 else None
    if opening is None or taken is None:
        return False
    return not any(_accepts(taken, ch) for ch in opening)


def risky_nestings(pattern: re.Pattern[str]) -> list[str]:
    """Where an unbounded repeat holds another unbounded repeat that can share its characters."""
    risky = []
    for _, av in _inner_repeats(list(_parser.parse(pattern.pattern, pattern.flags))):
        _, high, body = av
        if high != _c.MAXREPEAT:
            continue
        for inner in _inner_repeats(list(body)):
            if inner[1][1] == _c.MAXREPEAT and not _safe_nesting(list(body), inner):
                risky.append(str(body)[:120])
    return risky


PATTERNS = _package_patterns()


def test_the_package_patterns_are_all_found() -> None:
    assert len(PATTERNS) > 100  # the rules alone are dozens: a broken search would check nothing
    assert any(name.startswith("rule ") for name in PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_pattern_nests_repeats_that_can_share_characters(name: str) -> None:
    assert risky_nestings(PATTERNS[name]) == []


@pytest.mark.parametrize(("pattern", "risky"), [
    (r"(a+)+$", True),
    (r"(?:\w+\s?)*x", True),
    (r"(?:[.\-]\w+)*", False),  # each turn opens with '.' or '-', which \w cannot take
    (r"(?:[a-z]\w+)*", True),  # each turn opens with a letter, which \w can take
    (r"[A-Za-z]+(?:[.\-][A-Za-z0-9]+)*", False),
    (r"(?:ab){1,5}c*", False),  # bounded outer repeat
], ids=["group-plus", "words-and-spaces", "separated", "not-separated", "dotted-name", "bounded"])
def test_the_check_tells_risky_nesting_from_safe(pattern: str, risky: bool) -> None:
    assert bool(risky_nestings(re.compile(pattern))) is risky
