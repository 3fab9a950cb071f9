"""How surely two statements say the same thing, 0-100."""

from __future__ import annotations

from .features import Features
from .policy import POLICY, Policy


def similarity(a: Features, b: Features, policy: Policy = POLICY) -> float:
    """Whole statements are compared, and so are the windows around each anchor they
    share (a figure or a name): two outlets often report one fact inside sentences
    that otherwise say different things.
    """
    best = policy.scorer(a.norm, b.norm)
    if best >= 100:
        return best
    anchors, shared_figures = shared_anchors(a, b)
    for anchor in anchors:
        wa = _window(a.tokens, anchor, policy.window)
        wb = _window(b.tokens, anchor, policy.window)
        if len(wa) >= policy.min_window and len(wb) >= policy.min_window:
            s = policy.scorer(" ".join(wa), " ".join(wb))
            # one shared anchor is thin evidence: scale it by how many are shared
            s *= min(1.0, policy.thin_anchor_base + policy.thin_anchor_step * len(anchors))
            best = max(best, s)
    if shared_figures > 1:
        best = min(100.0, best + policy.figure_bonus * (shared_figures - 1))
    return best


def shared_anchors(a: Features, b: Features) -> tuple[list[str], int]:
    """The figure tokens and names both statements hold, and how many are figures."""
    figs = {"#" + f.key.replace(" ", "_") for f in a.figures if f.cls != "reldate"}
    figs &= {"#" + f.key.replace(" ", "_") for f in b.figures if f.cls != "reldate"}
    names = a.capitalised & b.capitalised
    return sorted(figs) + sorted(names), len(figs)


def _window(tokens: list[str], anchor: str, width: int) -> list[str]:
    try:
        i = tokens.index(anchor)
    except ValueError:
        return []
    return tokens[max(0, i - width) : i + width + 1]
