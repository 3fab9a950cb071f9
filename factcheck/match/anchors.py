"""The names and figures an article is about, and whether two articles report one event.

Statements are only compared across articles that share enough anchors, each weighed by
its rarity, so that the same template sentence in two unrelated stories ("X will retaliate
against the measures") is never taken for one statement.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from ..extract import lexicon as lx
from .features import STOPWORDS
from .policy import POLICY, Policy

_CAPITALISED = re.compile(r"(?<![.!?:\n“\"–—-]\s)(?<![.!?:\n“\"])\b[A-Z][\w'’-]+")
# titles and institution words ("Trade Ministry") are shared by unrelated stories
_NOT_ANCHORS = (
    frozenset(lx.MONTHS) | lx.DAYS | lx.TITLE_WORDS | lx.ORG_WORDS | frozenset(lx.HONORIFICS)
)


def article_anchors(
    text: str, figure_keys: Iterable[str], names: Iterable[str], policy: Policy = POLICY
) -> frozenset[str]:
    """The names and figures an article is about: two reports of one event share many."""
    shortest = policy.min_name_letters
    out = set()
    for m in _CAPITALISED.finditer(text):
        w = m.group(0).lower().replace("’", "'").removesuffix("'s")
        if len(w) >= shortest and w not in STOPWORDS and w not in _NOT_ANCHORS:
            out.add(w)
    for n in names:
        words = n.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue  # "Economists", "farm lobby groups": not names
        out.update(w for w in n.lower().split() if len(w) >= shortest and w not in _NOT_ANCHORS)
    out.update("#" + k for k in figure_keys if not k.startswith("date:rel"))
    return frozenset(out)


def anchor_weight(df: int, n: int) -> float:
    """An anchor found in ``df`` of ``n`` stored articles: the rarer, the heavier."""
    return math.log(1.0 + n / max(df, 1))


def same_story(
    shared: float, weight_a: float, weight_b: float, n_shared: int, policy: Policy = POLICY
) -> bool:
    """Whether two articles report the same events: the (rarity-weighted) share of the
    smaller one's anchors that the other also has.

    Weighing by rarity means two stories that merely share a country do not pass,
    while two reports that share people, places and figures do, a short brief of a
    long report included.
    """
    if n_shared < policy.same_story_min:
        return False
    return shared / (min(weight_a, weight_b) or 1.0) >= policy.same_story
