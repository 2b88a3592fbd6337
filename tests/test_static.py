"""The package stays typed and lint-clean: mypy --strict and ruff, as configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [[sys.executable, "-m", "mypy", "itinerary"], [sys.executable, "-m", "ruff", "check", "itinerary", "tests"]],
    ids=["mypy", "ruff"],
)
def test_static_checks_pass(command: list[str]) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
