"""sqlite-utils, imported without pandas and NumPy.

sqlite-utils imports pandas and NumPy at start-up when they are installed, only to map
their types when rows are inserted. We insert plain Python values, and with the scale
extra installed (Dask brings pandas) those imports cost ~0.35 s on every `factcheck`
command that opens a store. Hiding the two while sqlite-utils loads leaves them
importable afterwards, for the code that does use them (``factcheck.scale``).
"""

from __future__ import annotations

import sys

_HIDDEN = ("pandas", "numpy")


def _load() -> None:
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [m for m in _HIDDEN if m not in sys.modules]
    for m in hidden:
        sys.modules[m] = None  # type: ignore[assignment]  # import of it raises ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for m in hidden:
            del sys.modules[m]


_load()

from sqlite_utils import Database  # noqa: E402
from sqlite_utils.migrations import Migrations  # noqa: E402

__all__ = ["Database", "Migrations"]
