"""Statements set off by layout rather than by sentence grammar.

A pull quote printed with its speaker in capitals and no marks; an embedded tweet ending in
"— Name (@handle) date"; an epigraph "'...' — Name"; a transcript or interview where a
paragraph opens with "Name:" or "Q:"/"A:". Each takes a whole paragraph.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .names import Cast
from .phrases import NounPhrase
from .quotes import Attribution, Cue, Found
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


def layout_statements(doc: Document, cast: Cast) -> tuple[list[Found], set[int]]:
    """Statements found from layout, and the paragraphs they take up."""
    found: list[Found] = []
    taken: set[int] = set()
    text = doc.text
    interviewee = _interviewee(doc, cast)
    labelled = [_CAPS_LABEL.match(text, ps, pe) is not None for ps, pe in doc.paragraphs]
    for pi, (ps, pe) in enumerate(doc.paragraphs):
        para = text[ps:pe]
        # a transcript: paragraphs in a row open with a speaker's name in capitals
        transcript = labelled[pi] and any(labelled[max(0, pi - 2) : pi] + labelled[pi + 1 : pi + 3])
        f = (
            _pull_quote(doc, cast, ps, pe, para)
            or _tweet_embed(doc, cast, ps, pe, para)
            or _dash_attribution(doc, cast, ps, pe, para)
            or _qa(ps, pe, para, interviewee)
            or _colon_speaker(cast, ps, pe, para, transcript)
        )
        if f is not None:
            found.append(f)
            taken.add(pi)
    return found, taken


def _body(doc: Document, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start] in " “\"‘'":
        start += 1
    while end > start and text[end - 1] in " ”\"’'":
        end -= 1
    return start, end


def _pull_quote(doc: Document, cast: Cast, ps: int, pe: int, para: str) -> Found | None:
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
    if len(doc.text[body_start:body_end].split()) < 5:
        return None
    s, e = ps + m.start(1), ps + m.end(1)
    np = NounPhrase(s, e, doc.text[s:e])
    ent.add_alias(caps)
    a = Attribution(np, ent, None, ent.name, ent.kind)
    return Found(body_start, body_end, "pullquote", a, parts=[(body_start, body_end)])


def _tweet_embed(doc: Document, cast: Cast, ps: int, pe: int, para: str) -> Found | None:
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
    a = Attribution(np, ent, Cue(s, s, "tweeted", "tweet", True), ent.name if ent else name)
    return Found(body_start, body_end, "tweet", a, parts=[(body_start, body_end)])


def _dash_attribution(doc: Document, cast: Cast, ps: int, pe: int, para: str) -> Found | None:
    m = _DASH_TAIL.search(para)
    if m is None or para.lstrip()[:1] not in "“\"‘'":
        return None
    ent = cast.resolve_phrase(m.group(2))
    if ent is None:
        return None
    s, e = ps + m.start(2), ps + m.end(2)
    body_start, body_end = _body(doc, ps, ps + m.start(1) + 1)
    a = Attribution(NounPhrase(s, e, doc.text[s:e]), ent, None, ent.name, ent.kind)
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


def _qa(ps: int, pe: int, para: str, interviewee: str | None) -> Found | None:
    m = _QA.match(para)
    if m is None:
        return None
    start = ps + m.end()
    if pe - start < 3:
        return None
    who = "Interviewer" if m.group(1) == "Q" else interviewee
    np = NounPhrase(ps, ps + 1, para[0])
    a = Attribution(np, None, None, who, "other" if m.group(1) == "Q" else "person")
    return Found(start, pe, "direct", a, parts=[(start, pe)])


def _colon_speaker(
    cast: Cast, ps: int, pe: int, para: str, transcript: bool = False
) -> Found | None:
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
        a = Attribution(NounPhrase(s, e, head), None, None, shown, "person")
    else:
        a = Attribution(NounPhrase(s, e, head), ent, None, ent.name, ent.kind)
    return Found(start, end, "direct", a, parts=[(start, end)])
