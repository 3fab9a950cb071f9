"""What a worker does with one block: read it, extract it, write its parts.

The extractor runs unchanged (``pipeline.prepare``, a pure function); an article it fails
on is an ``errors`` row with its reason, as is a line that is no article. A worker reads
its block a line at a time and appends its rows to the block's parts every
``FLUSH_ARTICLES`` articles, so what it holds is bounded by that, never by the block's size
or the corpus's.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..match import POLICY, Index, NewStatement, Policy, duplicates_within
from ..match import Article as MatchArticle
from ..models import Article
from ..pipeline.batch import ExtractionFailed
from ..pipeline.prepare import Prepared, prepare
from ..pipeline.sources import MAX_BYTES, SourceError, SourceWarning
from ..store.matches import NewMatch
from ..vocabulary import QUOTED_KINDS
from .blocks import Block, read_block
from .rows import article_order, article_row, error_row, indexed, match_row, statement_rows
from .tables import PartWriter

FLUSH_ARTICLES = 500  # articles' rows a worker holds before appending them to its parts


@dataclass(slots=True)
class BlockDone:
    """What one block gave, for the job's summary."""

    block: int
    articles: int = 0
    statements: int = 0
    errors: int = 0
    warnings: int = 0
    characters: int = 0


def extract_block(
    block: Block, out: Path, fmt: str, max_bytes: int = MAX_BYTES, policy: Policy = POLICY
) -> BlockDone:
    done = BlockDone(block.number)
    names = ("articles", "statements", "errors", "duplicates")
    held: dict[str, list[dict[str, Any]]] = {t: [] for t in names}
    with ExitStack() as stack:
        writers = {t: stack.enter_context(PartWriter(out, t, block.number, fmt)) for t in names}
        for line, item in read_block(block, max_bytes):
            if isinstance(item, (SourceError, SourceWarning)):
                level = "warning" if isinstance(item, SourceWarning) else "error"
                held["errors"].append(
                    error_row(block.number, line, item.source, level, item.message)
                )
                done.errors += level == "error"
                done.warnings += level == "warning"
                continue
            result = prepare(item)
            if isinstance(result, ExtractionFailed):
                held["errors"].append(
                    error_row(block.number, line, _name(item), "error", str(result))
                )
                done.errors += 1
                continue
            order = article_order(block.number, done.articles)
            held["articles"].append(article_row(result, order, block.number, line))
            rows = statement_rows(result, order, policy)
            held["statements"] += rows
            held["duplicates"] += [match_row(m) for m in within_article(result, policy)]
            done.articles += 1
            done.statements += len(rows)
            done.characters += len(item.text)
            if len(held["articles"]) >= FLUSH_ARTICLES:
                for t in names:
                    writers[t].append(held[t])
                    held[t] = []
        for t in names:
            writers[t].append(held[t])
    return done


def within_article(p: Prepared, policy: Policy = POLICY) -> list[NewMatch]:
    """Pull quotes and the body quotes they repeat, quotes given twice: as ingest finds
    them (``app.matching.match_new_article``), from the article alone."""
    index = Index(policy)
    a = index.add_article(MatchArticle(p.article.id, 0, None, p.anchors))
    repeats = {s.id: s.repeats for s in p.statements if s.repeats}
    own = []
    for i, s in enumerate(p.statements):
        if s.quote_id is not None:
            continue
        quoted = s.kind in QUOTED_KINDS
        if indexed(s):
            own.append(index.add(i, s.id, a, s.kind, quoted, s.norm))
    for i, s in enumerate(p.statements):
        if s.quote_id is None and s.repeats is not None:
            own.append(
                index.entry_only(a, NewStatement(i, s.id, s.kind, s.kind in QUOTED_KINDS, s.norm))
            )
    return [
        NewMatch(x.id, y.id, "duplicate", 100.0, [why])
        for x, y, why in duplicates_within(own, repeats, policy.duplicate_min_words)
    ]


def _name(a: Article) -> str:
    return a.path or a.url or a.id
