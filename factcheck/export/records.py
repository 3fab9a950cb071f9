"""The annotated claim set: every selected statement with all that is known and decided.

Built from the store in a fixed order with no export-time values in it, so the same
database always gives the same bytes, and an import followed by an export gives
back the file that was imported.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..models import (
    AnnotatedStatement,
    ArticleRef,
    ClaimSet,
    ExportedArticle,
    HistoryEntry,
    MatchRef,
    Quantity,
    ReviewRecord,
    SpeakerRef,
)
from ..review import scale
from ..store.db import Store, in_chunks, other_reports


@dataclass(frozen=True, slots=True)
class Filters:
    """Which statements to export; empty means all."""

    verdicts: tuple[str, ...] = ()
    speaker: str | None = None
    outlet: str | None = None
    relation: str | None = None
    reviewed_only: bool = False


def context_of(text: str, start: int, end: int) -> str:
    """The paragraph around [start, end): where a reader would see the statement."""
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return text[0 if lo < 0 else lo + 2 : len(text) if hi < 0 else hi].strip()


def collect(store: Store, filters: Filters = Filters()) -> ClaimSet:
    where, params = ["1 = 1"], []
    if filters.verdicts:
        where.append(f"r.verdict IN ({','.join('?' * len(filters.verdicts))})")
        params += list(filters.verdicts)
    if filters.reviewed_only:
        where.append("r.verdict IS NOT NULL")
    if filters.speaker:
        where.append("(sp.name LIKE ? OR s.speaker_name LIKE ?)")
        params += [f"%{filters.speaker}%"] * 2
    if filters.outlet:
        where.append("a.outlet LIKE ?")
        params.append(f"%{filters.outlet}%")
    if filters.relation:
        where.append(
            "EXISTS (SELECT 1 FROM matches m WHERE (m.a = s.id OR m.b = s.id) AND m.relation = ?)"
        )
        params.append(filters.relation)
    rows = store.conn.execute(
        f"""
        SELECT s.id, s.type, s.kind, s.text, s.start, s."end", s.speaker_mention,
               s.speaker_start, s.speaker_end, s.cue, s.parts, s.repeats, s.quote_id,
               a.id, a.title, a.outlet, a.published, a.url, a.path, a.version, a.superseded_by,
               sp.name, sp.role, sp.kind, sp.aliases,
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
    ids = [r[0] for r in rows]
    labels = {v: label for v, label, _ in scale(store)}
    quantities = _quantities(store, ids)
    matches = _matches(store, ids)
    history = _history(store, ids)
    article_ids: list[str] = []
    statements = []
    texts: dict[str, str] = {}
    for r in rows:
        if r[13] not in texts:
            texts[r[13]] = store.scalar("SELECT text FROM articles WHERE id = ?", (r[13],))
            article_ids.append(r[13])
        review = None
        if r[29] is not None:
            review = ReviewRecord(
                verdict=r[25],
                verdict_label=labels.get(r[25]) if r[25] else None,
                note=r[26],
                evidence=json.loads(r[27]),
                reviewer=r[28],
                updated_at=r[29],
                revision=r[30],
            )
        statements.append(
            AnnotatedStatement(
                id=r[0],
                type=r[1],
                kind=r[2],
                text=r[3],
                start=r[4],
                end=r[5],
                article=ArticleRef(
                    id=r[13],
                    title=r[14],
                    outlet=r[15],
                    published=r[16],
                    url=r[17],
                    path=r[18],
                    version=r[19],
                    superseded_by=r[20],
                ),
                context=context_of(texts[r[13]], r[4], r[5]),
                speaker=SpeakerRef(name=r[21], role=r[22], kind=r[23], aliases=json.loads(r[24]))
                if r[21]
                else None,
                speaker_mention=r[6],
                speaker_start=r[7],
                speaker_end=r[8],
                cue=r[9],
                parts=[tuple(p) for p in json.loads(r[10])] if r[10] else [],
                repeats=r[11],
                quote_id=r[12],
                quantities=quantities.get(r[0], []),
                matches=matches.get(r[0], []),
                review=review,
                history=history.get(r[0], []),
            )
        )
    articles = [_article(store, aid, texts[aid]) for aid in article_ids]
    return ClaimSet(
        scale=[list(e) for e in scale(store)],  # type: ignore[misc]
        articles=articles,
        statements=statements,
    )


def _article(store: Store, article_id: str, text: str) -> ExportedArticle:
    r = store.conn.execute(
        "SELECT title, outlet, published, url, path, version, superseded_by FROM articles"
        " WHERE id = ?",
        (article_id,),
    ).fetchone()
    return ExportedArticle(
        id=article_id,
        title=r[0],
        outlet=r[1],
        published=r[2],
        url=r[3],
        path=r[4],
        version=r[5],
        superseded_by=r[6],
        text=text,
    )


def _quantities(store: Store, ids: list[str]) -> dict[str, list[Quantity]]:
    out: dict[str, list[Quantity]] = defaultdict(list)
    for chunk, marks in in_chunks(ids):
        for r in store.conn.execute(
            f'SELECT statement_id, text, start, "end", kind, value, unit, comparator, date, key'
            f" FROM quantities WHERE statement_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            out[r[0]].append(
                Quantity(
                    text=r[1],
                    start=r[2],
                    end=r[3],
                    kind=r[4],
                    value=r[5],
                    unit=r[6],
                    comparator=r[7],
                    date=r[8],
                    key=r[9],
                )
            )
    return out


def _matches(store: Store, ids: list[str]) -> dict[str, list[MatchRef]]:
    out: dict[str, list[MatchRef]] = defaultdict(list)
    for m in other_reports(store.conn, ids):
        out[m["statement"]].append(
            MatchRef(
                statement=m["other"],
                article=m["other_article"],
                outlet=m["other_outlet"],
                text=m["other_text"],
                relation=m["relation"],
                score=m["score"],
                reasons=m["reasons"],
                diff=m["diff"],
                status=m["status"],
            )
        )
    for refs in out.values():
        refs.sort(key=lambda m: (m.statement, m.relation))
    return out


def _history(store: Store, ids: list[str]) -> dict[str, list[HistoryEntry]]:
    out: dict[str, list[HistoryEntry]] = defaultdict(list)
    for chunk, marks in in_chunks(ids):
        for r in store.conn.execute(
            f"SELECT target, at, reviewer, action, field, old, new FROM history"
            f" WHERE target IN ({marks}) ORDER BY id",
            chunk,
        ):
            out[r[0]].append(
                HistoryEntry(
                    at=r[1],
                    reviewer=r[2],
                    action=r[3],
                    field=r[4],
                    old=_json(r[5]),
                    new=_json(r[6]),
                )
            )
    return out


def _json(raw: str | None) -> Any:
    return json.loads(raw) if raw is not None else None
