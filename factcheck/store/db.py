"""The SQLite file: opening it safely, and the queries every layer shares.

WAL mode and a busy timeout let a reviewer keep the TUI open while another
process ingests. Writes go through ``transaction()``, which takes the write lock
up front (BEGIN IMMEDIATE) so two writers queue instead of deadlocking.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlite_utils import Database

from ..match import Features, Figure, Index, Statement, flip_diff
from .migrations import migrations

if TYPE_CHECKING:
    from ..prepare import StatementDraft

DEFAULT_DB = "factcheck.db"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database file cannot be used: named, with the reason, for a one-line error."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A factcheck database file, migrated to the current schema on open."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file")
        try:
            self.db = Database(self.path)
            self.conn = self.db.conn
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._check_readable()
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._check_version()
            migrations.apply(self.db)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable SQLite database ({e})") from None

    def _check_readable(self) -> None:
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def _check_version(self) -> None:
        known = {m.name for m in migrations._migrations}
        unknown = [m.name for m in migrations.applied(self.db) if m.name not in known]
        if unknown:
            raise StoreError(
                f"{self.path}: made by a newer factcheck (schema step {unknown[-1]});"
                " upgrade factcheck to open it"
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: one article, one verdict, one merge."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- reads --------------------------------------------------------------------------

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        q = self.scalar
        return {
            "articles": q("SELECT count(*) FROM articles WHERE superseded_by IS NULL"),
            "quotes": q("SELECT count(*) FROM statements WHERE type = 'quote'"),
            "claims": q("SELECT count(*) FROM statements WHERE type = 'claim'"),
            "speakers": q("SELECT count(*) FROM speakers"),
            "matches": q("SELECT count(*) FROM matches"),
            "contradictions": q("SELECT count(*) FROM matches WHERE relation = 'contradiction'"),
        }

    def has_article(self, article_id: str) -> bool:
        return self.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None

    def load_index(self, index: Index) -> None:
        """Fill a matching index with every stored statement's blocking keys."""
        lineage = dict(
            self.conn.execute(
                "SELECT s.seq, a.document_id FROM statements s"
                " JOIN articles a ON a.id = s.article_id"
            )
        )
        index.lineage.update(lineage)
        for document_id, anchors in self.conn.execute(
            "SELECT document_id, anchors FROM articles WHERE superseded_by IS NULL"
        ):
            index.add_article(document_id, frozenset(json.loads(anchors)))
        rows = self.conn.execute("SELECT key, seq FROM match_keys ORDER BY rowid")
        postings = index.postings
        for key, seq in rows:
            p = postings.get(key)
            if p is None:
                postings[key] = p = array("q")
            p.append(seq)

    def load_statements(self, seqs: list[int]) -> dict[int, Statement]:
        """Statements by number, with what matching compares."""
        out: dict[int, Statement] = {}
        for chunk, marks in in_chunks(seqs):
            for row in self.conn.execute(
                f"SELECT s.seq, s.id, s.article_id, a.document_id, s.kind, s.text, s.speaker_id, "
                f"s.norm, s.figures FROM statements s JOIN articles a ON a.id = s.article_id "
                f"WHERE s.seq IN ({marks})",
                chunk,
            ):
                out[row[0]] = statement_from_row(row)
        return out

    def speakers(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """
            SELECT sp.id, sp.name, sp.kind, sp.role, sp.aliases,
                   count(st.seq) AS statements, count(DISTINCT st.article_id) AS articles
            FROM speakers sp LEFT JOIN statements st ON st.speaker_id = sp.id
            GROUP BY sp.id ORDER BY statements DESC, sp.name
            """
        ).fetchall()
        return [
            {
                "id": r[0],
                "name": r[1],
                "kind": r[2],
                "role": r[3],
                "aliases": json.loads(r[4]),
                "statements": r[5],
                "articles": r[6],
            }
            for r in rows
        ]

    def matches(self, relation: str | None = None) -> list[dict[str, Any]]:
        sql = """
            SELECT m.id, m.relation, m.score, m.reasons, m.diff, m.status,
                   sa.id, sa.text, sa.kind, aa.outlet, aa.path, spa.name,
                   sb.id, sb.text, sb.kind, ab.outlet, ab.path, spb.name
            FROM matches m
            JOIN statements sa ON sa.id = m.a JOIN articles aa ON aa.id = sa.article_id
            JOIN statements sb ON sb.id = m.b JOIN articles ab ON ab.id = sb.article_id
            LEFT JOIN speakers spa ON spa.id = sa.speaker_id
            LEFT JOIN speakers spb ON spb.id = sb.speaker_id
        """
        params: tuple[Any, ...] = ()
        if relation:
            sql += " WHERE m.relation = ?"
            params = (relation,)
        sql += " ORDER BY m.id"
        out = []
        for r in self.conn.execute(sql, params):
            out.append(
                {
                    "id": r[0],
                    "relation": r[1],
                    "score": round(r[2], 1),
                    "reasons": json.loads(r[3]),
                    "diff": json.loads(r[4]) if r[4] else None,
                    "status": r[5],
                    "a": _side(r[6:12]),
                    "b": _side(r[12:18]),
                }
            )
        return out


def _side(r: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "statement": r[0],
        "text": r[1],
        "kind": r[2],
        "outlet": r[3],
        "path": r[4],
        "speaker": r[5],
    }


def figures_json(f: Features) -> str:
    return json.dumps([list(x) for x in f.figures], ensure_ascii=False)


def statement_from_row(row: tuple[Any, ...]) -> Statement:
    seq, sid, article_id, lineage, kind, text, speaker_id, norm, figures = row
    figs = [Figure(*x) for x in json.loads(figures)]
    tokens = norm.split(" ") if norm else []
    caps = {t[1:] for t in tokens if t.startswith("^")}
    plain = [t.lstrip("^") for t in tokens]
    return Statement(
        id=sid,
        article_id=article_id,
        lineage=lineage,
        kind=kind,
        text=text,
        speaker_id=speaker_id,
        features=Features(plain, figs, caps),
        seq=seq,
    )


def norm_text(f: Features) -> str:
    """Features as one stored string: the words, ^ marking a name."""
    return " ".join("^" + t if t in f.capitalised else t for t in f.tokens)


T = TypeVar("T")


def in_chunks(values: Sequence[T], size: int = 500) -> Iterator[tuple[list[T], str]]:
    """Values in chunks small enough for one ``IN (...)`` each, with the chunk's "?,?,?"."""
    for i in range(0, len(values), size):
        chunk = list(values[i : i + size])
        yield chunk, ",".join("?" * len(chunk))


FLAGGED_RELATIONS = ("contradiction", "misquote", "duplicate", "consistent")


def refresh_flags(conn: sqlite3.Connection, statement_ids: list[str]) -> None:
    """Recompute ``statements.flags`` from the matches that are not dismissed."""
    for chunk, marks in in_chunks(statement_ids, 400):
        found: dict[str, set[str]] = {sid: set() for sid in chunk}
        for own in ("a", "b"):
            for sid, relation in conn.execute(
                f"SELECT {own}, relation FROM matches WHERE {own} IN ({marks})"
                f" AND status != 'dismissed'",
                chunk,
            ):
                found[sid].add(relation)
        conn.executemany(
            "UPDATE statements SET flags = ? WHERE id = ?",
            [
                (",".join(r for r in FLAGGED_RELATIONS if r in rels), sid)
                for sid, rels in found.items()
            ],
        )


def record_history(
    conn: sqlite3.Connection,
    *,
    at: str,
    reviewer: str | None,
    action: str,
    target: str,
    field: str | None,
    old: Any,
    new: Any,
    undoes: int | None = None,
) -> int:
    """One row of the append-only history of reviewers' changes; returns its id."""
    cur = conn.execute(
        "INSERT INTO history (at, reviewer, action, target, field, old, new, undoes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            at,
            reviewer,
            action,
            target,
            field,
            json.dumps(old, ensure_ascii=False),
            json.dumps(new, ensure_ascii=False),
            undoes,
        ),
    )
    return int(cur.lastrowid or 0)


def other_reports(conn: sqlite3.Connection, statement_ids: list[str]) -> Iterator[dict[str, Any]]:
    """Every match of these statements, seen from each one's side.

    A match is stored once as (a, b); read from b, the word diff is flipped so that
    '-' is always what the statement lacks and '+' what the other report has.
    """
    for chunk, marks in in_chunks(statement_ids):
        for own, other in (("a", "b"), ("b", "a")):
            for r in conn.execute(
                f"""SELECT m.{own}, m.id, o.id, o.article_id, o.text, a.outlet, a.path, sp.name,
                           m.relation, m.score, m.reasons, m.diff, m.status
                    FROM matches m JOIN statements o ON o.id = m.{other}
                    JOIN articles a ON a.id = o.article_id
                    LEFT JOIN speakers sp ON sp.id = o.speaker_id
                    WHERE m.{own} IN ({marks})""",
                chunk,
            ):
                diff = json.loads(r[11]) if r[11] else None
                yield {
                    "statement": r[0],
                    "match": r[1],
                    "other": r[2],
                    "other_article": r[3],
                    "other_text": r[4],
                    "other_outlet": r[5],
                    "other_path": r[6],
                    "other_speaker": r[7],
                    "relation": r[8],
                    "score": r[9],
                    "reasons": json.loads(r[10]),
                    "diff": (flip_diff(diff) if own == "b" else [tuple(d) for d in diff])
                    if diff
                    else None,
                    "status": r[12],
                }


# --- writes shared by ingest and import ----------------------------------------------


def document_for(conn: sqlite3.Connection, key: str) -> int:
    """The document at a url or path (its versions share it), created if new."""
    conn.execute("INSERT OR IGNORE INTO documents (key) VALUES (?)", (key,))
    return int(conn.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()[0])


def insert_article(
    conn: sqlite3.Connection,
    *,
    article_id: str,
    document_id: int,
    version: int,
    title: str | None,
    outlet: str | None,
    published: str | None,
    url: str | None,
    path: str | None,
    text: str,
    quotes: int,
    claims: int,
    anchors: frozenset[str],
    stamp: str,
) -> None:
    conn.execute(
        "INSERT INTO articles (id, document_id, version, title, outlet, published, url, path,"
        " chars, quotes, claims, anchors, ingested_at, text)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            article_id,
            document_id,
            version,
            title,
            outlet,
            published,
            url,
            path,
            len(text),
            quotes,
            claims,
            json.dumps(sorted(anchors), ensure_ascii=False),
            stamp,
            text,
        ),
    )


def insert_statements(
    conn: sqlite3.Connection,
    article_id: str,
    drafts: list[StatementDraft],
    speaker_ids: list[int | None],
) -> list[tuple[int, list[str]]]:
    """An article's statements with their figures, search rows and blocking keys.

    Returns each statement's number and blocking keys, so the caller can index them
    without working the keys out again.
    """
    first = (conn.execute("SELECT max(seq) FROM statements").fetchone()[0] or 0) + 1
    rows, qrows, krows, fts, out = [], [], [], [], []
    for n, (d, sid) in enumerate(zip(drafts, speaker_ids, strict=True)):
        seq = first + n
        keys = d.features.blocking_keys()
        rows.append(
            (
                seq,
                d.id,
                article_id,
                d.type,
                d.kind,
                d.text,
                d.start,
                d.end,
                sid,
                d.speaker_name,
                d.speaker_mention,
                d.speaker_start,
                d.speaker_end,
                d.cue,
                d.cue_start,
                d.cue_end,
                json.dumps([list(p) for p in d.parts]) if d.parts else None,
                d.repeats,
                d.quote_id,
                norm_text(d.features),
                figures_json(d.features),
            )
        )
        fts.append((seq, d.text, d.speaker_name))
        qrows += [
            (d.id, q.text, q.start, q.end, q.kind, q.value, q.unit, q.comparator, q.date, q.key)
            for q in d.quantities
        ]
        krows += [(k, seq) for k in keys]
        out.append((seq, keys))
    conn.executemany(
        'INSERT INTO statements (seq, id, article_id, type, kind, text, start, "end",'
        " speaker_id, speaker_name, speaker_mention, speaker_start, speaker_end, cue,"
        " cue_start, cue_end, parts, repeats, quote_id, norm, figures)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany(
        'INSERT INTO quantities (statement_id, text, start, "end", kind, value, unit,'
        " comparator, date, key) VALUES (?,?,?,?,?,?,?,?,?,?)",
        qrows,
    )
    conn.executemany("INSERT INTO statements_fts (rowid, text, speaker_name) VALUES (?,?,?)", fts)
    conn.executemany("INSERT INTO match_keys (key, seq) VALUES (?, ?)", krows)
    return out
