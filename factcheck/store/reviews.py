"""Queries on ``reviews`` (a statement's verdict, note and evidence) and ``history`` (the
append-only record of every change a reviewer made, which undo reads)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import HistoryEntry

from .db import in_chunks, plain_rows, query

REVIEW_FIELDS = ("verdict", "summary", "note", "evidence")
UNDOABLE_ACTIONS = ("set", "merge_speakers", "split_speaker")


def review(conn: sqlite3.Connection, statement_id: str) -> dict[str, Any] | None:
    """A statement's review, evidence as a list; None when it has none."""
    row = query(
        conn,
        "SELECT verdict, summary, note, evidence, reviewer, updated_at, revision FROM reviews"
        " WHERE statement_id = ?",
        (statement_id,),
    ).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["evidence"] = json.loads(row["evidence"])
    return out


def write_fields(
    conn: sqlite3.Connection,
    statement_id: str,
    values: dict[str, Any],
    *,
    reviewer: str | None,
    at: str,
    exists: bool,
) -> None:
    """Set fields of a review (creating it) in one statement, bumping its revision once."""
    unknown = set(values) - set(REVIEW_FIELDS)
    if unknown or not values:
        raise ValueError(f"no review field {sorted(unknown) or values!r}")
    names = [f for f in REVIEW_FIELDS if f in values]
    stored = [json.dumps(values[f]) if f == "evidence" else values[f] for f in names]
    if not exists:
        conn.execute(
            f"INSERT INTO reviews (statement_id, {', '.join(names)}, reviewer, updated_at,"
            f" revision) VALUES (?, {', '.join('?' * len(names))}, ?, ?, 1)",
            (statement_id, *stored, reviewer, at),
        )
    else:
        sets = ", ".join(f"{f} = ?" for f in names)
        conn.execute(
            f"UPDATE reviews SET {sets}, reviewer = ?, updated_at = ?,"
            " revision = revision + 1 WHERE statement_id = ?",
            (*stored, reviewer, at, statement_id),
        )


def reviewed_in(conn: sqlite3.Connection, article_id: str) -> list[sqlite3.Row]:
    """An article's statements that have a review, with it, in order."""
    return query(
        conn,
        """SELECT s.id, s.kind, s.text, r.verdict, r.summary, r.note, r.evidence, r.reviewer,
                  r.updated_at
           FROM statements s JOIN reviews r ON r.statement_id = s.id
           WHERE s.article_id = ? ORDER BY s.seq""",
        (article_id,),
    ).fetchall()


def verdicts_in_use(conn: sqlite3.Connection) -> dict[str, int]:
    """How many statements have each verdict."""
    return {
        r["verdict"]: int(r["n"])
        for r in query(
            conn,
            "SELECT verdict, count(*) AS n FROM reviews WHERE verdict IS NOT NULL GROUP BY verdict",
        )
    }


def insert_review(
    conn: sqlite3.Connection,
    statement_id: str,
    *,
    verdict: str | None,
    note: str | None,
    evidence: list[str],
    reviewer: str | None,
    updated_at: str,
    revision: int,
    summary: str | None = None,
) -> None:
    """A whole review as an import brings it."""
    conn.execute(
        "INSERT INTO reviews (statement_id, verdict, summary, note, evidence, reviewer,"
        " updated_at, revision) VALUES (?,?,?,?,?,?,?,?)",
        (
            statement_id,
            verdict,
            summary,
            note,
            json.dumps(evidence),
            reviewer,
            updated_at,
            revision,
        ),
    )


def summaries(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The reviewers' short wordings of many statements, where they wrote one."""
    out: dict[str, str] = {}
    for chunk, marks in in_chunks(ids):
        out |= dict(
            conn.execute(
                f"SELECT statement_id, summary FROM reviews"
                f" WHERE statement_id IN ({marks}) AND summary IS NOT NULL",
                chunk,
            ).fetchall()
        )
    return out


# --- history -------------------------------------------------------------------------


def record_history(
    conn: sqlite3.Connection,
    *,
    at: str,
    reviewer: str | None,
    action: str,
    target: str,
    field: str | None,
    old: Any,
    new: Any,
    undoes: int | None = None,
) -> int:
    """One row of the append-only history of reviewers' changes; returns its id."""
    cur = conn.execute(
        "INSERT INTO history (at, reviewer, action, target, field, old, new, undoes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            at,
            reviewer,
            action,
            target,
            field,
            json.dumps(old, ensure_ascii=False),
            json.dumps(new, ensure_ascii=False),
            undoes,
        ),
    )
    return int(cur.lastrowid or 0)


def _decoded(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    for k in ("old", "new"):
        out[k] = json.loads(row[k]) if row[k] is not None else None
    return out


def history_of(conn: sqlite3.Connection, target: str) -> list[dict[str, Any]]:
    """Every change to one target ('statement id', 'match:ID', 'speaker:ID'), oldest first."""
    return [
        _decoded(r)
        for r in query(
            conn,
            "SELECT id, at, reviewer, action, field, old, new, undoes FROM history"
            " WHERE target = ? ORDER BY id",
            (target,),
        )
    ]


def histories(conn: sqlite3.Connection, targets: list[str]) -> dict[str, list[HistoryEntry]]:
    """The history of many statements, as an export writes it."""
    out: dict[str, list[HistoryEntry]] = defaultdict(list)
    from ..models import HistoryEntry  # the models load only when an export needs them

    for chunk, marks in in_chunks(targets):
        for r in query(
            conn,
            f"SELECT target, at, reviewer, action, field, old, new FROM history"
            f" WHERE target IN ({marks}) ORDER BY id",
            chunk,
        ):
            d = _decoded(r)
            out[d.pop("target")].append(HistoryEntry(**d))
    return out


def last_change_of(conn: sqlite3.Connection, target: str, field: str) -> dict[str, Any] | None:
    """The latest history row that changed ``field`` of a target (alone, or with other
    fields in one change, recorded as 'verdict+note')."""
    row = query(
        conn,
        """SELECT id, at, reviewer, action, field, old, new, undoes FROM history
           WHERE target = ? AND instr('+' || field || '+', '+' || ? || '+') > 0
           ORDER BY id DESC LIMIT 1""",
        (target, field),
    ).fetchone()
    return _decoded(row) if row is not None else None


def changes_after(conn: sqlite3.Connection, target: str, history_id: int) -> list[dict[str, Any]]:
    """Every change to a target recorded after history row ``history_id``, oldest first."""
    return [
        _decoded(r)
        for r in query(
            conn,
            "SELECT id, at, reviewer, action, field, old, new, undoes FROM history"
            " WHERE target = ? AND id > ? ORDER BY id",
            (target, history_id),
        )
    ]


def latest_undoable(conn: sqlite3.Connection, reviewer: str | None) -> dict[str, Any] | None:
    """This reviewer's latest change that no later row undoes. Read it inside the write
    transaction that undoes it, so that two undos never take back the same change."""
    row = query(
        conn,
        f"""SELECT h.id, h.at, h.target, h.field, h.old, h.action, h.new FROM history h
           WHERE h.reviewer IS ? AND h.action IN ({",".join("?" * len(UNDOABLE_ACTIONS))})
             AND NOT EXISTS (SELECT 1 FROM history u WHERE u.undoes = h.id)
           ORDER BY h.id DESC LIMIT 1""",
        (reviewer, *UNDOABLE_ACTIONS),
    ).fetchone()
    return _decoded(row) if row is not None else None


def changes(
    conn: sqlite3.Connection,
    *,
    reviewer: str | None = None,
    day: str | None = None,
    limit: int = 5000,
) -> list[dict[str, Any]]:
    """Every recorded change, newest first, with the statement's text when it is one's;
    narrowed to one reviewer and one day (an ISO date) when given."""
    where, params = ["1 = 1"], []
    if reviewer is not None:
        where.append("h.reviewer IS ?")
        params.append(reviewer)
    if day:
        where.append("substr(h.at, 1, 10) = ?")
        params.append(day)
    rows = query(
        conn,
        f"""SELECT h.id, h.at, h.reviewer, h.action, h.target, h.field, h.old, h.new,
                   h.undoes, s.text AS statement_text
            FROM history h LEFT JOIN statements s ON s.id = h.target
            WHERE {" AND ".join(where)} ORDER BY h.id DESC LIMIT ?""",
        (*params, limit),
    )
    return [_decoded(r) for r in rows]


def reviewers_and_days(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """Who has changed anything, and on which days (newest first)."""
    who = [
        name
        for (name,) in plain_rows(conn, "SELECT DISTINCT reviewer FROM history ORDER BY 1")
        if name
    ]
    days = [
        day
        for (day,) in plain_rows(
            conn, "SELECT DISTINCT substr(at, 1, 10) AS day FROM history ORDER BY 1 DESC"
        )
    ]
    return who, days
