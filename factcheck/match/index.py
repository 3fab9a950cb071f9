"""Candidates without all pairs: in-memory inverted indexes over blocking keys and anchors.

Postings are appended in ingest order, so reading only the latest ones for a common key
favours the reports closest in time and keeps every lookup bounded however large the
store grows. ``Index.load`` fills one from what the store holds, so the store never
reaches into these structures.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .anchors import anchor_weight, same_story
from .policy import POLICY, Policy


class Index:
    """Blocking key → statement numbers, and anchor → articles (documents)."""

    def __init__(self, policy: Policy = POLICY) -> None:
        self.policy = policy
        self.postings: dict[str, array[int]] = {}
        self.lineage: dict[int, int] = {}
        self.anchors: dict[int, frozenset[str]] = {}
        self.anchor_df: Counter[str] = Counter()
        self.anchor_postings: dict[str, array[int]] = {}
        self._weight_cache: dict[int, tuple[int, float]] = {}

    @classmethod
    def load(
        cls,
        *,
        lineages: Iterable[tuple[int, int]],
        articles: Iterable[tuple[int, frozenset[str]]],
        keys: Iterable[tuple[str, int]],
        policy: Policy = POLICY,
    ) -> Index:
        """An index of what is stored: each statement's document, each current article's
        anchors, and every (key, statement) posting in the order they were written."""
        index = cls(policy)
        index.lineage.update(lineages)
        for lineage, anchors in articles:
            index.add_article(lineage, anchors)
        postings = index.postings
        for key, seq in keys:
            p = postings.get(key)
            if p is None:
                postings[key] = p = array("q")
            p.append(seq)
        return index

    def __len__(self) -> int:
        return len(self.lineage)

    # --- articles -----------------------------------------------------------------------

    def add_article(self, lineage: int, anchors: frozenset[str]) -> None:
        self.anchors[lineage] = anchors
        self.anchor_df.update(anchors)
        for a in anchors:
            p = self.anchor_postings.get(a)
            if p is None:
                self.anchor_postings[a] = p = array("q")
            p.append(lineage)

    def related(self, anchors: frozenset[str], lineage: int) -> set[int]:
        """Earlier articles about the same events as one with ``anchors``.

        Shared anchors are counted over their postings, rarest first and latest
        first, and only the most promising articles are weighed in full, so the cost
        per article stays bounded however large the store grows.
        """
        policy = self.policy
        n = len(self.anchors) + 1
        df = self.anchor_df
        weight = {a: anchor_weight(df.get(a, 0), n) for a in anchors}
        cap = policy.recent_postings * policy.article_reach
        found = sorted(
            ((len(p), a, p) for a in anchors if (p := self.anchor_postings.get(a))),
            key=lambda t: t[0],
        )
        shared_w: dict[int, float] = defaultdict(float)
        shared_n: dict[int, int] = defaultdict(int)
        budget = policy.posting_budget * policy.article_reach
        for count, a, p in found:
            if budget <= 0:
                break
            w = weight[a]
            for other in p[-cap:] if count > cap else p:
                shared_w[other] += w
                shared_n[other] += 1
            budget -= min(count, cap)
        need = policy.same_story_min
        hopeful = [o for o, c in shared_n.items() if c >= need and o != lineage]
        top = heapq.nlargest(policy.related_articles, hopeful, key=shared_w.__getitem__)
        total = sum(weight.values())
        out = set()
        for other in top:
            theirs = self._total_weight(other, n)
            if same_story(shared_w[other], total, theirs, shared_n[other], policy):
                out.add(other)
        return out

    def _total_weight(self, lineage: int, n: int) -> float:
        """An article's summed anchor weight, refreshed as the store grows."""
        cached = self._weight_cache.get(lineage)
        if cached is None or n > cached[0] * self.policy.weight_refresh:
            df = self.anchor_df
            total = sum(anchor_weight(df.get(x, 0), n) for x in self.anchors[lineage])
            cached = self._weight_cache[lineage] = (n, total)
        return cached[1]

    # --- statements ---------------------------------------------------------------------

    def add(self, seq: int, lineage: int, keys: Iterable[str]) -> None:
        self.lineage[seq] = lineage
        for k in keys:
            p = self.postings.get(k)
            if p is None:
                self.postings[k] = p = array("q")
            p.append(seq)

    def candidates(
        self, keys: Sequence[str], lineage: int, allowed: set[int] | None = None
    ) -> list[int]:
        """The statements outside ``lineage`` sharing the most selective keys.

        With ``allowed``, only statements of those articles (``related``) count.
        """
        policy = self.policy
        n = len(self.lineage) or 1
        weight: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        cap = policy.recent_postings
        budget = policy.posting_budget
        found = [(len(p), k, p) for k in keys if (p := self.postings.get(k))]
        found.sort(key=lambda t: t[0])
        lineage_of = self.lineage
        for df, k, p in found:
            if budget <= 0:
                break
            w = math.log(1.0 + n / df) * (policy.figure_key_weight if k.startswith("q:") else 1.0)
            for seq in p[-cap:] if df > cap else p:
                other = lineage_of[seq]
                if other != lineage and (allowed is None or other in allowed):
                    weight[seq] += w
                    shared[seq] += 1
            budget -= min(df, cap)
        need = policy.min_shared_keys
        ranked = sorted((s for s in weight if shared[s] >= need), key=lambda s: -weight[s])
        return ranked[: policy.top_candidates]
