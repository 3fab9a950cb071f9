"""Step 013: statements keyed by the text id the other tables name, search kept in step
by triggers, nothing lost from a file made before it."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from factcheck.store import Store, migrations
from tests.conftest import ingest_texts, seed_texts


def _old_file(path) -> None:
    """A file as the step before 013 left it, holding one of everything that hangs off a
    statement, and a column a later step of someone else's might have added."""
    db = Database(path)
    migrations.apply(db, stop_before="013_statement_primary_links")
    db.close()
    old = sqlite3.connect(path)
    old.executescript(
        """
        ALTER TABLE statements ADD COLUMN extra TEXT NOT NULL DEFAULT 'kept';
        INSERT INTO documents (key) VALUES ('a.txt');
        INSERT INTO articles (id, document_id, version, chars, quotes, claims, ingested_at,
                              text) VALUES ('abc', 1, 1, 30, 2, 0, 'then', 'tariffs rose; talks');
        INSERT INTO statements (seq, id, article_id, type, kind, text, start, "end", norm,
                                speaker_name)
            VALUES (7, 'abc/x', 'abc', 'quote', 'direct', 'tariffs rose', 0, 12, 'tariffs rose',
                    'Wilbur Ross'),
                   (9, 'abc/y', 'abc', 'claim', 'claim', 'talks', 14, 19, 'talks', NULL);
        INSERT INTO statements_fts (rowid, text, speaker_name)
            SELECT seq, text, speaker_name FROM statements;
        INSERT INTO quantities (statement_id, text, start, "end", kind, comparator, key)
            VALUES ('abc/x', '25%', 0, 3, 'percent', '=', '25%');
        INSERT INTO matches (a, b, relation, score, reasons, created_at)
            VALUES ('abc/x', 'abc/y', 'consistent', 80, '[]', 'then');
        INSERT INTO reviews (statement_id, verdict, updated_at) VALUES ('abc/x', 'true', 'then');
        """
    )
    old.commit()
    old.close()


def test_an_older_file_is_rebuilt_with_the_text_id_as_key_and_keeps_everything(tmp_path):
    path = tmp_path / "old.db"
    _old_file(path)
    with Store(path) as s:
        assert s.db["statements"].pks == ["id"]
        rows = s.conn.execute("SELECT seq, id, extra FROM statements ORDER BY seq").fetchall()
        assert rows == [(7, "abc/x", "kept"), (9, "abc/y", "kept")]
        for table in ("quantities", "matches", "reviews"):
            assert s.scalar(f"SELECT count(*) FROM {table}") == 1
        assert "match_keys" not in s.db.table_names()  # step 012 dropped the old keys
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # every link to a statement names its primary key
        links = [
            (t, fk.column, fk.other_column)
            for t in ("quantities", "matches", "reviews")
            for fk in s.db[t].foreign_keys
            if fk.other_table == "statements"
        ]
        assert sorted(links) == [
            ("matches", "a", "id"),
            ("matches", "b", "id"),
            ("quantities", "statement_id", "id"),
            ("reviews", "statement_id", "id"),
        ]
        assert not [fk for fk in s.db["match_keys"].foreign_keys]
        assert {"quotes", "claims"} <= set(s.db.view_names())
        assert _search(s, "tariffs") == ["abc/x"]
        assert _search(s, "Ross") == ["abc/x"]
        assert s.scalar("SELECT count(*) FROM quotes") == 1


def _search(s: Store, words: str) -> list[str]:
    return [
        r[0]
        for r in s.conn.execute(
            "SELECT id FROM statements WHERE seq IN"
            " (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?) ORDER BY seq",
            (words,),
        )
    ]


def test_search_follows_an_outside_update_insert_and_delete(store):
    ingest_texts(store, seed_texts())
    sid = store.scalar("SELECT id FROM statements WHERE text LIKE '%soya%' LIMIT 1")
    outside = sqlite3.connect(store.path)  # another tool, knowing nothing of factcheck
    outside.execute("UPDATE statements SET text = 'zebra crossings' WHERE id = ?", (sid,))
    outside.execute(
        'INSERT INTO statements (seq, id, article_id, type, kind, text, start, "end", norm)'
        " SELECT max(seq) + 1, 'outside/1', article_id, 'claim', 'claim', 'aardvark farms',"
        " 0, 1, 'x' FROM statements"
    )
    outside.commit()
    assert sid in _search(store, "zebra")
    assert sid not in _search(store, "soya")
    assert _search(store, "aardvark") == ["outside/1"]
    outside.execute("DELETE FROM statements WHERE id = 'outside/1'")
    outside.commit()
    outside.close()
    assert _search(store, "aardvark") == []
    check = store.conn.execute(
        "INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)"
    )
    assert check.fetchall() == []


def test_ingest_indexes_each_statement_once(store):
    ingest_texts(store, seed_texts())
    # the insert trigger skips rows ingest indexed itself: one index entry a statement
    assert store.scalar("SELECT count(*) FROM statements_fts_docsize") == store.scalar(
        "SELECT count(*) FROM statements"
    )
    store.conn.execute(
        "INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)"
    )
