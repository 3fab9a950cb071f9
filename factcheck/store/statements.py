"""Queries on ``statements`` and what hangs off each: figures, search rows, matching words.

``statements.seq`` is the number matching and the queue use; ``statements.id`` is the
text id (article id / local id) that exports and reviews use, stable across files.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Quantity

from .db import in_chunks, plain_rows, query, scalar


@dataclass(slots=True)
class NewStatement:
    """A quote or claim ready to store: everything but the numbers only the store gives."""

    id: str
    type: str  # quote | claim
    kind: str
    text: str
    start: int
    end: int
    speaker_name: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    parts: list[tuple[int, int]]
    repeats: str | None
    quote_id: str | None
    quantities: list[Quantity]
    norm: str  # matching's normalised words (match.text.stored)
    figures: str = "[]"  # JSON; kept for older readers, matching no longer fills it
    worth: int = 0  # check-worthiness, 0-100 (pipeline.worth)
    worth_why: str = ""  # its reasons, for the reviewer
    part_of: str | None = None  # reviewed as part of this statement (a claim in a quote)
    rule: str | None = None  # the attribution rule that found the speaker (extract.rules)


def insert_statements(
    conn: sqlite3.Connection,
    article_id: str,
    statements: Sequence[NewStatement],
    speaker_ids: Sequence[int | None],
) -> list[int]:
    """An article's statements with their figures and search rows, in bulk.

    Returns each statement's number, in order.
    """
    first = int(scalar(conn, "SELECT COALESCE(max(seq), 0) FROM statements")) + 1
    rows, qrows, fts, seqs = [], [], [], []
    for n, (d, sid) in enumerate(zip(statements, speaker_ids, strict=True)):
        seq = first + n
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
                d.norm,
                d.figures,
                d.worth,
                d.worth_why,
                d.part_of,
                d.rule,
            )
        )
        fts.append((seq, d.text, d.speaker_name))
        qrows += [
            (d.id, q.text, q.start, q.end, q.kind, q.value, q.unit, q.comparator, q.date, q.key)
            for q in d.quantities
        ]
        seqs.append(seq)
    # indexed first, in bulk: the insert trigger then skips these rows (migration 013)
    conn.executemany("INSERT INTO statements_fts (rowid, text, speaker_name) VALUES (?,?,?)", fts)
    conn.executemany(
        'INSERT INTO statements (seq, id, article_id, type, kind, text, start, "end",'
        " speaker_id, speaker_name, speaker_mention, speaker_start, speaker_end, cue,"
        " cue_start, cue_end, parts, repeats, quote_id, norm, figures, worth, worth_why, part_of,"
        " rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany(
        'INSERT INTO quantities (statement_id, text, start, "end", kind, value, unit,'
        " comparator, date, key) VALUES (?,?,?,?,?,?,?,?,?,?)",
        qrows,
    )
    return seqs


# --- what matching reads -------------------------------------------------------------


def for_index(conn: sqlite3.Connection) -> Iterator[tuple[int, str, str, str, str, str | None]]:
    """(number, id, article id, kind, words, repeats) of every statement of a current
    article that matching compares (a claim inside a quote is compared as its quote), in
    ingest order."""
    yield from plain_rows(
        conn,
        "SELECT s.seq, s.id, s.article_id, s.kind, s.norm, s.repeats FROM statements s"
        " JOIN articles a ON a.id = s.article_id"
        " WHERE a.superseded_by IS NULL AND s.quote_id IS NULL ORDER BY s.seq",
    )


def for_matching(conn: sqlite3.Connection, seqs: Sequence[int]) -> list[sqlite3.Row]:
    """Statements by number, with what a match's reasons quote."""
    out: list[sqlite3.Row] = []
    for chunk, marks in in_chunks(list(seqs)):
        out += query(
            conn,
            f"SELECT seq, id, kind, text, start, parts, norm FROM statements"
            f" WHERE seq IN ({marks})",
            chunk,
        ).fetchall()
    return out


def for_rebuild(conn: sqlite3.Connection) -> Iterator[tuple[int, str, int, str | None]]:
    """(number, text, start, parts) of every statement: what its matching words come from."""
    yield from plain_rows(conn, "SELECT seq, text, start, parts FROM statements ORDER BY seq")


def article_statements(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every statement of a current article with what matching and its reasons read, in
    ingest order."""
    return query(
        conn,
        "SELECT s.seq, s.id, s.article_id, s.kind, s.norm, s.quote_id, s.repeats, s.text,"
        " s.start, s.parts FROM statements s JOIN articles a ON a.id = s.article_id"
        " WHERE a.superseded_by IS NULL ORDER BY s.seq",
    ).fetchall()


def set_words(conn: sqlite3.Connection, rows: Sequence[tuple[str, int]]) -> None:
    """Store matching's words: (words, statement number) pairs."""
    conn.executemany("UPDATE statements SET norm = ? WHERE seq = ?", rows)


def ids_of(conn: sqlite3.Connection, seqs: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk, marks in in_chunks(list(seqs)):
        for seq, sid in plain_rows(
            conn, f"SELECT seq, id FROM statements WHERE seq IN ({marks})", chunk
        ):
            out[seq] = sid
    return out


# --- single statements ---------------------------------------------------------------


def exists(conn: sqlite3.Connection, statement_id: str) -> bool:
    return scalar(conn, "SELECT 1 FROM statements WHERE id = ?", (statement_id,)) is not None


def text_of(conn: sqlite3.Connection, statement_id: str) -> str | None:
    """A statement's words, or None when there is no statement of that id."""
    text: str | None = scalar(conn, "SELECT text FROM statements WHERE id = ?", (statement_id,))
    return text


def detail(conn: sqlite3.Connection, statement_id: str) -> sqlite3.Row | None:
    """A statement with its article and current speaker, for the statement view."""
    row: sqlite3.Row | None = query(
        conn,
        """SELECT s.seq, s.id, s.type, s.kind, s.text, s.start, s."end", s.article_id,
                  a.title AS article_title, a.outlet, a.path, a.published,
                  a.text AS article_text, s.speaker_id, sp.name AS speaker,
                  sp.role AS speaker_role, sp.aliases AS speaker_aliases, s.speaker_mention,
                  s.cue, s.rule, COALESCE(s.worth, 0) AS worth, s.worth_why, s.part_of
           FROM statements s JOIN articles a ON a.id = s.article_id
           LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id = ?""",
        (statement_id,),
    ).fetchone()
    return row


def attribution(conn: sqlite3.Connection, statement_id: str) -> sqlite3.Row | None:
    """A statement's number, text and speaker: what a reattribution changes."""
    row: sqlite3.Row | None = query(
        conn,
        "SELECT seq, speaker_id, text, speaker_name FROM statements WHERE id = ?",
        (statement_id,),
    ).fetchone()
    return row


def set_speaker(
    conn: sqlite3.Connection, statement_id: str, speaker_id: int | None, name: str | None
) -> None:
    """Attribute a statement to another speaker (a trigger keeps speaker search in step)."""
    conn.execute(
        "UPDATE statements SET speaker_id = ?, speaker_name = ? WHERE id = ?",
        (speaker_id, name, statement_id),
    )


def figures_of(conn: sqlite3.Connection, statement_id: str) -> list[sqlite3.Row]:
    """A statement's figures as written and normalised, in order."""
    return query(
        conn, "SELECT text, key FROM quantities WHERE statement_id = ? ORDER BY id", (statement_id,)
    ).fetchall()


def quantities_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[Quantity]]:
    """The figures of many statements, by statement id."""
    out: dict[str, list[Quantity]] = defaultdict(list)
    from ..models import Quantity  # the models load only when an export needs them

    for chunk, marks in in_chunks(ids):
        for r in query(
            conn,
            f'SELECT statement_id, text, start, "end", kind, value, unit, comparator, date, key'
            f" FROM quantities WHERE statement_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            out[r["statement_id"]].append(
                Quantity(
                    text=r["text"],
                    start=r["start"],
                    end=r["end"],
                    kind=r["kind"],
                    value=r["value"],
                    unit=r["unit"],
                    comparator=r["comparator"],
                    date=r["date"],
                    key=r["key"],
                )
            )
    return out


# --- lists ---------------------------------------------------------------------------


def quotes_in(conn: sqlite3.Connection, article_id: str) -> list[sqlite3.Row]:
    """An article's quotes as (start, end, speaker) by position, for the reader."""
    return query(
        conn,
        """SELECT s.start, s."end", sp.name AS speaker FROM statements s
           LEFT JOIN speakers sp ON sp.id = s.speaker_id
           WHERE s.article_id = ? AND s.type = 'quote' ORDER BY s.start""",
        (article_id,),
    ).fetchall()


def by_speaker(conn: sqlite3.Connection, speaker_id: int) -> list[sqlite3.Row]:
    """Everything a speaker said, across articles: id, kind, text, outlet."""
    return query(
        conn,
        """SELECT s.id, s.kind, s.text, COALESCE(a.outlet, a.path) AS outlet FROM statements s
           JOIN articles a ON a.id = s.article_id WHERE s.speaker_id = ?
           ORDER BY a.published, a.path, s.start""",
        (speaker_id,),
    ).fetchall()


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How much the store holds, for summaries."""
    row = query(
        conn,
        """SELECT
             (SELECT count(*) FROM articles WHERE superseded_by IS NULL) AS articles,
             (SELECT count(*) FROM statements WHERE type = 'quote') AS quotes,
             (SELECT count(*) FROM statements WHERE type = 'claim') AS claims,
             (SELECT count(*) FROM speakers) AS speakers,
             (SELECT count(*) FROM matches) AS matches,
             (SELECT count(*) FROM matches WHERE relation = 'contradiction') AS contradictions,
             (SELECT count(*) FROM statements s LEFT JOIN reviews r ON r.statement_id = s.id
              WHERE r.verdict IS NULL) AS unreviewed,
             (SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id
              WHERE a.superseded_by IS NULL) AS current""",
    ).fetchone()
    return {k: int(row[k]) for k in row.keys()}  # noqa: SIM118 (a Row iterates values)


def total(conn: sqlite3.Connection) -> int:
    return int(scalar(conn, "SELECT count(*) FROM statements"))


def claim_set_rows(
    conn: sqlite3.Connection,
    *,
    verdicts: Sequence[str] = (),
    reviewed_only: bool = False,
    speaker: str | None = None,
    outlet: str | None = None,
    relation: str | None = None,
) -> list[sqlite3.Row]:
    """Statements with article, speaker and review, in export order; each filter given
    narrows them (speaker and outlet as substrings, relation: has such a match)."""
    where, params = ["1 = 1"], []
    if verdicts:
        where.append(f"r.verdict IN ({','.join('?' * len(verdicts))})")
        params += list(verdicts)
    if reviewed_only:
        where.append("r.verdict IS NOT NULL")
    if speaker:
        where.append("(sp.name LIKE ? OR s.speaker_name LIKE ?)")
        params += [f"%{speaker}%"] * 2
    if outlet:
        where.append("a.outlet LIKE ?")
        params.append(f"%{outlet}%")
    if relation:
        where.append(
            "EXISTS (SELECT 1 FROM matches m WHERE (m.a = s.id OR m.b = s.id) AND m.relation = ?)"
        )
        params.append(relation)
    return query(
        conn,
        f"""
        SELECT s.id, s.type, s.kind, s.text, s.start, s."end", s.speaker_mention,
               s.speaker_start, s.speaker_end, s.cue, s.rule, s.parts, s.repeats, s.quote_id,
               a.id AS article_id, a.title, a.outlet, a.published, a.url, a.path, a.version,
               a.source_id, a.superseded_by,
               sp.name AS speaker, sp.role AS speaker_role, sp.kind AS speaker_kind,
               sp.aliases AS speaker_aliases,
               r.verdict, r.note, r.evidence, r.reviewer, r.updated_at, r.revision
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN speakers sp ON sp.id = s.speaker_id
        LEFT JOIN reviews r ON r.statement_id = s.id
        WHERE {" AND ".join(where)}
        ORDER BY a.published IS NULL, a.published, a.path, a.id, s.start, s.type, s.id
        """,
        params,
    ).fetchall()


# --- check-worthiness ----------------------------------------------------------------


def unscored_articles(conn: sqlite3.Connection) -> list[str]:
    """Articles with statements stored before check-worthiness was kept (to backfill)."""
    return [
        a
        for (a,) in plain_rows(
            conn, "SELECT DISTINCT article_id FROM statements WHERE worth IS NULL"
        )
    ]


def for_scoring(conn: sqlite3.Connection, article_id: str) -> list[sqlite3.Row]:
    """One article's statements with what check-worthiness reads, and the article title."""
    return query(
        conn,
        """SELECT s.id, s.type, s.kind, s.text, s.start, s."end", s.speaker_name, s.repeats,
                  a.title, (SELECT group_concat(q.kind) FROM quantities q
                            WHERE q.statement_id = s.id) AS figure_kinds
           FROM statements s JOIN articles a ON a.id = s.article_id
           WHERE s.article_id = ? ORDER BY s.seq""",
        (article_id,),
    ).fetchall()


def set_worth(conn: sqlite3.Connection, rows: Sequence[tuple[int, str, str | None, str]]) -> None:
    """(worth, reasons, part_of, statement id) for many statements."""
    conn.executemany(
        "UPDATE statements SET worth = ?, worth_why = ?, part_of = ? WHERE id = ?", rows
    )


def figure_keys_by_article(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The normalised figure keys of each article's statements."""
    out: dict[str, list[str]] = defaultdict(list)
    for aid, key in plain_rows(
        conn,
        "SELECT s.article_id, q.key FROM quantities q JOIN statements s ON s.id = q.statement_id"
        " ORDER BY q.id",
    ):
        out[aid].append(key)
    return out
