"""The SQLite store of articles, speakers, statements, matches and reviews."""

from .db import DEFAULT_DB, Store, StoreError
from .migrations import migrations

__all__ = ["DEFAULT_DB", "Store", "StoreError", "migrations"]
