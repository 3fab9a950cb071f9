"""Every window and cut-off that matching uses, in one frozen object.

Tuning happens here and nowhere else, so the benchmark measures what the tests exercise.
A caller that wants other settings passes its own ``Policy``; nothing reads globals. The
figures come from the error analysis of issue 12 on real reporting (BASIL, polnear-dev):
S is the number of words of the shorter statement, M the words aligned equal, C the
content words among them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    """The cut-offs of cross-article matching."""

    # -- words and candidates ----------------------------------------------------------
    content_letters: int = 3  # a content word (C) is no stop word and at least this long
    strong_letters: int = 4  # an any-date lookup 3-gram holds content words this long ...
    strong_content: int = 2  # ... at least this many of them (so no "i do not think")
    short_statement: int = 12  # statements this short are also looked up by 2-grams
    # -- alignment ---------------------------------------------------------------------
    window_pad: int = 3  # the window found in the longer is widened by this many words ...
    window_pad_share: int = 3  # ... plus the shorter's length divided by this
    solid_run: int = 3  # equal runs this long fix the window for the second pass
    refit_margin: int = 2  # words kept either side of the solid runs in the second pass
    # -- quote links: three tiers ------------------------------------------------------
    strong_matched: int = 8  # strong: M at least this ...
    strong_cover: float = 0.8  # ... and M/S at least this, at any date
    near_matched: int = 5  # near: M at least this ...
    near_cover: float = 0.6  # ... M/S at least this ...
    near_content: int = 2  # ... C at least this, and the same event (dates or anchors)
    exact_matched: int = 6  # exact: the whole shorter verbatim, M at least this ...
    exact_content: int = 3  # ... and C at least this, at any date
    fragment_matched: int = 3  # fragment: a partial quote this long, verbatim in a quote
    fragment_content: int = 2  # ... of the same event, with this many content words
    max_changed: int = 4  # a pair differing in more words than this ...
    changed_share: float = 0.25  # ... or this share of M is not the same words: no link
    # -- reporter-voice claims and indirect speech -------------------------------------
    claim_matched: int = 8  # aligned words needed around a disputed figure or negation
    claim_cover: float = 0.8  # and the share of the shorter they cover
    figure_reach: int = 4  # two reports in their own words that share a figure ...
    figure_context: int = 2  # ... and this many content words that near it are linked
    # -- the same event ------------------------------------------------------------------
    window_days: int = 3  # articles this many days apart or fewer report one event
    event_names: int = 2  # undated: share this many full names ...
    event_figures: int = 1  # ... and this many specific figures, or ...
    event_names_alone: int = 3  # ... this many full names
    event_days: int = 30  # dated further apart than the window, but no more than this:
    event_figures_dated: int = 2  # ... the names and this many specific figures
    # -- groups of one verbatim text -------------------------------------------------
    group_all_pairs: int = 12  # up to this many reports of one text are linked all pairs;
    # above it (boilerplate) each report is linked to the next one, and to the reports of
    # its own event, and no longer to near-verbatim texts at other dates
    duplicate_min_words: int = 4  # fewer content words than this is no duplicate quote
    # -- reasons ---------------------------------------------------------------------------
    reason_context: int = 1  # words of context either side of a negation in its reason
    window_chars: int = 240  # an aligned window quoted in the reasons is cut to this


POLICY = Policy()
