"""Check-worthiness for statements stored before it was kept: scored once, on open, by the
same rules ingest applies (``pipeline.worth``), so an older file gets a ranked queue too."""

from __future__ import annotations

from ..pipeline.worth import Candidate, triage
from ..store import Store
from ..store import statements as stq


def backfill(store: Store) -> int:
    """Score every unscored statement, one article a transaction; returns how many."""
    done = 0
    for article_id in stq.unscored_articles(store.conn):
        with store.transaction() as conn:
            rows = stq.for_scoring(conn, article_id)
            if not rows:
                continue
            cands = [
                Candidate(
                    r["id"],
                    r["type"],
                    r["kind"],
                    r["text"],
                    r["start"],
                    r["end"],
                    r["speaker_name"],
                    tuple((r["figure_kinds"] or "").split(",")) if r["figure_kinds"] else (),
                    r["repeats"],
                )
                for r in rows
            ]
            found = triage(cands, rows[0]["title"])
            stq.set_worth(
                conn, [(w.score, w.why, w.part_of, c.id) for c, w in zip(cands, found, strict=True)]
            )
            done += len(rows)
    return done
