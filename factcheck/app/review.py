"""A reviewer's changes: verdicts, notes, evidence, settled matches, reattributions, undo.

Every change is saved at once in its own transaction, with the reviewer's name and
time, recorded in the append-only ``history`` table, and can be undone. The TUI
and the CLI both go through these functions, so a change made from a script is the
same as one made at the keyboard.

Two reviewers on one file: every write is a compare-and-set, read and written inside one
transaction that holds the write lock (``Store.transaction``), so nothing can come between
the check and the write:

- a caller that passes the revision it showed (``seen_revision``; the CLI's
  ``--expect-revision``) gets ``StaleEdit`` when the statement's revision is another;
- a caller that passes none (a script) may set a verdict or note only where it replaces
  nobody else's value: one set by another reviewer is refused, naming who and when;
- evidence links are added to, and removed from, the list as it stands inside the
  transaction, so two reviewers adding links at once both keep theirs;
- ``undo`` takes back the reviewer's own latest change, and only while nobody else has
  changed what it touched since.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..store import Store, now
from ..store import matches as mq
from ..store import reviews as rq
from ..store import settings as settings_q
from ..store import speakers as sq
from ..store import statements as stq
from ..vocabulary import MATCH_STATUSES, RATING_RANGE, ScaleEntry
from . import speakers
from .changes import Change, ReviewError, StaleEdit, UndoRefused

__all__ = [
    "Change",
    "ReviewError",
    "StaleEdit",
    "UndoRefused",
    "add_evidence",
    "history",
    "reattribute",
    "remove_evidence",
    "review_of",
    "scale",
    "set_match_status",
    "set_note",
    "set_review",
    "set_scale",
    "set_summary",
    "set_verdict",
    "undo",
]


def scale(store: Store) -> tuple[ScaleEntry, ...]:
    """The rating scale of this database: its own if set, else the default."""
    return settings_q.rating_scale(store.conn)


def set_scale(store: Store, entries: list[ScaleEntry]) -> None:
    """Give the database a rating scale. Each verdict is named once, with a label and a
    ClaimReview rating in ``RATING_RANGE`` (or none); a verdict some statement still has
    cannot be dropped, or its reviews would name a verdict the scale does not know."""
    lo, hi = RATING_RANGE
    if not entries:
        raise ReviewError("a rating scale needs at least one verdict")
    seen: set[str] = set()
    for verdict, label, rating in entries:
        if not verdict.strip() or not label.strip():
            raise ReviewError("every verdict needs a name and a label")
        if verdict == "none":
            raise ReviewError('"none" clears a verdict; it cannot be one')
        if verdict in seen:
            raise ReviewError(f"verdict {verdict!r} is named twice")
        seen.add(verdict)
        if rating is not None and (isinstance(rating, bool) or not lo <= rating <= hi):
            raise ReviewError(
                f"verdict {verdict!r} has rating {rating!r}; a rating is {lo} to {hi}, or null"
            )
    with store.transaction() as conn:
        in_use = rq.verdicts_in_use(conn)
        dropped = sorted(v for v in in_use if v not in seen)
        if dropped:
            uses = ", ".join(f"{v!r} ({in_use[v]} statement(s))" for v in dropped)
            raise ReviewError(
                f"the new scale drops {uses}, still in use; give those statements"
                " another verdict first"
            )
        settings_q.set_rating_scale(conn, entries)


def review_of(store: Store, statement_id: str) -> dict[str, Any] | None:
    return rq.review(store.conn, statement_id)


def history(store: Store, target: str) -> list[dict[str, Any]]:
    return rq.history_of(store.conn, target)


def set_review(
    store: Store,
    statement_id: str,
    values: dict[str, Any],
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    """Set the verdict, the note and/or the summary of a statement as one change (one
    revision, one history row, one undo)."""
    values = dict(values)
    if "verdict" in values and values["verdict"] is not None:
        known = [v for v, _, _ in scale(store)]
        if values["verdict"] not in known:
            raise ReviewError(
                f"unknown verdict {values['verdict']!r}; the scale is: {', '.join(known)}"
            )
    for text_field in ("note", "summary"):
        if text_field in values:
            values[text_field] = (values[text_field] or "").strip() or None
    if not values or set(values) - {"verdict", "note", "summary"}:
        raise ReviewError("a review change sets the verdict, the note or the summary")
    with store.transaction() as conn:
        return _write_review(conn, statement_id, values, reviewer, seen_revision, now())


def set_verdict(
    store: Store,
    statement_id: str,
    verdict: str | None,
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    """Give a statement a verdict from the scale (None clears it)."""
    return set_review(
        store, statement_id, {"verdict": verdict}, reviewer=reviewer, seen_revision=seen_revision
    )


def set_note(
    store: Store,
    statement_id: str,
    note: str | None,
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    return set_review(
        store, statement_id, {"note": note}, reviewer=reviewer, seen_revision=seen_revision
    )


def set_summary(
    store: Store,
    statement_id: str,
    summary: str | None,
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    """The reviewer's short wording of the claim, which ClaimReview publishes as
    ``claimReviewed``; None or "" clears it, and the statement's own words are used."""
    return set_review(
        store, statement_id, {"summary": summary}, reviewer=reviewer, seen_revision=seen_revision
    )


def add_evidence(
    store: Store,
    statement_id: str,
    url: str,
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    """Add a link to the statement's evidence as it stands when the write lock is held."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise ReviewError(f"evidence must be an http(s) link, not {url!r}")
    with store.transaction() as conn:
        _require_statement(conn, statement_id)
        links = (rq.review(conn, statement_id) or {}).get("evidence", [])
        if url in links:
            raise ReviewError(f"{url} is already evidence for {statement_id}")
        return _write_review(
            conn,
            statement_id,
            {"evidence": [*links, url]},
            reviewer,
            seen_revision,
            now(),
            guard=False,
        )


def remove_evidence(
    store: Store,
    statement_id: str,
    url: str,
    *,
    reviewer: str | None,
    seen_revision: int | None = None,
) -> Change:
    """Take one link out of the statement's evidence as it stands when the lock is held."""
    url = url.strip()
    with store.transaction() as conn:
        _require_statement(conn, statement_id)
        links = (rq.review(conn, statement_id) or {}).get("evidence", [])
        if url not in links:
            raise ReviewError(f"{url} is not evidence for {statement_id}")
        rest = [u for u in links if u != url]
        return _write_review(
            conn, statement_id, {"evidence": rest}, reviewer, seen_revision, now(), guard=False
        )


def _write_review(
    conn: sqlite3.Connection,
    statement_id: str,
    values: dict[str, Any],
    reviewer: str | None,
    seen_revision: int | None,
    stamp: str,
    *,
    guard: bool = True,
    undoes: int | None = None,
) -> Change:
    """The compare-and-set itself, inside the caller's transaction.

    With ``seen_revision`` the revision must be the one the caller read. Without it
    (``guard``) no field may replace a value another reviewer set.
    """
    _require_statement(conn, statement_id)
    current = rq.review(conn, statement_id)
    revision = current["revision"] if current else 0
    if seen_revision is not None and seen_revision != revision:
        assert current is not None  # revision 0 is a statement with no review
        raise StaleEdit(
            statement_id, current["reviewer"], current["updated_at"], revision, seen=seen_revision
        )
    if seen_revision is None and guard and current is not None:
        for f, value in values.items():
            if current[f] in (None, "", []) or current[f] == value:
                continue
            last = rq.last_change_of(conn, statement_id, f)
            by, at = (last["reviewer"], last["at"]) if last else (current["reviewer"], "?")
            if by != reviewer:
                raise StaleEdit(statement_id, by, at, revision, field=f)
    names = [f for f in rq.REVIEW_FIELDS if f in values]
    old = {f: current[f] if current else ([] if f == "evidence" else None) for f in names}
    rq.write_fields(
        conn, statement_id, values, reviewer=reviewer, at=stamp, exists=current is not None
    )
    field = "+".join(names)
    before: Any = old[names[0]] if len(names) == 1 else old
    after: Any = values[names[0]] if len(names) == 1 else {f: values[f] for f in names}
    hid = _log_change(conn, stamp, reviewer, statement_id, field, before, after, undoes)
    return Change(hid, statement_id, field, before, after, revision + 1)


def set_match_status(store: Store, match_id: int, status: str, *, reviewer: str | None) -> Change:
    """Confirm or dismiss a flagged match (or reopen it)."""
    if status not in MATCH_STATUSES:
        raise ReviewError(f"unknown match status {status!r}; one of {', '.join(MATCH_STATUSES)}")
    with store.transaction() as conn:
        return _match_status(conn, match_id, status, reviewer, now(), None)


def _match_status(
    conn: sqlite3.Connection,
    match_id: int,
    status: str,
    reviewer: str | None,
    stamp: str,
    undoes: int | None,
) -> Change:
    row = mq.status_of(conn, match_id)
    if row is None:
        raise ReviewError(f"no match {match_id}")
    mq.set_status(conn, match_id, status)
    mq.refresh_flags(conn, [row["a"], row["b"]])
    target = f"match:{match_id}"
    hid = _log_change(conn, stamp, reviewer, target, "status", row["status"], status, undoes)
    return Change(hid, target, "status", row["status"], status)


def reattribute(
    store: Store, statement_id: str, speaker_id: int | None, *, reviewer: str | None
) -> Change:
    """Give a statement to another speaker (None: unattributed)."""
    with store.transaction() as conn:
        return _reattribute(conn, statement_id, speaker_id, reviewer, now(), None)


def _reattribute(
    conn: sqlite3.Connection,
    statement_id: str,
    speaker_id: int | None,
    reviewer: str | None,
    stamp: str,
    undoes: int | None,
) -> Change:
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
    hid = _log_change(conn, stamp, reviewer, statement_id, "speaker_id", old, speaker_id, undoes)
    return Change(hid, statement_id, "speaker_id", old, speaker_id)


def undo(store: Store, *, reviewer: str | None) -> Change:
    """Take back this reviewer's latest change that is not yet undone.

    Read and undone in one transaction, so two undos at once take back two changes, never
    one twice. Refused (``UndoRefused``, saying by whom) when someone else has changed the
    same statement, match or speaker since: undoing then would wipe their change.
    """
    stamp = now()
    with store.transaction() as conn:
        row = rq.latest_undoable(conn, reviewer)
        if row is None:
            raise ReviewError("nothing to undo")
        hid, target, field, old, action = (
            row["id"],
            row["target"],
            row["field"],
            row["old"],
            row["action"],
        )
        others = [h for h in rq.changes_after(conn, target, hid) if h["reviewer"] != reviewer]
        if others:
            last = others[-1]
            what = field or action.replace("_", " ")
            raise UndoRefused(
                f"not undone: {last['reviewer'] or 'someone'} changed {target} at {last['at']},"
                f" after your {what} change at {row['at']}; yours stays as it is"
            )
        if action in ("merge_speakers", "split_speaker"):
            speaker = int(target.split(":", 1)[1])
            new = row["new"]
            if action == "merge_speakers":
                speakers.undo_merge(conn, speaker, old, reviewer=reviewer, at=stamp, undoes=hid)
            else:
                speakers.undo_split(
                    conn, speaker, old, new, reviewer=reviewer, at=stamp, undoes=hid
                )
            return Change(hid, target, action, new, old)
        if target.startswith("match:"):
            return _match_status(conn, int(target[6:]), old, reviewer, stamp, hid)
        if field == "speaker_id":
            return _reattribute(conn, target, old, reviewer, stamp, hid)
        values = old if "+" in field else {field: old}
        return _write_review(conn, target, values, reviewer, None, stamp, guard=False, undoes=hid)


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
