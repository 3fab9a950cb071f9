"""Reported speech: what a speech verb outside quotes reports, attributed to its subject.

Each unused speech cue of a sentence is read by the registered rules in order; the first
whose shape fits the words around the cue gives the statements ("X said CONTENT", "CONTENT,
X said", "X did Y, saying CONTENT", "According to X, CONTENT").
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .clauses import (
    PARTICIPLE_TAIL,
    RELATIVE_CUE,
    SUBORDINATE,
    content_end,
    forward_content,
    inverted_content,
    make_indirect,
    object_content,
)
from .cues import Cue
from .phrases import (
    NounPhrase,
    looks_like_clause,
    names_someone,
    np_after,
    skip_complement_opening,
    starts_with_verb,
    subject_before,
)
from .quoted import passive
from .reading import Reading
from .rules import stage_rules
from .statements import Attribution, Found
from .subjects import conjunction_before, participle_attribution, sentence_subject


@dataclass(slots=True)
class AtCue:
    """One speech cue being read, with the subject before it worked out once."""

    rd: Reading
    cue: Cue
    si: int
    s: int
    e: int
    _np: NounPhrase | None = None
    _np_read: bool = False
    _attribution: Attribution | None = None

    @property
    def np(self) -> NounPhrase | None:
        if not self._np_read:
            self._np = subject_before(
                self.rd.doc.tokens, self.s, self.cue.start, policy=self.rd.policy
            )
            self._np_read = True
        return self._np

    def subject_attribution(self) -> Attribution:
        """The attribution to the subject before the cue, resolved once."""
        if self._attribution is None:
            assert self.np is not None
            self._attribution = self.rd.resolver.attribution(self.np, self.cue, self.si, "")
        return self._attribution


Result = list[Found | None] | None  # None: the rule's shape does not fit this cue


def reported_speech(rd: Reading, si: int, s: int, e: int) -> list[Found]:
    """The reported statements of sentence ``si`` (``s``-``e``), from the cues not yet spent."""
    out: list[Found] = []
    for cue in rd.cues.between(s, e):
        if cue.start in rd.used_cues or not (cue.speech or cue.lemma in lx.OBJECT_REPORTS):
            continue
        got: list[Found | None] = []
        if cue.lemma in {"according to", "ask"} or not _not_a_report(rd.text, cue):
            at = AtCue(rd, cue, si, s, e)
            for name, rule in _RULES:
                result = rule(at, name)
                if result is not None:
                    got = result
                    break
        for f in sorted((f for f in got if f is not None), key=lambda f: f.start):
            rd.used_cues.add(cue.start)
            rd.add(f)
            if f.attribution is not None and f.attribution.name:
                rd.para_last[rd.doc.paragraph_index(f.start)] = f.attribution
            out.append(f)
    return out


def _according_to(at: AtCue, name: str) -> Result:
    if at.cue.lemma != "according to":
        return None
    rd, cue, s, e = at.rd, at.cue, at.s, at.e
    text = rd.text
    np = np_after(rd.doc.tokens, cue.end, e, rd.policy)
    if np is None:
        return []
    a = rd.resolver.attribution(np, cue, at.si, name)
    if text[s : cue.start].strip(" ,") == "":
        # "According to X, CONTENT."
        k = text.find(",", np.end, e)
        if k < 0:
            return []
        start = k + 1
        while start < e and text[start].isspace():
            start += 1
        end = content_end(rd, start, e)
    elif text[s : cue.start].rstrip().endswith(","):
        start = s
        end = len(text[s : cue.start].rstrip().rstrip(",")) + s
    else:
        return []
    if rd.doc.regions_between(start, end) or len(text[start:end].split()) < (
        rd.policy.min_according_words
    ):
        return []
    return [make_indirect(rd, start, end, a)]


_ASKED_OPENERS = {"whether", "if", "about", "what", "why", "how", "who", "which", "when", "where"}
_ASKED_REACH = 12  # words between "asked" and the question: "asked on Monday at a rally whether"


def _asked(at: AtCue, name: str) -> Result:
    """ "Asked on Monday whether he would run, Hale said ...", "Clinton was asked about the
    border", "when asked by a reporter if ...": the question put to someone, reported by
    nobody the article names (or by the one it asked "by")."""
    cue = at.cue
    if cue.lemma != "ask" or cue.word not in {"asked", "Asked"}:
        return None
    rd = at.rd
    text = rd.text
    before = text[at.s : cue.start]
    opening = not before.strip(" “\"‘'")
    if not (opening or passive(text, cue.start) or before.rstrip().lower().endswith("when")):
        return None  # "Todd asked the frontrunner about ...": an asker and an object
    toks = rd.doc.tokens.between(cue.end, at.e)
    asker: NounPhrase | None = None
    start = None
    for k, t in enumerate(toks[:_ASKED_REACH]):
        if not t.is_word:
            if t.text in {",", ";", ":"} or t.text in '“"‘':
                break
            continue
        if t.lower in _ASKED_OPENERS:
            start = t.start
            break
        if t.lower == "by" and k + 1 < len(toks):
            asker = np_after(rd.doc.tokens, toks[k + 1].start, at.e, rd.policy)
    if start is None:
        return []  # passive, with no question after it: no report of anyone's
    end = content_end(rd, start, at.e)
    if opening:
        comma = text.find(",", start, end)
        end = comma if comma > 0 else end
    if rd.doc.regions_between(start, end) or len(text[start:end].split()) < (
        rd.policy.min_object_words
    ):
        return []
    a = (
        rd.resolver.attribution(asker, cue, at.si, name)
        if asker is not None
        else Attribution(None, None, cue, None, "person", name)
    )
    return [Found(start, end, "indirect", a, parts=[(start, end)])]


def _participle(at: AtCue, name: str) -> Result:
    """ "Ortiz voted against the bill, saying it would raise taxes." """
    cue = at.cue
    if not cue.participle:
        return None
    if not _comma_before(at.rd.text, cue.start, at.s):
        return []
    span = forward_content(at.rd, cue, at.s, at.e)
    a = participle_attribution(at.rd, cue, at.si, at.s, name) if span else None
    return [make_indirect(at.rd, *span, a)] if span and a else []


def _coordinated(at: AtCue, name: str) -> Result:
    """ "Grant accused her rivals of hypocrisy and said only she could win." """
    if conjunction_before(at.rd, at.cue, at.s) is None:
        return None
    span = forward_content(at.rd, at.cue, at.s, at.e)
    a = sentence_subject(at.rd, at.cue, at.si, at.s, name) if span else None
    return [make_indirect(at.rd, *span, a)] if span and a else []


def _said_name(at: AtCue, name: str) -> Result:
    """ "The economy will grow faster than expected, said Priya Rao, a pollster." """
    rd, cue, s, e = at.rd, at.cue, at.s, at.e
    text = rd.text
    head_end = len(text[s : cue.start].rstrip())
    if not text[s : cue.start].rstrip().endswith(",") or head_end < 2:
        return None
    if not looks_like_clause(rd.doc.tokens, s, s + head_end - 1, rd.policy, whole=True):
        return None  # "Geoff Garin, a pollster, said ...": the head is the speaker
    inv = np_after(rd.doc.tokens, cue.end, e, rd.policy)
    if inv is None or starts_with_verb(rd.doc.tokens, inv.end, e):
        return None  # "..., said the plan would fail": the words after the cue are a clause
    if not names_someone(inv.text):
        return None  # "Rather, he said, continued struggles by ...": an adjective, no tag
    span = inverted_content(rd, cue, cue.start, s, e, np_end=inv.end)
    if not span:
        return []
    return [make_indirect(rd, *span, rd.resolver.attribution(inv, cue, at.si, name))]


def _both_sides(at: AtCue, name: str) -> Result:
    """ "The rules, he said, had been broken for years." / "..., he said, and he would ...":
    one report in two fragments around its tag, given as the parts of one statement."""
    np = at.np
    if np is None:
        return None
    rd, cue, s, e = at.rd, at.cue, at.s, at.e
    text = rd.text
    head = text[s : np.start].rstrip()
    if not head.endswith(",") or (np.role and np.role in head):
        return None  # "A spokeswoman, Ann Lee, said": the head is the speaker's title
    opening = skip_complement_opening(rd.doc.tokens, cue.end, e, cue.lemma, rd.policy)
    if opening is None or "," not in text[cue.end : opening[0]]:
        return None
    if PARTICIPLE_TAIL.match(text, cue.end):
        return None  # ", Ortiz said, adding that ...": the participle reports the rest
    if text[opening[0] : opening[0] + 12].split(" ", 1)[0].lower() in SUBORDINATE:
        return None  # ", tenant groups said, as they gathered": narration goes on
    first = _fragment_before(rd, s, np.start)
    if first is None:
        return None
    a = at.subject_attribution().by(name)
    start = opening[0]
    if rd.doc.inside_quote(start) or text[start : start + 1] in '“"‘':
        f = make_indirect(rd, *first, a)  # the quote after the tag carries the rest
        return [f] if f is not None else []
    end = content_end(rd, start, e)
    inner = rd.doc.regions_between(start, end)
    if inner:
        end = inner[0].open
    second = make_indirect(rd, start, end, a)
    one = make_indirect(rd, *first, a)
    if one is None or second is None:
        return [one or second]
    one.parts = [(one.start, one.end), (second.start, second.end)]
    one.end = second.end
    return [one]


def _fragment_before(rd: Reading, s: int, np_start: int) -> tuple[int, int] | None:
    """The content before a tag in mid-sentence, without a leading conjunction or quote."""
    text = rd.text
    toks = rd.doc.tokens.between(s, np_start)
    while toks and toks[0].lower in {"but", "and", "so", "yet", "still", ","}:
        toks = toks[1:]
    if not [t for t in toks if t.is_word]:
        return None
    start = toks[0].start
    end = len(text[s:np_start].rstrip().rstrip(",")) + s
    if end <= start or rd.doc.regions_between(start, end):
        return None
    return start, end


def _name_said(at: AtCue, name: str) -> Result:
    """ "Governor Greg Abbott said the state would appeal the ruling." """
    if at.np is None:
        return None
    rd, cue, s, e = at.rd, at.cue, at.s, at.e
    a = at.subject_attribution()
    span = forward_content(rd, cue, s, e)
    if span is None:
        return None
    if RELATIVE_CUE.search(rd.text, max(s, cue.start - rd.policy.relative_lookback), cue.start):
        # "Clinton, who said she was confident, held a lead": the clause ends at its comma
        comma = rd.text.find(",", span[0], span[1])
        span = (span[0], comma) if comma > 0 else span
    return [make_indirect(rd, *span, a.by(name))]


def _object(at: AtCue, name: str) -> Result:
    """ "Kaine has vowed to soldier on", "Trump called for a ban", "Ellis announced her bid"."""
    if at.np is None:
        return None
    span = object_content(at.rd, at.cue, at.s, at.e)
    if span is None:
        return None
    rd = at.rd
    f = Found(span[0], span[1], "indirect", at.subject_attribution().by(name), parts=[span])
    return [f] if len(rd.text[span[0] : span[1]].split()) >= rd.policy.min_object_words else []


def _inverted(at: AtCue, name: str) -> Result:
    """ "The economy will grow faster than expected, Priya Rao said." """
    if at.np is None:
        return None
    a = at.subject_attribution()
    span = inverted_content(at.rd, at.cue, at.np.start, at.s, at.e)
    return [make_indirect(at.rd, *span, a.by(name))] if span else []


def _and_that(at: AtCue, name: str) -> Result:
    return None  # found with the quote whose cue it shares (quoted._reported_after_quote)


_RULES = stage_rules(
    "reported",
    {
        "reported-according-to": _according_to,
        "reported-asked": _asked,
        "reported-participle": _participle,
        "reported-coordinated": _coordinated,
        "reported-said-name": _said_name,
        "reported-both-sides": _both_sides,
        "reported-name-said": _name_said,
        "reported-object": _object,
        "reported-inverted": _inverted,
        "reported-and-that": _and_that,
    },
)


def _not_a_report(text: str, cue: Cue) -> bool:
    """ "is said to be worth", "well-told": the verb reports nobody's words."""
    return passive(text, cue.start) or text[cue.end : cue.end + 1] == "-"


def _comma_before(text: str, pos: int, floor: int) -> bool:
    k = pos - 1
    while k >= floor and text[k].isspace():
        k -= 1
    return k >= floor and text[k] == ","
