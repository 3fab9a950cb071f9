"""A corrected article's reviews carried to its new version.

The queue shows current versions only, so a review left on a superseded version would
be out of sight. A review moves to the new version's statement with the same kind and the
very same words (a quote the correction did not touch is still the same quote); a review
whose statement the correction changed or dropped stays on the old version, where the
export still shows it, and the ingest summary counts it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from ..store import reviews as rq
from ..store.statements import NewStatement

CARRY_ACTION = "carry"  # the history action of a review carried to a new version


@dataclass(frozen=True, slots=True)
class Carried:
    carried: int  # reviews now on the new version too
    left: int  # reviews on statements the correction changed, left on the old version


def carry_reviews(
    conn: sqlite3.Connection, old_article: str, statements: list[NewStatement], at: str
) -> Carried:
    """Copy each review of ``old_article`` to the same statement in its new version;
    runs inside the transaction that stores the new version."""
    free: dict[tuple[str, str], list[str]] = {}
    for s in statements:
        free.setdefault((s.kind, s.text), []).append(s.id)
    carried = left = 0
    for r in rq.reviewed_in(conn, old_article):
        if (
            r["verdict"] is None
            and not r["note"]
            and not r["summary"]
            and r["evidence"] in ("[]", None)
        ):
            continue
        same = free.get((r["kind"], r["text"]))
        if not same:
            left += 1
            continue
        new_id = same.pop(0)
        evidence = json.loads(r["evidence"]) if r["evidence"] else []
        rq.insert_review(
            conn,
            new_id,
            verdict=r["verdict"],
            note=r["note"],
            evidence=evidence,
            reviewer=r["reviewer"],
            updated_at=r["updated_at"],
            revision=1,
            summary=r["summary"],
        )
        rq.record_history(
            conn,
            at=at,
            reviewer=r["reviewer"],
            action=CARRY_ACTION,
            target=new_id,
            field="verdict+note+evidence",
            old={"from": r["id"]},
            new={"verdict": r["verdict"], "note": r["note"], "evidence": evidence},
        )
        carried += 1
    return Carried(carried, left)
