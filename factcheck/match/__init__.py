"""Which statements in different articles report the same thing, and whether they agree.

Quotes are matched by what was said: normalised words (``text``), candidates from shingle
postings (``index``), the shorter aligned inside the longer (``align``), and a decision
from what is left (``classify``): only the disputed element may differ. Reporter-voice
claims and indirect speech need the same event (``anchors``). Every cut-off lives in
``policy.POLICY`` and every word table in ``words``.

Modules, bottom up: ``words``, ``policy``; ``text``; ``align``; ``anchors``; ``classify``;
``index``; ``matcher`` (one article against the index). ``identity`` (speakers) stands
apart. Imports only ``factcheck.models`` and the extractor's lexicon; never the store.
"""

from .align import Alignment, Region, align, forget_alignments
from .anchors import event_keys, same_event
from .classify import Decision, Side, decide, explain
from .index import Article, Entry, Index, NewStatement
from .matcher import Changes, Link, duplicates_within, match_article
from .policy import POLICY, Policy
from .text import Words, match_text, stored, tokens
from .words import NORMALISATION_VERSION

__all__ = [
    "NORMALISATION_VERSION",
    "POLICY",
    "Alignment",
    "Article",
    "Changes",
    "Decision",
    "Entry",
    "Index",
    "Link",
    "NewStatement",
    "Policy",
    "Region",
    "Side",
    "Words",
    "align",
    "decide",
    "duplicates_within",
    "event_keys",
    "explain",
    "forget_alignments",
    "match_article",
    "match_text",
    "same_event",
    "stored",
    "tokens",
]
