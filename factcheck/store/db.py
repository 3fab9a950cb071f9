"""Opening the SQLite file safely, transactions, and helpers every query module shares.

WAL mode lets a reviewer keep the TUI open while another process ingests. Writes go
through ``transaction()``, which takes the write lock up front (BEGIN IMMEDIATE) so two
writers queue instead of deadlocking; a lock another writer holds is waited for with
backoff up to the ``BusyPolicy``'s limit, then refused as ``StoreBusy``. A full disk is
``StoreFull``, and the transaction is rolled back whole. Rows come back as
``sqlite3.Row``: every read names its columns.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from .migrations import migrations
from .sqlite_lib import Database

DEFAULT_DB = "factcheck.db"


@dataclass(frozen=True, slots=True)
class BusyPolicy:
    """How long a writer waits for another writer's lock, and how it backs off.

    SQLite's own busy handler waits up to ``attempt_ms`` each try; between tries the wait
    grows from ``first_pause`` by ``growth`` up to ``max_pause``, until ``timeout``
    seconds have gone by in all.
    """

    timeout: float = 10.0
    attempt_ms: int = 200
    first_pause: float = 0.05
    growth: float = 2.0
    max_pause: float = 1.0

    def pauses(self) -> Iterator[float]:
        """The pauses between tries from now, ending when the next would pass the limit."""
        return self._pauses(time.monotonic() + self.timeout)

    def _pauses(self, deadline: float) -> Iterator[float]:
        pause = self.first_pause
        while time.monotonic() + pause < deadline:
            yield pause
            pause = min(pause * self.growth, self.max_pause)


DEFAULT_BUSY = BusyPolicy()


class StoreError(Exception):
    """The database file cannot be used: named, with the reason, for a one-line error."""


class StoreBusy(StoreError):
    """Another writer held the lock past the busy limit; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is locked by another writer; retry or raise --busy-timeout")


class StoreFull(StoreError):
    """The disk (or the file size limit) is full; the transaction was rolled back whole."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path}: disk full or over the file size limit ({detail});"
            " nothing half-written was kept"
        )


def is_busy(e: sqlite3.Error) -> bool:
    """Another connection holds a lock (SQLITE_BUSY or SQLITE_LOCKED, any variant)."""
    name = getattr(e, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "is locked" in str(e)


def is_full(e: sqlite3.Error) -> bool:
    """No room to write: a full disk (SQLITE_FULL), or a write the system refused, which is
    how SQLite reports a file over the process's size limit (SQLITE_IOERR_WRITE)."""
    name = getattr(e, "sqlite_errorname", "") or ""
    return name in ("SQLITE_FULL", "SQLITE_IOERR_WRITE") or "disk is full" in str(e)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A factcheck database file, migrated to the current schema on open."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, busy: BusyPolicy = DEFAULT_BUSY) -> None:
        self.path = Path(path)
        self.busy = busy
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file")
        try:
            self.db = Database(self.path)
            self.conn = self.db.conn
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"{self.path}: cannot open ({e})") from None
        try:
            # opening may write (WAL set-up, new schema steps): wait the whole limit for it
            self._set_busy_wait(int(busy.timeout * 1000))
            self._check_readable()
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._check_version()
            # steps run with foreign keys off, SQLite's way to rebuild a table that others
            # reference; a step that rebuilds one checks every link before it commits
            self.conn.execute("PRAGMA foreign_keys = OFF")
            migrations.apply(self.db)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._set_busy_wait(busy.attempt_ms)
        except sqlite3.DatabaseError as e:
            self.conn.close()
            if is_busy(e):
                raise StoreBusy(self.path) from None
            if is_full(e):
                raise StoreFull(self.path, str(e)) from None
            raise StoreError(f"{self.path}: not a usable SQLite database ({e})") from None

    def _set_busy_wait(self, ms: int) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {ms}")

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
        """All or nothing: one article, one verdict, one merge.

        The write lock is taken first, waiting out another writer by the busy policy;
        reads inside see what is committed and no one can change it before the commit, so
        a read-check-write here is a compare-and-set.
        """
        self._retry_busy("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self._retry_busy("COMMIT")
        except sqlite3.Error as e:
            self._rollback()
            if is_full(e):
                raise StoreFull(self.path, str(e)) from None
            if is_busy(e):
                raise StoreBusy(self.path) from None
            raise
        except BaseException:
            self._rollback()
            raise

    def _retry_busy(self, sql: str) -> None:
        """Run ``sql``, trying again with backoff while another writer holds the lock."""
        pauses = self.busy.pauses()
        while True:
            try:
                self.conn.execute(sql)
                return
            except sqlite3.OperationalError as e:
                if not is_busy(e):
                    raise
                pause = next(pauses, None)
                if pause is None:
                    raise StoreBusy(self.path) from None
                time.sleep(pause)

    def _rollback(self) -> None:
        """Roll back what is open; SQLite may already have (a full disk rolls back itself)."""
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # the original error is the one to report
                self.conn.execute("ROLLBACK")

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
