"""Stores made by older versions: stale matching words are rebuilt, and `factcheck
rematch` recomputes every match keeping reviewers' decisions on the pairs that persist."""

from __future__ import annotations

import json

from click.testing import CliRunner

from factcheck.app.ingest import ingest
from factcheck.app.matching import VERSION_KEY, rematch
from factcheck.cli import main
from factcheck.match import NORMALISATION_VERSION
from factcheck.pipeline.prepare import words_of
from factcheck.store import settings as settings_q
from tests.match.test_order import corpus


def _pairs(store):
    return {
        (frozenset((a, b)), rel, status)
        for a, b, rel, status in store.conn.execute("SELECT a, b, relation, status FROM matches")
    }


def test_stale_words_are_rebuilt_before_matching(store):
    arts = corpus()
    ingest(store, arts[:6])
    assert settings_q.get(store.conn, VERSION_KEY) == NORMALISATION_VERSION
    with store.transaction() as conn:  # as an older version would have left it
        conn.execute("UPDATE statements SET norm = 'stale words'")
        conn.execute("UPDATE articles SET anchors = '[]'")
        conn.execute("DELETE FROM settings WHERE key = ?", (VERSION_KEY,))
    report = ingest(store, arts[6:])
    assert not report.failures
    assert settings_q.get(store.conn, VERSION_KEY) == NORMALISATION_VERSION
    for text, start, parts, norm in store.conn.execute(
        "SELECT text, start, parts, norm FROM statements"
    ):
        assert norm == words_of(text, start, json.loads(parts) if parts else [])
    # and matching then finds what a fresh ingest finds
    assert store.scalar("SELECT count(*) FROM articles WHERE anchors = '[]'") == 0


def test_rematch_gives_the_same_set_and_keeps_reviewers_decisions(store, tmp_path):
    ingest(store, corpus())
    before = _pairs(store)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM matches ORDER BY id LIMIT 2")]
    with store.transaction() as conn:
        conn.execute("UPDATE matches SET status = 'confirmed' WHERE id = ?", (ids[0],))
        conn.execute("UPDATE matches SET status = 'dismissed' WHERE id = ?", (ids[1],))
    reviewed = _pairs(store)
    report = rematch(store)
    assert report.kept_status == 2
    assert _pairs(store) == reviewed
    assert {(p, r) for p, r, _ in reviewed} == {(p, r) for p, r, _ in before}
    flags = dict(store.conn.execute("SELECT id, flags FROM statements WHERE flags != ''"))
    assert flags  # the flags on the rows are recomputed too


def test_rematch_command(tmp_path):
    from factcheck.store import Store

    db = tmp_path / "r.db"
    with Store(db) as s:
        ingest(s, corpus()[:5])
    r = CliRunner().invoke(main, ["rematch", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "rematched" in r.output
