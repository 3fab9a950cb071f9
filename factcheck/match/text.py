"""A statement's words as matching compares them: normalised, flagged, and traceable.

Case, punctuation, spacing, hyphens and dashes do not count; dotted initialisms are
joined (U.S. → us); thousands separators go and digits are split from letters (2.6million
→ 2.6 million); numbers in words become digits as a writer of digits would put them
("twenty-five" → 25, "seventy-five thousand" → 75000, "two million" → 2 million, "a dozen"
→ 12, "half a million" → 0.5 million: ``extract.numbers`` reads them); contractions are expanded
(n't → not, he's → he is, gonna → going to); "per cent" and "%" are "percent"; title
abbreviations have one spelling (Sen. → senator). Every word keeps the character span it
came from, so a reason can quote the original text, and two flags:

- ``BRACKET``: inside [..] or (..): an editor's insertion, never a wording change;
- ``GAP``: right after an ellipsis: the quote was cut here.

The tables live in ``words``. Everything here is a pure function of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..extract import lexicon as lx
from ..extract import numbers as nb
from .words import (
    NUMBER_WORDS,
    SPECIAL_CONTRACTIONS,
    SPELLINGS,
    STOP_WORDS,
    SUFFIX_CONTRACTIONS,
)

# A word's flags are these two bits and nothing else, so a flag is one of four values:
# align's hot paths test membership (``GAP in flags or BRACKET | GAP in flags``)
# instead of masking every word. A third bit must be added to those tests too.
BRACKET = 1
GAP = 2

_TOKEN = re.compile(
    rf"""
      (?P<open>[\[(])
    | (?P<close>[\])])
    | (?P<gap>\.\s?\.\s?\.|…)
    | (?P<init>(?<![\w.])(?:[A-Za-z]\.){{2,}}(?![A-Za-z]))
    | (?P<num>\d+(?:[.,]\d+)*)
    | (?P<spelt>\b(?i:{nb.WORDS})(?![\w'’]))
    | (?P<word>(?:[^\W\d_]|\*)+(?:['’](?:[^\W\d_]|\*)+)*)
    | (?P<sym>[%&])
    """,
    re.VERBOSE,
)
_THOUSANDS = re.compile(r",(?=\d{3}(?:\D|$))")


@dataclass(frozen=True, slots=True)
class Words:
    """Normalised words with their flags and the spans they came from."""

    words: tuple[str, ...]
    flags: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]

    def __len__(self) -> int:
        return len(self.words)


def tokens(text: str) -> Words:
    """The normalised words of ``text``."""
    words: list[str] = []
    flags: list[int] = []
    spans: list[tuple[int, int]] = []
    depth = 0
    gap = False
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            continue
        if kind == "close":
            depth = max(0, depth - 1)
            continue
        if kind == "gap":
            gap = True
            continue
        raw = m.group(0)
        if kind == "init":
            parts = [raw.replace(".", "").lower()]
        elif kind == "num":
            num = _THOUSANDS.sub("", raw)
            # a trailing separator ("in 2016, he") is punctuation, not a decimal
            parts = [num.replace(",", " ").strip()] if "," in num else [num]
            parts = parts[0].split()
        elif kind == "sym":
            parts = [SPELLINGS[raw]]
        elif kind == "spelt":
            parts = _spelt(raw)
        else:
            parts = _word(raw)
        span = (m.start(), m.end())
        for p in parts:
            flag = (BRACKET if depth else 0) | (GAP if gap else 0)
            gap = False
            if words and p == "cent" and words[-1] == "per":
                words[-1] = "percent"
                spans[-1] = (spans[-1][0], span[1])
                continue
            words.append(p)
            flags.append(flag)
            spans.append(span)
    return Words(tuple(words), tuple(flags), tuple(spans))


_LARGE = {"million": 1e6, "billion": 1e9, "trillion": 1e12}


def _spelt(raw: str) -> list[str]:
    """A number in words as digits: the scale word kept for millions and up ("2 million"),
    as digits are written; the words themselves when they spell no one number."""
    value = None if raw.lower() in lx.CARDINAL_SCALES else nb.word_value(raw)
    if value is None:  # "one two", or a scale word alone ("$2 million")
        return [p for w in re.findall(r"[^\W\d_]+", raw) for p in _word(w)]
    last = raw.lower().rsplit(None, 1)[-1].rsplit("-", 1)[-1]
    if last in _LARGE and len(raw.split()) > 1:
        return [_digits(value / _LARGE[last]), last]
    return [_digits(value)]


def _digits(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:f}".rstrip("0").rstrip(".")


def _word(raw: str) -> list[str]:
    low = raw.lower().replace("’", "'")
    special = SPECIAL_CONTRACTIONS.get(low)
    if special is not None:
        return special.split()
    for suffix, expansion in SUFFIX_CONTRACTIONS:
        if low.endswith(suffix) and len(low) > len(suffix):
            low = low[: -len(suffix)] + expansion
            break
    out = []
    for p in low.split():
        p = NUMBER_WORDS.get(p, p)
        out.append(SPELLINGS.get(p, p))
    return out


def match_text(text: str, start: int, parts: Sequence[tuple[int, int]]) -> str:
    """The words a statement quotes: a split quote's parts joined, never the cue between
    them. ``start`` is the statement's offset in its article; parts are article offsets."""
    if len(parts) < 2:
        return text
    pieces = [text[max(0, s - start) : max(0, e - start)] for s, e in parts]
    return " ".join(p for p in pieces if p)


# --- the stored form ------------------------------------------------------------------


def stored(w: Words) -> str:
    """Words as one string: '[' before an editor's word, '~' before a word after a gap."""
    out = []
    for word, flag in zip(w.words, w.flags, strict=True):
        out.append(("[" if flag & BRACKET else "") + ("~" if flag & GAP else "") + word)
    return " ".join(out)


def from_stored(s: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Words and flags back from ``stored`` (spans are not kept: they come from the text)."""
    words: list[str] = []
    flags: list[int] = []
    for t in s.split(" ") if s else ():
        flag = 0
        if t.startswith("["):
            flag |= BRACKET
            t = t[1:]
        if t.startswith("~"):
            flag |= GAP
            t = t[1:]
        words.append(t)
        flags.append(flag)
    return tuple(words), tuple(flags)


def render(words: Sequence[str], flags: Sequence[int]) -> str:
    """Words written back as text that ``tokens`` reads as the same words and flags."""
    out: list[str] = []
    inside = False
    for word, flag in zip(words, flags, strict=True):
        if flag & BRACKET and not inside:
            out.append("[")
            inside = True
        elif not flag & BRACKET and inside:
            out.append("]")
            inside = False
        if flag & GAP:
            out.append("…")
        out.append(word)
    if inside:
        out.append("]")
    return " ".join(out)


# --- shingles ---------------------------------------------------------------------------


def is_content(word: str, letters: int = 3) -> bool:
    """A word that carries meaning: not a stop word, and at least ``letters`` long."""
    return word not in STOP_WORDS and len(word) >= letters and not word.startswith("*")


def grams(words: Sequence[str], n: int = 3) -> set[tuple[str, ...]]:
    """The n-grams not made of stop words only: what ``shingles`` hashes, and what a
    distributed join (``factcheck.scale``) keys on, since ``hash`` differs by process."""
    stop = STOP_WORDS
    out = set()
    for i in range(len(words) - n + 1):
        g = tuple(words[i : i + n])
        if not all(w in stop for w in g):
            out.add(g)
    return out


def shingles(words: Sequence[str], n: int = 3) -> set[int]:
    """Hashes of the n-grams not made of stop words only."""
    return {hash(g) for g in grams(words, n)}


def strong_grams(words: Sequence[str], letters: int, content: int) -> set[tuple[str, ...]]:
    """The 3-grams holding at least ``content`` content words ``letters`` long: what an
    any-date quote match is looked up by."""
    out = set()
    for i in range(len(words) - 2):
        g = tuple(words[i : i + 3])
        if sum(is_content(w, letters) for w in g) >= content:
            out.add(g)
    return out


def strong_shingles(words: Sequence[str], letters: int, content: int) -> set[int]:
    """Hashes of ``strong_grams``."""
    return {hash(g) for g in strong_grams(words, letters, content)}


def plain(words: Iterable[str], flags: Iterable[int]) -> list[str]:
    """The words that are not an editor's insertion."""
    return [w for w, f in zip(words, flags, strict=True) if not f & BRACKET]
