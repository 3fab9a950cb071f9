"""An extraction turned into the statement records the store keeps and matching compares.

Pure, like extraction itself, so that it runs in the worker processes and the
process that writes the database only writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .batch import ExtractionFailed, safe_extract
from .match import Features, article_anchors, features
from .models import Article, Claim, Extraction, Quantity


@dataclass(slots=True)
class StatementDraft:
    """A quote or claim, ready to store: everything but the ids only the store can give."""

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
    features: Features


@dataclass(slots=True)
class Prepared:
    article: Article
    extraction: Extraction
    statements: list[StatementDraft]
    anchors: frozenset[str]


def statement_id(article_id: str, local_id: str) -> str:
    return f"{article_id}/{local_id}"


def _figures(qs: list[Quantity], offset: int) -> list[tuple]:
    return [(q.start - offset, q.end - offset, q.key, q.kind, q.unit, q.value, q.date) for q in qs]


def aliases_of(x: Extraction) -> dict[str, str]:
    """Each name as the article writes it, to its canonical form."""
    out: dict[str, str] = {}
    for s in x.speakers:
        out[s.name] = s.name
        for alias in s.aliases:
            out.setdefault(alias, s.name)
    return out


def drafts(article: Article, x: Extraction) -> list[StatementDraft]:
    aliases = aliases_of(x)
    sid = article.id
    claim_qs = [q for c in x.claims for q in c.quantities]
    out: list[StatementDraft] = []
    for q in x.quotes:
        inside = [k for k in claim_qs if q.start <= k.start and k.end <= q.end]
        out.append(
            StatementDraft(
                id=statement_id(sid, q.id),
                type="quote",
                kind=q.kind,
                text=q.text,
                start=q.start,
                end=q.end,
                speaker_name=q.speaker,
                speaker_mention=q.speaker_mention,
                speaker_start=q.speaker_start,
                speaker_end=q.speaker_end,
                cue=q.cue,
                cue_start=q.cue_start,
                cue_end=q.cue_end,
                parts=[(p.start, p.end) for p in q.parts],
                repeats=statement_id(sid, q.repeats) if q.repeats else None,
                quote_id=None,
                quantities=inside,
                features=features(q.text, _figures(inside, q.start), aliases),
            )
        )
    for c in x.claims:
        out.append(_claim(sid, c, aliases))
    return out


def _claim(sid: str, c: Claim, aliases: dict[str, str]) -> StatementDraft:
    return StatementDraft(
        id=statement_id(sid, c.id),
        type="claim",
        kind="claim",
        text=c.text,
        start=c.start,
        end=c.end,
        speaker_name=c.speaker,
        speaker_mention=None,
        speaker_start=None,
        speaker_end=None,
        cue=None,
        cue_start=None,
        cue_end=None,
        parts=[],
        repeats=None,
        quote_id=statement_id(sid, c.quote_id) if c.quote_id else None,
        quantities=c.quantities,
        features=features(c.text, _figures(c.quantities, c.start), aliases),
    )


def prepare(article: Article) -> Prepared | ExtractionFailed:
    """Extract one article and build its statement records; failures are returned."""
    x = safe_extract(article)
    if isinstance(x, ExtractionFailed):
        return x
    try:
        keys = [q.key for c in x.claims for q in c.quantities]
        names = [s.name for s in x.speakers]
        return Prepared(article, x, drafts(article, x), article_anchors(article.text, keys, names))
    except Exception as e:  # a bug here must not stop a batch
        return ExtractionFailed(f"preparing statements failed: {type(e).__name__}: {e}")
