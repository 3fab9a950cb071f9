"""The review queue's queries: which current statements a filter keeps, in what order,
and the few rows on screen.

A filter materialises the matching statement numbers once; rows are then read only
for what is shown, so a queue of hundreds of thousands stays as quick as one of ten.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence

from .db import in_chunks, plain_rows, query

SORT_SQL = {
    "status": "(r.verdict IS NULL)",
    "verdict": "r.verdict",
    "speaker": "s.speaker_name",
    "kind": "s.kind",
    "text": "s.text",
    "outlet": "a.outlet",
    "flags": "s.flags",
    "order": "s.seq",
}
UNREVIEWED = "unreviewed"


def select_seqs(
    conn: sqlite3.Connection,
    *,
    fts_match: str | None = None,
    or_speakers: Sequence[int] = (),
    verdict: str | None = None,
    relation: str | None = None,
    speaker: str | None = None,
    outlet: str | None = None,
    kind: str | None = None,
    sort: str = "order",
    descending: bool = False,
) -> array[int]:
    """The numbers of the current statements a filter keeps, in order.

    ``fts_match`` is an FTS5 query over text and speaker; a statement of one of
    ``or_speakers`` is kept too. ``verdict`` may be ``UNREVIEWED``.
    """
    where: list[str] = ["a.superseded_by IS NULL"]
    params: list[object] = []
    if fts_match is not None:
        clause = "s.seq IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"
        params.append(fts_match)
        if or_speakers:
            clause = f"({clause} OR s.speaker_id IN ({','.join('?' * len(or_speakers))}))"
            params += list(or_speakers)
        where.append(clause)
    if verdict == UNREVIEWED:
        where.append("r.verdict IS NULL")
    elif verdict:
        where.append("r.verdict = ?")
        params.append(verdict)
    if relation:
        where.append("(',' || s.flags || ',') LIKE ?")
        params.append(f"%,{relation},%")
    if speaker:
        where.append("s.speaker_name LIKE ?")
        params.append(f"%{speaker}%")
    if outlet:
        where.append("a.outlet LIKE ?")
        params.append(f"%{outlet}%")
    if kind:
        where.append("s.kind = ?")
        params.append(kind)
    order = SORT_SQL.get(sort, "s.seq")
    direction = "DESC" if descending else "ASC"
    joins = "JOIN articles a ON a.id = s.article_id"
    if "r." in order or any("r." in w for w in where):
        joins += " LEFT JOIN reviews r ON r.statement_id = s.id"
    sql = (
        f"SELECT s.seq FROM statements s {joins} WHERE {' AND '.join(where)}"
        f" ORDER BY {order} {direction}, s.seq"
    )
    seqs: array[int] = array("q")
    cur = plain_rows(conn, sql, params)
    while batch := cur.fetchmany(20_000):
        seqs.extend(seq for (seq,) in batch)
    return seqs


def rows(conn: sqlite3.Connection, seqs: list[int]) -> list[sqlite3.Row]:
    """The queue's columns for these statement numbers."""
    out: list[sqlite3.Row] = []
    for chunk, marks in in_chunks(seqs):
        out += query(
            conn,
            f"""SELECT s.seq, s.id, r.verdict, s.speaker_name AS speaker, s.kind, s.text,
                       a.outlet, s.flags, COALESCE(r.revision, 0) AS revision
                FROM statements s JOIN articles a ON a.id = s.article_id
                LEFT JOIN reviews r ON r.statement_id = s.id
                WHERE s.seq IN ({marks})""",
            chunk,
        ).fetchall()
    return out


def speaker_names(conn: sqlite3.Connection) -> dict[int, str]:
    """Every speaker's name by id, for matching a typed name."""
    return {r["id"]: r["name"] for r in query(conn, "SELECT id, name FROM speakers")}
