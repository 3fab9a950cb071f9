"""Queries on ``speakers`` and the tables that say who is who across articles:
``speaker_names`` (a normalised name → its record; 'auto' from ingest, 'reviewer' rows
always win) and ``speaker_distinct`` (pairs a reviewer kept apart).

Only SQL lives here; which record a name belongs to is decided in ``app.speakers``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from .db import query, scalar

SPEAKER_COLUMNS = (
    "id",
    "name",
    "kind",
    "role",
    "gender",
    "aliases",
    "first_name",
    "surname",
    "created_at",
)


def get(conn: sqlite3.Connection, speaker_id: int) -> sqlite3.Row | None:
    row: sqlite3.Row | None = query(
        conn, f"SELECT {', '.join(SPEAKER_COLUMNS)} FROM speakers WHERE id = ?", (speaker_id,)
    ).fetchone()
    return row


def aliases(row: sqlite3.Row) -> list[str]:
    found: list[str] = json.loads(row["aliases"])
    return found


def by_surname(conn: sqlite3.Connection, surname: str) -> list[sqlite3.Row]:
    """People stored under a surname (lower case)."""
    return query(
        conn,
        "SELECT id, name, role, gender, first_name FROM speakers"
        " WHERE surname = ? AND kind = 'person'",
        (surname,),
    ).fetchall()


def insert(
    conn: sqlite3.Connection,
    *,
    name: str,
    kind: str,
    role: str | None,
    gender: str | None,
    aliases: Sequence[str],
    first_name: str | None,
    surname: str | None,
    created_at: str,
    speaker_id: int | None = None,
) -> int:
    """A new speaker record (under its old id when an undo brings one back)."""
    cur = conn.execute(
        "INSERT INTO speakers (id, name, kind, role, gender, aliases, first_name, surname,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            speaker_id,
            name,
            kind,
            role,
            gender,
            json.dumps(list(aliases)),
            first_name,
            surname,
            created_at,
        ),
    )
    return int(cur.lastrowid or 0)


def delete(conn: sqlite3.Connection, speaker_id: int) -> None:
    conn.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))


def set_aliases(conn: sqlite3.Connection, speaker_id: int, names: Iterable[str]) -> None:
    conn.execute(
        "UPDATE speakers SET aliases = ? WHERE id = ?", (json.dumps(list(names)), speaker_id)
    )


def rename(conn: sqlite3.Connection, speaker_id: int, name: str) -> None:
    conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (name, speaker_id))


def complete(
    conn: sqlite3.Connection,
    speaker_id: int,
    *,
    name: str,
    first_name: str,
    role: str | None,
    gender: str | None,
) -> None:
    """A record stored under a bare surname learns the full name (role, gender kept)."""
    conn.execute(
        "UPDATE speakers SET name = ?, first_name = ?, role = COALESCE(role, ?), "
        "gender = COALESCE(gender, ?) WHERE id = ?",
        (name, first_name, role, gender, speaker_id),
    )


# --- names ---------------------------------------------------------------------------


def reviewer_named(conn: sqlite3.Connection, names: Sequence[str]) -> int | None:
    """The record a reviewer gave any of these normalised names to."""
    marks = ",".join("?" * len(names))
    found = scalar(
        conn,
        f"SELECT speaker_id FROM speaker_names WHERE source = 'reviewer' AND name IN ({marks})"
        f" LIMIT 1",
        names,
    )
    return None if found is None else int(found)


def auto_named(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    """The record ingest filed a normalised name under, with its role and gender."""
    row: sqlite3.Row | None = query(
        conn,
        "SELECT n.speaker_id, sp.role, sp.gender FROM speaker_names n"
        " JOIN speakers sp ON sp.id = n.speaker_id WHERE n.name = ? AND n.source = 'auto'",
        (name,),
    ).fetchone()
    return row


def named(conn: sqlite3.Connection, name: str) -> int | None:
    """The record a normalised name belongs to, a reviewer's word first."""
    found = scalar(
        conn,
        "SELECT speaker_id FROM speaker_names WHERE name = ? ORDER BY source = 'reviewer' DESC",
        (name,),
    )
    return None if found is None else int(found)


def names_of(conn: sqlite3.Connection, speaker_id: int) -> list[str]:
    return [
        r["name"]
        for r in query(
            conn, "SELECT DISTINCT name FROM speaker_names WHERE speaker_id = ?", (speaker_id,)
        )
    ]


def add_names(
    conn: sqlite3.Connection,
    names: Iterable[str],
    speaker_id: int,
    *,
    source: str = "auto",
    replace: bool = False,
) -> None:
    """File names under a record. An 'auto' name never displaces one filed already
    (unless an undo restores it, ``replace``); a reviewer's replaces whatever was there."""
    verb = "INSERT OR REPLACE" if replace or source == "reviewer" else "INSERT OR IGNORE"
    conn.executemany(
        f"{verb} INTO speaker_names (name, source, speaker_id) VALUES (?, ?, ?)",
        [(n, source, speaker_id) for n in names],
    )


def drop_names(
    conn: sqlite3.Connection, speaker_id: int, names: Iterable[str] | None = None
) -> None:
    """Unfile the given names from a record, or all of its names."""
    if names is None:
        conn.execute("DELETE FROM speaker_names WHERE speaker_id = ?", (speaker_id,))
    else:
        conn.executemany(
            "DELETE FROM speaker_names WHERE name = ? AND speaker_id = ?",
            [(n, speaker_id) for n in names],
        )


# --- kept apart ----------------------------------------------------------------------


def kept_apart(conn: sqlite3.Connection, speaker_id: int, names: Sequence[str]) -> bool:
    """Whether a reviewer split a record holding any of these names off ``speaker_id``."""
    marks = ",".join("?" * len(names))
    row = query(
        conn,
        f"SELECT 1 FROM speaker_names n JOIN speaker_distinct d "
        f"ON (d.a = n.speaker_id AND d.b = ?) OR (d.b = n.speaker_id AND d.a = ?) "
        f"WHERE n.name IN ({marks}) LIMIT 1",
        (speaker_id, speaker_id, *names),
    ).fetchone()
    return row is not None


def distinct_pairs(conn: sqlite3.Connection, speaker_id: int) -> list[list[int]]:
    return [
        [r["a"], r["b"]]
        for r in query(
            conn, "SELECT a, b FROM speaker_distinct WHERE a = ? OR b = ?", (speaker_id, speaker_id)
        )
    ]


def keep_apart(conn: sqlite3.Connection, pairs: Iterable[Sequence[int]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO speaker_distinct (a, b) VALUES (?, ?)",
        [(p[0], p[1]) for p in pairs],
    )


def forget_apart(conn: sqlite3.Connection, speaker_id: int) -> None:
    conn.execute("DELETE FROM speaker_distinct WHERE a = ? OR b = ?", (speaker_id, speaker_id))


# --- their statements ----------------------------------------------------------------


def statement_ids(conn: sqlite3.Connection, speaker_id: int) -> list[str]:
    return [
        r["id"]
        for r in query(conn, "SELECT id FROM statements WHERE speaker_id = ?", (speaker_id,))
    ]


def mentions(
    conn: sqlite3.Connection, speaker_id: int, statement_ids: Sequence[str]
) -> list[sqlite3.Row]:
    """(id, speaker_mention) of those of ``statement_ids`` that belong to the speaker."""
    marks = ",".join("?" * len(statement_ids))
    return query(
        conn,
        f"SELECT id, speaker_mention FROM statements WHERE speaker_id = ? AND id IN ({marks})",
        (speaker_id, *statement_ids),
    ).fetchall()


def move_statements(
    conn: sqlite3.Connection, to: int, *, ids: Iterable[str] = (), from_: int | None = None
) -> None:
    """Give statements to another record: the given ones, or all of ``from_``'s."""
    if from_ is not None:
        conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (to, from_))
    conn.executemany(
        "UPDATE statements SET speaker_id = ? WHERE id = ?", [(to, sid) for sid in ids]
    )


def listing(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every speaker with aliases and counts, the most quoted first."""
    rows = query(
        conn,
        """
        SELECT sp.id, sp.name, sp.kind, sp.role, sp.aliases,
               count(st.seq) AS statements, count(DISTINCT st.article_id) AS articles
        FROM speakers sp LEFT JOIN statements st ON st.speaker_id = sp.id
        GROUP BY sp.id ORDER BY statements DESC, sp.name
        """,
    ).fetchall()
    return [dict(r) | {"aliases": json.loads(r["aliases"])} for r in rows]
