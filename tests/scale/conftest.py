from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    """One LocalCluster (2 worker processes) for a module's tests: its address."""
    from factcheck.scale.cluster import client

    with client(None, 2) as c:
        yield c.scheduler.address


def contents(db: Path) -> dict[str, list[tuple]]:
    """What two ways of storing one corpus must agree on, row for row."""
    c = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(
                c.execute("SELECT id, document_id, version, quotes, claims FROM articles")
            ),
            "statements": sorted(
                c.execute(
                    "SELECT s.id, s.article_id, s.kind, s.text, s.speaker_name, sp.name,"
                    " s.norm, s.flags, s.worth FROM statements s"
                    " LEFT JOIN speakers sp ON sp.id = s.speaker_id"
                )
            ),
            "matches": sorted(
                c.execute(
                    "SELECT a, b, relation, round(score, 6), reasons, diff, status FROM matches"
                )
            ),
            "speakers": sorted(c.execute("SELECT name, kind FROM speakers")),
        }
    finally:
        c.close()
