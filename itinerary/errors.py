"""One error tree. Bad input is a ValueError that names the file and the problem."""

from __future__ import annotations


class ItineraryError(Exception):
    """Base of every error the library raises on purpose."""


class BadInputError(ItineraryError, ValueError):
    """An input the tool cannot use: missing file, unreadable text, malformed front matter.

    ``str(error)`` is one line: ``<path>: <problem>``.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class BadUsageError(ItineraryError, ValueError):
    """Options that do not fit together, or a value of the wrong form (``--dct 2026-13-01``)."""
