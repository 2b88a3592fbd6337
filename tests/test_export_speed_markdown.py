"""Markdown escapes by a translation table: the same text as the regex substitution it replaced."""

from __future__ import annotations

import re

import pytest

from itinerary.export.common import one_line
from itinerary.export.markdown import SPECIAL, escape

# the former escape, kept as the reference
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def _by_regex(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", one_line(text))


TEXTS = {
    "plain": "The summit opens on Monday",
    "every special": SPECIAL,
    "doubled": "\\\\ ** __ [[ ]] << >> || ~~ && $$ ``",
    "mixed": "Summit *with* [leaders] | 2026 & C:\\New $5 <b> ~x~ `code`",
    "escaped already": "\\*not bold\\*",
    "white space": "a\n\tb  c\r\nd",
    "unicode": "会談 🎉 Café_ＡＢ＊",
    "empty": "",
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_table_escape_is_the_regex_escape(text: str) -> None:
    assert escape(text) == _by_regex(text)


def test_every_character_the_regex_escapes_is_in_the_table() -> None:
    for code in range(0x3000):
        char = chr(code)
        assert escape(f"a{char}b") == _by_regex(f"a{char}b"), repr(char)
