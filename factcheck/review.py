"""A reviewer's changes: verdicts, notes, evidence, settled matches, reattributions.

Every change is saved at once in its own transaction, with the reviewer's name and
time, recorded in the append-only ``history`` table, and can be undone. The TUI
and ``factcheck verdict`` both go through these functions, so a change made from a
script is the same as one made at the keyboard.

Two reviewers on one file: each review row carries a ``revision``. A caller that
passes the revision it showed gets ``StaleEdit`` when someone else has changed the
statement since, instead of silently overwriting their work.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .store.db import Store, now, record_history, refresh_flags
from .store.speakers import undo_merge, undo_split

DEFAULT_SCALE: tuple[tuple[str, str, int | None], ...] = (
    # (verdict, label, ClaimReview ratingValue on a 1-5 scale; None: not a truth rating)
    ("true", "True", 5),
    ("mostly-true", "Mostly true", 4),
    ("misleading", "Misleading", 2),
    ("false", "False", 1),
    ("unverifiable", "Unverifiable", None),
    ("not-a-claim", "Not a claim", None),
)
MATCH_STATUSES = ("open", "confirmed", "dismissed")


class ReviewError(ValueError):
    """A change that cannot be made: unknown statement, verdict, or nothing to undo."""


class StaleEdit(ReviewError):
    """Someone else changed the statement since it was shown."""

    def __init__(self, statement_id: str, by: str | None, at: str, revision: int) -> None:
        super().__init__(
            f"{statement_id} was changed by {by or 'someone'} at {at} since you opened it"
        )
        self.by, self.at, self.revision = by, at, revision


@dataclass(frozen=True, slots=True)
class Change:
    history_id: int
    target: str
    field: str
    old: Any
    new: Any


def scale(store: Store) -> tuple[tuple[str, str, int | None], ...]:
    """The rating scale of this database: its own if set, else the default."""
    raw = store.scalar("SELECT value FROM settings WHERE key = 'rating_scale'")
    if not raw:
        return DEFAULT_SCALE
    return tuple((v, label, value) for v, label, value in json.loads(raw))


def set_scale(store: Store, entries: list[tuple[str, str, int | None]]) -> None:
    if not entries or len({e[0] for e in entries}) != len(entries):
        raise ReviewError("a rating scale needs at least one verdict, each named once")
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('rating_scale', ?)",
            (json.dumps([list(e) for e in entries]),),
        )


def review_of(store: Store, statement_id: str) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT verdict, note, evidence, reviewer, updated_at, revision FROM reviews"
        " WHERE statement_id = ?",
        (statement_id,),
    ).fetchone()
    if row is None:
        return None
    return {
        "verdict": row[0],
        "note": row[1],
        "evidence": json.loads(row[2]),
        "reviewer": row[3],
        "updated_at": row[4],
        "revision": row[5],
    }


def set_verdict(
    store: Store,
    statement_id: str,
    verdict: str | None,
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    """Give a statement a verdict from the scale (None clears it)."""
    known = [v for v, _, _ in scale(store)]
    if verdict is not None and verdict not in known:
        raise ReviewError(f"unknown verdict {verdict!r}; the scale is: {', '.join(known)}")
    return _set_review_field(store, statement_id, "verdict", verdict, reviewer, seen_revision)


def set_note(
    store: Store,
    statement_id: str,
    note: str | None,
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    return _set_review_field(store, statement_id, "note", note or None, reviewer, seen_revision)


def add_evidence(store: Store, statement_id: str, url: str, *, reviewer: str | None) -> Change:
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise ReviewError(f"evidence must be an http(s) link, not {url!r}")
    current = (review_of(store, statement_id) or {}).get("evidence", [])
    if url in current:
        raise ReviewError(f"{url} is already evidence for {statement_id}")
    return _set_review_field(store, statement_id, "evidence", [*current, url], reviewer, None)


def remove_evidence(store: Store, statement_id: str, url: str, *, reviewer: str | None) -> Change:
    current = (review_of(store, statement_id) or {}).get("evidence", [])
    if url not in current:
        raise ReviewError(f"{url} is not evidence for {statement_id}")
    rest = [u for u in current if u != url]
    return _set_review_field(store, statement_id, "evidence", rest, reviewer, None)


def _set_review_field(
    store: Store,
    statement_id: str,
    field: str,
    value: Any,
    reviewer: str | None,
    seen_revision: int | None,
    *,
    undoes: int | None = None,
) -> Change:
    stamp = now()
    with store.transaction() as conn:
        _require_statement(conn, statement_id)
        row = conn.execute(
            f"SELECT {field}, revision, reviewer, updated_at FROM reviews WHERE statement_id = ?",
            (statement_id,),
        ).fetchone()
        if row is not None and seen_revision is not None and row[1] != seen_revision:
            raise StaleEdit(statement_id, row[2], row[3], row[1])
        if row is None and seen_revision not in (None, 0):
            raise StaleEdit(statement_id, None, "?", 0)
        old = (json.loads(row[0]) if field == "evidence" else row[0]) if row else None
        stored = json.dumps(value) if field == "evidence" else value
        if row is None:
            conn.execute(
                f"INSERT INTO reviews (statement_id, {field}, reviewer, updated_at, revision)"
                " VALUES (?, ?, ?, ?, 1)",
                (statement_id, stored, reviewer, stamp),
            )
        else:
            conn.execute(
                f"UPDATE reviews SET {field} = ?, reviewer = ?, updated_at = ?,"
                " revision = revision + 1 WHERE statement_id = ?",
                (stored, reviewer, stamp, statement_id),
            )
        hid = _log_change(conn, stamp, reviewer, statement_id, field, old, value, undoes)
    return Change(hid, statement_id, field, old, value)


def set_match_status(
    store: Store, match_id: int, status: str, *, reviewer: str | None, undoes: int | None = None
) -> Change:
    """Confirm or dismiss a flagged match (or reopen it)."""
    if status not in MATCH_STATUSES:
        raise ReviewError(f"unknown match status {status!r}; one of {', '.join(MATCH_STATUSES)}")
    stamp = now()
    with store.transaction() as conn:
        row = conn.execute("SELECT status FROM matches WHERE id = ?", (match_id,)).fetchone()
        if row is None:
            raise ReviewError(f"no match {match_id}")
        conn.execute("UPDATE matches SET status = ? WHERE id = ?", (status, match_id))
        refresh_flags(
            conn,
            list(conn.execute("SELECT a, b FROM matches WHERE id = ?", (match_id,)).fetchone()),
        )
        target = f"match:{match_id}"
        hid = _log_change(conn, stamp, reviewer, target, "status", row[0], status, undoes)
    return Change(hid, target, "status", row[0], status)


def reattribute(
    store: Store,
    statement_id: str,
    speaker_id: int | None,
    *,
    reviewer: str | None,
    undoes: int | None = None,
) -> Change:
    """Give a statement to another speaker (None: unattributed)."""
    stamp = now()
    with store.transaction() as conn:
        _require_statement(conn, statement_id)
        name = None
        if speaker_id is not None:
            found = conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
            if found is None:
                raise ReviewError(f"no speaker {speaker_id}")
            name = found[0]
        seq, old, text, old_name = conn.execute(
            "SELECT seq, speaker_id, text, speaker_name FROM statements WHERE id = ?",
            (statement_id,),
        ).fetchone()
        conn.execute(
            "UPDATE statements SET speaker_id = ? WHERE id = ?", (speaker_id, statement_id)
        )
        # keep speaker search in step with who the statement is now attributed to
        conn.execute(
            "INSERT INTO statements_fts (statements_fts, rowid, text, speaker_name)"
            " VALUES ('delete', ?, ?, ?)",
            (seq, text, old_name),
        )
        conn.execute("UPDATE statements SET speaker_name = ? WHERE id = ?", (name, statement_id))
        conn.execute(
            "INSERT INTO statements_fts (rowid, text, speaker_name) VALUES (?, ?, ?)",
            (seq, text, name),
        )
        hid = _log_change(
            conn, stamp, reviewer, statement_id, "speaker_id", old, speaker_id, undoes
        )
    return Change(hid, statement_id, "speaker_id", old, speaker_id)


def undo(store: Store, *, reviewer: str | None) -> Change:
    """Take back this reviewer's latest change that is not yet undone."""
    row = store.conn.execute(
        """SELECT h.id, h.target, h.field, h.old, h.action, h.new FROM history h
           WHERE h.reviewer IS ? AND h.action IN ('set', 'merge_speakers', 'split_speaker')
             AND NOT EXISTS (SELECT 1 FROM history u WHERE u.undoes = h.id)
           ORDER BY h.id DESC LIMIT 1""",
        (reviewer,),
    ).fetchone()
    if row is None:
        raise ReviewError("nothing to undo")
    hid, target, field, old = row[0], row[1], row[2], json.loads(row[3])
    if row[4] in ("merge_speakers", "split_speaker"):
        speaker = int(target.split(":", 1)[1])
        new = json.loads(row[5])
        with store.transaction() as conn:
            if row[4] == "merge_speakers":
                undo_merge(conn, speaker, old, reviewer=reviewer, at=now(), undoes=hid)
            else:
                undo_split(conn, speaker, old, new, reviewer=reviewer, at=now(), undoes=hid)
        return Change(hid, target, row[4], new, old)
    if target.startswith("match:"):
        return set_match_status(store, int(target[6:]), old, reviewer=reviewer, undoes=hid)
    if field == "speaker_id":
        return reattribute(store, target, old, reviewer=reviewer, undoes=hid)
    return _set_review_field(store, target, field, old, reviewer, None, undoes=hid)


def history(store: Store, target: str) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT id, at, reviewer, action, field, old, new, undoes FROM history"
        " WHERE target = ? ORDER BY id",
        (target,),
    )
    return [
        {
            "id": r[0],
            "at": r[1],
            "reviewer": r[2],
            "action": r[3],
            "field": r[4],
            "old": json.loads(r[5]) if r[5] is not None else None,
            "new": json.loads(r[6]) if r[6] is not None else None,
            "undoes": r[7],
        }
        for r in rows
    ]


def _require_statement(conn: sqlite3.Connection, statement_id: str) -> None:
    if conn.execute("SELECT 1 FROM statements WHERE id = ?", (statement_id,)).fetchone() is None:
        raise ReviewError(f"no statement {statement_id}")


def _log_change(
    conn: sqlite3.Connection,
    at: str,
    reviewer: str | None,
    target: str,
    field: str,
    old: Any,
    new: Any,
    undoes: int | None,
) -> int:
    """A change is a 'set', or an 'undo' of the history row it names."""
    return record_history(
        conn,
        at=at,
        reviewer=reviewer,
        action="undo" if undoes else "set",
        target=target,
        field=field,
        old=old,
        new=new,
        undoes=undoes,
    )
