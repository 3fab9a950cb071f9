"""Opening the SQLite file safely, transactions, and helpers every query module shares.

WAL mode and a busy timeout let a reviewer keep the TUI open while another process
ingests. Writes go through ``transaction()``, which takes the write lock up front
(BEGIN IMMEDIATE) so two writers queue instead of deadlocking. Rows come back as
``sqlite3.Row``: every read names its columns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from .migrations import migrations

DEFAULT_DB = "factcheck.db"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database file cannot be used: named, with the reason, for a one-line error."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A factcheck database file, migrated to the current schema on open."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file")
        try:
            self.db = Database(self.path)
            self.conn = self.db.conn
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._check_readable()
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._check_version()
            migrations.apply(self.db)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable SQLite database ({e})") from None

    def _check_readable(self) -> None:
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def _check_version(self) -> None:
        known = {m.name for m in migrations._migrations}
        unknown = [m.name for m in migrations.applied(self.db) if m.name not in known]
        if unknown:
            raise StoreError(
                f"{self.path}: made by a newer factcheck (schema step {unknown[-1]});"
                " upgrade factcheck to open it"
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: one article, one verdict, one merge."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return scalar(self.conn, sql, params)

    def data_version(self) -> int:
        """Changes when another connection commits: cheap to poll."""
        return int(self.scalar("PRAGMA data_version"))


def scalar(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row, or None."""
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def query(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
    """A cursor whose rows are read by column name."""
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, params)


def plain_rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
    """A cursor of plain tuples, for bulk reads of two or three named columns on hot paths
    (unpacked in the ``for``), where building a ``Row`` per row would cost."""
    cur = conn.cursor()
    cur.row_factory = None
    return cur.execute(sql, params)


T = TypeVar("T")


def in_chunks(values: Sequence[T], size: int = 500) -> Iterator[tuple[list[T], str]]:
    """Values in chunks small enough for one ``IN (...)`` each, with the chunk's "?,?,?"."""
    for i in range(0, len(values), size):
        chunk = list(values[i : i + size])
        yield chunk, ",".join("?" * len(chunk))
