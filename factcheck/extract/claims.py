"""Check-worthy factual claims: sentences that rest on a figure someone could verify.

A sentence is a claim when it carries money, a percentage, a count of something, a duration,
or a date; a bare number with nothing counted is not enough, nor is the day of the news
alone ("said on Tuesday", "yesterday"), which every report of a speech carries. Claims are
found in the reporter's voice and inside quotes alike; a claim inside a quote is the quote's
speaker's.
"""

from __future__ import annotations

import bisect
from datetime import date

from ..models import Claim, Quantity
from .quantities import find_quantities, is_news_day
from .text import Document

CHECKWORTHY = {"money", "percent", "count", "duration", "date"}


def find_claims(
    doc: Document,
    speakers_by_span: list[tuple[int, int, str | None, str]],
    published: date | None,
) -> list[Claim]:
    """Claims of an article; ``speakers_by_span`` holds (start, end, speaker, id) of its quotes."""
    text = doc.text
    claims: list[Claim] = []
    # One pass over the whole text, then each sentence takes the figures wholly inside it.
    figures = [q for q in find_quantities(text, published=published) if q["kind"] != "number"]
    starts = [q["start"] for q in figures]
    quotes = _QuoteSpans(speakers_by_span)
    for s, e in doc.sentences:
        quantities = [
            Quantity(**q)
            for q in figures[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
            if q["end"] <= e
        ]
        if not any(q.kind in CHECKWORTHY and not is_news_day(q) for q in quantities):
            continue
        speaker = quote_id = None
        for q in quantities:
            hit = quotes.holding(q.start)
            if hit is not None:
                speaker, quote_id = hit
                break
        claims.append(
            Claim(
                id=f"c{s}-{e}",
                text=text[s:e],
                start=s,
                end=e,
                quantities=quantities,
                speaker=speaker,
                quote_id=quote_id,
            )
        )
    return claims


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
