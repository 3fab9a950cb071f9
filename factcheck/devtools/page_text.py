"""Scoring a page reader against a page's true article text, as article-extraction
benchmarks score it: F1 over the multiset of word 4-shingles of the two texts."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SHINGLE = 4  # words a shingle: long enough that boilerplate rarely shares one by chance
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Overlap:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)))


def overlap(found: str, truth: str, n: int = SHINGLE) -> Overlap:
    got, want = shingles(found, n), shingles(truth, n)
    common = sum((got & want).values())
    return Overlap(
        common / sum(got.values()) if got else 0.0, common / sum(want.values()) if want else 0.0
    )


def within(span: str, truth: str) -> bool:
    """Whether extracted words are in the true text (spacing and quote marks aside)."""
    return _plain(span) in _plain(truth)


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class PageScore:
    """How one reader did on one page."""

    name: str
    text: Overlap
    author_right: bool | None  # None: the page prints no author
    day_right: bool | None  # None: the page gives no date
    statements: int  # quotes and claims extracted from the text read
    outside: int  # of them, those not in the true text


def score_page(
    name: str,
    text: str,
    truth: str,
    *,
    author: str | None,
    day: str | None,
    true_author: str | None,
    true_day: str | None,
) -> PageScore:
    """A reader's text and metadata against the page's truth, and how many of the quotes
    and claims extracted from that text lie outside the true text."""
    from ..extract import extract
    from ..models import Article

    x = extract(Article.from_text(text))
    spans = [q.text for q in x.quotes] + [c.text for c in x.claims]
    return PageScore(
        name,
        overlap(text, truth),
        None if true_author is None else _plain(true_author) in _plain(author or ""),
        None if true_day is None else day == true_day,
        len(spans),
        sum(not within(s, truth) for s in spans),
    )
