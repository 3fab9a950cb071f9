"""After the pass: quotes with no tag of their own, and quotes split by their tag.

A quote with no tag takes the speaker of a tagged quote in its paragraph, of the paragraph or
two before (a speech running on), or of the person its sentence names; each way is a rule of
the registry, tried in order. '"We'll win," she said, "and soon."' is one statement of one
speaker, given as two parts.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from .reading import Reading
from .rules import stage_rules
from .statements import Attribution, Found

Mates = list[Found]  # the statements of the quote's paragraph that have a speaker


def fill_unattributed(rd: Reading) -> None:
    """Give every quote without a speaker the one the first fitting carry rule finds."""
    ordered = sorted(rd.found, key=lambda f: f.start)
    by_para: dict[int, list[Found]] = {}
    for f in ordered:
        by_para.setdefault(rd.doc.paragraph_index(f.start), []).append(f)
    for f in ordered:
        if f.attribution is not None:
            continue
        para = rd.doc.paragraph_index(f.start)
        mates = [g for g in by_para.get(para, []) if g.attribution is not None]
        for name, rule in _RULES:
            f.attribution = rule(rd, f, mates, name)
            if f.attribution is not None:
                break
        if f.attribution is not None and f.attribution.name:
            rd.para_last.setdefault(para, f.attribution)
    rd.found = ordered


def _paragraph_earlier(rd: Reading, f: Found, mates: Mates, name: str) -> Attribution | None:
    earlier = [g for g in mates if g.start < f.start]
    a = earlier[-1].attribution if earlier else None
    return a.inherited(name) if a is not None else None


def _paragraph_later(rd: Reading, f: Found, mates: Mates, name: str) -> Attribution | None:
    later = [g for g in mates if g.start > f.start]
    a = later[0].attribution if later else None
    return a.inherited(name) if a is not None else None


def _previous_paragraph(rd: Reading, f: Found, mates: Mates, name: str) -> Attribution | None:
    para = rd.doc.paragraph_index(f.start)
    for back in range(1, rd.policy.carry_paragraphs + 1):
        prev = rd.para_last.get(para - back)
        if prev is not None:
            return prev.inherited(name)
    return None


def _sentence_person(rd: Reading, f: Found, mates: Mates, name: str) -> Attribution | None:
    """The first person named before the quote in its sentence, a weak guess."""
    s, _ = rd.doc.sentence_at(f.start)
    for m in rd.cast.mentions_between(s, f.start):
        if not rd.doc.inside_quote(m.start) and m.entity.kind == "person":
            return rd.resolver.mention_attribution(m.start, m.end, m.entity, None, name)
    return None


CarryRule = Callable[[Reading, Found, Mates, str], Attribution | None]
_RULES: tuple[tuple[str, CarryRule], ...] = stage_rules(
    "carry",
    {
        "paragraph-earlier": _paragraph_earlier,
        "paragraph-later": _paragraph_later,
        "previous-paragraph": _previous_paragraph,
        "sentence-person": _sentence_person,
    },
)


def merge_split_quotes(rd: Reading) -> None:
    """'"We'll win," she said, "and soon."' is one statement of one speaker; but not
    '"Look at what you did," Franken said. Silverman responded, "..."', where the second
    quote has a tag of its own."""
    text = rd.text
    quotes = sorted((f for f in rd.found if f.region is not None), key=lambda f: f.start)
    drop: set[int] = set()
    for a, b in itertools.pairwise(quotes):
        if id(a) in drop or a.attribution is None or a.region is None or b.region is None:
            continue
        if rd.doc.paragraph_index(a.end) != rd.doc.paragraph_index(b.start):
            continue
        gap = text[a.region.close : b.region.open]
        cue = a.attribution.cue
        if cue is None or not (a.region.close <= cue.start < b.region.open):
            continue
        if not gap.rstrip().endswith(","):
            continue
        if not text[a.region.close - 2 : a.region.close].startswith(","):
            continue
        if _own_tag(rd, a, b):
            continue
        a.parts.extend(b.parts)
        a.end = b.end
        drop.add(id(b))
    rd.found = [f for f in rd.found if id(f) not in drop]


def _own_tag(rd: Reading, a: Found, b: Found) -> bool:
    """Whether the second of two quotes has a tag of its own: a cue of its own, or a
    sentence end between the first quote's tag and it ("Bob said. Then he asked, “…”")."""
    own = b.attribution.cue if b.attribution is not None else None
    if own is not None and (a.attribution is None or own is not a.attribution.cue):
        return True
    assert a.region is not None and b.region is not None
    doc = rd.doc
    return doc.sentence_index(a.region.close) != doc.sentence_index(b.region.open)
