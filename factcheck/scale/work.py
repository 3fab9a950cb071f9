"""What a worker does with one block: read it, extract it, write its parts.

The extractor runs unchanged (``pipeline.prepare``, a pure function); an article it fails
on is an ``errors`` row with its reason, as is a line that is no article. A worker holds
one block at a time, so its memory is bounded by the block size, never by the corpus.
"""

from __future__ import annotations

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
from .tables import write_part


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
    arts: list[dict[str, Any]] = []
    stmts: list[dict[str, Any]] = []
    errs: list[dict[str, Any]] = []
    dups: list[dict[str, Any]] = []
    for line, item in read_block(block, max_bytes):
        if isinstance(item, (SourceError, SourceWarning)):
            level = "warning" if isinstance(item, SourceWarning) else "error"
            errs.append(error_row(block.number, line, item.source, level, item.message))
            continue
        result = prepare(item)
        if isinstance(result, ExtractionFailed):
            errs.append(error_row(block.number, line, _name(item), "error", str(result)))
            continue
        order = article_order(block.number, len(arts))
        arts.append(article_row(result, order, block.number, line))
        rows = statement_rows(result, order, policy)
        stmts += rows
        dups += [match_row(m) for m in within_article(result, policy)]
        done.characters += len(item.text)
    for table, rows in (("articles", arts), ("statements", stmts), ("errors", errs)):
        write_part(out, table, block.number, rows, fmt)
    write_part(out, "duplicates", block.number, dups, fmt)
    done.articles, done.statements = len(arts), len(stmts)
    done.errors = sum(e["level"] == "error" for e in errs)
    done.warnings = len(errs) - done.errors
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
