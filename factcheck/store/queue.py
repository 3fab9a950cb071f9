"""The review queue's queries: which current statements a filter keeps, in what order,
and the few rows on screen.

A filter materialises the matching statement numbers once; rows are then read only
for what is shown, so a queue of hundreds of thousands stays as quick as one of ten.
Speakers are always the current record (``speakers.name``), never the name the extractor
wrote, so a merge, a split or a reattribution shows at once.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from .db import in_chunks, plain_rows, query, scalar

SORT_SQL = {
    "worth": "s.worth",
    "status": "(r.verdict IS NULL)",
    "verdict": "r.verdict",
    "speaker": "sp.name",
    "kind": "s.kind",
    "text": "s.text",
    "outlet": "a.outlet",
    "published": "a.published",
    "flags": "s.flags",
    "order": "s.seq",
}
UNREVIEWED = "unreviewed"
REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class Term:
    """One typed word: its FTS5 query over statement text, and the speakers it names
    (by a name's word equal to it or starting with it) or only comes close to."""

    fts: str
    speakers: Sequence[int] = ()
    fuzzy: Sequence[int] = ()


def _ids(ids: Sequence[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def select_seqs(
    conn: sqlite3.Connection,
    *,
    terms: Sequence[Term] = (),
    named: Sequence[int] = (),
    verdict: str | None = None,
    relation: str | None = None,
    speakers: Sequence[int] | None = None,
    outlet: str | None = None,
    kind: str | None = None,
    type: str | None = None,
    min_worth: int | None = None,
    items_only: bool = False,
    sort: str = "order",
    descending: bool = False,
) -> array[int]:
    """The numbers of the current statements a filter keeps, in order.

    Every term must match the text or the speaker. With terms, rows come in three tiers
    before the sort: the speaker the words name (``named``), then exact and prefix
    matches of text or speaker, then those found only by a speaker's name close to a
    word. ``speakers`` (ids) narrows to those records; ``verdict`` may be
    ``UNREVIEWED`` or ``REVIEWED``; ``min_worth`` and ``items_only`` hide what is not
    worth checking and the claims reviewed as part of a quote.
    """
    where: list[str] = ["a.superseded_by IS NULL"]
    params: list[object] = []
    exact: list[str] = []
    for t in terms:
        text = "s.seq IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"
        params.append(t.fts)
        hit = f"({text} OR s.speaker_id IN ({_ids(t.speakers)}))"
        exact.append(hit)
        where.append(f"({hit} OR s.speaker_id IN ({_ids(t.fuzzy)}))" if t.fuzzy else hit)
    if verdict == UNREVIEWED:
        where.append("r.verdict IS NULL")
    elif verdict == REVIEWED:
        where.append("r.verdict IS NOT NULL")
    elif verdict:
        where.append("r.verdict = ?")
        params.append(verdict)
    if relation:
        where.append("(',' || s.flags || ',') LIKE ?")
        params.append(f"%,{relation},%")
    if speakers is not None:
        where.append(f"s.speaker_id IN ({_ids(speakers)})")
    if outlet:
        where.append("a.outlet LIKE ?")
        params.append(f"%{outlet}%")
    if kind:
        where.append("s.kind = ?")
        params.append(kind)
    if type:
        where.append("s.type = ?")
        params.append(type)
    if min_worth is not None:
        where.append("s.worth >= ?")
        params.append(min_worth)
    if items_only:
        where.append("s.part_of IS NULL")
    order = SORT_SQL.get(sort, "s.seq")
    direction = "DESC" if descending else "ASC"
    orders = [f"{order} {direction}", "s.seq"]
    if terms:
        # the tier reads the FTS subqueries again: SQLite builds each one once
        fuzzy_only = f"NOT ({' AND '.join(exact)})" if any(t.fuzzy for t in terms) else "0"
        tier = (
            f"CASE WHEN s.speaker_id IN ({_ids(named)}) THEN 0 WHEN {fuzzy_only} THEN 2 ELSE 1 END"
        )
        params += [t.fts for t in terms] if fuzzy_only != "0" else []
        orders.insert(0, tier)
    joins = "JOIN articles a ON a.id = s.article_id"
    sql_text = " ".join(where + orders)
    if "r." in sql_text:
        joins += " LEFT JOIN reviews r ON r.statement_id = s.id"
    if "sp." in sql_text:
        joins += " LEFT JOIN speakers sp ON sp.id = s.speaker_id"
    sql = (
        f"SELECT s.seq FROM statements s {joins} WHERE {' AND '.join(where)}"
        f" ORDER BY {', '.join(orders)}"
    )
    seqs: array[int] = array("q")
    cur = plain_rows(conn, sql, params)
    while batch := cur.fetchmany(20_000):
        seqs.extend(seq for (seq,) in batch)
    return seqs


def rows(conn: sqlite3.Connection, seqs: list[int]) -> list[sqlite3.Row]:
    """The queue's columns for these statement numbers, the speaker as its record names it."""
    out: list[sqlite3.Row] = []
    for chunk, marks in in_chunks(seqs):
        out += query(
            conn,
            f"""SELECT s.seq, s.id, r.verdict, sp.name AS speaker, s.kind, s.text,
                       a.outlet, a.published, s.flags, COALESCE(s.worth, 0) AS worth,
                       COALESCE(r.revision, 0) AS revision
                FROM statements s JOIN articles a ON a.id = s.article_id
                LEFT JOIN reviews r ON r.statement_id = s.id
                LEFT JOIN speakers sp ON sp.id = s.speaker_id
                WHERE s.seq IN ({marks})""",
            chunk,
        ).fetchall()
    return out


def speaker_names(conn: sqlite3.Connection) -> list[tuple[int, str, list[str]]]:
    """(id, name, aliases) of every speaker with a statement, for matching a typed name."""
    return [
        (int(i), name, json.loads(aliases))
        for i, name, aliases in plain_rows(
            conn,
            "SELECT sp.id, sp.name, sp.aliases FROM speakers sp"
            " WHERE EXISTS (SELECT 1 FROM statements st WHERE st.speaker_id = sp.id)",
        )
    ]


def progress(conn: sqlite3.Connection, reviewer: str | None, day: str) -> dict[str, int]:
    """How far review has come: current statements with a verdict, of them how many were
    judged on ``day`` (an ISO date) and how many by ``reviewer`` that day."""
    row = query(
        conn,
        """SELECT count(*) AS total, count(r.verdict) AS reviewed,
                  count(CASE WHEN r.verdict IS NOT NULL AND r.updated_at >= ? THEN 1 END)
                    AS today,
                  count(CASE WHEN r.verdict IS NOT NULL AND r.updated_at >= ?
                             AND r.reviewer IS ? THEN 1 END) AS mine_today
           FROM statements s JOIN articles a ON a.id = s.article_id
           LEFT JOIN reviews r ON r.statement_id = s.id
           WHERE a.superseded_by IS NULL""",
        (day, day, reviewer),
    ).fetchone()
    return {k: int(row[k]) for k in ("total", "reviewed", "today", "mine_today")}


def total_current(conn: sqlite3.Connection) -> int:
    return int(
        scalar(
            conn,
            "SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id"
            " WHERE a.superseded_by IS NULL",
        )
    )


def speaker_names_by_id(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str]:
    """The current names of these speakers (those that still exist)."""
    out: dict[int, str] = {}
    for chunk, marks in in_chunks(list(ids)):
        for i, name in plain_rows(
            conn, f"SELECT id, name FROM speakers WHERE id IN ({marks})", chunk
        ):
            out[int(i)] = name
    return out
