"""One token stream per article: words and punctuation with their offsets, made once.

The sentence splitter, the cue finder, the cast and the chunkers all read words around an
offset; they share this one tokenisation of the article instead of each re-deriving tokens.
A range of it is found by bisection, so every lookup costs the length of the range, not of
the article.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import lexicon as lx

_DOTTED = re.compile(r"(?:\w\.)+\w")


def is_abbreviation(word: str) -> bool:
    """A word whose period need not end a sentence: "Sen.", "Calif.", "U.S.", an initial."""
    w = word.lower().rstrip(".")
    return (
        w in lx.ABBREVIATIONS
        or w in lx.TITLE_ABBREVIATIONS
        or (len(w) == 1 and w.isalpha())
        or _DOTTED.fullmatch(w) is not None
    )


# Words (with inner dots: "U.S") and single punctuation marks; a full stop is always its own
# token here and joins the word before it only when that word is an abbreviation.
_TOKEN = re.compile(r"[\w’'&\-]+(?:\.[A-Za-z]+)*|[^\s\w]")
# A full stop right after a word character. The dot comes first and the look back after it,
# so that the regex engine scans for the dot instead of trying the look-behind everywhere.
_DOT_AFTER_WORD = re.compile(r"\.(?<=[\w’'&\-]\.)")


class Tok(NamedTuple):
    """A word or punctuation token; a tuple because articles make tens of thousands of them.
    Its lower-case form is made once, with it, since the chunkers ask for it again and again."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


_tuple = tuple.__new__  # a Tok made without the Python-level __new__ of a NamedTuple


class TokenStream:
    """An article's tokens in text order. A full stop ends the word before it unless the word
    is an abbreviation ("Sen.", "U.S."); no token spans a line break, so each line is
    tokenised once, the first time a reader asks for words in it (about a third of a news
    article's lines are never asked for)."""

    __slots__ = ("_breaks", "_lines", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self._lines: dict[int, tuple[list[Tok], list[int]]] = {}

    def between(self, start: int, end: int) -> list[Tok]:
        """The tokens wholly inside [start, end)."""
        first = bisect.bisect_left(self._breaks, start)
        last = bisect.bisect_left(self._breaks, max(start, end - 1), first)
        if first == last:  # the usual case: a window inside one line
            toks, starts = self._lines.get(first) or self._line(first)
            i = bisect.bisect_left(starts, start)
            j = bisect.bisect_left(starts, end, i)
            while j > i and toks[j - 1].end > end:
                j -= 1
            return toks[i:j]
        out: list[Tok] = []
        for n in range(first, last + 1):
            toks, starts = self._lines.get(n) or self._line(n)
            i = bisect.bisect_left(starts, start)
            j = bisect.bisect_left(starts, end, i)
            out.extend(toks[i:j])
        while out and out[-1].end > end:
            out.pop()
        return out

    def _line(self, n: int) -> tuple[list[Tok], list[int]]:
        text = self.text
        lo = self._breaks[n - 1] + 1 if n else 0
        hi = self._breaks[n] if n < len(self._breaks) else len(text)
        toks = [
            _tuple(Tok, (m.start(), m.end(), w, w.lower()))
            for m in _TOKEN.finditer(text, lo, hi)
            for w in (m.group(),)
        ]
        starts = [t.start for t in toks]
        joined = False
        for m in _DOT_AFTER_WORD.finditer(text, lo, hi):
            i = bisect.bisect_left(starts, m.start())
            prev = toks[i - 1] if i > 0 else None
            if prev is None or prev.end != m.start() or not is_abbreviation(prev.text + "."):
                continue
            word = prev.text + "."
            toks[i - 1] = _tuple(Tok, (prev.start, m.end(), word, word.lower()))
            toks[i] = None  # type: ignore[call-overload]
            joined = True
        if joined:
            toks = [t for t in toks if t is not None]
            starts = [t.start for t in toks]
        got = self._lines[n] = (toks, starts)
        return got


_NEWLINE = re.compile(r"\n")
