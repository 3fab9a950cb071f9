"""Pair quotation marks into quoted regions, the way a careful reader would.

News text mixes curly and straight marks, reverses them, forgets to close them, and runs a
quote over several paragraphs by opening each one and closing only the last. The pairing here
is a small state machine over the marks of each paragraph: context (space before or after the
mark) decides what an ambiguous or reversed mark is, and a paragraph left open either continues
into a next paragraph that opens with a mark, or is closed at its own end, so that one stray
mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Double marks: curly, low-9, guillemets, TeX-style doubled apostrophes/backticks, straight.
# Every alternative opens with a literal (no [...] class), so the regex engine skips ahead to
# the next possible mark instead of trying each character.
_DOUBLE = re.compile(r"``|''|‘‘|’’|“|”|„|‟|\"|«|»")
_OPENERS = {"“", "„", "‟", "``", "«", "‘‘"}
_CLOSERS = {"”", "»", "’’"}
# Single marks, used as primary quotes by some outlets (British style) and in headlines.
_SINGLE = re.compile(r"[‘’'‚‹›]")
_OPEN_CONTEXT = set("([{—–-/\u00a0 \t\n\r")
_CLOSE_CONTEXT = set(".,;:!?)]}—–-\u00a0 \t\n\r…")


@dataclass(slots=True)
class Region:
    """Quoted text. ``pieces`` are content spans (marks excluded), one per paragraph it spans."""

    open: int  # index of the opening mark, or of the first content character when recovered
    close: int  # index just past the closing mark, or the content end when never closed
    pieces: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True
    single: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pair_double_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Region]:
    """Pair the double quotation marks of an article into regions."""
    regions: list[Region] = []
    carry: Region | None = None  # a quote left open at the end of the previous paragraph
    for pi, (ps, pe) in enumerate(paragraphs):
        marks = list(_DOUBLE.finditer(text, ps, pe))
        open_at: int | None = None  # content start of the quote now open
        current: Region | None = None
        if carry is not None:
            if marks and marks[0].start() == ps and marks[0].group() not in _CLOSERS:
                # The paragraph reopens the quote: it continues.
                current = carry
                open_at = marks[0].end()
                marks = marks[1:]
            else:
                regions.append(carry)
            carry = None
        seen_close_without_open = False
        for m in marks:
            mark, i, j = m.group(), m.start(), m.end()
            prev = text[i - 1] if i > ps else " "
            nxt = text[j] if j < pe else " "
            opening_ctx = prev in _OPEN_CONTEXT or _is_open_mark(prev)
            closing_ctx = nxt in _CLOSE_CONTEXT or _is_close_mark(nxt)
            is_open_now = open_at is not None
            if mark in _OPENERS:
                as_open = not (is_open_now and closing_ctx and not opening_ctx)
                if as_open and open_at is not None:
                    # A second opener inside an open quote: the first was never closed.
                    _finish(text, current, open_at, i, regions, closed=False)
                    current, open_at = None, None
            elif mark in _CLOSERS:
                as_open = not is_open_now and opening_ctx and not closing_ctx
            else:  # straight or doubled-apostrophe marks: context and state decide
                as_open = False if is_open_now else not (closing_ctx and not opening_ctx)
            if as_open:
                current = Region(open=i, close=j)
                open_at = j
            elif open_at is not None:
                _finish(text, current, open_at, i, regions, closed=True, close=j)
                current, open_at = None, None
            elif not seen_close_without_open and not regions_in(regions, ps):
                # A closing mark with no opener: the quote most likely began the paragraph.
                seen_close_without_open = True
                s, e = _trim(text, ps, i)
                if len(text[s:e].split()) >= 3:
                    regions.append(Region(open=s, close=j, pieces=[(s, e)], closed=False))
        if open_at is not None and current is not None:
            s, e = _trim(text, open_at, pe)
            if e > s:
                current.pieces.append((s, e))
                current.close = e
                current.closed = False
            nxt_para = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt_para is not None and current.pieces:
                carry = current
            elif current.pieces:
                regions.append(current)
    if carry is not None:
        regions.append(carry)
    regions.sort(key=lambda r: r.start)
    return regions


def regions_in(regions: list[Region], para_start: int) -> bool:
    return bool(regions) and regions[-1].end > para_start


def _is_open_mark(ch: str) -> bool:
    return ch in "“„‟«‘"


def _is_close_mark(ch: str) -> bool:
    return ch in "”»’"


def _finish(
    text: str,
    region: Region | None,
    open_at: int,
    stop: int,
    regions: list[Region],
    *,
    closed: bool,
    close: int | None = None,
) -> None:
    if region is None:
        return
    s, e = _trim(text, open_at, stop)
    if e > s:
        region.pieces.append((s, e))
    if not region.pieces:
        return
    region.close = close if close is not None else e
    # A multi-paragraph quote is closed when its last paragraph closes it.
    region.closed = closed
    regions.append(region)


def pair_single_marks(
    text: str, paragraphs: list[tuple[int, int]], doubles: list[Region]
) -> list[Region]:
    """Single marks used as primary quotes, outside every double-quoted region.

    Apostrophes look like closing marks, so an opener needs a word-initial mark and a closer a
    word-final one, and the pair must hold at least two words; in the article's first paragraph,
    its headline, one word will do ("Calderon calls the wall ‘stupid’").
    """
    out: list[Region] = []
    covered = [(r.open, r.close) for r in doubles]
    ci = 0
    for pi, (ps, pe) in enumerate(paragraphs):
        opener: int | None = None
        min_words = 1 if pi == 0 else 2
        for m in _SINGLE.finditer(text, ps, pe):
            i = m.start()
            while ci < len(covered) and covered[ci][1] <= i:
                ci += 1
            if ci < len(covered) and covered[ci][0] <= i < covered[ci][1]:
                continue
            mark = m.group()
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            word_initial = (prev in _OPEN_CONTEXT or prev in '“"') and (nxt.isalnum())
            word_final = (prev.isalnum() or prev in ".,!?") and (
                nxt in _CLOSE_CONTEXT or nxt in '”"'
            )
            if opener is None:
                if mark in "‘'‚‹" and word_initial and not _elision(text, i + 1):
                    opener = i
            elif mark in "’'›" and word_final and not (prev.isalpha() and nxt.isalpha()):
                s, e = _trim(text, opener + 1, i)
                if len(text[s:e].split()) >= min_words:
                    out.append(Region(open=opener, close=i + 1, pieces=[(s, e)], single=True))
                opener = None
    return out


_ELISIONS = re.compile(r"(?:\d\ds|em\b|tis\b|twas\b|til\b|cause\b|n\b|n’|n')", re.IGNORECASE)


def _elision(text: str, i: int) -> bool:
    """'90s, 'em, 'tis, rock 'n' roll: an apostrophe at a word start that opens nothing."""
    return _ELISIONS.match(text, i) is not None


def find_regions(text: str, paragraphs: list[tuple[int, int]]) -> list[Region]:
    doubles = pair_double_marks(text, paragraphs)
    singles = pair_single_marks(text, paragraphs, doubles)
    if singles:
        doubles = sorted(doubles + singles, key=lambda r: r.start)
    return doubles
