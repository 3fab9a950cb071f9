"""An extraction turned into the statement rows the store keeps and the words matching
compares.

Pure, like extraction itself, so that it runs in the worker processes and the process
that writes the database only writes: each statement's normalised words and the
article's event keys are worked out here. Statement ids are unique by construction: two
statements the extractor gave one id are told apart here, whatever the extractor does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..match import event_keys, match_text, stored, tokens
from ..models import Article, Claim, Extraction, Quote
from ..store.statements import NewStatement
from .batch import ExtractionFailed, safe_extract
from .worth import with_worth


@dataclass(slots=True)
class Prepared:
    article: Article
    extraction: Extraction
    statements: list[NewStatement]
    anchors: frozenset[str]  # the article's event keys (match.event_keys)


def statement_id(article_id: str, local_id: str) -> str:
    return f"{article_id}/{local_id}"


def words_of(text: str, start: int, parts: Sequence[tuple[int, int]]) -> str:
    """Matching's stored words for a statement: a split quote's parts, never its cue."""
    return stored(tokens(match_text(text, start, parts)))


def _quote(sid: str, q: Quote, claims: list[Claim]) -> NewStatement:
    parts = [(p.start, p.end) for p in q.parts]
    inside = [k for c in claims for k in c.quantities if q.start <= k.start and k.end <= q.end]
    return NewStatement(
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
        parts=parts,
        repeats=statement_id(sid, q.repeats) if q.repeats else None,
        quote_id=None,
        quantities=inside,
        norm=words_of(q.text, q.start, parts),
        rule=q.rule,
    )


def _claim(sid: str, c: Claim) -> NewStatement:
    return NewStatement(
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
        norm=words_of(c.text, c.start, ()),
    )


def _richness(s: NewStatement) -> tuple[int, int, int, int]:
    """Which of two statements given one id says more: a speaker, a cue, a longer span."""
    return (
        s.speaker_name is not None,
        s.cue is not None,
        s.end - s.start,
        len(s.quantities),
    )


def unique_ids(rows: list[NewStatement]) -> list[NewStatement]:
    """Statements with unique ids, deterministically.

    Two with one id and one span are one statement: the richer is kept (the first of
    equals). Two with one id and different spans are both kept, the later ones with a
    suffix ("-2", "-3"). References (``repeats``, ``quote_id``) to a dropped statement
    point at the one kept.
    """
    kept: dict[str, NewStatement] = {}
    order: list[str] = []
    same_span: dict[tuple[str, str, int, int], str] = {}  # (id given, type, span) -> id kept
    for s in rows:
        span = (s.id, s.type, s.start, s.end)
        have = same_span.get(span)
        if have is not None:
            if _richness(s) > _richness(kept[have]):
                s.id = have
                kept[have] = s
            continue
        new_id = s.id
        n = 1
        while new_id in kept:
            n += 1
            new_id = f"{s.id}-{n}"
        same_span[span] = new_id
        s.id = new_id
        kept[new_id] = s
        order.append(new_id)
    out = [kept[i] for i in order]
    ids = set(order)
    for s in out:
        if s.repeats and s.repeats not in ids:
            s.repeats = None
        if s.quote_id and s.quote_id not in ids:
            s.quote_id = None
        if s.repeats == s.id:
            s.repeats = None
    return out


def prepared(article: Article, x: Extraction) -> Prepared:
    """The store's rows and matching's words for one extraction."""
    sid = article.id
    rows = [_quote(sid, q, x.claims) for q in x.quotes]
    rows += [_claim(sid, c) for c in x.claims]
    keys = [q.key for c in x.claims for q in c.quantities]
    return Prepared(
        article, x, with_worth(unique_ids(rows), article.title), event_keys(article.text, keys)
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
