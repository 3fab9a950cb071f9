"""One prepared article as table rows, and back.

An extraction is three tables: ``articles`` (one row an article, with the prepared
article whole as JSON, so that loading it writes exactly what a plain ingest writes),
``statements`` (one row a statement, flat: its article's metadata, its normalised
figures, and the blocking keys the shuffle joins on) and ``errors`` (one row an input
that failed, or read with a warning). Within-article duplicates (a pull quote and the
body quote it repeats) need no other article, so the worker finds them and they go to
``duplicates``; the shuffle writes ``matches``.

Rows hold only plain values (str, int, float, bool, lists of them), so the same rows are
written as Parquet or JSONL and read back as either.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from typing import Any

from ..match import POLICY, Policy
from ..match.anchors import day_number
from ..match.text import from_stored, grams, plain, strong_grams
from ..models import Article, Extraction, Quantity
from ..pipeline.prepare import Prepared
from ..store.matches import NewMatch
from ..store.statements import NewStatement
from ..vocabulary import QUOTED_KINDS

ARTICLE_BITS = 24  # articles a block may hold: 16 M (a block is tens of MB)
STATEMENT_BITS = 16  # statements an article may hold: 65,536


def article_order(block: int, index: int) -> int:
    """Where an article comes in reading order, as one integer (block, then line)."""
    return (block << ARTICLE_BITS) | index


def statement_order(article: int, index: int) -> int:
    """Where a statement comes in storing order: the order a store numbers them in."""
    return (article << STATEMENT_BITS) | index


def key(*parts: str) -> int:
    """A stable signed 64-bit hash: the same in every worker (``hash`` is not)."""
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(h, "little", signed=True)


def blocking_keys(words: str, policy: Policy = POLICY) -> tuple[list[int], list[int]]:
    """(shingle keys, strong keys) of a statement's stored words: the n-grams the
    in-process index posts it under (``match.Index.text``), hashed stably."""
    ws, flags = from_stored(words)
    p = plain(ws, flags)
    sh = [key("3", *g) for g in grams(p)]
    if len(p) <= policy.short_statement:
        sh += [key("2", *g) for g in grams(p, 2)]
    strong = [key("s", *g) for g in strong_grams(p, policy.strong_letters, policy.strong_content)]
    return sorted(set(sh)), sorted(set(strong))


def indexed(s: NewStatement) -> bool:
    """Matched against other articles: not a claim inside a quote, not a pull quote."""
    return s.quote_id is None and s.repeats is None


def statement_dict(s: NewStatement) -> dict[str, Any]:
    d = {f.name: getattr(s, f.name) for f in fields(NewStatement)}
    d["parts"] = [list(p) for p in s.parts]
    d["quantities"] = [q.model_dump(mode="json") for q in s.quantities]
    return d


def statement_from(d: dict[str, Any]) -> NewStatement:
    d = dict(d)
    d["parts"] = [(int(a), int(b)) for a, b in d["parts"]]
    d["quantities"] = [Quantity.model_validate(q) for q in d["quantities"]]
    return NewStatement(**d)


def prepared_json(p: Prepared) -> str:
    return json.dumps(
        {
            "article": p.article.to_json(),
            "extraction": p.extraction.model_dump(mode="json"),
            "statements": [statement_dict(s) for s in p.statements],
            "anchors": sorted(p.anchors),
        },
        ensure_ascii=False,
    )


def prepared_from(text: str) -> Prepared:
    d = json.loads(text)
    return Prepared(
        Article(**d["article"]),
        Extraction.model_validate(d["extraction"]),
        [statement_from(s) for s in d["statements"]],
        frozenset(d["anchors"]),
    )


def article_row(p: Prepared, order: int, block: int, line: int) -> dict[str, Any]:
    a = p.article
    published = a.published.isoformat() if a.published else None
    return {
        "order": order,
        "block": block,
        "line": line,
        "id": a.id,
        "identity": a.identity,
        "title": a.title,
        "outlet": a.outlet,
        "published": published,
        "day": day_number(published),
        "url": a.url,
        "path": a.path,
        "author": a.author,
        "statements": len(p.statements),
        "anchors": sorted(p.anchors),
        "prepared": prepared_json(p),
    }


def statement_rows(p: Prepared, order: int, policy: Policy = POLICY) -> list[dict[str, Any]]:
    a = p.article
    published = a.published.isoformat() if a.published else None
    day = day_number(published)
    anchors = sorted(p.anchors)
    out = []
    for i, s in enumerate(p.statements):
        sh, strong = blocking_keys(s.norm, policy)
        out.append(
            {
                "order": statement_order(order, i),
                "article_order": order,
                "article_id": a.id,
                "document": a.identity,
                "outlet": a.outlet,
                "published": published,
                "day": day,
                "id": s.id,
                "type": s.type,
                "kind": s.kind,
                "quoted": s.kind in QUOTED_KINDS,
                "indexed": indexed(s),
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "parts": json.dumps([list(x) for x in s.parts]),
                "speaker": s.speaker_name,
                "speaker_mention": s.speaker_mention,
                "cue": s.cue,
                "rule": s.rule,
                "repeats": s.repeats,
                "quote_id": s.quote_id,
                "worth": s.worth,
                "figures": json.dumps(
                    [q.model_dump(mode="json", exclude_none=True) for q in s.quantities],
                    ensure_ascii=False,
                ),
                "norm": s.norm,
                "text_key": key("t", s.norm),
                "anchors": anchors,
                "shingles": sh,
                "strong": strong,
            }
        )
    return out


def error_row(block: int, line: int, source: str, level: str, reason: str) -> dict[str, Any]:
    return {"block": block, "line": line, "source": source, "level": level, "reason": reason}


def match_row(m: NewMatch) -> dict[str, Any]:
    return {
        "a": m.a,
        "b": m.b,
        "relation": m.relation,
        "score": float(m.score),
        "reasons": json.dumps(m.reasons, ensure_ascii=False),
        "diff": json.dumps([list(d) for d in m.diff], ensure_ascii=False) if m.diff else None,
    }


def match_from(d: dict[str, Any]) -> NewMatch:
    diff = json.loads(d["diff"]) if d.get("diff") else None
    return NewMatch(
        d["a"],
        d["b"],
        d["relation"],
        float(d["score"]),
        json.loads(d["reasons"]),
        [tuple(x) for x in diff] if diff else None,
    )
