"""Queries on ``matches``: pairs of statements that report the same thing, and the flags
they leave on each statement's row.

A match is stored once, as (a, b) with a the earlier report; read from b's side the word
diff is flipped, so '-' is always what the statement lacks and '+' what the other has.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..vocabulary import RELATION_PRIORITY
from .db import in_chunks, plain_rows, query, scalar


@dataclass(frozen=True, slots=True)
class NewMatch:
    a: str  # statement id of the earlier report
    b: str
    relation: str
    score: float
    reasons: list[str]
    diff: Sequence[Sequence[str]] | None = None
    status: str = "open"


def flip_diff(diff: Iterable[Sequence[str]]) -> list[tuple[str, str]]:
    """The same word diff read from the other side: what one lacks, the other has."""
    swap = {"-": "+", "+": "-"}
    return [(swap.get(op, op), words) for op, words in diff]


def insert_matches(conn: sqlite3.Connection, found: Iterable[NewMatch], stamp: str) -> int:
    """Store pairs not stored yet; returns how many were new. The one writer of matches."""
    cur = conn.executemany(
        "INSERT OR IGNORE INTO matches (a, b, relation, score, reasons, diff, status,"
        " created_at) VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                m.a,
                m.b,
                m.relation,
                m.score,
                json.dumps(m.reasons, ensure_ascii=False),
                json.dumps([list(d) for d in m.diff], ensure_ascii=False) if m.diff else None,
                m.status,
                stamp,
            )
            for m in found
        ],
    )
    return max(cur.rowcount, 0)


def relabel_matches(conn: sqlite3.Connection, found: Iterable[NewMatch]) -> int:
    """Rewrite what stored pairs say (relation, score, reasons, diff), keeping their
    review status; returns how many changed."""
    cur = conn.executemany(
        "UPDATE matches SET relation = ?, score = ?, reasons = ?, diff = ?"
        " WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)",
        [
            (
                m.relation,
                m.score,
                json.dumps(m.reasons, ensure_ascii=False),
                json.dumps([list(d) for d in m.diff], ensure_ascii=False) if m.diff else None,
                m.a,
                m.b,
                m.b,
                m.a,
            )
            for m in found
        ],
    )
    return max(cur.rowcount, 0)


def delete_pairs(conn: sqlite3.Connection, pairs: Iterable[tuple[str, str]]) -> int:
    """Drop the matches of these statement pairs, stored either way round; how many went."""
    rows = [(a, b, b, a) for a, b in pairs]
    cur = conn.executemany("DELETE FROM matches WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)", rows)
    return max(cur.rowcount, 0)


def linked_seqs(conn: sqlite3.Connection) -> Iterator[tuple[int, int]]:
    """(statement number, statement number) of every match, for matching's index."""
    yield from plain_rows(
        conn,
        "SELECT sa.seq, sb.seq FROM matches m JOIN statements sa ON sa.id = m.a"
        " JOIN statements sb ON sb.id = m.b",
    )


def statuses(conn: sqlite3.Connection) -> dict[frozenset[str], str]:
    """What reviewers decided on each pair they touched (status other than open)."""
    return {
        frozenset((a, b)): status
        for a, b, status in plain_rows(
            conn, "SELECT a, b, status FROM matches WHERE status != 'open'"
        )
    }


def summary(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """(relation, matches, of them settled by a reviewer) for each relation."""
    return [
        (r, int(n), int(k))
        for r, n, k in plain_rows(
            conn,
            "SELECT relation, count(*), sum(status != 'open') FROM matches GROUP BY relation",
        )
    ]


def delete_all(conn: sqlite3.Connection) -> list[str]:
    """Drop every match; the statements that had one, for their flags."""
    ids = [sid for (sid,) in plain_rows(conn, "SELECT a FROM matches UNION SELECT b FROM matches")]
    conn.execute("DELETE FROM matches")
    return ids


def stored(conn: sqlite3.Connection, a: str, b: str) -> bool:
    """Whether the pair is stored as (a, b), in that order."""
    return scalar(conn, "SELECT 1 FROM matches WHERE a = ? AND b = ?", (a, b)) is not None


def refresh_flags(conn: sqlite3.Connection, statement_ids: Sequence[str]) -> None:
    """Recompute ``statements.flags`` from the matches that are not dismissed."""
    for chunk, marks in in_chunks(statement_ids, 400):
        found: dict[str, set[str]] = {sid: set() for sid in chunk}
        for own in ("a", "b"):
            for r in query(
                conn,
                f"SELECT {own} AS statement, relation FROM matches WHERE {own} IN ({marks})"
                f" AND status != 'dismissed'",
                chunk,
            ):
                found[r["statement"]].add(r["relation"])
        conn.executemany(
            "UPDATE statements SET flags = ? WHERE id = ?",
            [
                (",".join(r for r in RELATION_PRIORITY if r in rels), sid)
                for sid, rels in found.items()
            ],
        )


def status_of(conn: sqlite3.Connection, match_id: int) -> sqlite3.Row | None:
    """A match's status and its two statements."""
    row: sqlite3.Row | None = query(
        conn, "SELECT status, a, b FROM matches WHERE id = ?", (match_id,)
    ).fetchone()
    return row


def set_status(conn: sqlite3.Connection, match_id: int, status: str) -> None:
    conn.execute("UPDATE matches SET status = ? WHERE id = ?", (status, match_id))


def other_reports(conn: sqlite3.Connection, statement_ids: list[str]) -> Iterator[dict[str, Any]]:
    """Every match of these statements, seen from each one's side."""
    for chunk, marks in in_chunks(statement_ids):
        for own, other in (("a", "b"), ("b", "a")):
            for r in query(
                conn,
                f"""SELECT m.{own} AS statement, m.id AS match, o.id AS other,
                           o.article_id AS other_article, o.text AS other_text,
                           a.outlet AS other_outlet, a.path AS other_path,
                           sp.name AS other_speaker, m.relation, m.score, m.reasons, m.diff,
                           m.status
                    FROM matches m JOIN statements o ON o.id = m.{other}
                    JOIN articles a ON a.id = o.article_id
                    LEFT JOIN speakers sp ON sp.id = o.speaker_id
                    WHERE m.{own} IN ({marks})""",
                chunk,
            ):
                out = dict(r)
                diff = json.loads(r["diff"]) if r["diff"] else None
                out["reasons"] = json.loads(r["reasons"])
                out["diff"] = (
                    (flip_diff(diff) if own == "b" else [tuple(d) for d in diff]) if diff else None
                )
                yield out


def listing(conn: sqlite3.Connection, relation: str | None = None) -> list[dict[str, Any]]:
    """Every match with both sides, for `factcheck matches`."""
    sql = """
        SELECT m.id, m.relation, m.score, m.reasons, m.diff, m.status,
               sa.id AS a_statement, sa.text AS a_text, sa.kind AS a_kind,
               aa.outlet AS a_outlet, aa.path AS a_path, spa.name AS a_speaker,
               sb.id AS b_statement, sb.text AS b_text, sb.kind AS b_kind,
               ab.outlet AS b_outlet, ab.path AS b_path, spb.name AS b_speaker
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
    sides = ("statement", "text", "kind", "outlet", "path", "speaker")
    return [
        {
            "id": r["id"],
            "relation": r["relation"],
            "score": round(r["score"], 1),
            "reasons": json.loads(r["reasons"]),
            "diff": json.loads(r["diff"]) if r["diff"] else None,
            "status": r["status"],
            "a": {k: r[f"a_{k}"] for k in sides},
            "b": {k: r[f"b_{k}"] for k in sides},
        }
        for r in query(conn, sql, params)
    ]
