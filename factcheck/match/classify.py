"""Whether two aligned statements are one report, how they relate, and the reasons.

Only the disputed element may differ:

- a region that swaps one number for another of a different value (scale words applied)
  is a **contradiction** (figure);
- a region that is only a negation inserted or dropped is a **contradiction** (negation),
  "not not" included: there is no parity counting;
- any other region inside the aligned window, between two quoted kinds, is a **misquote**;
- nothing left is **consistent**.

Quotes are linked on their words alone, in tiers (``Policy``): strong at any date, near
within the same event, exact (the whole shorter verbatim) at any date, and a partial
quote's few words found verbatim in a quote of the same event. Speaker is no
precondition. Reporter-voice claims and indirect speech need the same event, an aligned
stretch covering most of the shorter, and exactly one disputed element.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..vocabulary import QUOTED_KINDS, Relation
from .align import Alignment, Region
from .policy import POLICY, Policy
from .text import Words, is_content
from .words import (
    FIGURE_WORDS,
    INFLECTIONS,
    MONTH_WORDS,
    NEGATIONS,
    SCALE_WORDS,
    STOP_WORDS,
)

DiffOp = tuple[str, str]  # ("=" both | "-" only the first | "+" only the second, words)


@dataclass(slots=True)
class Decision:
    """A linked pair: its relation, how it was linked, and the regions that decide it."""

    relation: Relation
    tier: str  # strong | near | exact | fragment | claim | figure | group
    score: float  # M/S, 0-100
    figures: list[Region] = field(default_factory=list)
    negations: list[Region] = field(default_factory=list)
    words: list[tuple[Region, str | None]] = field(default_factory=list)  # (region, minor)
    anchor: Region | None = None  # the shared figure two reports in their own words hold


def decide(
    al: Alignment,
    kind_a: str,
    kind_b: str,
    *,
    same_event: bool,
    policy: Policy = POLICY,
) -> Decision | None:
    """The decision for two statements aligned as ``al`` (``a`` first), or None: not linked."""
    s = al.shorter
    if s == 0:
        return None
    m, cover = al.matched, al.cover
    if len(al.a) == len(al.b):  # either may be called the shorter: ask both
        short_partial = "partial" in (kind_a, kind_b)
    else:
        short_partial = (kind_a if al.a_is_shorter else kind_b) == "partial"
    figures, negations, words = _classify(al, short_partial)
    changed = sum(max(r.a1 - r.a0, r.b1 - r.b0) for r in figures + negations) + sum(
        max(r.a1 - r.a0, r.b1 - r.b0) for r, _ in words
    )
    too_different = changed > max(policy.max_changed, policy.changed_share * m)
    score = round(100.0 * cover, 2)
    if kind_a in QUOTED_KINDS and kind_b in QUOTED_KINDS:
        if too_different:
            return None  # not the same words
        nothing = not (figures or negations or words)
        if m >= policy.strong_matched and cover >= policy.strong_cover:
            tier = "strong"
        elif (
            nothing and m == s and m >= policy.exact_matched and al.content >= policy.exact_content
        ):
            tier = "exact"
        elif (
            same_event
            and m >= policy.near_matched
            and cover >= policy.near_cover
            and al.content >= policy.near_content
        ):
            tier = "near"
        elif (
            same_event
            and nothing
            and short_partial
            and m == s
            and m >= policy.fragment_matched
            and al.content >= policy.fragment_content
        ):
            tier = "fragment"  # a few words a report quotes from a longer quote
        else:
            return None
        if figures or negations:
            return Decision("contradiction", tier, score, figures, negations, words)
        if words:
            return Decision("misquote", tier, score, figures, negations, words)
        return Decision("consistent", tier, score)
    # reporter voice or indirect speech: the same event, aligned context, one disputed element
    if not same_event:
        return None
    if too_different or m < policy.claim_matched or cover < policy.claim_cover:
        # two reports in their own words: linked (never flagged) when they share a figure
        # and the words around it
        at = shared_figure(al.a, al.b, policy)
        if at is not None:
            anchor = Region(True, at[0], at[0] + 1, at[1], at[1] + 1)
            return Decision("consistent", "figure", score, anchor=anchor)
        return None
    if figures or negations:
        if len(figures) + len(negations) + len(words) != 1:
            return None
        return Decision("contradiction", "claim", score, figures, negations)
    return Decision("consistent", "claim", score, words=words)


def linkable_apart(
    kind_a: str, kind_b: str, common: int, shorter: int, policy: Policy = POLICY
) -> bool:
    """Whether ``decide`` could link two statements of different events at all, from the
    words they share (counted as a multiset, an editor's insertions left out: no
    alignment matches more) and the plain length of the shorter of the two. Apart, only
    two quotes link: see ``quotes_linkable_apart``."""
    if kind_a not in QUOTED_KINDS or kind_b not in QUOTED_KINDS:
        return False
    return quotes_linkable_apart(common, shorter, policy)


def quotes_linkable_apart(common: int, shorter: int, policy: Policy = POLICY) -> bool:
    """``linkable_apart`` for two quotes: at the strong tier (M and M/S) or the exact one
    (M = S). A bound that lets a caller skip aligning the many any-date candidates that
    share a 3-gram and little else."""
    if shorter <= 0 or common < min(policy.strong_matched, policy.exact_matched):
        return False
    return common / shorter >= min(policy.strong_cover, 1.0)


def _classify(
    al: Alignment, short_is_partial: bool
) -> tuple[list[Region], list[Region], list[tuple[Region, str | None]]]:
    figures: list[Region] = []
    negations: list[Region] = []
    words: list[tuple[Region, str | None]] = []
    for r in al.differences:
        sa, sb = al.a[r.a0 : r.a1], al.b[r.b0 : r.b1]
        if r.edge and (short_is_partial or _inflected(sa, sb)):
            continue  # a partial quote's edge word fitted to the reporter's sentence
        if any(map(_is_number, sa)) and any(map(_is_number, sb)):
            va, vb = value(sa), value(sb)
            if va is not None and vb is not None:
                if va != vb:
                    figures.append(r)
                rest_a = [w for w in sa if not _is_number(w) and w not in FIGURE_WORDS]
                rest_b = [w for w in sb if not _is_number(w) and w not in FIGURE_WORDS]
                if rest_a != rest_b:
                    words.append((r, minor(rest_a, rest_b)))  # a word changed beside it
                continue  # else the same figure written two ways
        na = [w for w in sa if w not in NEGATIONS]
        nb = [w for w in sb if w not in NEGATIONS]
        if na == nb and (len(na) != len(sa) or len(nb) != len(sb)):
            negations.append(r)
            continue
        words.append((r, minor(sa, sb)))
    return figures, negations, words


def _figure_at(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is a figure that picks something out: a number that is no bare
    year, or a month with a day or a part ("late July")."""
    w = words[i]
    if _is_number(w):
        return not (len(w) == 4 and w[:2] in ("19", "20") and w.isdigit())
    if w in MONTH_WORDS:
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        return before in ("late", "early", "mid") or _is_number(after)
    return False


def shared_figure(
    a: Sequence[str], b: Sequence[str], policy: Policy = POLICY
) -> tuple[int, int] | None:
    """Where the two share a figure with at least ``figure_context`` content words in
    common within ``figure_reach`` words of it on both sides, or None."""
    reach = policy.figure_reach
    at_b: dict[str, list[int]] = {}
    for j in range(len(b)):
        if _figure_at(b, j):
            at_b.setdefault(b[j], []).append(j)
    for i in range(len(a)):
        if a[i] not in at_b or not _figure_at(a, i):
            continue
        around_a = {w for w in a[max(0, i - reach) : i + reach + 1] if is_content(w) and w != a[i]}
        for j in at_b[a[i]]:
            around_b = {w for w in b[max(0, j - reach) : j + reach + 1] if is_content(w)}
            if len(around_a & around_b) >= policy.figure_context:
                return i, j
    return None


def minor(sa: Sequence[str], sb: Sequence[str]) -> str | None:
    """'function words' or 'inflection' when a change is only that, else None.

    Such a change is still a misquote; the label lets a reviewer see it at a glance."""
    if all(w in STOP_WORDS for w in sa) and all(w in STOP_WORDS for w in sb):
        return "function words"
    if _inflected(sa, sb):
        return "inflection"
    return None


def _inflected(sa: Sequence[str], sb: Sequence[str]) -> bool:
    return len(sa) == len(sb) > 0 and [stem(w) for w in sa] == [stem(w) for w in sb]


@lru_cache(maxsize=1 << 16)
def stem(w: str) -> str:
    """A word without its inflection: duties → duty, running → run, pews → pew."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    for suffix in INFLECTIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2]:
                w = w[:-1]  # running → runn → run
            return w
    return w


@lru_cache(maxsize=1 << 16)
def _is_number(w: str) -> bool:
    """A word holding a digit (cached: a batch of pairs asks of the same words again and
    again, and the scan costs more than the look-up)."""
    return any(c.isdigit() for c in w)


def value(words: Sequence[str]) -> float | None:
    """The figure a few words spell, scale words applied; None when it is not one figure."""
    v: float | None = None
    for w in words:
        if _is_number(w):
            if v is not None:
                return None  # two numbers: not one figure
            try:
                v = float(w)
            except ValueError:
                return None
        elif w in SCALE_WORDS and v is not None:
            v *= SCALE_WORDS[w]
    return v


# --- what a reviewer reads ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Side:
    """One statement as the reasons quote it: its words with spans, and its text."""

    words: Words
    text: str


def explain(
    d: Decision, al: Alignment, a: Side, b: Side, policy: Policy = POLICY
) -> tuple[list[str], list[DiffOp] | None]:
    """One-line reasons and, for a misquote, the word diff (``a``'s side first)."""
    reasons: list[str] = []
    for r in d.figures:
        reasons.append(f"figure: {_figure(al, r, a, b, 'a')} vs {_figure(al, r, a, b, 'b')}")
    for r in d.negations:
        ctx = policy.reason_context
        reasons.append(
            f"negation: “{_quote(al, r, a, 'a', ctx)}” vs “{_quote(al, r, b, 'b', ctx)}”"
        )
    if d.words:
        label = {
            "misquote": "worded differently",
            "contradiction": "also worded differently",
        }.get(d.relation, "aligned, worded differently (not a quote)")
        kinds = {m for _, m in d.words}
        if None not in kinds:
            label += f" (minor: {', '.join(sorted(k for k in kinds if k))})"
        reasons.append(
            label
            + ": "
            + "; ".join(
                f"[{_quote(al, r, a, 'a') or '-'}] vs [{_quote(al, r, b, 'b') or '-'}]"
                for r, _ in d.words
            )
        )
    if d.anchor is not None:
        reasons.append(
            f"the same figure, in their own words: {_figure(al, d.anchor, a, b, 'a')}"
            f" = {_figure(al, d.anchor, a, b, 'b')}"
        )
    if not reasons:
        reasons.append(
            {
                "exact": "the same words",
                "group": "the same words (a text reported many times)",
                "figure": "the same figure, in their own words",
            }.get(d.tier, f"the same words over {al.matched} of {al.shorter}")
        )
    if d.relation != "consistent":
        reasons.append("A: " + _window(al, a, "a", policy.window_chars))
        reasons.append("B: " + _window(al, b, "b", policy.window_chars))
    diff = _diff(d, al, a, b) if d.relation == "misquote" else None
    return reasons, diff


def _span(
    al: Alignment, side: Side, which: str, lo: int, hi: int, whole_words: bool = False
) -> str:
    """The original text of unbracketed words ``lo:hi`` of one side; ``whole_words`` takes
    in what is attached to them ("US$" before "250", "%" after it)."""
    index = al.a_index if which == "a" else al.b_index
    if hi <= lo or not index:
        return ""
    spans = side.words.spans
    first = index[min(lo, len(index) - 1)]
    last = index[min(hi, len(index)) - 1]
    start = min(spans[i][0] for i in range(first, last + 1))
    end = max(spans[i][1] for i in range(first, last + 1))
    if whole_words:
        text = side.text
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        return " ".join(text[start:end].split()).strip(",.;:!?\"“”‘’'()[]")
    return " ".join(side.text[start:end].split())


def _quote(al: Alignment, r: Region, side: Side, which: str, context: int = 0) -> str:
    lo, hi = (r.a0, r.a1) if which == "a" else (r.b0, r.b1)
    n = len(al.a if which == "a" else al.b)
    return _span(al, side, which, max(0, lo - context), min(n, hi + context))


_MONTH_PARTS = frozenset({"late", "early", "mid"})  # "late July", not "early 2"
_NUMBER_PARTS = frozenset({"about", "nearly", "almost", "over", "under"})


def _figure(al: Alignment, r: Region, a: Side, b: Side, which: str) -> str:
    """A changed figure with the words that make it up around it ("US$250 billion")."""
    words = al.a if which == "a" else al.b
    lo, hi = (r.a0, r.a1) if which == "a" else (r.b0, r.b1)
    while lo > 0 and (
        words[lo - 1] in FIGURE_WORDS
        or _is_number(words[lo - 1])
        or words[lo - 1] in _NUMBER_PARTS
        or (words[lo - 1] in _MONTH_PARTS and words[lo] in MONTH_WORDS)
    ):
        lo -= 1
    while hi < len(words) and (words[hi] in FIGURE_WORDS or _is_number(words[hi])):
        hi += 1
    return _span(al, a if which == "a" else b, which, lo, hi, whole_words=True)


def _window(al: Alignment, side: Side, which: str, limit: int) -> str:
    if not al.regions:
        return ""
    first, last = al.regions[0], al.regions[-1]
    lo, hi = (first.a0, last.a1) if which == "a" else (first.b0, last.b1)
    text = _span(al, side, which, lo, hi)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _diff(d: Decision, al: Alignment, a: Side, b: Side) -> list[DiffOp]:
    changed = {id(r) for r, _ in d.words}
    ops: list[DiffOp] = []
    for r in al.regions:
        if id(r) in changed:
            if r.a1 > r.a0:
                ops.append(("-", _span(al, a, "a", r.a0, r.a1)))
            if r.b1 > r.b0:
                ops.append(("+", _span(al, b, "b", r.b0, r.b1)))
        elif r.a1 > r.a0:
            ops.append(("=", _span(al, a, "a", r.a0, r.a1)))
    merged: list[DiffOp] = []
    for op in ops:
        if merged and merged[-1][0] == op[0] == "=":
            merged[-1] = ("=", merged[-1][1] + " " + op[1])
        else:
            merged.append(op)
    return merged
