"""Transcript turns inside one quoted block: one statement a speaker.

A quoted excerpt of a transcript runs several speakers together, each turn opened by its
label: “PARTICIPANT: Thank you for coming. MS. CLINTON: You are welcome.” Each turn is a
statement of its own, attributed to its label ("MS. CLINTON" to Hillary Clinton when the
article names her); the words before the first label stay with the block's own speaker.
A label is set in capitals ("RAMOS:", "MR. O'NEILL:") and opens the block or follows a
sentence end; a name in Title Case counts only when it opens the block and names a person
the article knows ("Chris Matthews:", not a book's title "Lost Tycoon: The Many Lives").
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .phrases import NounPhrase
from .reading import Reading
from .rules import stage_rules
from .statements import Attribution, Found

_CAPS_LABEL = re.compile(
    r"((?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.[ \t]+)?[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'.\-]+){0,2})"
    r"[ \t]*:[ \t]+(?=\S)"
)
_NAME_LABEL = re.compile(r"([A-Z][a-z’'\-]+(?:[ \t]+[A-Z][a-z’'\-]+){1,2})[ \t]*:[ \t]+(?=\S)")
_TURN_START = re.compile(r"[.!?…][”\"’']?[ \t]+$")
_MIN_LABEL_LETTERS = 3  # "Q:" and "A:" are the interview layout's, not a speaker's name
_NOT_LABELS = {"NOTE", "UPDATE", "EDITOR", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "VIDEO"}


def split_turns(rd: Reading) -> None:
    """Replace each quoted block holding labelled turns by one statement a turn."""
    out: list[Found] = []
    text = rd.text
    for f in rd.found:
        turns = (
            _turns(rd, f)
            if f.region is not None and f.kind != "indirect" and ":" in text[f.start : f.end]
            else []
        )
        if not turns:
            out.append(f)
            continue
        head_end = turns[0][0]
        while head_end > f.start and rd.text[head_end - 1] in " \t\n":
            head_end -= 1
        if rd.text[f.start : head_end].strip(" \t\n“”\"‘’'"):
            out.append(Found(f.start, head_end, f.kind, f.attribution, [(f.start, head_end)]))
        for ls, cs, ce in turns:
            a = _label_attribution(rd, ls, cs, _RULE)
            out.append(Found(cs, ce, "direct", a, [(cs, ce)]))
    rd.found = out


def _turns(rd: Reading, f: Found) -> list[tuple[int, int, int]]:
    """(label start, content start, content end) of each labelled turn of a block."""
    text = rd.text
    pieces = f.parts or [(f.start, f.end)]
    labels: list[tuple[int, int, int]] = []  # label start, label end, content start
    for ps, pe in pieces:
        m = _NAME_LABEL.match(text, ps, pe)
        if m is not None and _known_person(rd, m.group(1)):
            labels.append((m.start(1), m.end(1), m.end()))
        for m in _CAPS_LABEL.finditer(text, ps, pe):
            label = m.group(1)
            letters = sum(c.isalpha() for c in label)
            if letters < _MIN_LABEL_LETTERS or label.rstrip(".") in _NOT_LABELS:
                continue
            if m.start() != ps and not _TURN_START.search(text, max(ps, m.start() - 4), m.start()):
                continue
            labels.append((m.start(1), m.end(1), m.end()))
    labels.sort()
    out = []
    for n, (ls, _le, cs) in enumerate(labels):
        end = labels[n + 1][0] if n + 1 < len(labels) else f.end
        ce = min(end, next((pe for ps, pe in pieces if ps <= cs < pe), f.end))
        while ce > cs and text[ce - 1] in " \t\n":
            ce -= 1
        if ce > cs:
            out.append((ls, cs, ce))
    return out


def _known_person(rd: Reading, label: str) -> bool:
    """A Title Case label names a person the article knows ("Chris Matthews:"), not a book's
    title ("Lost Tycoon: The Many Lives of ...") or a sign's words ("College Republicans:")."""
    if label.split()[0].lower() in lx.NOT_NAMES:
        return False
    ent = rd.cast.resolve_phrase(label)
    return ent is not None and ent.kind == "person" and ent.name.split()[-1] in label.split()


def _label_attribution(rd: Reading, ls: int, cs: int, rule: str) -> Attribution:
    """The speaker a turn's label names: a person of the article ("MS. CLINTON"), else the
    label itself as written ("PARTICIPANT")."""
    le = rd.text.index(":", ls, cs)
    while le > ls and rd.text[le - 1] in " \t":
        le -= 1
    label = rd.text[ls:le]
    np = NounPhrase(ls, le, label)
    ent = rd.cast.resolve_phrase(label.title())
    if ent is not None:
        return Attribution(np, ent, None, ent.name, ent.kind, rule)
    return Attribution(np, None, None, label, "person", rule)


_RULE = stage_rules("turn", {"transcript-turn": split_turns})[0][0]
