"""One article's statements against those already indexed: the pairs worth storing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..vocabulary import QUOTED_KINDS
from .classify import Verdict, classify
from .features import Statement
from .index import Index
from .policy import POLICY, Policy
from .score import similarity


@dataclass(slots=True)
class Match:
    a: Statement  # the earlier report
    b: Statement
    verdict: Verdict


def match_article(
    new: Sequence[Statement],
    index: Index,
    load: Callable[[list[int]], dict[int, Statement]],
    policy: Policy = POLICY,
    anchors: frozenset[str] | None = None,
) -> list[Match]:
    """Matches between one article's statements and those already indexed.

    ``load`` reads the candidate statements by number. A pair is kept only when each
    side is the other's best match in its article: a sentence can share a figure with
    several sentences of another report, but it reports the same thing as one of them.
    """
    if not new:
        return []
    lineage = new[0].lineage
    allowed = None
    if anchors is not None:
        allowed = index.related(anchors, lineage)
        if not allowed:
            return []
    wanted: dict[int, list[int]] = {}
    for s in new:
        keys = s.keys or s.features.blocking_keys(policy)
        wanted[s.seq] = index.candidates(keys, lineage, allowed)
    pool = load(sorted({c for cs in wanted.values() for c in cs}))
    scored: list[tuple[float, Statement, Statement]] = []
    for s in new:
        for c in wanted[s.seq]:
            other = pool.get(c)
            if other is None:
                continue
            score = similarity(s.features, other.features, policy)
            if score >= policy.same_statement:
                scored.append((score, s, other))
    best_new: dict[tuple[int, str], float] = {}
    best_old: dict[tuple[int, str], float] = {}
    for score, s, o in scored:
        k1 = (s.seq, o.article_id)
        best_new[k1] = max(best_new.get(k1, 0.0), score)
        k2 = (o.seq, s.article_id)
        best_old[k2] = max(best_old.get(k2, 0.0), score)
    out: list[Match] = []
    for score, s, o in scored:
        if score < best_new[(s.seq, o.article_id)] or score < best_old[(o.seq, s.article_id)]:
            continue
        v = classify(o, s, score, policy)
        if v.relation is not None:
            out.append(Match(o, s, v))
    return out


def duplicates_within(
    statements: Sequence[Statement], repeats: dict[str, str], policy: Policy = POLICY
) -> list[Match]:
    """Pull quotes and the body quotes they repeat, and statements given twice verbatim."""
    by_id = {s.id: s for s in statements}
    out: list[Match] = []
    seen: set[tuple[str, str]] = set()
    for pull, body in repeats.items():
        a, b = by_id.get(body), by_id.get(pull)
        if a and b:
            out.append(
                Match(a, b, Verdict("duplicate", 100.0, ["pull quote repeats the body quote"]))
            )
            seen.add((a.id, b.id))
    first: dict[str, Statement] = {}
    for s in statements:
        if s.kind not in QUOTED_KINDS or len(s.features.tokens) < policy.duplicate_min_words:
            continue
        key = s.features.norm
        if key in first and (first[key].id, s.id) not in seen and (s.id, first[key].id) not in seen:
            out.append(
                Match(first[key], s, Verdict("duplicate", 100.0, ["quoted twice in the article"]))
            )
        first.setdefault(key, s)
    return out
