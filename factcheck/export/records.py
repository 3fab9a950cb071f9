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
    MatchRef,
    ReviewRecord,
    SpeakerRef,
)
from ..store import Store
from ..store import articles as aq
from ..store import matches as mq
from ..store import reviews as rq
from ..store import settings as settings_q
from ..store import statements as stq


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
    """The claim set of the statements ``filters`` keep, with the database's rating scale."""
    conn = store.conn
    scale = settings_q.rating_scale(conn)
    rows = stq.claim_set_rows(
        conn,
        verdicts=filters.verdicts,
        reviewed_only=filters.reviewed_only,
        speaker=filters.speaker,
        outlet=filters.outlet,
        relation=filters.relation,
    )
    ids = [r["id"] for r in rows]
    labels = {v: label for v, label, _ in scale}
    quantities = stq.quantities_of(conn, ids)
    matches = _matches(store, ids)
    history = rq.histories(conn, ids)
    summaries = rq.summaries(conn, ids)
    texts: dict[str, str] = {}
    refs: dict[str, ArticleRef] = {}
    statements = []
    for r in rows:
        aid = r["article_id"]
        if aid not in texts:
            texts[aid] = aq.article_text(conn, aid) or ""
            refs[aid] = _article_ref(aq.article_meta(conn, aid))
        review = None
        if r["updated_at"] is not None:
            review = ReviewRecord(
                verdict=r["verdict"],
                verdict_label=labels.get(r["verdict"]) if r["verdict"] else None,
                summary=summaries.get(r["id"]),
                note=r["note"],
                evidence=json.loads(r["evidence"]),
                reviewer=r["reviewer"],
                updated_at=r["updated_at"],
                revision=r["revision"],
            )
        statements.append(
            AnnotatedStatement(
                id=r["id"],
                type=r["type"],
                kind=r["kind"],
                text=r["text"],
                start=r["start"],
                end=r["end"],
                article=refs[aid],
                context=context_of(texts[aid], r["start"], r["end"]),
                speaker=SpeakerRef(
                    name=r["speaker"],
                    role=r["speaker_role"],
                    kind=r["speaker_kind"],
                    aliases=json.loads(r["speaker_aliases"]),
                )
                if r["speaker"]
                else None,
                speaker_mention=r["speaker_mention"],
                speaker_start=r["speaker_start"],
                speaker_end=r["speaker_end"],
                cue=r["cue"],
                rule=r["rule"],
                parts=[(p[0], p[1]) for p in json.loads(r["parts"])] if r["parts"] else [],
                repeats=r["repeats"],
                quote_id=r["quote_id"],
                quantities=quantities.get(r["id"], []),
                matches=matches.get(r["id"], []),
                review=review,
                history=history.get(r["id"], []),
            )
        )
    articles = [ExportedArticle(**refs[aid].model_dump(), text=text) for aid, text in texts.items()]
    return ClaimSet(scale=list(scale), articles=articles, statements=statements)


def _article_ref(r: Any) -> ArticleRef:
    """An article's row (``articles.article_meta``) as exports name it."""
    return ArticleRef(
        id=r["id"],
        title=r["title"],
        outlet=r["outlet"],
        published=r["published"],
        published_at=r["published_at"],
        url=r["url"],
        path=r["path"],
        source_id=r["source_id"],
        author=r["author"],
        section=r["section"],
        tags=json.loads(r["tags"]),
        version=r["version"],
        superseded_by=r["superseded_by"],
    )


def _matches(store: Store, ids: list[str]) -> dict[str, list[MatchRef]]:
    out: dict[str, list[MatchRef]] = defaultdict(list)
    for m in mq.other_reports(store.conn, ids):
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
