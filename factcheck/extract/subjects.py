"""The subject a cue belongs to when no noun phrase stands right before it.

"Cruz accused them of hypocrisy and said ...": the cue is a second verb of the sentence's
subject. "..., Ortiz said, adding that ...": a participle reports for the speaker of the cue
it follows, or else for the sentence's subject.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .cues import Cue
from .phrases import (
    NounPhrase,
    first_verb_at,
    ly_adverb,
    speaker_like,
    starts_with_verb,
    subject_before,
)
from .reading import Reading
from .statements import Attribution
from .tokens import Tok


def conjunction_before(rd: Reading, cue: Cue, s: int) -> int | None:
    """Where "and"/"but" starts when the cue's verb is coordinated with an earlier one:
    "Cruz accused them of hypocrisy and said ...", "... but later insisted ...".
    """
    toks = rd.doc.tokens.between(max(s, cue.start - rd.policy.participle_lookback), cue.start)
    i = len(toks) - 1
    while i >= 0 and (toks[i].lower in lx.ADVERBS or ly_adverb(toks[i])):
        i -= 1
    if i < 0 or toks[i].lower not in {"and", "but"}:
        return None
    return toks[i - 1].start if i >= 1 and toks[i - 1].text == "," else toks[i].start


def participle_attribution(rd: Reading, cue: Cue, si: int, s: int, rule: str) -> Attribution | None:
    """ ", Ortiz said, adding that ...": the speaker of the cue the participle follows, or
    else the sentence's subject ("Trump attacked Clinton, saying ...")."""
    for f in reversed(rd.found):
        if f.end <= s:
            break  # statements are found sentence by sentence: the rest are earlier ones
        a = f.attribution
        if a is not None and a.cue is not None and s <= a.cue.start < cue.start:
            return Attribution(a.np, a.entity, cue, a.name, a.kind, rule)
    return sentence_subject(rd, cue, si, s, rule)


_LEAD_PHRASE_WORDS = 4  # "at one point", "in the end": a short phrase before the subject
_PERSONAL_SUBJECTS = {"he", "she", "they", "we", "i"}
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_ACCORDING = {"according", "According"}
_ASIDE_MARKS = {"—", "–", "(", ")"}
_ASIDE_OPENERS = {"who", "which", "whose", "a", "an", "the", "its", "his", "her", "their"}
_NOT_A_VERB = lx.PREPOSITIONS | lx.DETERMINERS | {"and", "or", "who", "that", "which", "to"}


def main_clause_start(rd: Reading, s: int, hi: int) -> int:
    """Where the sentence from ``s`` has its subject, past a fronted adverbial ("After the
    vote, Obama called ...", "When Mook, the manager, was asked ..., he laughed"): just after
    the first comma that a subject and its verb follow; ``s`` when the sentence opens with no
    adverbial, or no such comma comes before ``hi``."""
    m = _FIRST_WORD.search(rd.text, s, hi)  # a cheap look before the tokens
    if m is None or m.group().lower() not in lx.FRONTED_OPENERS or m.group() in _ACCORDING:
        return s
    toks = rd.doc.tokens.between(s, hi)
    commas = [t for t in toks if t.text == "," and not rd.doc.inside_quote(t.start)]
    for n, t in enumerate(commas):
        if _subject_verb(rd, t.end, hi):
            return t.end
        # "..., the cleric Anwar al-Awlaki, who was killed in 2011, is shown lecturing": the
        # subject, its relative clause or appositive set off by commas, then its verb
        if n + 2 < len(commas) and _subject_then_aside(rd, t.end, commas[n + 1], commas[n + 2], hi):
            return t.end
    return s


def _subject_verb(rd: Reading, pos: int, hi: int) -> bool:
    """A noun phrase and then its verb from ``pos``: a clause's subject, not a verb phrase
    ("was asked ...") or another adverbial ("after Clinton lost ...")."""
    verb = first_verb_at(rd.doc.tokens, pos, hi)
    if verb is None:
        return False
    toks = rd.doc.tokens.between(pos, verb)
    if not toks or len(toks) > rd.policy.np_words or any(not t.is_word for t in toks):
        return False
    if toks[0].lower in lx.FRONTED_OPENERS or toks[0].lower in lx.CLAUSE_OPENERS:
        return False
    return speaker_like(toks)


def _subject_then_aside(rd: Reading, pos: int, first: Tok, second: Tok, hi: int) -> bool:
    toks = rd.doc.tokens.between(pos, first.start)
    aside = [t for t in rd.doc.tokens.between(first.end, second.start) if t.is_word]
    if not toks or any(not t.is_word for t in toks) or len(toks) > rd.policy.np_words:
        return False
    if toks[0].lower in lx.FRONTED_OPENERS or not speaker_like(toks):
        return False
    if not aside or aside[0].lower not in _ASIDE_OPENERS:
        return False
    return starts_with_verb(rd.doc.tokens, second.end, hi)


def nearest_clause_start(rd: Reading, s: int, hi: int) -> int:
    """Where the innermost clause before ``hi`` begins, when a link word and a personal
    pronoun open it ("Cruz pledged to visit every county and he has long used ...", "...,
    if he can accept ..."): its subject is the nearest to the words, and the one a reader
    takes for the speaker; ``s`` when no such clause opens."""
    toks = rd.doc.tokens.between(s, hi)
    closed = False  # an aside ("— as he so often does —") closes between the clause and hi
    for k in range(len(toks) - 2, 0, -1):
        t, nxt = toks[k], toks[k + 1]
        if t.text in _ASIDE_MARKS:
            closed = not closed if t.text in "—–" else t.text == ")"
            continue
        if (
            not closed
            and t.lower in _PERSONAL_SUBJECTS
            and toks[k - 1].lower in lx.CLAUSE_LINKS
            and nxt.is_word
            and nxt.text.islower()
            and nxt.lower not in _NOT_A_VERB
            and not rd.doc.inside_quote(t.start)
        ):
            return t.start
    return s


def sentence_subject(rd: Reading, cue: Cue, si: int, s: int, rule: str) -> Attribution | None:
    """The subject of the sentence (from ``s``) whose later verb ``cue`` is: of the clause
    the cue's verbs belong to, past a fronted adverbial."""
    s = nearest_clause_start(rd, main_clause_start(rd, s, cue.start), cue.start)
    words = [t for t in rd.doc.tokens.between(s, cue.start) if t.is_word]
    if words and words[0].lower in lx.PREPOSITIONS:
        # "At one point he sparred with the council, calling …": past a leading phrase
        lead = words[1 : 1 + _LEAD_PHRASE_WORDS]
        k = next((n for n, t in enumerate(lead) if t.lower in lx.SUBJECT_PRONOUNS), None)
        if k is not None and not any(t.is_cap for t in lead[:k]):
            words = lead[k:]
    while words and (words[0].lower in lx.SENTENCE_ADVERBS or words[0].lower in {"and", "but"}):
        words = words[1:]
    if words and words[0].lower in lx.PRONOUNS:  # "He criticized the deal, but said ..."
        t = words[0]
        return rd.resolver.attribution(NounPhrase(t.start, t.end, t.text), cue, si, rule)
    mentions = [
        m for m in rd.cast.mentions_between(s, cue.start) if not rd.doc.inside_quote(m.start)
    ]
    verb = first_verb(rd, s, cue.start)
    finite = first_verb_at(rd.doc.tokens, s, verb)
    if finite is not None:
        verb = finite  # "Councilman Dev Shah attacked the budget, calling": before "attacked"
    # the subject comes before the first verb; a name after it sits in the object
    for m in [m for m in mentions if m.start < verb] or mentions:
        return rd.resolver.mention_attribution(m.start, m.end, m.entity, cue, rule)
    np = subject_before(rd.doc.tokens, s, verb)
    if np is not None:
        return rd.resolver.attribution(np, cue, si, rule)
    return None


def first_verb(rd: Reading, s: int, hi: int) -> int:
    for t in rd.doc.tokens.between(s, hi):
        if t.lower in lx.AUXILIARIES or t.lower in lx.SPEECH_VERBS or t.text == ",":
            return t.start
    return hi


_NOT_SPEAKERS = {"it", "this", "that", "there", "here", "what", "which"}


def clause_subject(rd: Reading, s: int, hi: int, si: int, rule: str) -> Attribution | None:
    """The subject of a clause with no cue ("The campaign issued this statement:"): a person,
    an organisation or a pronoun standing before the first verb of the clause the words
    belong to, past a fronted adverbial."""
    s = nearest_clause_start(rd, main_clause_start(rd, s, hi), hi)
    commas = [t for t in rd.doc.tokens.between(s, hi) if t.text == ","][:2]
    if len(commas) == 2 and _subject_then_aside(rd, s, commas[0], commas[1], hi):
        hi_np = commas[0].start  # "the cleric Anwar al-Awlaki, who was killed ..., is shown"
        np = subject_before(rd.doc.tokens, s, hi_np, policy=rd.policy)
        if np is not None:
            a = rd.resolver.attribution(np, None, si, rule)
            if a.name:
                return a
    verb = first_verb_at(rd.doc.tokens, s, hi)
    if verb is None:
        return None
    mentions = [m for m in rd.cast.mentions_between(s, verb) if not rd.doc.inside_quote(m.start)]
    if mentions:
        m = mentions[0]
        return rd.resolver.mention_attribution(m.start, m.end, m.entity, None, rule)
    np = subject_before(rd.doc.tokens, s, verb, policy=rd.policy)
    if np is None or np.text.lower() in _NOT_SPEAKERS or verb >= hi:
        return None
    a = rd.resolver.attribution(np, None, si, rule)
    if a.entity is None and not (
        np.text.lower() in lx.PRONOUNS or _speaker_head(np.refers or np.text)
    ):
        return None  # "the public", "footage", "Politics": not who speaks
    return a if a.name else None


def _speaker_head(phrase: str) -> bool:
    """A phrase headed by a title, an organisation word, a noun for people or a document
    that speaks for its authors ("the email", "Hoff's letter")."""
    words = [w.strip(",.’'").lower() for w in phrase.split()]
    head = next((w for w in reversed(words) if w), "")
    return (
        head in lx.SPEAKER_NOUNS
        or head in lx.TITLE_WORDS
        or head in lx.ORG_WORDS
        or head in lx.DOCUMENT_NOUNS
    )
