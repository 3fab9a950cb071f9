"""Check-worthy factual claims: sentences that rest on a figure someone could verify.

A sentence is a claim when it carries money, a percentage, a count of something, a duration,
or a date; a bare number with nothing counted is not enough, nor is the day of the news
alone ("said on Tuesday", "yesterday"), which every report of a speech carries. Claims are
found in the reporter's voice and inside quotes alike; a claim inside a quote is the quote's
speaker's.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Any

from ..records import ClaimRecord, QuantityRecord
from .quantities import find_quantities, is_news_day
from .text import Document

CHECKWORTHY = {"money", "percent", "count", "duration", "date"}
# A clock time ("2:25 p.m.", the stamp of a live blog's entry) is no figure to check.
# (the colon first, so the regex engine scans for it; the hour's digits are read back after)
_CLOCK_TAIL = re.compile(r":[0-9]{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?")


def find_claims(
    doc: Document,
    speakers_by_span: list[tuple[int, int, str | None, str]],
    published: date | None,
) -> list[ClaimRecord]:
    """Claims of an article; ``speakers_by_span`` holds (start, end, speaker, id) of its quotes."""
    text = doc.text
    claims: list[ClaimRecord] = []
    # One pass over the whole text, then each sentence takes the figures wholly inside it.
    clocks = _clock_times(text)
    clock_starts = [a for a, _ in clocks]
    figures = [
        q
        for q in find_quantities(text, published=published)
        if q["kind"] != "number"
        and not (doc.markup and doc.in_markup(q["start"]))  # a feed's <tweet date="...">
        and not (clocks and _in_clock(clocks, clock_starts, q["start"], q["end"]))
    ]
    quotes = _QuoteSpans(speakers_by_span)
    # only the sentences that hold a figure are read: most hold none
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for q in figures:
        by_sentence.setdefault(doc.sentence_index(q["start"]), []).append(q)
    for si, held in by_sentence.items():
        s, e = doc.sentences[si]
        held = [q for q in held if s <= q["start"] and q["end"] <= e]
        if not any(q["kind"] in CHECKWORTHY and not is_news_day(q) for q in held):
            continue
        quantities = [_quantity(q) for q in held]
        speaker = quote_id = None
        for k in quantities:
            hit = quotes.holding(k["start"])
            if hit is not None:
                speaker, quote_id = hit
                break
        s, e = _outside_markup(doc, s, e)
        claims.append(
            {
                "start": s,
                "end": e,
                "text": text[s:e],
                "id": f"c{s}-{e}",
                "quantities": quantities,
                "speaker": speaker,
                "quote_id": quote_id,
            }
        )
    return claims


def _quantity(q: dict[str, Any]) -> QuantityRecord:
    """A figure's fields (``find_quantities``) as a record, its value a float as the model's."""
    value = q.get("value")
    return {
        "start": q["start"],
        "end": q["end"],
        "text": q["text"],
        "kind": q["kind"],
        "value": None if value is None else float(value),
        "unit": q.get("unit"),
        "comparator": q.get("comparator", "="),
        "date": q.get("date"),
        "key": q["key"],
    }


def _clock_times(text: str) -> list[tuple[int, int]]:
    """Where clock times are: one or two digits, a colon, two digits, perhaps a.m./p.m."""
    out = []
    for m in _CLOCK_TAIL.finditer(text):
        s = m.start()
        k = s
        while k > 0 and s - k < 2 and text[k - 1].isdigit():
            k -= 1
        if k < s and not (k and text[k - 1].isalnum()):
            out.append((k, m.end()))
    return out


def _in_clock(clocks: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether [s, e) overlaps a clock time (the times are sorted and never overlap)."""
    i = bisect.bisect_right(starts, e - 1) - 1
    return i >= 0 and clocks[i][1] > s


def _outside_markup(doc: Document, s: int, e: int) -> tuple[int, int]:
    """The sentence without markup at its ends ("<tweet date=...>The crowd was 5,000."
    "<tweet/>."): a claim's text is the words a reader sees."""
    if not doc.markup:
        return s, e
    text = doc.text
    for ms, me in doc.markup_between(s, e):
        if not text[s:ms].strip():
            s = max(s, me)  # markup opening the sentence
        elif not text[me:e].strip(" \t\n.,;:!?"):
            e = min(e, ms)  # markup closing it, perhaps before its full stop
            break
    head = doc.markup_at(s)
    if head is not None:
        s = head[1]
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class _QuoteSpans:
    """The first quote (in order) holding a position, found by bisection: quotes sorted by
    start, with the running maximum of their ends."""

    def __init__(self, spans: list[tuple[int, int, str | None, str]]) -> None:
        self._spans = spans
        self._starts = [s for s, _, _, _ in spans]
        self._reach: list[int] = []
        for _, e, _, _ in spans:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def holding(self, pos: int) -> tuple[str | None, str] | None:
        # the first quote ending after pos, among those starting at or before it
        i = bisect.bisect_right(self._reach, pos)
        if i < len(self._spans) and self._starts[i] <= pos and self._spans[i][1] > pos:
            _, _, who, qid = self._spans[i]
            return who, qid
        return None
