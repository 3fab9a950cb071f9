"""Every scorer, window and cut-off that matching uses, in one frozen object.

Tuning happens here and nowhere else, so the benchmark measures what the tests exercise.
A caller that wants other settings passes its own ``Policy``; nothing reads globals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz


@dataclass(frozen=True)
class Policy:
    """The scorer and every cut-off matching uses."""

    scorer: Callable[..., float] = fuzz.token_set_ratio
    # -- statements --------------------------------------------------------------------
    same_statement: float = 64.0  # a pair scoring this much reports the same thing
    disagreement: float = 72.0  # a contradiction needs this much evidence of sameness
    polarity: float = 80.0  # a negation flip needs near-identical wording
    window: int = 5  # content words either side of a shared anchor
    min_window: int = 3  # a window this short says nothing
    thin_anchor_base: float = 0.75  # one shared anchor scales a window score by this ...
    thin_anchor_step: float = 0.125  # ... plus this for each further shared anchor
    figure_bonus: float = 8.0  # each shared figure beyond the first is independent evidence
    figure_context: int = 3  # content words either side of a figure, to pair figures
    figure_context_agree: float = 50.0  # two figures' contexts this alike fill one slot
    figure_tolerance: float = 0.05  # how far "about $200bn" may be from $195bn and agree
    # -- word diffs and negation -------------------------------------------------------
    longer_text: float = 1.5  # a text this many times longer is cut to the part aligned
    partial_quote: float = 0.8  # a quote this much shorter is diffed against a window
    duplicate_min_words: int = 4  # fewer content words than this is no duplicate quote
    # -- blocking keys -----------------------------------------------------------------
    min_shared_keys: int = 2
    top_candidates: int = 12
    recent_postings: int = 150  # a common key is read only over its latest postings
    posting_budget: int = 1200  # postings read per statement, rarest keys first
    max_keys: int = 16
    long_word: int = 4  # words this long are blocking keys
    figure_key_weight: float = 2.0  # a shared figure counts this many times a shared word
    # -- related articles --------------------------------------------------------------
    same_story: float = 0.4  # articles sharing this (weighted) share of names and figures
    same_story_min: int = 3  # ... and at least this many, are about the same events
    related_articles: int = 40  # the most related earlier articles an article is matched with
    article_reach: int = 2  # article anchors read this many times the statements' postings
    weight_refresh: float = 1.25  # an article's anchor weight is redone as the store grows so
    min_name_letters: int = 3  # a capitalised word this long or longer can be a name


POLICY = Policy()
