"""Which statements in different articles report the same thing, and whether they agree.

Candidates come from inverted indexes over selective keys (figures, names, long words)
and article anchors, never from all pairs; rapidfuzz scores them; ``classify`` says how a
matched pair relates and why. Every scorer and cut-off lives in ``policy.POLICY``.

Modules, bottom up: ``policy``; ``features`` (a statement's gist and figures, and their
stored form); ``anchors`` (what an article is about); ``score``; ``diff`` (word diffs);
``classify``; ``index``; ``matcher`` (one article against the index). Imports only
``factcheck.models`` and the extractor's lexicon; never the store.
"""

from .anchors import anchor_weight, article_anchors, same_story
from .classify import Verdict, classify, compare_figures, polarity_flip
from .diff import word_diff
from .features import Features, Figure, Statement, features
from .index import Index
from .matcher import Match, duplicates_within, match_article
from .policy import POLICY, Policy
from .score import similarity

__all__ = [
    "POLICY",
    "Features",
    "Figure",
    "Index",
    "Match",
    "Policy",
    "Statement",
    "Verdict",
    "anchor_weight",
    "article_anchors",
    "classify",
    "compare_figures",
    "duplicates_within",
    "features",
    "match_article",
    "polarity_flip",
    "same_story",
    "similarity",
    "word_diff",
]
