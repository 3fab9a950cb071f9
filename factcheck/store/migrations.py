"""The database schema, built and upgraded by named migrations.

Each step is applied once and recorded in ``_sqlite_migrations``, so a file made by
an older factcheck opens in a newer one: new steps run, old data stays. Steps are
never edited once released; a change is a new step. Every step holds its own SQL and
imports nothing of ours, so a released step cannot change when live code does.
"""

from __future__ import annotations

import hashlib

from .sqlite_lib import Database, Migrations

migrations = Migrations("factcheck")


@migrations(name="001_articles_speakers_statements")
def _articles_speakers_statements(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE          -- url, else path, else content hash
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,              -- sha256 of the text, 16 hex digits
            document_id INTEGER NOT NULL REFERENCES documents(id),
            version INTEGER NOT NULL,
            superseded_by TEXT REFERENCES articles(id),
            title TEXT, outlet TEXT, published TEXT, url TEXT, path TEXT,
            chars INTEGER NOT NULL,
            quotes INTEGER NOT NULL, claims INTEGER NOT NULL,
            anchors TEXT NOT NULL DEFAULT '[]',  -- JSON names and figures it is about
            ingested_at TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX articles_document ON articles(document_id);
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            role TEXT, gender TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',   -- JSON list of names as written
            first_name TEXT, surname TEXT,       -- lower case, for cross-article merging
            created_at TEXT NOT NULL
        );
        CREATE INDEX speakers_surname ON speakers(surname);
        CREATE TABLE speaker_names (
            name TEXT NOT NULL,                 -- normalised name as extracted
            source TEXT NOT NULL,               -- 'auto', or 'reviewer' which wins
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            PRIMARY KEY (name, source)
        );
        CREATE TABLE speaker_distinct (         -- a reviewer said: never merge these
            a INTEGER NOT NULL REFERENCES speakers(id),
            b INTEGER NOT NULL REFERENCES speakers(id),
            PRIMARY KEY (a, b)
        );
        CREATE TABLE statements (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,            -- article id / local id, stable across files
            article_id TEXT NOT NULL REFERENCES articles(id),
            type TEXT NOT NULL,                 -- quote | claim
            kind TEXT NOT NULL,                 -- direct partial indirect pullquote tweet claim
            text TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            speaker_name TEXT,                  -- canonical name the extractor gave
            speaker_mention TEXT, speaker_start INTEGER, speaker_end INTEGER,
            cue TEXT, cue_start INTEGER, cue_end INTEGER,
            parts TEXT,                         -- JSON [[start, end], ...] of a split quote
            repeats TEXT,                       -- pull quote: the statement it repeats
            quote_id TEXT,                      -- claim: the quote it sits in
            norm TEXT NOT NULL,                 -- normalised words, for matching
            figures TEXT NOT NULL DEFAULT '[]'  -- JSON figures as matching compares them
        );
        CREATE INDEX statements_article ON statements(article_id);
        CREATE INDEX statements_speaker ON statements(speaker_id);
        CREATE TABLE quantities (
            id INTEGER PRIMARY KEY,
            statement_id TEXT NOT NULL REFERENCES statements(id),
            text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            kind TEXT NOT NULL, value REAL, unit TEXT, comparator TEXT NOT NULL,
            date TEXT, key TEXT NOT NULL
        );
        CREATE INDEX quantities_statement ON quantities(statement_id);
        CREATE INDEX quantities_key ON quantities(key);
        CREATE VIEW quotes AS SELECT * FROM statements WHERE type = 'quote';
        CREATE VIEW claims AS SELECT * FROM statements WHERE type = 'claim';
        """
    )


@migrations(name="002_matches")
def _matches(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE match_keys (              -- blocking keys: candidates, never all pairs
            key TEXT NOT NULL,
            seq INTEGER NOT NULL REFERENCES statements(seq)
        );
        CREATE TABLE matches (
            id INTEGER PRIMARY KEY,
            a TEXT NOT NULL REFERENCES statements(id),   -- the earlier report
            b TEXT NOT NULL REFERENCES statements(id),
            relation TEXT NOT NULL,             -- consistent contradiction misquote duplicate
            score REAL NOT NULL,
            reasons TEXT NOT NULL,              -- JSON list of sentences
            diff TEXT,                          -- JSON [[op, words], ...] for a misquote
            status TEXT NOT NULL DEFAULT 'open',  -- open | confirmed | dismissed
            created_at TEXT NOT NULL,
            UNIQUE (a, b)
        );
        CREATE INDEX matches_b ON matches(b);
        CREATE INDEX matches_relation ON matches(relation);
        """
    )


@migrations(name="003_reviews_history")
def _reviews_history(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE reviews (
            statement_id TEXT PRIMARY KEY REFERENCES statements(id),
            verdict TEXT,
            note TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',   -- JSON list of urls
            reviewer TEXT,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1  -- bumped on every change: stale edits are caught
        );
        CREATE INDEX reviews_verdict ON reviews(verdict);
        CREATE TABLE history (                 -- append-only: every change a reviewer makes
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            reviewer TEXT,
            action TEXT NOT NULL,
            target TEXT NOT NULL,               -- statement id, 'speaker:ID', 'match:ID'
            field TEXT,
            old TEXT, new TEXT,                 -- JSON values
            undoes INTEGER REFERENCES history(id)
        );
        CREATE INDEX history_target ON history(target);
        """
    )


@migrations(name="004_statement_search")
def _statement_search(db: Database) -> None:
    # No triggers: ingest fills the index in the same transaction, in bulk, which is
    # twice as fast as a trigger a row (PERFORMANCE.md). The SQL is what sqlite-utils'
    # enable_fts writes, so its search() finds the table.
    db.executescript(
        """
        CREATE VIRTUAL TABLE "statements_fts" USING FTS5 (
            "text", "speaker_name",
            content="statements"
        );
        INSERT INTO "statements_fts" (rowid, "text", "speaker_name")
            SELECT rowid, "text", "speaker_name" FROM "statements";
        """
    )


@migrations(name="005_settings")
def _settings(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE settings (                -- shared by every reviewer of this file
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL                -- JSON
        );
        """
    )


@migrations(name="006_statement_flags")
def _statement_flags(db: Database) -> None:
    # the relations of a statement's open or confirmed matches, kept on the row so a
    # queue of hundreds of thousands can show and sort them without a join per row
    db.executescript(
        """
        ALTER TABLE statements ADD COLUMN flags TEXT NOT NULL DEFAULT '';
        CREATE INDEX statements_flags ON statements(flags) WHERE flags != '';
        UPDATE statements SET flags = (
            SELECT COALESCE(group_concat(relation, ','), '') FROM (
                SELECT DISTINCT m.relation FROM matches m
                WHERE (m.a = statements.id OR m.b = statements.id) AND m.status != 'dismissed'
                ORDER BY CASE m.relation WHEN 'contradiction' THEN 0 WHEN 'misquote' THEN 1
                                         WHEN 'duplicate' THEN 2 ELSE 3 END
            )
        ) WHERE id IN (SELECT a FROM matches UNION SELECT b FROM matches);
        """
    )


@migrations(name="007_article_source_ids")
def _article_source_ids(db: Database) -> None:
    # The feed's own id for an article, which is what makes a later text under that id a
    # new version. An older factcheck used the feed id as the article id, so any article
    # whose id is not the hash of its text came with one; its document, keyed by url or
    # path until now, is keyed by that id from here on, as new ingests look it up.
    db.execute("ALTER TABLE articles ADD COLUMN source_id TEXT")
    for article_id, text in db.execute("SELECT id, text FROM articles").fetchall():
        if article_id != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            db.execute("UPDATE articles SET source_id = ? WHERE id = ?", [article_id, article_id])
    for document_id, source_id in db.execute(
        """SELECT document_id, source_id FROM articles
           WHERE source_id IS NOT NULL AND superseded_by IS NULL"""
    ).fetchall():
        db.execute("UPDATE OR IGNORE documents SET key = ? WHERE id = ?", [source_id, document_id])


@migrations(name="010_statement_worth")
def _statement_worth(db: Database) -> None:
    # check-worthiness (0-100) and its reasons, worked out at ingest, so the review queue
    # ranks by an indexed column; part_of makes a claim and the quote holding it one item.
    # Rows stored before this step keep worth NULL until the app scores them on open.
    db.executescript(
        """
        ALTER TABLE statements ADD COLUMN worth INTEGER;
        ALTER TABLE statements ADD COLUMN worth_why TEXT NOT NULL DEFAULT '';
        ALTER TABLE statements ADD COLUMN part_of TEXT;
        CREATE INDEX statements_worth ON statements(worth, seq);
        CREATE INDEX statements_unscored ON statements(article_id) WHERE worth IS NULL;
        """
    )


@migrations(name="012_match_words")
def _match_words(db: Database) -> None:
    # Matching now keeps, per statement, its normalised words in ``statements.norm`` and,
    # per article, its event keys in ``articles.anchors``, both made with a numbered
    # normalisation (the ``match_version`` setting; a store without it, or with an older
    # one, is rebuilt on the next ingest or by `factcheck rematch`). Shingles are worked
    # out from the words when the index is loaded, so the blocking keys go.
    db.executescript(
        """
        DROP TABLE IF EXISTS match_keys;
        """
    )


# what 013 rebuilds statements as: the text id the other tables name is the primary key
_STATEMENTS_KEYED_BY_ID = """
    CREATE TABLE statements_new (
        seq INTEGER NOT NULL UNIQUE,        -- the number matching and the queue use
        id TEXT NOT NULL PRIMARY KEY,       -- article id / local id, stable across files
        article_id TEXT NOT NULL REFERENCES articles(id),
        type TEXT NOT NULL,                 -- quote | claim
        kind TEXT NOT NULL,                 -- direct partial indirect pullquote tweet claim
        text TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        speaker_id INTEGER REFERENCES speakers(id),
        speaker_name TEXT,                  -- canonical name the extractor gave
        speaker_mention TEXT, speaker_start INTEGER, speaker_end INTEGER,
        cue TEXT, cue_start INTEGER, cue_end INTEGER,
        parts TEXT,                         -- JSON [[start, end], ...] of a split quote
        repeats TEXT,                       -- pull quote: the statement it repeats
        quote_id TEXT,                      -- claim: the quote it sits in
        norm TEXT NOT NULL,                 -- normalised words, for matching
        figures TEXT NOT NULL DEFAULT '[]', -- JSON figures as matching compares them
        flags TEXT NOT NULL DEFAULT '',     -- relations of its open or confirmed matches
        worth INTEGER,                      -- check-worthiness, 0-100
        worth_why TEXT NOT NULL DEFAULT '',
        part_of TEXT                        -- reviewed as part of this statement
    )
"""
_STATEMENT_SEARCH_SYNCED = """
    CREATE VIRTUAL TABLE "statements_fts" USING FTS5 (
        "text", "speaker_name",
        content="statements", content_rowid="seq"
    );
    INSERT INTO "statements_fts" ("statements_fts") VALUES ('rebuild');
    CREATE TRIGGER "statements_ai" AFTER INSERT ON "statements"
        WHEN NOT EXISTS (SELECT 1 FROM "statements_fts_docsize" WHERE id = new."seq") BEGIN
        INSERT INTO "statements_fts" (rowid, "text", "speaker_name")
            VALUES (new."seq", new."text", new."speaker_name");
    END;
    CREATE TRIGGER "statements_ad" AFTER DELETE ON "statements" BEGIN
        INSERT INTO "statements_fts" ("statements_fts", rowid, "text", "speaker_name")
            VALUES ('delete', old."seq", old."text", old."speaker_name");
    END;
    CREATE TRIGGER "statements_au" AFTER UPDATE OF "seq", "text", "speaker_name"
        ON "statements" BEGIN
        INSERT INTO "statements_fts" ("statements_fts", rowid, "text", "speaker_name")
            VALUES ('delete', old."seq", old."text", old."speaker_name");
        INSERT INTO "statements_fts" (rowid, "text", "speaker_name")
            VALUES (new."seq", new."text", new."speaker_name");
    END;
"""


@migrations(name="013_statement_primary_links")
def _statement_primary_links(db: Database) -> None:
    # quantities, matches and reviews name statements(id), but the key was seq, so a tool
    # that follows foreign keys to the primary key (Datasette) found nothing behind them.
    # Rebuilt with id as the key and seq kept, unique, for matching and the queue; the
    # children's REFERENCES statements(id) now name the key and need no rebuild. Search
    # is read by seq (rowids of a table without an integer key may change on VACUUM) and
    # kept in step by triggers, as sqlite-utils' enable_fts(create_triggers=True) keeps
    # it, but only when the words or the speaker change, not the flags or the worth. A
    # row whose words are indexed already is skipped: ingest indexes an article's rows in
    # one executemany before it inserts them, at half the cost of a trigger a row.
    # match_keys loses its link to seq: seq is no longer the key, so a browser's link
    # from it would lead nowhere. Indexes, triggers and views are made again from their
    # own SQL, and columns a later step added are carried over, so nothing is lost.
    # The store runs steps with foreign keys off (SQLite's way to rebuild a table) and
    # this one checks them all before it commits.
    known = {
        "seq", "id", "article_id", "type", "kind", "text", "start", "end", "speaker_id",
        "speaker_name", "speaker_mention", "speaker_start", "speaker_end", "cue",
        "cue_start", "cue_end", "parts", "repeats", "quote_id", "norm", "figures", "flags",
        "worth", "worth_why", "part_of",
    }  # fmt: skip
    columns = db.execute('PRAGMA table_info("statements")').fetchall()
    extra = [c for c in columns if c[1] not in known]
    names = ", ".join(f'"{c[1]}"' for c in columns)
    kept = db.execute(
        """SELECT type, name, sql FROM sqlite_master
           WHERE tbl_name IN ('statements', 'match_keys') AND type IN ('index', 'trigger')
             AND sql IS NOT NULL AND name NOT IN ('statements_ai', 'statements_ad',
             'statements_au')"""
    ).fetchall()
    views = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall()
    for name, _ in views:
        db.execute(f'DROP VIEW "{name}"')
    for statement in ('DROP TABLE IF EXISTS "statements_fts"', _STATEMENTS_KEYED_BY_ID):
        db.execute(statement)
    for _, name, type_, notnull, default, _ in extra:
        null = " NOT NULL" if notnull else ""
        dflt = f" DEFAULT {default}" if default is not None else ""
        db.execute(f'ALTER TABLE statements_new ADD COLUMN "{name}" {type_}{null}{dflt}')
    db.execute(f"INSERT INTO statements_new ({names}) SELECT {names} FROM statements")
    db.execute("DROP TABLE statements")
    db.execute("ALTER TABLE statements_new RENAME TO statements")
    if "match_keys" in db.table_names():
        db.executescript(
            """
            CREATE TABLE match_keys_new (      -- blocking keys: candidates, never all pairs
                key TEXT NOT NULL,
                seq INTEGER NOT NULL           -- statements.seq
            );
            INSERT INTO match_keys_new (rowid, key, seq)
                SELECT rowid, key, seq FROM match_keys ORDER BY rowid;
            DROP TABLE match_keys;
            ALTER TABLE match_keys_new RENAME TO match_keys;
            """
        )
    for _, _, sql in kept:
        db.execute(sql)
    db.executescript(_STATEMENT_SEARCH_SYNCED)
    for _, sql in views:
        db.execute(sql)
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise ValueError(f"rebuilding statements would break {len(broken)} link(s): {broken[:3]}")


@migrations(name="014_article_bylines")
def _article_bylines(db: Database) -> None:
    # what a page prints about itself: the byline, the section and tags, and the moment of
    # publication with its UTC offset (published stays the publisher's local day)
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN author TEXT;
        ALTER TABLE articles ADD COLUMN section TEXT;
        ALTER TABLE articles ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';  -- JSON list
        ALTER TABLE articles ADD COLUMN published_at TEXT;  -- ISO 8601 with its offset
        """
    )


@migrations(name="015_review_summaries")
def _review_summaries(db: Database) -> None:
    # the reviewer's short wording of the claim, which ClaimReview publishes as
    # claimReviewed (a statement is often longer than the 75 characters that display)
    db.execute("ALTER TABLE reviews ADD COLUMN summary TEXT")


@migrations(name="016_statement_rules")
def _statement_rules(db: Database) -> None:
    # the registered attribution rule that found a quote's speaker (extract.rules), so that a
    # reviewer sees how a speaker was found and a wrong one can be traced to its rule
    db.execute("ALTER TABLE statements ADD COLUMN rule TEXT")
