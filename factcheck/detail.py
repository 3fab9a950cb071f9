"""Everything a reviewer sees about one statement, article or speaker, read from the store."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .review import history, review_of
from .store.db import Store, other_reports


@dataclass(slots=True)
class MatchView:
    id: int
    other_id: str
    other_text: str
    other_outlet: str | None
    other_path: str | None
    other_speaker: str | None
    relation: str
    score: float
    reasons: list[str]
    diff: list[tuple[str, str]] | None
    status: str


@dataclass(slots=True)
class StatementView:
    seq: int
    id: str
    type: str
    kind: str
    text: str
    start: int
    end: int
    article_id: str
    article_title: str | None
    outlet: str | None
    path: str | None
    published: str | None
    paragraph: str
    paragraph_start: int
    speaker_id: int | None
    speaker: str | None
    speaker_role: str | None
    speaker_aliases: list[str]
    speaker_mention: str | None
    cue: str | None
    figures: list[str]
    review: dict[str, Any] | None
    matches: list[MatchView] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def revision(self) -> int:
        return self.review["revision"] if self.review else 0


def paragraph_around(text: str, start: int, end: int) -> tuple[str, int]:
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", end)
    return text[lo : len(text) if hi < 0 else hi], lo


def statement_view(store: Store, statement_id: str) -> StatementView | None:
    r = store.conn.execute(
        """SELECT s.seq, s.id, s.type, s.kind, s.text, s.start, s."end", s.article_id, a.title,
                  a.outlet, a.path, a.published, a.text, s.speaker_id, sp.name, sp.role,
                  sp.aliases, s.speaker_mention, s.cue
           FROM statements s JOIN articles a ON a.id = s.article_id
           LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE s.id = ?""",
        (statement_id,),
    ).fetchone()
    if r is None:
        return None
    paragraph, p_start = paragraph_around(r[12], r[5], r[6])
    figures = [
        f"{t} = {k}"
        for t, k in store.conn.execute(
            "SELECT text, key FROM quantities WHERE statement_id = ? ORDER BY id", (r[1],)
        )
    ]
    view = StatementView(
        seq=r[0],
        id=r[1],
        type=r[2],
        kind=r[3],
        text=r[4],
        start=r[5],
        end=r[6],
        article_id=r[7],
        article_title=r[8],
        outlet=r[9],
        path=r[10],
        published=r[11],
        paragraph=paragraph,
        paragraph_start=p_start,
        speaker_id=r[13],
        speaker=r[14],
        speaker_role=r[15],
        speaker_aliases=json.loads(r[16]) if r[16] else [],
        speaker_mention=r[17],
        cue=r[18],
        figures=figures,
        review=review_of(store, r[1]),
    )
    for m in other_reports(store.conn, [statement_id]):
        view.matches.append(
            MatchView(
                id=m["match"],
                other_id=m["other"],
                other_text=m["other_text"],
                other_outlet=m["other_outlet"],
                other_path=m["other_path"],
                other_speaker=m["other_speaker"],
                relation=m["relation"],
                score=m["score"],
                reasons=m["reasons"],
                diff=m["diff"],
                status=m["status"],
            )
        )
    order = {"contradiction": 0, "misquote": 1, "consistent": 2, "duplicate": 3}
    view.matches.sort(key=lambda m: (order.get(m.relation, 9), -m.score))
    view.history = history(store, statement_id)
    for m in view.matches:
        view.history += [h | {"match": m.id} for h in history(store, f"match:{m.id}")]
    view.history.sort(key=lambda h: h["id"])
    return view


def article_rows(store: Store) -> list[tuple[Any, ...]]:
    """Current articles with their counts: id, outlet, title or path, published, quotes,
    claims, reviewed, flagged."""
    return store.conn.execute(
        """SELECT a.id, a.outlet, COALESCE(a.title, a.path, a.id), a.published, a.quotes,
                  a.claims,
                  (SELECT count(*) FROM statements s JOIN reviews r ON r.statement_id = s.id
                   WHERE s.article_id = a.id AND r.verdict IS NOT NULL),
                  (SELECT count(*) FROM statements s WHERE s.article_id = a.id
                   AND (s.flags LIKE '%contradiction%' OR s.flags LIKE '%misquote%'))
           FROM articles a WHERE a.superseded_by IS NULL
           ORDER BY a.published IS NULL, a.published, a.path, a.id"""
    ).fetchall()


def article_quotes(store: Store, article_id: str) -> tuple[str, list[tuple[int, int, str | None]]]:
    """An article's text and its quotes as (start, end, speaker)."""
    text = store.scalar("SELECT text FROM articles WHERE id = ?", (article_id,)) or ""
    quotes = store.conn.execute(
        """SELECT s.start, s."end", sp.name FROM statements s
           LEFT JOIN speakers sp ON sp.id = s.speaker_id
           WHERE s.article_id = ? AND s.type = 'quote' ORDER BY s.start""",
        (article_id,),
    ).fetchall()
    return text, [(a, b, n) for a, b, n in quotes]


def speaker_statements(store: Store, speaker_id: int) -> list[tuple[str, str, str, str | None]]:
    """(statement id, kind, text, outlet) of everything a speaker said, across articles."""
    return store.conn.execute(
        """SELECT s.id, s.kind, s.text, COALESCE(a.outlet, a.path) FROM statements s
           JOIN articles a ON a.id = s.article_id WHERE s.speaker_id = ?
           ORDER BY a.published, a.path, s.start""",
        (speaker_id,),
    ).fetchall()
