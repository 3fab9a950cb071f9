"""Paragraphs, sentences and words of an article, every one kept as offsets into its text.

Sentences are split outside quotations only: a full stop inside a quote does not end the
sentence that carries the quote, which is what lets attribution look across a quote.
"""

from __future__ import annotations

import bisect
import itertools
import re

from . import lexicon as lx
from .marks import Region, find_regions
from .policy import DEFAULT_POLICY, Policy
from .tokens import TokenStream, is_abbreviation

_PARA = re.compile(r"[^\n]+")
_MARKUP = re.compile(r"</?[A-Za-z][\w\-]*(?:\s[^<>]{0,400})?/?>")  # may hold a line break
# ("[.!?…][.!?…]*" is "[.!?…]+" opening with a plain character class, which lets the regex
# engine skip ahead to the next stop instead of trying each character.)
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[”\"’')\]]*(?:\s+(?=[A-Z“\"‘'(\d])|$)")
# A short attribution after a quote that ends in ! ? or . ("...!” Trump tweeted early Thursday.")
_ATTRIBUTION_NEXT = re.compile(
    r"(?:[A-Z][\w’'.\-]*\s+){1,4}(?:\w+ly\s+)?(?:said|says|tweeted|wrote|added|asked|told|"
    r"replied|responded|insisted|declared|exclaimed|posted|shouted)\b[^.!?“\"‘]{0,60}[.!?]"
)
_WORD = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ÿĀ-ɏ][\w’'&.\-]*")
# The words of a tag after a quote: "Lisa O. Monaco, the adviser, said", "she emailed",
# "Murphy, the head of the PAC, Tweeted" (names, appositives, commas, a pronoun)
_TAG_TOKEN = re.compile(r"[\w’'&.\-]+|[,()]")
_TAG_VERBS = frozenset(
    w
    for w, lemma in lx.SPEECH_VERBS.items()
    if w != lemma and not w.endswith("ing") and lemma not in {"begin", "go", "read", "continue"}
)
_TAG_PRONOUNS = {"he", "she", "they", "we", "i"}
# What may follow a tag's verb to the end of its sentence: a listener, a time, a place, no
# quote and no "that" clause of its own
_TAG_ENDS = re.compile(r"(?![ \t]*[,:]?[ \t]*(?:[“\"‘]|''|that\b))[^“\"‘.!?]{0,80}(?:[.!?]|$)")


class Document:
    """An article's text with its paragraphs, quoted regions and sentences worked out once."""

    def __init__(self, text: str, policy: Policy = DEFAULT_POLICY) -> None:
        self.text = text
        self.policy = policy
        self.tokens = TokenStream(text)
        self.paragraphs: list[tuple[int, int]] = [
            (m.start() + _lead(m.group()), m.end() - _tail(m.group()))
            for m in _PARA.finditer(text)
            if m.group().strip()
        ]
        # Markup left in a feed ("<tweet tweet-author=\"@x\">"): its quoted attributes are
        # no quotes and its words no cues or claims.
        self.markup: list[tuple[int, int]] = [(m.start(), m.end()) for m in _MARKUP.finditer(text)]
        self._markup_starts = [s for s, _ in self.markup]
        self.regions: list[Region] = [
            r for r in find_regions(text, self.paragraphs) if not self.in_markup(r.open)
        ]
        self._region_bounds = [(r.open, r.close) for r in self.regions]
        self._region_opens = [r.open for r in self.regions]
        self.sentences: list[tuple[int, int]] = self._split_sentences()
        self._sentence_starts = [s for s, _ in self.sentences]
        self._para_starts = [s for s, _ in self.paragraphs]

    def in_markup(self, pos: int) -> bool:
        return self.markup_at(pos) is not None

    def markup_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The markup tags opening in [start, end)."""
        lo = bisect.bisect_left(self._markup_starts, start)
        return self.markup[lo : bisect.bisect_left(self._markup_starts, end, lo)]

    def markup_at(self, pos: int) -> tuple[int, int] | None:
        """The markup tag holding ``pos``, if any."""
        i = bisect.bisect_right(self._markup_starts, pos) - 1
        return self.markup[i] if i >= 0 and pos < self.markup[i][1] else None

    # -- regions ---------------------------------------------------------------------------
    def region_containing(self, pos: int) -> Region | None:
        """The region whose marks enclose ``pos`` (marks included)."""
        i = bisect.bisect_right(self._region_opens, pos) - 1
        while i >= 0:
            r = self.regions[i]
            if r.open <= pos < r.close:
                return r
            if r.close <= pos and i < len(self.regions) - 1:
                break
            i -= 1
        return None

    def inside_quote(self, pos: int) -> bool:
        return self.region_containing(pos) is not None

    def regions_between(self, start: int, end: int) -> list[Region]:
        """The regions opening in [start, end)."""
        lo = bisect.bisect_left(self._region_opens, start)
        hi = bisect.bisect_left(self._region_opens, end, lo)
        return self.regions[lo:hi]

    # -- sentences and paragraphs -----------------------------------------------------------
    def _split_sentences(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        text = self.text
        for ps, pe in self.paragraphs:
            start = ps
            for m in _BOUNDARY.finditer(text, ps, pe):
                stop = m.start()
                if self._enclosed(stop, m.end()):
                    continue
                # (the cheap test of the stop's own characters first)
                if self._after_quote(stop, m.end()) and (
                    _ATTRIBUTION_NEXT.match(text, m.end(), pe)
                    or _tag_next(text, m.end(), pe, self.policy)
                ):
                    continue
                word = _word_before(text, stop, ps)
                if word and is_abbreviation(word) and m.end() < pe and not word.isupper():
                    continue
                if "." in word and is_abbreviation(word) and _initialism_goes_on(text, m.end(), pe):
                    continue  # "U.S. Trade Representative Robert Lighthizer", "the U.S. “does
                if len(word) == 1 and word.isupper() and _name_around(text, stop, m.end(), ps):
                    continue  # a middle initial: "George W. Bush", "Vann R. Newkirk"
                end = m.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    out.append((start, end))
                start = m.end()
            if start < pe:
                s, e = start, pe
                while s < e and text[s].isspace():
                    s += 1
                if e > s:
                    out.append((s, e))
        return out

    def _after_quote(self, stop: int, end: int) -> bool:
        """The boundary closes a quote ('...!” Trump tweeted'), not a sentence of narration."""
        return any(ch in "”\"’'" for ch in self.text[stop:end])

    def _enclosed(self, start: int, end: int) -> bool:
        """True when [start, end) lies wholly inside one quote region's marks."""
        r = self.region_containing(start)
        return r is not None and end <= r.close and not (r.close - 1 < end and r.closed)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(pos)]

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)


_NEXT_TWO = re.compile(r"([“\"‘])|([A-Z][\w’'\-]*\.?)(?:[ \t]+([\w’'\-]+))?")


def _initialism_goes_on(text: str, pos: int, pe: int) -> bool:
    """After a dotted initialism ("U.S.", "D.C."), the sentence goes on into a quote or a
    title or a name ("U.S. Treasury Secretary Steven Mnuchin", "the U.S. “does not ..."), and
    ends before a function word or a lone capitalised word ("... in the U.S. The ...",
    "... the U.S. Officials said")."""
    m = _NEXT_TWO.match(text, pos, pe)
    if m is None:
        return False
    if m.group(1):
        return True
    first, second = m.group(2), m.group(3) or ""
    low = first.lower().rstrip(".")
    if low in lx.SENTENCE_OPENERS:
        return False
    if low in lx.TITLE_WORDS or low in lx.TITLE_ABBREVIATIONS or low in lx.ORG_WORDS:
        return True
    return second[:1].isupper()


def _tag_next(text: str, pos: int, pe: int, policy: Policy) -> bool:
    """A tag opens at ``pos`` after a quote that ends in ! ? or .: a pronoun and its verb ("she
    emailed"), or a name, an appositive set off by commas and the verb ("Lisa O. Monaco,
    Obama's adviser on homeland security, said"; "Murphy, the head of the PAC, Tweeted")."""
    window = _TAG_TOKEN.finditer(text, pos, min(pe, pos + policy.tag_next_chars))
    ms = list(itertools.islice(window, policy.tag_gap_appositive_words))
    name_words = policy.tag_name_words
    toks = [m.group() for m in ms]
    if not toks or not (toks[0][:1].isupper() or toks[0] in _TAG_PRONOUNS):
        return False
    first_comma = next((k for k, t in enumerate(toks) if t == ","), None)
    for k, t in enumerate(toks[1:], start=1):
        if t.lower() not in _TAG_VERBS:
            if t.endswith((".", "!", "?")) and not is_abbreviation(t):
                return False  # a sentence ended first
            continue
        if t[:1].isupper() and toks[k - 1] != ",":
            return False  # Title Case: a headline's word, not a tag's verb
        if not _TAG_ENDS.match(text, ms[k].end(), pe):
            return False  # "He added, “...”", "He said that ...": it opens words of its own
        if toks[0] in _TAG_PRONOUNS:
            return k == 1
        if k <= name_words:
            return all(w[:1].isupper() for w in toks[:k] if w not in {",", "(", ")"})
        return first_comma is not None and first_comma <= name_words and toks[k - 1] == ","
    return False


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def _tail(s: str) -> int:
    return len(s) - len(s.rstrip())


_NAME_NEXT = re.compile(r"[A-Z][a-z’'\-]+(?:\s|,|$)")


def _name_around(text: str, stop: int, nxt: int, floor: int) -> bool:
    """An initial between a given name and a surname: a known first name before it, or any
    capitalised word before it and a capitalised word (not a sentence opener) after it."""
    if _first_name_before(text, stop - 1, floor):
        return True
    before = _word_before(text, stop - 2, floor) if stop - 2 > floor else ""
    if not (before[:1].isupper() and before[1:].islower() and before.lower() not in lx.NOT_NAMES):
        return False
    after = _NAME_NEXT.match(text, nxt)
    return after is not None and after.group().strip(" ,").lower() not in lx.NOT_NAMES


def _first_name_before(text: str, pos: int, floor: int) -> bool:
    """A known given name ends just before ``pos`` (after one space)."""
    if pos - 1 < floor or text[pos - 1] != " ":
        return False
    word = _word_before(text, pos - 1, floor)
    return word.lower() in lx.FIRST_NAMES or word.lower() in lx.NICKNAMES


def _word_before(text: str, stop: int, floor: int) -> str:
    i = stop
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in ".’'"):
        i -= 1
    return text[i:stop]
