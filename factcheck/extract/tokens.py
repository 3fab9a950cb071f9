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
_DOT_AFTER_WORD = re.compile(r"(?<=[\w’'&\-])\.")


class Tok(NamedTuple):
    """A word or punctuation token; a tuple because articles make tens of thousands of them."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


_new = Tok.__new__


class TokenStream:
    """An article's tokens in text order. A full stop ends the word before it unless the word
    is an abbreviation ("Sen.", "U.S."); no token spans a line break."""

    __slots__ = ("_starts", "text", "toks")

    def __init__(self, text: str) -> None:
        self.text = text
        toks = [_new(Tok, m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        starts = [t.start for t in toks]
        joined = 0
        for m in _DOT_AFTER_WORD.finditer(text):
            i = bisect.bisect_left(starts, m.start())
            prev = toks[i - 1 - 0] if i > 0 else None
            if prev is None or prev.end != m.start() or not is_abbreviation(prev.text + "."):
                continue
            toks[i - 1] = _new(Tok, prev.start, m.end(), prev.text + ".")
            toks[i] = None  # type: ignore[call-overload]
            joined += 1
        if joined:
            toks = [t for t in toks if t is not None]
            starts = [t.start for t in toks]
        self.toks: list[Tok] = toks
        self._starts = starts

    def between(self, start: int, end: int) -> list[Tok]:
        """The tokens wholly inside [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end, i)
        while j > i and self.toks[j - 1].end > end:
            j -= 1
        return self.toks[i:j]
