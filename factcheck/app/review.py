"""A reviewer's changes: verdicts, notes, evidence, settled matches, reattributions, undo.

Every change is saved at once in its own transaction, with the reviewer's name and
time, recorded in the append-only ``history`` table, and can be undone. The TUI
and the CLI both go through these functions, so a change made from a script is the
same as one made at the keyboard.

Two reviewers on one file: each review row carries a ``revision``. A caller that
passes the revision it showed gets ``StaleEdit`` when someone else has changed the
statement since, instead of silently overwriting their work.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..models import MATCH_STATUSES, ScaleEntry
from ..store import Store, now
from ..store import matches as mq
from ..store import reviews as rq
from ..store import settings as settings_q
from ..store import speakers as sq
from ..store import statements as stq
from . import speakers
from .changes import Change, ReviewError, StaleEdit

__all__ = [
    "Change",
    "ReviewError",
    "StaleEdit",
    "add_evidence",
    "history",
    "reattribute",
    "remove_evidence",
    "review_of",
    "scale",
    "set_match_status",
    "set_note",
    "set_scale",
    "set_verdict",
    "undo",
]


def scale(store: Store) -> tuple[ScaleEntry, ...]:
    """The rating scale of this database: its own if set, else the default."""
    return settings_q.rating_scale(store.conn)


def set_scale(store: Store, entries: list[ScaleEntry]) -> None:
    if not entries or len({e[0] for e in entries}) != len(entries):
        raise ReviewError("a rating scale needs at least one verdict, each named once")
    with store.transaction() as conn:
        settings_q.set_rating_scale(conn, entries)


def review_of(store: Store, statement_id: str) -> dict[str, Any] | None:
    return rq.review(store.conn, statement_id)


def history(store: Store, target: str) -> list[dict[str, Any]]:
    return rq.history_of(store.conn, target)


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
        current = rq.review(conn, statement_id)
        if (
            current is not None
            and seen_revision is not None
            and current["revision"] != seen_revision
        ):
            raise StaleEdit(
                statement_id, current["reviewer"], current["updated_at"], current["revision"]
            )
        if current is None and seen_revision not in (None, 0):
            raise StaleEdit(statement_id, None, "?", 0)
        old = current[field] if current else None
        rq.write_field(
            conn, statement_id, field, value, reviewer=reviewer, at=stamp, exists=bool(current)
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
        row = mq.status_of(conn, match_id)
        if row is None:
            raise ReviewError(f"no match {match_id}")
        mq.set_status(conn, match_id, status)
        mq.refresh_flags(conn, [row["a"], row["b"]])
        target = f"match:{match_id}"
        hid = _log_change(conn, stamp, reviewer, target, "status", row["status"], status, undoes)
    return Change(hid, target, "status", row["status"], status)


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
        before = stq.attribution(conn, statement_id)
        if before is None:
            raise ReviewError(f"no statement {statement_id}")
        name = None
        if speaker_id is not None:
            found = sq.get(conn, speaker_id)
            if found is None:
                raise ReviewError(f"no speaker {speaker_id}")
            name = found["name"]
        stq.set_speaker(conn, statement_id, speaker_id, name)
        old = before["speaker_id"]
        hid = _log_change(
            conn, stamp, reviewer, statement_id, "speaker_id", old, speaker_id, undoes
        )
    return Change(hid, statement_id, "speaker_id", old, speaker_id)


def undo(store: Store, *, reviewer: str | None) -> Change:
    """Take back this reviewer's latest change that is not yet undone."""
    row = rq.latest_undoable(store.conn, reviewer)
    if row is None:
        raise ReviewError("nothing to undo")
    hid, target, field, old, action = (
        row["id"],
        row["target"],
        row["field"],
        row["old"],
        row["action"],
    )
    if action in ("merge_speakers", "split_speaker"):
        speaker = int(target.split(":", 1)[1])
        new = row["new"]
        with store.transaction() as conn:
            if action == "merge_speakers":
                speakers.undo_merge(conn, speaker, old, reviewer=reviewer, at=now(), undoes=hid)
            else:
                speakers.undo_split(
                    conn, speaker, old, new, reviewer=reviewer, at=now(), undoes=hid
                )
        return Change(hid, target, action, new, old)
    if target.startswith("match:"):
        return set_match_status(store, int(target[6:]), old, reviewer=reviewer, undoes=hid)
    if field == "speaker_id":
        return reattribute(store, target, old, reviewer=reviewer, undoes=hid)
    return _set_review_field(store, target, field, old, reviewer, None, undoes=hid)


def _require_statement(conn: sqlite3.Connection, statement_id: str) -> None:
    if not stq.exists(conn, statement_id):
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
    return rq.record_history(
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
