"""One pass over an article, sentence by sentence, in order.

In each sentence the quoted regions are attributed first (``quoted``), then the reported speech
of the cues the quotes left unused (``reported``), and the sentence's subject is noted for the
pronouns that follow (``resolve.Salience``). After the pass, quotes with no tag of their own
take a speaker from their neighbours and quotes split by their tag are joined (``carry``), and
a quoted transcript is cut into its speakers' turns (``turns``). The
stages share a ``reading.Reading``: the article's document, cast and cues, and what has been
found so far.
"""

from __future__ import annotations

from . import carry, quoted, reported, turns
from .cues import CueIndex
from .marks import Region
from .names import Cast, Entity
from .policy import Policy
from .reading import Reading
from .resolve import Resolver
from .statements import Found
from .text import Document


def read(
    doc: Document,
    cast: Cast,
    cues: CueIndex,
    policy: Policy,
    skip: set[int],
    layout: list[Found],
) -> list[Found]:
    """Every quote and reported statement outside the skipped paragraphs, attributed, with
    the statements layout found (whose speakers quotes with no tag may take)."""
    rd = Reading(doc, cast, cues, Resolver(doc, cast, policy), policy, skip)
    for lf in layout:
        rd.add(lf)
        if lf.attribution is not None:
            rd.para_last[doc.paragraph_index(lf.start)] = lf.attribution
    regions_by_sentence: dict[int, list[Region]] = {}
    for r in doc.regions:
        if doc.paragraph_index(r.open) in skip:
            continue
        regions_by_sentence.setdefault(doc.sentence_index(r.open), []).append(r)
    for si, (s, e) in enumerate(doc.sentences):
        subject: Entity | None = None
        for r in regions_by_sentence.get(si, []):
            qf = quoted.attribute_region(rd, r, si, s, e)
            if qf is not None and qf.attribution and qf.attribution.entity:
                subject = subject or qf.attribution.entity
        for f in reported.reported_speech(rd, si, s, e):
            if f.attribution and f.attribution.entity:
                subject = subject or f.attribution.entity
        if subject is None:
            for m in cast.mentions_between(s, e):
                if not doc.inside_quote(m.start):
                    subject = m.entity
                    break
        if subject is not None:
            rd.resolver.salience.add(si, subject)
    carry.fill_unattributed(rd)
    carry.merge_split_quotes(rd)
    turns.split_turns(rd)
    return sorted(rd.found, key=lambda f: f.start)
