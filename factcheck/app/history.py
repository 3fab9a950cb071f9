"""Every change reviewers made, in words: "speaker: Barack Obama → Michelle Obama", not
``set speaker_id: 390 → 44``. For the history screen, the statement view and undo notices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..store import Store
from ..store import queue as qq
from ..store import reviews as rq
from ..store import settings as settings_q


@dataclass(frozen=True, slots=True)
class ChangeLine:
    id: int
    at: str
    reviewer: str | None
    what: str  # the change in words
    target: str  # statement id, or "speaker:ID" / "match:ID"
    statement: str | None  # the statement's text, when the change is to one
    undone: bool = False


def _speaker_ids(rows: list[dict[str, Any]]) -> set[int]:
    ids: set[int] = set()
    for h in rows:
        if h["field"] == "speaker_id":
            ids |= {v for v in (h["old"], h["new"]) if isinstance(v, int)}
        if h["target"].startswith("speaker:"):
            ids.add(int(h["target"].split(":", 1)[1]))
        for side in (h["old"], h["new"]):
            if isinstance(side, dict) and isinstance(side.get("speaker"), int):
                ids.add(side["speaker"])
    return ids


def describe(h: dict[str, Any], names: dict[int, str], labels: dict[str, str]) -> str:
    """One history row in words, with speakers by their current names."""

    def who(sid: Any) -> str:
        if sid is None:
            return "nobody (the reporter)"
        return names.get(sid, f"a speaker no longer stored (#{sid})")

    def verdict(v: Any) -> str:
        return "none" if v is None else labels.get(v, str(v))

    action, field, old, new = h["action"], h["field"], h["old"], h["new"]
    prefix = "undid: " if action == "undo" else ""
    target = h["target"]
    if target.startswith("speaker:") and field is None:
        # a merge or a split, or the undo of one (which records them the other way round)
        sid = int(target.split(":", 1)[1])
        before, after = (new, old) if action == "undo" else (old, new)
        before, after = before or {}, after or {}
        n = len(before.get("statements", []))
        many = f"{n} statement{'s' * (n != 1)}"
        if "into" in after:
            dropped = before.get("speaker", {}).get("name", "?")
            return f"{prefix}merged {dropped} into {who(sid)} ({many})"
        new_name = names.get(after.get("speaker", -1)) or ", ".join(before.get("names", [])[:1])
        return f"{prefix}split {many} off {who(sid)} as {new_name or 'a new speaker'}"
    if target.startswith("match:"):
        return f"{prefix}match {target[6:]}: {old} → {new}"
    if field == "speaker_id":
        return f"{prefix}speaker: {who(old)} → {who(new)}"
    if field == "verdict":
        return f"{prefix}verdict: {verdict(old)} → {verdict(new)}"
    if field in ("note", "summary"):
        return f"{prefix}{field}: {_clip(old) or '—'} → {_clip(new) or '—'}"
    if field == "evidence":
        before, after = set(old or []), set(new or [])
        added, removed = sorted(after - before), sorted(before - after)
        parts = [f"+ {u}" for u in added] + [f"− {u}" for u in removed]
        return f"{prefix}evidence: {'; '.join(parts) or 'unchanged'}"
    return f"{prefix}{field or action}: {old!r} → {new!r}"


def _clip(v: Any, n: int = 60) -> str:
    text = " ".join(str(v).split()) if v else ""
    return text if len(text) <= n else text[: n - 1] + "…"


def changes(
    store: Store, *, reviewer: str | None = None, day: str | None = None, limit: int = 5000
) -> list[ChangeLine]:
    """Every change, newest first, in words; narrowed to a reviewer and a day if given."""
    rows = rq.changes(store.conn, reviewer=reviewer, day=day, limit=limit)
    names = qq.speaker_names_by_id(store.conn, sorted(_speaker_ids(rows)))
    labels = {v: label for v, label, _ in settings_q.rating_scale(store.conn)}
    undone = {h["undoes"] for h in rows if h["undoes"]}
    return [
        ChangeLine(
            h["id"],
            h["at"],
            h["reviewer"],
            describe(h, names, labels),
            h["target"],
            h.get("statement_text"),
            h["id"] in undone,
        )
        for h in rows
    ]


def statement_changes(store: Store, history: list[dict[str, Any]]) -> list[str]:
    """A statement's own history rows (as ``review.history`` gives them) in words."""
    rows = [h | {"target": f"match:{h['match']}" if "match" in h else ""} for h in history]
    names = qq.speaker_names_by_id(store.conn, sorted(_speaker_ids(rows)))
    labels = {v: label for v, label, _ in settings_q.rating_scale(store.conn)}
    return [describe(h, names, labels) for h in rows]


def reviewers_and_days(store: Store) -> tuple[list[str], list[str]]:
    return rq.reviewers_and_days(store.conn)
