"""Quotes in an article's headline, and who the headline gives them to.

A headline has no tags of its own shape: "Milbank: Republicans ‘Waving the Flag of
Surrender’", "Cole Calls Tax Plan a ‘Gift to the Rich’", "Trade Talks ‘Going Well’, Mnuchin
Says". Its speaker is the name before a colon, the name before a closing "Says", or the name it
opens with; its verbs are capitalised, so the cue finder, which reads lower-case cues, finds none.
Only the article's first paragraph, when it is one short line, is read as a headline.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .marks import Region
from .names import Entity
from .phrases import NounPhrase
from .reading import Reading
from .statements import Attribution

_WORD = re.compile(r"[A-Za-z][\w’'.\-&]*")
# "…, Lindsey Graham Says." / "… Trump Tweets": a capitalised speech verb closing the line
_SAYS_TAIL = re.compile(
    r"[,;]\s*((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+([A-Z][a-z]+)[.!]?\s*$"
)
_LEAD_MAX_WORDS = 5  # "Former AG Michael Mukasey:" — a longer lead before a colon is a clause


def headline_span(rd: Reading, pos: int) -> tuple[int, int] | None:
    """The headline paragraph holding ``pos``: the first paragraph, one short line, with the
    article going on after it; None when ``pos`` is elsewhere or the text has no headline."""
    doc = rd.doc
    if len(doc.paragraphs) < 2 or doc.paragraph_index(pos) != 0:
        return None
    ps, pe = doc.paragraphs[0]
    line = rd.text[ps:pe]
    if "\n" in line.strip() or len(line.split()) > rd.policy.headline_words:
        return None
    return ps, pe


def headline_lead(rd: Reading, r: Region, rule: str) -> Attribution | None:
    """The speaker a headline gives the quote ``r``: the lead before a colon ahead of it, the
    name before a closing speech verb, or a known person the headline opens with."""
    span = headline_span(rd, r.open)
    if span is None:
        return None
    ps, pe = span
    text = rd.text
    colon = text.find(":", ps, r.open)
    if colon > ps:
        return _named(rd, ps, colon, rule)
    tail = _SAYS_TAIL.search(text, r.close, pe)
    if tail is not None and tail.group(2).lower() in lx.SPEECH_VERBS:
        return _named(rd, tail.start(1), tail.end(1), rule)
    return _opening_name(rd, ps, r.open, rule)


def _named(rd: Reading, s: int, e: int, rule: str) -> Attribution | None:
    """The attribution to the name a lead opens with: "WikiLeaks", "Former AG Mukasey" (cut at
    "at RNC"), "Sarah Silverman" (cut at "heckles Sanders supporters")."""
    words = list(_WORD.finditer(rd.text, s, e))
    for n, m in enumerate(words):
        w = m.group()
        if n and (
            w.lower() in lx.PREPOSITIONS
            or _verb_like(w)
            or not (w[:1].isupper() or w.lower() in lx.TITLE_WORDS)
        ):
            words = words[:n]
            break
    if not words or len(words) > _LEAD_MAX_WORDS or not words[0].group()[:1].isupper():
        return None
    if not any(m.group()[:1].isupper() and m.group().lower() not in lx.TITLE_WORDS for m in words):
        return None
    s, e = words[0].start(), words[-1].end()
    phrase = rd.text[s:e]
    ent = rd.cast.resolve_phrase(phrase)
    if ent is not None:
        return rd.resolver.mention_attribution(s, e, ent, None, rule)
    a = rd.resolver.attribution(NounPhrase(s, e, phrase), None, 0, rule)
    return a if a.name else None


def _opening_name(rd: Reading, ps: int, stop: int, rule: str) -> Attribution | None:
    """ "Obama Sees ‘Personal Insult’ …", "Gowdy promises report ‘as soon as possible’": the
    person the headline opens with, when the article names them and a verb follows the name."""
    words = list(_WORD.finditer(rd.text, ps, stop))
    run: list[re.Match[str]] = []
    for m in words[: _LEAD_MAX_WORDS + 1]:
        w = m.group()
        if run and _verb_like(w):
            break
        if not (w[:1].isupper() or w.lower() in lx.TITLE_WORDS):
            return None  # "Hacked roundup of paid speeches shows Clinton": no name leads
        run.append(m)
    else:
        if len(words) > len(run):
            return None
    if run and run[-1].group().lower() in lx.TITLE_WORDS:
        # "FBI Director Says …": the person the article gives that title
        s, e = run[0].start(), run[-1].end()
        ent = rd.cast.resolve_role("the " + rd.text[s:e], len(rd.text))
        if ent is not None:
            return rd.resolver.mention_attribution(s, e, ent, None, rule)
    for k in range(len(run), 0, -1):
        s, e = run[0].start(), run[k - 1].end()
        ent = rd.cast.resolve_phrase(rd.text[s:e])
        if ent is not None and _names(ent, run[k - 1].group()):
            return rd.resolver.mention_attribution(s, e, ent, None, rule)
    after = words[len(run)].group() if len(words) > len(run) else ""
    if run and after.islower() and _verb_like(after):
        # "DNC issues ‘deep and sincere apology’": in a sentence-case headline a lower-case
        # verb ends its subject, a name the article need not repeat
        return _named(rd, run[0].start(), run[-1].end(), rule)
    return None


def _verb_like(word: str) -> bool:
    low = word.lower()
    return (
        low in lx.SPEECH_VERBS
        or low in lx.COMMON_VERBS
        or (low.endswith("s") and low[:-1] in lx.COMMON_VERBS)
    )


def _names(ent: Entity, word: str) -> bool:
    """Whether ``word`` is part of the entity's name or one of its aliases ("Obama" of Barack
    Obama), so that "Obama Sees" does not resolve through "Sees"."""
    low = word.lower().rstrip(".").removesuffix("’s").removesuffix("'s")
    forms = [ent.name, *ent.aliases]
    return any(low in f.lower().replace(".", "").split() for f in forms)
