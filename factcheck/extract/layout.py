"""Statements set off by layout rather than by sentence grammar.

A pull quote printed with its speaker in capitals and no marks; an embedded tweet ending in
"— Name (@handle) date"; an epigraph "'...' — Name"; a transcript or interview where a
paragraph opens with "Name:" or "Q:"/"A:". Each takes a whole paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon as lx
from .cues import Cue
from .names import Cast
from .phrases import NounPhrase
from .policy import Policy
from .rules import stage_rules
from .statements import Attribution, Found
from .text import Document

_CAPS_TAIL = re.compile(r"(?<=[.!?…”\"’])\s+((?:[A-Z][A-Z.'’\-]+\s+){1,6}[A-Z][A-Z.'’\-]+)\s*$")
_KICKER = re.compile(r"^((?:[A-Z][A-Z'’\-]+\s+)+)(?=[A-Z“\"‘'][a-z’'])")
_TWEET_TAIL = re.compile(
    r"\s*[—–-]+\s*([^()\n—–]{2,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$"
)
_DASH_TAIL = re.compile(r"([”\"’])\s*[—–-]+\s*([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*$")
_COLON_HEAD = re.compile(r"^([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s*:\s+(?=\S)")
_CAPS_LABEL = re.compile(r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,2}\s*:\s")
_INTERVIEW = re.compile(
    r"\b(?:interview(?:ed)?|spoke (?:to|with)|sat down with|talked (?:to|with)|conversation with|"
    r"answered questions)\b",
    re.IGNORECASE,
)
_QA = re.compile(r"^(Q|A)\s*[:.]\s+")


class Page:
    """One paragraph as the layout rules read it, with what they need of the article."""

    __slots__ = ("cast", "doc", "interviewee", "para", "pe", "policy", "ps", "transcript")

    def __init__(
        self,
        doc: Document,
        cast: Cast,
        policy: Policy,
        ps: int,
        pe: int,
        *,
        transcript: bool,
        interviewee: str | None,
    ) -> None:
        self.doc, self.cast, self.policy = doc, cast, policy
        self.ps, self.pe, self.para = ps, pe, doc.text[ps:pe]
        self.transcript = transcript
        self.interviewee = interviewee


def layout_statements(doc: Document, cast: Cast, policy: Policy) -> tuple[list[Found], set[int]]:
    """Statements found from layout, and the paragraphs they take up."""
    found: list[Found] = []
    taken: set[int] = set()
    text = doc.text
    interviewee = _interviewee(doc, cast)
    labelled = [_CAPS_LABEL.match(text, ps, pe) is not None for ps, pe in doc.paragraphs]
    for pi, (ps, pe) in enumerate(doc.paragraphs):
        # a transcript: paragraphs in a row open with a speaker's name in capitals
        transcript = labelled[pi] and any(labelled[max(0, pi - 2) : pi] + labelled[pi + 1 : pi + 3])
        page = Page(doc, cast, policy, ps, pe, transcript=transcript, interviewee=interviewee)
        for name, rule in _RULES:
            f = rule(page, name)
            if f is not None:
                found.append(f)
                if f.kind != "indirect":
                    taken.add(pi)  # an unmarked turn leaves its quotes and cues to be read
                break
    return found, taken


def _body(doc: Document, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in " “\"‘'":
        start += 1
    while end > start and text[end - 1] in " ”\"’'":
        end -= 1
    return start, end


def _pull_quote(page: Page, rule: str) -> Found | None:
    doc, cast, ps, para = page.doc, page.cast, page.ps, page.para
    if not para.rstrip()[-1:].isupper():
        return None  # (a cheap test first: the byline's last letter ends the paragraph)
    m = _CAPS_TAIL.search(para)
    if m is None:
        return None
    caps = m.group(1)
    words = caps.split()
    if len(words) < 2 or not any(w.lower().strip(".") not in lx.TITLE_WORDS for w in words):
        return None
    ent = cast.resolve_phrase(" ".join(w.capitalize() for w in words))
    if ent is None or ent.kind != "person":
        return None
    start = ps
    k = _KICKER.match(para)
    if k is not None:
        start = ps + k.end()
    body_start, body_end = _body(doc, start, ps + m.start())
    if len(doc.text[body_start:body_end].split()) < page.policy.pullquote_min_words:
        return None
    s, e = ps + m.start(1), ps + m.end(1)
    np = NounPhrase(s, e, doc.text[s:e])
    cast.add_alias(ent, caps)
    a = Attribution(np, ent, None, ent.name, ent.kind, rule)
    return Found(body_start, body_end, "pullquote", a, parts=[(body_start, body_end)])


def _tweet_embed(page: Page, rule: str) -> Found | None:
    doc, cast, ps, para = page.doc, page.cast, page.ps, page.para
    if "(@" not in para:
        return None
    m = _TWEET_TAIL.search(para)
    if m is None:
        return None
    name = m.group(1).strip()
    ent = cast.resolve_phrase(name)
    s, e = ps + m.start(1), ps + m.start(1) + len(name)
    np = NounPhrase(s, e, doc.text[s:e])
    body_start, body_end = _body(doc, ps, ps + m.start())
    if body_end <= body_start:
        return None
    cue = Cue(s, s, "tweeted", "tweet", True)
    a = Attribution(np, ent, cue, ent.name if ent else name, "person", rule)
    return Found(body_start, body_end, "tweet", a, parts=[(body_start, body_end)])


def _dash_attribution(page: Page, rule: str) -> Found | None:
    doc, cast, ps, para = page.doc, page.cast, page.ps, page.para
    if para.lstrip()[:1] not in "“\"‘'":  # (the cheap test first)
        return None
    m = _DASH_TAIL.search(para)
    if m is None:
        return None
    ent = cast.resolve_phrase(m.group(2))
    if ent is None:
        return None
    s, e = ps + m.start(2), ps + m.end(2)
    body_start, body_end = _body(doc, ps, ps + m.start(1) + 1)
    a = Attribution(NounPhrase(s, e, doc.text[s:e]), ent, None, ent.name, ent.kind, rule)
    return Found(body_start, body_end, "direct", a, parts=[(body_start, body_end)])


def _interviewee(doc: Document, cast: Cast) -> str | None:
    """Who answers the A: paragraphs: the person the narration names most, counting a
    mention in a sentence about the interview ("spoke to us", "in an interview") thrice.
    Names inside the questions and answers are who they talk about, not who talks."""
    text = doc.text
    qa = {pi for pi, (ps, pe) in enumerate(doc.paragraphs) if _QA.match(text[ps:pe])}
    if not qa:
        return None
    score: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in cast.mentions:
        if m.entity.kind != "person" or doc.paragraph_index(m.start) in qa:
            continue
        s, e = doc.sentence_at(m.start)
        weight = 3 if _INTERVIEW.search(text, s, e) else 1
        score[m.entity.name] = score.get(m.entity.name, 0) + weight
        first.setdefault(m.entity.name, m.start)
    if not score:
        return None
    return max(score, key=lambda n: (score[n], -first[n]))


def _qa(page: Page, rule: str) -> Found | None:
    ps, pe, para, interviewee = page.ps, page.pe, page.para, page.interviewee
    m = _QA.match(para)
    if m is None:
        return None
    start = ps + m.end()
    if pe - start < 3:
        return None
    who = "Interviewer" if m.group(1) == "Q" else interviewee
    np = NounPhrase(ps, ps + 1, para[0])
    a = Attribution(np, None, None, who, "other" if m.group(1) == "Q" else "person", rule)
    return _unmarked(page.doc, start, pe, a)


def _colon_speaker(page: Page, rule: str) -> Found | None:
    cast, ps, pe, para, transcript = page.cast, page.ps, page.pe, page.para, page.transcript
    m = _COLON_HEAD.match(para)
    if m is None:
        return None
    head = m.group(1)
    if head.split()[0].lower() in lx.NOT_NAMES or len(para[m.end() :].split()) < 3:
        return None
    shown = head.title() if head.isupper() else head
    ent = cast.resolve_phrase(shown)
    if ent is not None and ent.kind != "person":
        return None
    if ent is None and not transcript:
        return None
    start = ps + m.end()
    end = pe
    s, e = ps + m.start(1), ps + m.end(1)
    if ent is None:
        # "HANNITY: ..." in a transcript: a speaker the article never names in full
        a = Attribution(NounPhrase(s, e, head), None, None, shown, "person", rule)
    else:
        a = Attribution(NounPhrase(s, e, head), ent, None, ent.name, ent.kind, rule)
    return _unmarked(page.doc, start, end, a)


LayoutRule = Callable[[Page, str], Found | None]
_RULES: tuple[tuple[str, LayoutRule], ...] = stage_rules(
    "layout",
    {
        "caps-pullquote": _pull_quote,
        "tweet-embed": _tweet_embed,
        "dash-tail": _dash_attribution,
        "qa-interview": _qa,
        "name-colon-paragraph": _colon_speaker,
    },
)


def _unmarked(doc: Document, start: int, end: int, a: Attribution) -> Found:
    """A turn of a transcript or interview: quoted when its words are in marks, otherwise
    reported speech (an edited Q/A, a "Name: claim" headline)."""
    text = doc.text
    if text[start : start + 1] in "“\"‘'" and text[end - 1 : end] in "”\"’'":
        s, e = _body(doc, start, end)
        return Found(s, e, "direct", a, parts=[(s, e)])
    return Found(start, end, "indirect", a, parts=[(start, end)])
