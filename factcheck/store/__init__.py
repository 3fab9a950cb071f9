"""The SQLite store: the only package that holds SQL.

``db`` opens the file and runs transactions; one module of queries per table group:
``articles``, ``statements``, ``speakers``, ``matches``, ``reviews`` (and history),
``settings``, ``queue`` (the review queue's filtering); ``migrations`` builds and upgrades
the schema. Imports only ``factcheck.models``: never matching, the extractor or the app.
"""

from .db import DEFAULT_BUSY, DEFAULT_DB, BusyPolicy, Store, StoreBusy, StoreError, StoreFull, now
from .migrations import migrations

__all__ = [
    "DEFAULT_BUSY",
    "DEFAULT_DB",
    "BusyPolicy",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreFull",
    "migrations",
    "now",
]
