"""How two statements that report the same thing relate, and the reasons a reviewer reads."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..vocabulary import QUOTED_KINDS, Relation
from .diff import DiffOp, diff_summary, word_diff
from .features import Figure, Statement
from .policy import POLICY, Policy


@dataclass(slots=True)
class Verdict:
    relation: Relation | None  # None: not similar enough to say
    score: float
    reasons: list[str]
    diff: list[DiffOp] | None = None


def classify(a: Statement, b: Statement, score: float, policy: Policy = POLICY) -> Verdict:
    """How two statements that report the same thing relate, and why."""
    if a.article_id == b.article_id:
        return Verdict("duplicate", score, ["the same statement twice in one article"])
    agree, disagree = compare_figures(a.features.figures, b.features.figures, policy)
    reasons: list[str] = []
    quoted = a.kind in QUOTED_KINDS and b.kind in QUOTED_KINDS
    if quoted and a.speaker_id is not None and a.speaker_id == b.speaker_id:
        diff = word_diff(a.text, b.text, policy)
        if diff is None:
            return Verdict("consistent", score, ["same speaker, the same words"])
        reasons.append("worded differently: " + diff_summary(diff))
        reasons += [f"{x} vs {y}" for x, y in disagree]
        return Verdict("misquote", score, reasons, diff)
    if disagree and score >= policy.disagreement:
        return Verdict("contradiction", score, [f"{x} vs {y}" for x, y in disagree])
    flip = polarity_flip(a, b, policy)
    if flip and score >= policy.polarity:
        return Verdict("contradiction", score, [flip])
    if disagree:
        return Verdict(None, score, [])
    if agree:
        reasons.append("same figures: " + "; ".join(f"{x} = {y}" for x, y in agree))
    if a.speaker_id is not None and a.speaker_id == b.speaker_id:
        reasons.append("same speaker")
    names = sorted(a.features.capitalised & b.features.capitalised)
    if names:
        reasons.append("both name " + ", ".join(n.title() for n in names[:6]))
    if not reasons:
        reasons.append(f"same wording ({score:.0f}/100)")
    return Verdict("consistent", score, reasons)


def compare_figures(
    fa: Sequence[Figure], fb: Sequence[Figure], policy: Policy = POLICY
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Figures the two sides share, and pairs of figures that fill the same slot but differ."""
    agree: list[tuple[str, str]] = []
    left = [f for f in fa if f.cls != "reldate"]
    right = [f for f in fb if f.cls != "reldate"]
    for f in list(left):
        for g in right:
            if g.cls == f.cls and same_figure(f, g, policy.figure_tolerance):
                agree.append((f.text, g.text))
                left.remove(f)
                right.remove(g)
                break
    disagree: list[tuple[str, str]] = []
    by_class: dict[str, tuple[list[Figure], list[Figure]]] = defaultdict(lambda: ([], []))
    for f in left:
        by_class[f.cls][0].append(f)
    for g in right:
        by_class[g.cls][1].append(g)
    for ls, rs in by_class.values():
        if not ls or not rs:
            continue
        if len(ls) == 1 and len(rs) == 1:
            disagree.append((ls[0].text, rs[0].text))
            continue
        for f in ls:
            best = max(rs, key=lambda g: fuzz.ratio(f.context, g.context))
            if fuzz.ratio(f.context, best.context) >= policy.figure_context_agree:
                disagree.append((f.text, best.text))
                rs.remove(best)
                if not rs:
                    break
    return agree, disagree


def same_figure(f: Figure, g: Figure, tolerance: float) -> bool:
    if f.key == g.key:
        return True
    if f.date and g.date:
        return f.date.startswith(g.date) or g.date.startswith(f.date)
    if f.value is not None and g.value is not None:
        # "about $200bn" allows for rounding; two exact figures must be equal
        approx = f.key.endswith(":~") or g.key.endswith(":~")
        top = max(abs(f.value), abs(g.value)) or 1.0
        return abs(f.value - g.value) / top <= (tolerance if approx else 1e-9)
    return False


_NEGATION = re.compile(
    r"(?i)(?:\b(?:not|never|no|cannot|nor|neither|without)\b|\b\w+n['’]t\b)(?:\s+(\w+))?"
)


def polarity_flip(a: Statement, b: Statement, policy: Policy = POLICY) -> str | None:
    """'were not postponed' in one, 'were postponed' in the other: the reason, or None.

    When one statement is much longer, only the part that lines up with the shorter
    one counts: "not just the deficit" elsewhere in a long quote is not a flip.
    """
    ta, tb = a.text, b.text
    if len(ta) > policy.longer_text * len(tb):
        ta = aligned_part(ta, tb)
    elif len(tb) > policy.longer_text * len(ta):
        tb = aligned_part(tb, ta)
    na, nb = list(_NEGATION.finditer(ta)), list(_NEGATION.finditer(tb))
    if len(na) % 2 == len(nb) % 2:
        return None
    negated, plain_text, first = (na, tb, True) if len(na) > len(nb) else (nb, ta, False)
    m = negated[-1]
    phrase = " ".join(m.group(0).split())
    verb = m.group(1) or ""
    plain = _phrase_around(plain_text, verb) or "no negation"
    return f"“{phrase}” vs “{plain}”" if first else f"“{plain}” vs “{phrase}”"


def aligned_part(long_text: str, short_text: str) -> str:
    """The stretch of ``long_text`` that best lines up with ``short_text``."""
    al = fuzz.partial_ratio_alignment(short_text.lower(), long_text.lower())
    if al is None:
        return long_text
    return long_text[al.dest_start : al.dest_end]


def _phrase_around(text: str, word: str) -> str | None:
    if not word:
        return None
    m = re.search(rf"(?i)\b{re.escape(word)}\b", text)
    return m.group(0) if m else None
