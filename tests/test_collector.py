"""The stages pause the cyclic garbage collector (itinerary.collector); that is only safe because they make
no reference cycles, and only polite because they switch it back on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from itinerary.collector import collector_paused
from itinerary.export import FORMATS, render
from itinerary.pipeline import build_itinerary

TRIPS = sorted((Path(__file__).parent / "fixtures" / "trips").iterdir())


def _run_everything(trip: Path) -> None:
    itinerary = build_itinerary([trip])
    for fmt in FORMATS:
        render(itinerary, fmt)


@pytest.mark.parametrize("trip", TRIPS, ids=lambda p: p.name)
def test_the_stages_leave_no_cyclic_garbage_and_the_collector_on(trip: Path) -> None:
    _run_everything(trip)  # first run: imports and one-time tables
    gc.collect()
    _run_everything(trip)
    assert gc.isenabled()
    assert gc.collect() == 0  # every object the stages dropped was already freed by reference counting


def test_a_pause_ends_when_the_block_raises() -> None:
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("stage failed")
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_outer_one_in_charge() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
