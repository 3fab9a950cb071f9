"""Scoring the extractor against hand-annotated articles, the way held-out corpora score it.

Gold articles are written as plain text with inline tags, so that annotating is typing:

    #1 Barack Obama
    #2 Barack Obama

    “<q1>We will win</q1>,” <s1>Mr. Obama</s1> said. <s2>He</s2> said <r2>it would be soon</r2>.

``<qN>`` holds quoted material (inside its marks), ``<rN>`` reported speech without marks, and
``<sN>`` the mention of the speaker next to the cue: the local "he" or "Mr. Obama", not an
earlier one. A header line ``#N Name`` gives the speaker's canonical name. Tags may nest (a
partial quote inside reported speech) and one id may tag several pieces (a quote split around
its attribution).

The measures are those of the held-out corpus: a gold span counts as found when one predicted
statement of the same sort covers at least ``COVER`` of it; a speaker is right when the
predicted mention overlaps the gold mention or the resolved name is the gold name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..extract import extract
from ..models import Article, Extraction, Quote

COVER = 0.3
# The bars the held-out corpus of US political news is judged by.
BARS = {
    "quoted_f1": 0.96,
    "speaker_accuracy": 0.92,
    "end_to_end_f1": 0.90,
    "reported_precision": 0.80,
    "reported_recall": 0.70,
}

_TAG = re.compile(r"<(/?)([sqr])(\d+)>")
_HEADER = re.compile(r"#(\d+)\s+(.+)")


class GoldFormatError(ValueError):
    """The annotated text is malformed: an unclosed tag, or an id without a name."""


@dataclass
class GoldStatement:
    start: int
    end: int
    kind: str  # "direct" (inside marks) or "indirect"
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class GoldArticle:
    text: str
    statements: list[GoldStatement]


def split_header(marked: str) -> tuple[str, str]:
    """The ``#N Name`` lines (and blank lines) at the top, and the annotated body."""
    lines = marked.splitlines(keepends=True)
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        i += 1
    return "".join(lines[:i]), "".join(lines[i:])


def parse_gold(marked: str) -> GoldArticle:
    """Plain text and gold statements from an annotated article (see the module docstring)."""
    header, body = split_header(marked)
    names: dict[str, str] = {}
    for line in header.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            names[m.group(1)] = m.group(2).strip()
    out: list[str] = []
    pos = 0
    length = 0
    open_tags: dict[tuple[str, str], int] = {}
    spans: list[tuple[str, str, int, int]] = []
    for m in _TAG.finditer(body):
        out.append(body[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        closing, kind, ident = m.group(1), m.group(2), m.group(3)
        key = (kind, ident)
        if not closing:
            if key in open_tags:
                raise GoldFormatError(f"<{kind}{ident}> opened twice")
            open_tags[key] = length
        else:
            if key not in open_tags:
                raise GoldFormatError(f"</{kind}{ident}> closes nothing")
            spans.append((kind, ident, open_tags.pop(key), length))
    out.append(body[pos:])
    if open_tags:
        raise GoldFormatError(f"unclosed tags: {sorted(open_tags)}")
    text = "".join(out)
    mentions: dict[str, list[tuple[int, int]]] = {}
    for kind, ident, s, e in spans:
        if kind == "s":
            mentions.setdefault(ident, []).append((s, e))
    statements = []
    for kind, ident, s, e in sorted(spans, key=lambda t: t[2]):
        if kind == "s":
            continue
        if ident not in names:
            raise GoldFormatError(f"id {ident} has no '#{ident} Name' header")
        statements.append(
            GoldStatement(
                s, e, "direct" if kind == "q" else "indirect", names[ident], mentions.get(ident, [])
            )
        )
    return GoldArticle(text, statements)


@dataclass
class Tally:
    """Counts summed over articles; the measures are worked out from them."""

    gold_direct: int = 0
    pred_direct: int = 0
    found_direct: int = 0  # gold quotes covered
    correct_pred_direct: int = 0  # predicted quotes covering a gold quote
    right_speaker: int = 0  # gold quotes found with the right speaker
    right_pred: int = 0  # predicted quotes covering a gold quote of the speaker they name
    gold_indirect: int = 0
    pred_indirect: int = 0
    found_indirect: int = 0
    correct_pred_indirect: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    @property
    def quoted_f1(self) -> float:
        return _f1(
            _ratio(self.correct_pred_direct, self.pred_direct),
            _ratio(self.found_direct, self.gold_direct),
        )

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.right_speaker, self.found_direct)

    @property
    def end_to_end_f1(self) -> float:
        return _f1(
            _ratio(self.right_pred, self.pred_direct), _ratio(self.right_speaker, self.gold_direct)
        )

    @property
    def reported_precision(self) -> float:
        return _ratio(self.correct_pred_indirect, self.pred_indirect)

    @property
    def reported_recall(self) -> float:
        return _ratio(self.found_indirect, self.gold_indirect)

    def measures(self) -> dict[str, float]:
        return {
            "quoted_f1": self.quoted_f1,
            "speaker_accuracy": self.speaker_accuracy,
            "end_to_end_f1": self.end_to_end_f1,
            "reported_precision": self.reported_precision,
            "reported_recall": self.reported_recall,
        }


def score(gold: GoldArticle, x: Extraction, label: str = "") -> Tally:
    """Tally one article's predicted statements against its gold ones."""
    t = Tally()
    preds = [q for q in x.quotes if not q.repeats]
    for kind in ("direct", "indirect"):
        golds = [g for g in gold.statements if g.kind == kind]
        mine = [q for q in preds if (q.kind == "indirect") == (kind == "indirect")]
        found = 0
        for g in golds:
            best = max(mine, key=lambda q: _overlap(q, g), default=None)
            if best is None or _overlap(best, g) < COVER * (g.end - g.start):
                t.misses.append(f"{label}: missed {kind} {gold.text[g.start : g.end][:60]!r}")
                continue
            found += 1
            if kind == "direct":
                if _right_speaker(best, g):
                    t.right_speaker += 1
                else:
                    t.misses.append(
                        f"{label}: speaker {best.speaker!r} ({best.speaker_mention!r}) for "
                        f"{g.name!r} on {gold.text[g.start : g.end][:50]!r}"
                    )
        correct = right = 0
        for q in mine:
            covered = [g for g in golds if _overlap(q, g) >= COVER * (g.end - g.start)]
            if covered:
                correct += 1
                right += any(_right_speaker(q, g) for g in covered)
            else:
                t.misses.append(f"{label}: extra {kind} {q.text[:60]!r} ({q.speaker})")
        if kind == "direct":
            t.gold_direct, t.pred_direct, t.found_direct = len(golds), len(mine), found
            t.correct_pred_direct, t.right_pred = correct, right
        else:
            t.gold_indirect, t.pred_indirect, t.found_indirect = len(golds), len(mine), found
            t.correct_pred_indirect = correct
    return t


def score_all(pairs: Iterable[tuple[str, GoldArticle, Extraction]]) -> Tally:
    total = Tally()
    for label, gold, x in pairs:
        total.add(score(gold, x, label))
    return total


def score_files(paths: Iterable[Path], change: Callable[[str], str] | None = None) -> Tally:
    """Extract and score annotated article files, each body first passed through ``change``
    (to score the same articles as other pipelines deliver them: straight marks, no breaks)."""
    pairs = []
    for p in paths:
        head, body = split_header(p.read_text(encoding="utf-8"))
        gold = parse_gold(head + (change(body) if change else body))
        pairs.append((p.name, gold, extract(Article.from_text(gold.text, path=p.name))))
    return score_all(pairs)


def _overlap(q: Quote, g: GoldStatement) -> int:
    return max(0, min(q.end, g.end) - max(q.start, g.start))


def _right_speaker(q: Quote, g: GoldStatement) -> bool:
    if q.speaker_start is not None and q.speaker_end is not None:
        for s, e in g.mentions:
            if q.speaker_start < e and s < q.speaker_end:
                return True
    return q.speaker is not None and q.speaker.lower() == g.name.lower()


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
