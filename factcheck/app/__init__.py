"""The use cases both faces call: the CLI and the TUI do nothing the other cannot.

``ingest`` (articles into the store, matched as they go), ``claim_import`` (an export back
into a store), ``review`` (verdicts, notes, evidence, settled matches, reattribution,
undo), ``speakers`` (one record per speaker; merge and split), ``queue`` (the review
queue), ``views`` (what a screen shows), ``session`` (where a reviewer left off),
``exports`` (files written whole or not at all). May import everything below it
(pipeline, export, store, match, extract, models); never the TUI or the CLI.
"""

from pathlib import Path

from ..store import DEFAULT_BUSY, DEFAULT_DB, BusyPolicy, Store, StoreBusy, StoreError, StoreFull

__all__ = [
    "DEFAULT_DB",
    "BusyPolicy",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreFull",
    "open_store",
]


def open_store(path: str | Path, *, busy: BusyPolicy = DEFAULT_BUSY) -> Store:
    """The database at ``path``, migrated and with every statement scored for
    check-worthiness; ``StoreError`` names what is wrong with it (``StoreBusy`` when
    another writer holds it past ``busy``'s limit)."""
    from .triage import backfill

    store = Store(path, busy=busy)
    backfill(store)
    return store
