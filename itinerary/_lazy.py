"""Names a package re-exports but imports only on first use, so that start-up stays cheap."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any


def lazy_names(package: str, home: Mapping[str, str], namespace: MutableMapping[str, Any]
               ) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``name`` from ``home[name]`` once and keeps it in ``namespace``.

    >>> getter = lazy_names("demo", {"sqrt": "math"}, {})
    >>> getter("sqrt")(9.0)
    3.0
    """

    def get(name: str) -> Any:
        if name not in home:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home[name]), name)
        namespace[name] = value
        return value

    return get
