"""The timeline wraps ASCII text measuring cells with ``len``: the same lines as measuring with rich."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from itinerary.export import text as text_module
from itinerary.export.text import printable, wrap


def test_every_printable_ascii_character_takes_one_cell() -> None:
    for code in range(128):
        shown = printable(chr(code))
        assert cell_len(shown) == len(shown), repr(chr(code))


TEXTS = {
    "prose": "The minister arrived in the capital on Monday for talks with the prime minister and left on Friday.",
    "long-word": "Talks at " + "x" * 130 + " ended early",
    "spaces-and-breaks": "  A  summit\n\nin   the north \t on Monday ",
    "control": "Summit\x1b[2J in Oslo\x07 on Monday",
    "cjk": "会談 on Monday 首脳会談は月曜日 and Tuesday",
    "emoji-word": "Party 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉 tonight",
    "empty": "",
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
@pytest.mark.parametrize("room", [12, 40, 80])
def test_wrap_measuring_with_len_gives_the_lines_rich_gives(
    text: str, room: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = wrap(text, room, "  Mon 05  ", " " * 10)
    monkeypatch.setattr(text_module, "_cell_measure", lambda *texts: cell_len)
    assert fast == wrap(text, room, "  Mon 05  ", " " * 10)
