"""The store on a real file: schema steps, safety on open, re-ingest and versions."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from factcheck.app.views import match_listing, store_counts
from factcheck.store import Store, StoreError, migrations
from tests.conftest import ingest_texts, seed_texts

ARTICLE = (
    "Tariffs on some goods were postponed to Dec 15, officials said.\n\n"
    '"We are making progress," Treasury Secretary Steven Mnuchin said on Thursday.'
)


def test_opens_in_wal_mode_with_every_table(store):
    assert store.db.journal_mode == "wal"
    tables = set(store.db.table_names())
    for t in (
        "articles",
        "speakers",
        "statements",
        "quantities",
        "matches",
        "reviews",
        "history",
        "statements_fts",
        "_sqlite_migrations",
    ):
        assert t in tables
    assert {"quotes", "claims"} <= set(store.db.view_names())
    # SQLite waits a slice of the busy limit a try; the store retries up to the limit
    assert store.scalar("PRAGMA busy_timeout") == store.busy.attempt_ms
    assert store.busy.timeout >= 5


def test_file_from_an_older_version_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="004_statement_search")
    assert "statements_fts" not in db.table_names()
    db.close()
    # an older factcheck had stored an article already; the newer one adds search over it
    old = sqlite3.connect(path)
    old.execute("INSERT INTO documents (key) VALUES ('a.txt')")
    old.execute(
        "INSERT INTO articles (id, document_id, version, chars, quotes, claims, ingested_at, text)"
        " VALUES ('abc', 1, 1, 5, 1, 0, 'then', 'hello')"
    )
    old.execute(
        'INSERT INTO statements (id, article_id, type, kind, text, start, "end", norm)'
        " VALUES ('abc/q0-5', 'abc', 'quote', 'direct', 'hello', 0, 5, 'hello')"
    )
    old.commit()
    old.close()
    with Store(path) as s:
        assert [m.name for m in migrations.pending(s.db)] == []
        assert s.scalar("SELECT count(*) FROM statements") == 1
        hits = list(s.db["statements"].search("hello"))
        assert [h["id"] for h in hits] == ["abc/q0-5"]


def test_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('factcheck', '999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer factcheck"):
        Store(path)


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(path)
    assert path.read_bytes() == before


def test_reingesting_the_same_content_adds_nothing(store):
    first = ingest_texts(store, seed_texts())
    counts = store_counts(store)
    again = ingest_texts(store, seed_texts())
    assert first.stored == 2 and again.stored == 0 and again.unchanged == 2
    assert store_counts(store) == counts


def test_changed_text_under_the_same_path_is_a_new_version_and_reviews_stay(store):
    ingest_texts(store, {"story.txt": ARTICLE})
    old_id = store.scalar("SELECT id FROM articles")
    stmt = store.scalar("SELECT id FROM statements WHERE kind = 'direct'")
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO reviews (statement_id, verdict, note, reviewer, updated_at)"
            " VALUES (?, 'true', 'checked the transcript', 'ana', 'now')",
            (stmt,),
        )
    report = ingest_texts(store, {"story.txt": ARTICLE.replace("Dec 15", "Dec 16")})
    assert report.stored == 1 and report.new_versions == 1
    rows = store.conn.execute(
        "SELECT id, version, superseded_by FROM articles ORDER BY version"
    ).fetchall()
    assert rows[0][0] == old_id and rows[0][1] == 1 and rows[0][2] == rows[1][0]
    assert rows[1][1] == 2 and rows[1][2] is None
    assert store.scalar("SELECT note FROM reviews WHERE statement_id = ?", (stmt,)) == (
        "checked the transcript"
    )
    assert store_counts(store)["articles"] == 1
    # versions of one document are never matched against each other
    assert match_listing(store) == []


def test_statements_and_figures_keep_exact_offsets(store):
    ingest_texts(store, seed_texts())
    for text, start, end, article in store.conn.execute(
        'SELECT s.text, s.start, s."end", a.text FROM statements s'
        " JOIN articles a ON a.id = s.article_id"
    ):
        assert article[start:end] == text
    for text, start, end, article in store.conn.execute(
        'SELECT q.text, q.start, q."end", a.text FROM quantities q'
        " JOIN statements s ON s.id = q.statement_id JOIN articles a ON a.id = s.article_id"
    ):
        assert article[start:end] == text


def test_statement_text_is_searchable(store):
    ingest_texts(store, seed_texts())
    hits = [r["text"] for r in store.db["statements"].search("soya")]
    assert hits and all("soya" in h for h in hits)


def test_the_flags_step_fills_flags_from_the_matches_already_stored(tmp_path):
    """Step 006 carries its own SQL: an older file's matches become each row's flags."""
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="006_statement_flags")
    db.close()
    old = sqlite3.connect(path)
    old.execute("INSERT INTO documents (key) VALUES ('a.txt')")
    old.execute(
        "INSERT INTO articles (id, document_id, version, chars, quotes, claims, ingested_at, text)"
        " VALUES ('abc', 1, 1, 5, 3, 0, 'then', 'hello')"
    )
    for sid in ("abc/x", "abc/y", "abc/z"):
        old.execute(
            'INSERT INTO statements (id, article_id, type, kind, text, start, "end", norm)'
            " VALUES (?, 'abc', 'quote', 'direct', 'hello', 0, 5, 'hello')",
            (sid,),
        )
    for a, b, relation, status in [
        ("abc/x", "abc/y", "consistent", "open"),
        ("abc/x", "abc/z", "contradiction", "open"),
        ("abc/y", "abc/z", "misquote", "dismissed"),
    ]:
        old.execute(
            "INSERT INTO matches (a, b, relation, score, reasons, status, created_at)"
            " VALUES (?, ?, ?, 90, '[]', ?, 'then')",
            (a, b, relation, status),
        )
    old.commit()
    old.close()
    with Store(path) as s:
        flags = dict(s.conn.execute("SELECT id, flags FROM statements"))
    assert flags == {
        "abc/x": "contradiction,consistent",
        "abc/y": "consistent",
        "abc/z": "contradiction",
    }
