"""Everything a reviewer sees about one statement, article or speaker, read from the store:
plain data for the TUI's screens (and anything else that shows a statement)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..store import Store, now
from ..store import articles as aq
from ..store import matches as mq
from ..store import queue as qq
from ..store import reviews as rq
from ..store import settings as settings_q
from ..store import speakers as sq
from ..store import statements as stq
from ..vocabulary import RELATION_PRIORITY, ScaleEntry
from .context import around
from .history import statement_changes


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
    rule: str | None  # the attribution rule that found the speaker (extract.rules)
    figures: list[str]
    review: dict[str, Any] | None
    before: str = ""  # the sentences before its paragraph, back to the speaker's name
    after: str = ""  # the sentence after it
    worth: int = 0
    worth_why: str = ""
    part_of: str | None = None  # reviewed as part of this statement
    matches: list[MatchView] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    history_words: list[str] = field(default_factory=list)

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
    aliases = json.loads(r["speaker_aliases"]) if r["speaker_aliases"] else []
    names = [r["speaker"], *aliases] if r["speaker"] else []
    ctx = around(r["article_text"], r["start"], r["end"], names)
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
        paragraph=ctx.paragraph,
        paragraph_start=ctx.paragraph_start,
        speaker_id=r["speaker_id"],
        speaker=r["speaker"],
        speaker_role=r["speaker_role"],
        speaker_aliases=aliases,
        speaker_mention=r["speaker_mention"],
        cue=r["cue"],
        rule=r["rule"],
        figures=figures,
        review=rq.review(store.conn, r["id"]),
        before=ctx.before,
        after=ctx.after,
        worth=r["worth"],
        worth_why=r["worth_why"] or "",
        part_of=r["part_of"],
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
    view.history = rq.history_of(store.conn, statement_id)
    for mv in view.matches:
        view.history += [h | {"match": mv.id} for h in rq.history_of(store.conn, f"match:{mv.id}")]
    view.history.sort(key=lambda h: h["id"])
    view.history_words = statement_changes(store, view.history)
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


def scale(store: Store) -> tuple[ScaleEntry, ...]:
    """The rating scale of this database (as ``review.scale``, without its imports)."""
    return settings_q.rating_scale(store.conn)


def speaker_choices(store: Store) -> list[dict[str, Any]]:
    """Speakers with at least one statement, the most quoted first: what a picker lists."""
    return [r for r in sq.listing(store.conn) if r["statements"]]


def progress(store: Store, reviewer: str | None) -> str:
    """One line of how far review has come, overall, today and by this reviewer today."""
    p = qq.progress(store.conn, reviewer, now()[:10])
    return (
        f"reviewed {p['reviewed']:,} of {p['total']:,}  ·  today {p['today']:,}"
        f"  ·  {reviewer or 'you'} today {p['mine_today']:,}"
    )


def article_of(store: Store, statement_id: str) -> tuple[str, int, int] | None:
    """(article id, start, end) of a statement, to open its article at it."""
    r = stq.detail(store.conn, statement_id)
    return (r["article_id"], r["start"], r["end"]) if r else None
