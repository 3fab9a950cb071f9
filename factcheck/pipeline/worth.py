"""Check-worthiness: how much a statement deserves a fact-checker's time, from 0 to 100.

A pure function of the statement's words, kind, speaker and figures, in the manner of
ClaimBuster's features but with rules: figures, comparisons, causal and superlative
claims, named sources and acts on the record raise the score; opinion and questions
lower it; page furniture (clock times of a live blog, markup, the article's title or a
headline, fragments of a few words, a whole transcript run into one statement) scores 0.
Computed at ingest in the worker (``pipeline.prepare``) and stored on the statement row,
so the review queue sorts by an indexed column.

``triage`` also makes a claim and the quote it repeats one item: whichever holds the
other is reviewed, the other points to it with ``part_of`` and leaves the default queue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import worth_words as w

if TYPE_CHECKING:  # the queue reads the policy without paying for the models
    from ..store.statements import NewStatement

FIGURE_WEIGHT = {"money": 30, "percent": 30, "count": 25, "duration": 12, "date": 6, "number": 4}


@dataclass(frozen=True, slots=True)
class WorthPolicy:
    """Every weight and cut-off of the score in one place."""

    worth_checking: int = 40  # the default queue shows statements scoring at least this
    min_words: int = 4  # fewer words is a fragment ("absolutely", "bad angels")
    max_chars: int = 900  # longer is a transcript or a run of paragraphs, not one claim
    base: int = 10
    extra_figure: int = 5  # for each figure after the first, up to max_extra_figures
    max_extra_figures: int = 3
    number_word: int = 15  # "millions of", "dozens"
    comparison: int = 15
    causal: int = 12
    superlative: int = 12
    source: int = 15
    record_verb: int = 10
    attributed: int = 10  # a named speaker's words
    direct: int = 5  # their very words, in marks or posted
    opinion: int = -15
    question: int = -25
    first_person_future: int = -5  # "I will", "we're going to": a promise, checked later
    short: int = -10  # under short_words words
    short_words: int = 8
    long_cap: int = 60  # over long_chars: several claims in one item, slow to judge
    long_chars: int = 450
    reporter_only_date: int = -10  # the reporter's sentence whose only figure is a date


POLICY = WorthPolicy()


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the score reads of one statement."""

    id: str
    type: str  # quote | claim
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    figures: tuple[str, ...] = ()  # the kind of each figure inside it
    repeats: str | None = None  # a pull quote: the body quote it repeats


@dataclass(frozen=True, slots=True)
class Worth:
    score: int
    reasons: tuple[str, ...] = ()
    part_of: str | None = None  # reviewed as part of this other statement

    @property
    def why(self) -> str:
        return ", ".join(self.reasons)


@dataclass(slots=True)
class _Tally:
    score: int
    reasons: list[str] = field(default_factory=list)

    def add(self, points: int, reason: str) -> None:
        self.score += points
        self.reasons.append(reason)


CLOCK_TIME = re.compile(
    r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)|\b\d{1,2}\s*(?:[ap]\.m\.|[AP]M)\b(?![\w-])"
    r"|\b\d{1,2}:\d\d\b"
)
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][\w-]*[^>]*>|https?://|\bpic\.twitter\.com|\bwww\.\w")
WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,.%]*")


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).strip(" .,;:!?\"'“”‘").casefold()


def _phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{'|'.join(map(re.escape, phrases))})(?![\w'])")


COMPARISON_PHRASES = _phrases(w.COMPARISON_PHRASES)
CAUSAL_PHRASES = _phrases(w.CAUSAL_PHRASES)
SOURCE_PHRASES = _phrases(w.SOURCE_PHRASES)
OPINION_PHRASES = _phrases(w.OPINION_PHRASES)


def is_headline(words: list[str]) -> bool:
    """Title case throughout: every word that is not a small word starts with a capital."""
    content = [x for x in words if x.casefold() not in w.HEADLINE_SMALL_WORDS]
    if len(words) < 5 or len(content) < 4:
        return False
    return all(x[0].isupper() or x[0].isdigit() for x in content)


def junk(c: Candidate, title: str | None, policy: WorthPolicy = POLICY) -> str | None:
    """Why a statement is not worth a look at all, or None."""
    text = c.text.strip()
    words = WORD.findall(text)
    if len(words) < policy.min_words:
        return f"a fragment of {len(words)} word{'s' * (len(words) != 1)}"
    if len(text) > policy.max_chars:
        return "too long to be one claim"
    if MARKUP.search(text):
        return "markup or a link"
    if CLOCK_TIME.search(text) and len(words) <= 12:
        return "a clock time"
    if title and _norm(text) == _norm(title):
        return "the article's title"
    if "\n" not in text and is_headline(words):
        return "a headline"
    return None


def score(c: Candidate, title: str | None = None, policy: WorthPolicy = POLICY) -> Worth:
    """The check-worthiness of one statement, with the reasons a reviewer is shown."""
    why_not = junk(c, title, policy)
    if why_not:
        return Worth(0, (why_not,))
    text = " ".join(c.text.split())
    lower = text.replace("’", "'").casefold()
    tokens = set(re.findall(r"[a-z][a-z'-]*", lower))
    t = _Tally(policy.base)
    figures = [k for k in c.figures if k in FIGURE_WEIGHT]
    if figures:
        best = max(figures, key=FIGURE_WEIGHT.__getitem__)
        t.add(FIGURE_WEIGHT[best], f"a figure ({best})")
        extra = min(len(figures) - 1, policy.max_extra_figures)
        if extra > 0:
            t.score += extra * policy.extra_figure
    if tokens & w.NUMBER_WORDS and not any(k in ("money", "percent", "count") for k in figures):
        t.add(policy.number_word, "a count in words")
    if tokens & w.COMPARISONS or COMPARISON_PHRASES.search(lower):
        t.add(policy.comparison, "a comparison")
    if tokens & w.CAUSAL or CAUSAL_PHRASES.search(lower):
        t.add(policy.causal, "a cause")
    supers = tokens & w.SUPERLATIVES or {
        x for x in tokens if x.endswith("est") and len(x) > 5 and x not in w.NOT_SUPERLATIVE_EST
    }
    if supers:
        t.add(policy.superlative, "a superlative")
    named = {x.strip(".,;:'’") for x in text.split()} & w.SOURCE_NAMES
    if tokens & w.SOURCES or named or SOURCE_PHRASES.search(lower):
        t.add(policy.source, "a named source")
    if tokens & w.RECORD_VERBS:
        t.add(policy.record_verb, "an act on the record")
    if c.speaker:
        t.add(policy.attributed, "attributed")
        if c.kind in ("direct", "tweet", "pullquote"):
            t.score += policy.direct
    elif figures and set(figures) <= {"date"}:
        t.add(policy.reporter_only_date, "only a date")
    if tokens & w.OPINION_WORDS or OPINION_PHRASES.search(lower):
        t.add(policy.opinion, "opinion")
    if text.rstrip(" ,\"'”’").endswith("?"):
        t.add(policy.question, "a question")
    if re.search(r"(?<![\w'])(?:i|we)(?:'ll| will| are going to|'re going to)\b", lower):
        t.add(policy.first_person_future, "a promise")
    if len(WORD.findall(text)) < policy.short_words:
        t.add(policy.short, "short")
    cap = 100
    if len(text) > policy.long_chars:
        t.reasons.append("long")
        cap = policy.long_cap
    return Worth(max(0, min(cap, t.score)), tuple(t.reasons))


def overlap(a: Candidate, b: Candidate) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def triage(
    statements: Sequence[Candidate], title: str | None = None, policy: WorthPolicy = POLICY
) -> list[Worth]:
    """The worth of each of one article's statements, in order, a claim and the quote it
    repeats made one item: the quote when it holds most of the claim's sentence (its
    speaker's words, with the figures), else the claim's sentence, which holds the quote.
    A pull quote is part of the body quote it repeats, and the same words twice in one
    article are one item."""
    scored = [score(c, title, policy) for c in statements]
    part_of: dict[int, str] = {}
    by_id = {c.id: i for i, c in enumerate(statements)}
    quotes = [i for i, c in enumerate(statements) if c.type == "quote"]
    first_of: dict[str, str] = {}
    for i, c in enumerate(statements):
        if c.kind == "pullquote" and c.repeats in by_id:
            part_of[i] = c.repeats
            continue
        same = first_of.setdefault(_norm(c.text), c.id)
        if same != c.id:
            part_of[i] = same
            continue
        if c.type != "claim":
            continue
        best = max(quotes, key=lambda q: overlap(c, statements[q]), default=None)
        if best is None or best in part_of:
            continue
        q = statements[best]
        shared = overlap(c, q)
        if shared == 0:
            continue
        if shared >= 0.6 * (c.end - c.start) and scored[best].score > 0:
            part_of[i] = q.id
        elif shared >= 0.6 * (q.end - q.start):
            part_of[best] = c.id
    for i, owner in part_of.items():
        j = by_id[owner]
        if scored[i].score > scored[j].score:  # the item shown carries the better score
            scored[j] = Worth(scored[i].score, scored[i].reasons)
    return [
        Worth(s.score, s.reasons, part_of.get(i)) if i in part_of else s
        for i, s in enumerate(scored)
    ]


def candidate(s: NewStatement) -> Candidate:
    from ..extract.quantities import is_news_day  # the workbench imports this module: no models

    return Candidate(
        s.id,
        s.type,
        s.kind,
        s.text,
        s.start,
        s.end,
        s.speaker_name,
        tuple(q.kind for q in s.quantities if not is_news_day(q)),  # "on Tuesday" is no figure
        s.repeats,
    )


def with_worth(statements: list[NewStatement], title: str | None) -> list[NewStatement]:
    """One article's statement rows with their check-worthiness filled in."""
    for s, found in zip(statements, triage([candidate(s) for s in statements], title), strict=True):
        s.worth, s.worth_why, s.part_of = found.score, found.why, found.part_of
    return statements
