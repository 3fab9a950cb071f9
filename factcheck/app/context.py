"""The words around a statement that a reviewer needs to judge it: its paragraph, the
sentences before it back to where its speaker is named, and the sentence after.

Paragraphs are blank-line blocks; an article written with single newlines has lines as
paragraphs instead, so "the paragraph" is never the whole article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LONG_BLOCK = 1200  # a blank-line block longer than this is split at single newlines
MAX_BACK = 3  # paragraphs to look back for the speaker's name
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Context:
    before: str  # sentences before the paragraph, back to the speaker's name
    paragraph: str
    paragraph_start: int
    after: str  # the sentence after the paragraph


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; long blank-line blocks split at single newlines."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        s, e = m.start(), m.end()
        if e - s > LONG_BLOCK and "\n" in text[s:e]:
            out += [(s + x.start(), s + x.end()) for x in re.finditer(r"[^\n]+", text[s:e])]
        else:
            out.append((s, e))
    trimmed = []
    for s, e in out:
        block = text[s:e]
        if block.strip():
            s += len(block) - len(block.lstrip())
            e -= len(block) - len(block.rstrip())
            trimmed.append((s, e))
    return trimmed


ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Sgt|St|Jr|Sr|Prof|[A-Z])\.$")


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for part in SENTENCE_END.split(text.strip()):
        if out and ABBREVIATION.search(out[-1]):
            out[-1] += " " + part  # "Sen. Ann Lee" is one sentence
        elif part:
            out.append(part)
    return out


def _names_in(text: str, names: list[str]) -> bool:
    words = {w for n in names for w in re.findall(r"[A-Z][\w'’-]{2,}", n)}
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def around(text: str, start: int, end: int, names: list[str] | None = None) -> Context:
    """The context of ``text[start:end]``; ``names`` are the speaker's (name and aliases):
    the sentences before reach back to the last one naming them (up to ``MAX_BACK``
    paragraphs), else hold the one sentence just before."""
    paras = paragraphs(text) or [(0, len(text))]
    i = next((n for n, (s, e) in enumerate(paras) if s <= start < e or start < s), len(paras) - 1)
    j = next((n for n in range(i, len(paras)) if paras[n][1] >= end), i)
    lo, hi = paras[i][0], paras[j][1]
    before: list[str] = []
    here = text[lo:start]
    if names and not _names_in(here, names):
        for k in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
            sents = sentences(text[paras[k][0] : paras[k][1]])
            for sent in reversed(sents):
                before.insert(0, sent)
                if _names_in(sent, names):
                    break
            else:
                continue
            break
        else:
            before = before[-1:]  # nobody named near: just the sentence before
    elif i > 0:
        prev = sentences(text[paras[i - 1][0] : paras[i - 1][1]])
        before = prev[-1:]
    after = sentences(text[paras[j + 1][0] : paras[j + 1][1]])[:1] if j + 1 < len(paras) else []
    return Context(" ".join(before), text[lo:hi], lo, " ".join(after))
