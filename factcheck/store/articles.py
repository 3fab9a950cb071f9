"""Queries on ``documents`` and ``articles``: an article's versions and what it holds.

A document is one identity: the feed's id for the article, else its url, else its path.
Each changed text under it is a new article row, a version, and the older one points at
it with ``superseded_by``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from .db import plain_rows, query, scalar


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the store keeps of one article version besides its statements."""

    id: str
    document_id: int
    version: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    path: str | None
    source_id: str | None
    text: str
    quotes: int
    claims: int
    anchors: frozenset[str]
    ingested_at: str
    published_at: str | None = None  # ISO 8601 with the offset the source gave
    author: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()


def document_for(conn: sqlite3.Connection, key: str) -> int:
    """The document of an identity (its versions share it), created if new."""
    conn.execute("INSERT OR IGNORE INTO documents (key) VALUES (?)", (key,))
    return int(scalar(conn, "SELECT id FROM documents WHERE key = ?", (key,)))


def has_version_with_text(conn: sqlite3.Connection, key: str, text: str) -> bool:
    """Whether the document of an identity already holds this very text, as any version."""
    found = scalar(
        conn,
        "SELECT 1 FROM articles a JOIN documents d ON d.id = a.document_id"
        " WHERE d.key = ? AND a.text = ? LIMIT 1",
        (key, text),
    )
    return found is not None


def current_version(conn: sqlite3.Connection, document_id: int) -> sqlite3.Row | None:
    """The latest version (id, version) of a document, or None for a new one."""
    row: sqlite3.Row | None = query(
        conn,
        "SELECT id, version FROM articles WHERE document_id = ? AND superseded_by IS NULL",
        (document_id,),
    ).fetchone()
    return row


def insert_article(conn: sqlite3.Connection, a: ArticleRow) -> None:
    conn.execute(
        "INSERT INTO articles (id, document_id, version, title, outlet, published, url, path,"
        " source_id, chars, quotes, claims, anchors, ingested_at, text, published_at, author,"
        " section, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            a.id,
            a.document_id,
            a.version,
            a.title,
            a.outlet,
            a.published,
            a.url,
            a.path,
            a.source_id,
            len(a.text),
            a.quotes,
            a.claims,
            json.dumps(sorted(a.anchors), ensure_ascii=False),
            a.ingested_at,
            a.text,
            a.published_at,
            a.author,
            a.section,
            json.dumps(list(a.tags), ensure_ascii=False),
        ),
    )


def supersede(conn: sqlite3.Connection, old_id: str, new_id: str) -> None:
    conn.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (new_id, old_id))


def has_article(conn: sqlite3.Connection, article_id: str) -> bool:
    return scalar(conn, "SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None


def article_text(conn: sqlite3.Connection, article_id: str) -> str | None:
    text: str | None = scalar(conn, "SELECT text FROM articles WHERE id = ?", (article_id,))
    return text


def article_heading(conn: sqlite3.Connection, article_id: str) -> str | None:
    """The title, else the path, else the id: what a reader calls the article."""
    heading: str | None = scalar(
        conn, "SELECT COALESCE(title, path, id) FROM articles WHERE id = ?", (article_id,)
    )
    return heading


def article_meta(conn: sqlite3.Connection, article_id: str) -> sqlite3.Row:
    """An article's metadata, as an export writes it."""
    row: sqlite3.Row = query(
        conn,
        "SELECT id, title, outlet, published, published_at, url, path, source_id, version,"
        " superseded_by, author, section, tags FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    return row


def for_index(conn: sqlite3.Connection) -> Iterator[tuple[str, int, str | None, list[str]]]:
    """(id, document, published, event keys) of every current article, in ingest order:
    what matching compares articles by."""
    for aid, document_id, published, anchors in plain_rows(
        conn,
        "SELECT id, document_id, published, anchors FROM articles"
        " WHERE superseded_by IS NULL ORDER BY rowid",
    ):
        yield aid, document_id, published, json.loads(anchors)


def for_rebuild(conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """(id, text) of every article: what its event keys come from."""
    yield from plain_rows(conn, "SELECT id, text FROM articles ORDER BY rowid")


def set_anchors(conn: sqlite3.Connection, rows: list[tuple[list[str], str]]) -> None:
    """Store matching's event keys: (keys, article id) pairs."""
    conn.executemany(
        "UPDATE articles SET anchors = ? WHERE id = ?",
        [(json.dumps(sorted(k), ensure_ascii=False), aid) for k, aid in rows],
    )


def current_articles(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Current articles with their counts, for the articles screen."""
    return query(
        conn,
        """SELECT a.id, a.outlet, COALESCE(a.title, a.path, a.id) AS heading, a.published,
                  a.quotes, a.claims,
                  (SELECT count(*) FROM statements s JOIN reviews r ON r.statement_id = s.id
                   WHERE s.article_id = a.id AND r.verdict IS NOT NULL) AS reviewed,
                  (SELECT count(*) FROM statements s WHERE s.article_id = a.id
                   AND (s.flags LIKE '%contradiction%' OR s.flags LIKE '%misquote%')) AS flagged
           FROM articles a WHERE a.superseded_by IS NULL
           ORDER BY a.published IS NULL, a.published, a.path, a.id""",
    ).fetchall()


def count_current(conn: sqlite3.Connection) -> int:
    return int(scalar(conn, "SELECT count(*) FROM articles WHERE superseded_by IS NULL"))
