"""An extraction turned into the statement rows the store keeps and the features matching
compares.

Pure, like extraction itself, so that it runs in the worker processes and the process
that writes the database only writes: normalised words, figures and blocking keys are all
worked out here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..match import Features, article_anchors, features
from ..match.features import FigureSpan
from ..models import Article, Claim, Extraction, Quantity, Quote
from ..store.statements import NewStatement
from .batch import ExtractionFailed, safe_extract
from .worth import with_worth


@dataclass(slots=True)
class Prepared:
    article: Article
    extraction: Extraction
    statements: list[NewStatement]
    features: list[Features]  # one per statement, in order
    anchors: frozenset[str]


def statement_id(article_id: str, local_id: str) -> str:
    return f"{article_id}/{local_id}"


def figure_spans(qs: list[Quantity], offset: int) -> list[FigureSpan]:
    """Figures with offsets into the statement that holds them, as ``features`` takes."""
    return [(q.start - offset, q.end - offset, q.key, q.kind, q.unit, q.value, q.date) for q in qs]


def aliases_of(x: Extraction) -> dict[str, str]:
    """Each name as the article writes it, to its canonical form."""
    out: dict[str, str] = {}
    for s in x.speakers:
        out[s.name] = s.name
        for alias in s.aliases:
            out.setdefault(alias, s.name)
    return out


def new_statement(
    f: Features,
    *,
    id: str,
    type: str,
    kind: str,
    text: str,
    start: int,
    end: int,
    speaker_name: str | None,
    speaker_mention: str | None = None,
    speaker_start: int | None = None,
    speaker_end: int | None = None,
    cue: str | None = None,
    cue_start: int | None = None,
    cue_end: int | None = None,
    parts: list[tuple[int, int]] | None = None,
    repeats: str | None = None,
    quote_id: str | None = None,
    quantities: list[Quantity] | None = None,
) -> NewStatement:
    """A statement row with matching's stored form of its features."""
    return NewStatement(
        id=id,
        type=type,
        kind=kind,
        text=text,
        start=start,
        end=end,
        speaker_name=speaker_name,
        speaker_mention=speaker_mention,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_end,
        parts=parts or [],
        repeats=repeats,
        quote_id=quote_id,
        quantities=quantities or [],
        norm=f.stored_norm(),
        figures=f.stored_figures(),
        keys=f.blocking_keys(),
    )


def _quote(
    sid: str, q: Quote, inside: list[Quantity], aliases: dict[str, str]
) -> tuple[Features, NewStatement]:
    f = features(q.text, figure_spans(inside, q.start), aliases)
    return f, new_statement(
        f,
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
        quantities=inside,
    )


def _claim(sid: str, c: Claim, aliases: dict[str, str]) -> tuple[Features, NewStatement]:
    f = features(c.text, figure_spans(c.quantities, c.start), aliases)
    return f, new_statement(
        f,
        id=statement_id(sid, c.id),
        type="claim",
        kind="claim",
        text=c.text,
        start=c.start,
        end=c.end,
        speaker_name=c.speaker,
        quote_id=statement_id(sid, c.quote_id) if c.quote_id else None,
        quantities=c.quantities,
    )


def prepared(article: Article, x: Extraction) -> Prepared:
    """The store's rows and matching's features for one extraction."""
    aliases = aliases_of(x)
    sid = article.id
    claim_qs = [q for c in x.claims for q in c.quantities]
    pairs = []
    for q in x.quotes:
        inside = [k for k in claim_qs if q.start <= k.start and k.end <= q.end]
        pairs.append(_quote(sid, q, inside, aliases))
    pairs += [_claim(sid, c, aliases) for c in x.claims]
    keys = [q.key for c in x.claims for q in c.quantities]
    names = [s.name for s in x.speakers]
    return Prepared(
        article,
        x,
        with_worth([s for _, s in pairs], article.title),
        [f for f, _ in pairs],
        article_anchors(article.text, keys, names),
    )


def prepare(article: Article) -> Prepared | ExtractionFailed:
    """Extract one article and build its statement rows; failures are returned."""
    x = safe_extract(article)
    if isinstance(x, ExtractionFailed):
        return x
    try:
        return prepared(article, x)
    except Exception as e:  # a bug here must not stop a batch
        return ExtractionFailed(f"preparing statements failed: {type(e).__name__}: {e}")
