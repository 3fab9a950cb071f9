"""Everything a reviewer sees about one statement, article or speaker, read from the store:
plain data for the TUI's screens (and anything else that shows a statement)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..models import RELATION_PRIORITY
from ..store import Store
from ..store import articles as aq
from ..store import matches as mq
from ..store import speakers as sq
from ..store import statements as stq
from .review import history, review_of


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
    r = stq.detail(store.conn, statement_id)
    if r is None:
        return None
    paragraph, p_start = paragraph_around(r["article_text"], r["start"], r["end"])
    figures = [f"{f['text']} = {f['key']}" for f in stq.figures_of(store.conn, r["id"])]
    view = StatementView(
        seq=r["seq"],
        id=r["id"],
        type=r["type"],
        kind=r["kind"],
        text=r["text"],
        start=r["start"],
        end=r["end"],
        article_id=r["article_id"],
        article_title=r["article_title"],
        outlet=r["outlet"],
        path=r["path"],
        published=r["published"],
        paragraph=paragraph,
        paragraph_start=p_start,
        speaker_id=r["speaker_id"],
        speaker=r["speaker"],
        speaker_role=r["speaker_role"],
        speaker_aliases=json.loads(r["speaker_aliases"]) if r["speaker_aliases"] else [],
        speaker_mention=r["speaker_mention"],
        cue=r["cue"],
        figures=figures,
        review=review_of(store, r["id"]),
    )
    for m in mq.other_reports(store.conn, [statement_id]):
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
    rank: dict[str, int] = {r: i for i, r in enumerate(RELATION_PRIORITY)}
    view.matches.sort(key=lambda m: (rank.get(m.relation, len(rank)), -m.score))
    view.history = history(store, statement_id)
    for mv in view.matches:
        view.history += [h | {"match": mv.id} for h in history(store, f"match:{mv.id}")]
    view.history.sort(key=lambda h: h["id"])
    return view


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    outlet: str | None
    heading: str
    published: str | None
    quotes: int
    claims: int
    reviewed: int
    flagged: int


def article_rows(store: Store) -> list[ArticleSummary]:
    """Current articles with their counts, oldest first."""
    return [ArticleSummary(**dict(r)) for r in aq.current_articles(store.conn)]


def article_quotes(store: Store, article_id: str) -> tuple[str, list[tuple[int, int, str | None]]]:
    """An article's text and its quotes as (start, end, speaker)."""
    text = aq.article_text(store.conn, article_id) or ""
    quotes = stq.quotes_in(store.conn, article_id)
    return text, [(q["start"], q["end"], q["speaker"]) for q in quotes]


def article_heading(store: Store, article_id: str) -> str:
    return aq.article_heading(store.conn, article_id) or article_id


@dataclass(frozen=True, slots=True)
class SpeakerStatement:
    id: str
    kind: str
    text: str
    outlet: str | None


def speaker_statements(store: Store, speaker_id: int) -> list[SpeakerStatement]:
    """Everything a speaker said, across articles, oldest first."""
    return [SpeakerStatement(**dict(r)) for r in stq.by_speaker(store.conn, speaker_id)]


def speakers(store: Store) -> list[dict[str, Any]]:
    """Every speaker with aliases and counts, the most quoted first."""
    return sq.listing(store.conn)


def store_counts(store: Store) -> dict[str, int]:
    return stq.counts(store.conn)


def match_listing(store: Store, relation: str | None = None) -> list[dict[str, Any]]:
    """Every stored match with both sides, oldest first."""
    return mq.listing(store.conn, relation)


def find_speakers(store: Store, ref: str) -> list[dict[str, Any]]:
    """Speakers by id (all digits) or by exact name, case-insensitive."""
    rows = speakers(store)
    if ref.strip().isdigit():
        return [r for r in rows if r["id"] == int(ref)]
    want = ref.strip().casefold()
    return [r for r in rows if r["name"].casefold() == want]
