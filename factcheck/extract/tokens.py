"""One token stream per article: words and punctuation with their offsets, made once.

The sentence splitter, the cue finder, the cast and the chunkers all read words around an
offset; they share this one tokenisation of the article instead of each re-deriving tokens.
A range of it is found by bisection, so every lookup costs the length of the range, not of
the article.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

from . import lexicon as lx

_DOTTED = re.compile(r"(?:\w\.)+\w")


@lru_cache(maxsize=4096)  # the same few words ("Mr.", "U.S.") recur at every sentence end
def is_abbreviation(word: str) -> bool:
    """A word whose period need not end a sentence: "Sen.", "Calif.", "U.S.", an initial."""
    w = word.lower().rstrip(".")
    return (
        w in lx.ABBREVIATIONS
        or w in lx.TITLE_ABBREVIATIONS
        or w in lx.STATE_ABBREVIATIONS
        or (len(w) == 1 and w.isalpha())
        or _DOTTED.fullmatch(w) is not None
    )


# Words (with inner dots: "U.S") and single punctuation marks; a full stop is always its own
# token here and joins the word before it only when that word is an abbreviation.
_TOKEN = re.compile(r"[\w’'&\-]+(?:\.[A-Za-z]+)*|[^\s\w]")
# The same, to split a line into [gap, token, gap, token, ..., gap]: every offset then follows
# from the lengths, and the tokens are made by C loops rather than one Python step each.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
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
    is an abbreviation ("Sen.", "U.S."); no token spans a line break or a space, so the text
    is cut at line breaks, and long lines at a space every ``_BLOCK`` characters or so, and
    each piece ("line") is tokenised once, the first time a reader asks for words in it: the
    readers ask for about a third of an article's text, in windows of a sentence or less."""

    __slots__ = ("_breaks", "_lines", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        breaks: list[int] = []
        find = text.find
        lo = 0
        for nl in [*(m.start() for m in _NEWLINE.finditer(text)), len(text)]:
            cut = find(" ", lo + _BLOCK, nl)
            while cut >= 0:
                breaks.append(cut)
                cut = find(" ", cut + _BLOCK, nl)
            breaks.append(nl)
            lo = nl + 1
        breaks.pop()  # the end of the text
        self._breaks = breaks
        self._lines: dict[int, tuple[list[Tok], list[int]]] = {}

    def between(self, start: int, end: int) -> list[Tok]:
        """The tokens wholly inside [start, end)."""
        first = bisect.bisect_left(self._breaks, start)
        last = bisect.bisect_left(self._breaks, max(start, end - 1), first)
        lines = self._lines
        toks, starts = lines.get(first) or self._line(first)
        i = bisect.bisect_left(starts, start)
        if first == last:  # the usual case: a window inside one line
            j = bisect.bisect_left(starts, end, i)
            while j > i and toks[j - 1].end > end:
                j -= 1
            return toks[i:j]
        # The lines between the first and the last lie wholly inside the window.
        out = toks[i:]
        for n in range(first + 1, last):
            out += (lines.get(n) or self._line(n))[0]
        toks, starts = lines.get(last) or self._line(last)
        out += toks[: bisect.bisect_left(starts, end)]
        while out and out[-1].end > end:
            out.pop()
        return out

    def _line(self, n: int) -> tuple[list[Tok], list[int]]:
        text = self.text
        lo = self._breaks[n - 1] + 1 if n else 0
        hi = self._breaks[n] if n < len(self._breaks) else len(text)
        flat = _TOKEN_SPLIT.split(text[lo:hi])
        words = flat[1::2]
        bounds = list(accumulate(map(len, flat), initial=lo))
        starts = bounds[1:-1:2]
        lowers = map(str.lower, words)
        toks = list(map(_tuple, repeat(Tok), zip(starts, bounds[2::2], words, lowers, strict=True)))
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
_BLOCK = 64  # characters: half the windows read fit in one such piece
