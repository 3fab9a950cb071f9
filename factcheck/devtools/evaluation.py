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

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    # rule -> [statements predicted, covering a gold statement, with the right speaker]
    by_rule: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name not in {"misses", "by_rule"}:
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        for rule, counts in other.by_rule.items():
            mine = self.by_rule.setdefault(rule, [0, 0, 0])
            for i, n in enumerate(counts):
                mine[i] += n

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
            counts = t.by_rule.setdefault(q.rule or "-", [0, 0, 0])
            counts[0] += 1
            if covered:
                correct += 1
                ok = any(_right_speaker(q, g) for g in covered)
                right += ok
                counts[1] += 1
                counts[2] += ok
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


def _overlap(q: Quote, g: GoldStatement | GoldSpan) -> int:
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


# -- corpora of annotated real news ---------------------------------------------------------
# A gold corpus is JSONL, one article a line: {"id", "text", "quotes": [{"start", "end", "kind"
# (direct | partial | mixed | indirect), "speaker", "speaker_form", "speaker_start",
# "speaker_end", "cue"}], "ignore": [[s, e]], "meta": {"publisher"}}, the format of the
# held-out corpus. ``score_corpus`` follows that corpus's published scoring rules: one-to-one
# greedy matching by overlapping characters, lenient at LENIENT of the gold span; a speaker is
# right when the predicted mention overlaps the gold mention or shares a capitalised name word
# with it; reported speech is recalled over gold whose cue is a speech verb. It also breaks
# every figure down by the rule that attributed each statement (``Quote.rule``).

LENIENT = 0.3
INDIRECT_COVER = 0.5
_RELATIVES = {"who", "whom", "which", "that"}
_SPEECH_CUE = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|added|adds|warned|warns|argued|argues|insisted|"
    r"insists|claimed|claims|stated|states|noted|notes|explained|explains|announced|announces|"
    r"declared|declares|asserted|asserts|suggested|suggests|acknowledged|acknowledges|admitted|"
    r"admits|wrote|writes|tweeted|tweets|according to|repeated|repeats|maintained|maintains|"
    r"predicted|predicts|promised|promises|reiterated|reiterates|recalled|recalls|responded|"
    r"responds|replied|replies|asked|asks|answered|answers|contended|contends|accused|accuses|"
    r"charged|denied|denies|vowed|vows|pledged|pledges|described|describes|called|calls)\b",
    re.I,
)
# Capitalised words that say nothing about who a speaker is: titles, labels, function words.
_NOT_NAME_WORDS = frozenset(
    """mr mrs ms miss dr sen senator rep representative gov governor president secretary gen
    general adm col lt sgt capt rev prof professor hon sir lady judge justice chief mayor
    congressman congresswoman minister prime chairman chairwoman vice former attorney speaker
    leader majority minority state first candidate nominee presidential press spokesman
    spokeswoman republican republicans democrat democrats democratic gop american americans
    liberal liberals conservative conservatives the and but for his her hers she they them their
    this that these those who its our your one some many most all both such other another
    several according with from after when""".split()  # noqa: SIM905
)
_NAME_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class GoldSpan:
    start: int
    end: int
    kind: str
    alts: list[dict[str, Any]] = field(default_factory=list)  # gold entries with this span

    @property
    def has_source(self) -> bool:
        return any(q.get("speaker") is not None for q in self.alts)


@dataclass
class CorpusArticle:
    id: str
    text: str
    publisher: str
    ignore: list[tuple[int, int]]
    quoted: list[GoldSpan]
    indirect: list[GoldSpan]
    mixed: list[GoldSpan]


@dataclass
class Counts:
    """Matched, predicted and gold counts, and speakers judged, for one slice of a corpus."""

    quoted_tp: int = 0
    quoted_pred: int = 0
    quoted_gold: int = 0
    e2e_tp: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    speech_found: int = 0  # gold speech-verb reports recalled
    speech_gold: int = 0
    indirect_ok: int = 0  # predicted reports covering some gold attribution
    indirect_pred: int = 0

    def figures(self) -> dict[str, float]:
        p = _ratio(self.quoted_tp, self.quoted_pred)
        r = _ratio(self.quoted_tp, self.quoted_gold)
        ep = _ratio(self.e2e_tp, self.quoted_pred)
        er = _ratio(self.e2e_tp, self.quoted_gold)
        return {
            "quoted_f1": _f1(p, r),
            "quoted_p": p,
            "quoted_r": r,
            "speaker_accuracy": _ratio(self.speaker_ok, self.speaker_n),
            "end_to_end_f1": _f1(ep, er),
            "reported_precision": _ratio(self.indirect_ok, self.indirect_pred),
            "reported_recall": _ratio(self.speech_found, self.speech_gold),
        }


@dataclass
class CorpusScore:
    total: Counts = field(default_factory=Counts)
    by_publisher: dict[str, Counts] = field(default_factory=dict)
    by_rule: dict[str, Counts] = field(default_factory=dict)  # counts of predictions only
    wrong: list[str] = field(default_factory=list)  # "rule: text ... (predicted / gold)"


def read_corpus(path: Path) -> list[CorpusArticle]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            qs = d.get("quotes", [])
            out.append(
                CorpusArticle(
                    id=d["id"],
                    text=d["text"],
                    publisher=str((d.get("meta") or {}).get("publisher") or "?"),
                    ignore=[(int(s), int(e)) for s, e in d.get("ignore", [])],
                    quoted=_merge([q for q in qs if q["kind"] in ("direct", "partial")]),
                    indirect=_merge([q for q in qs if q["kind"] == "indirect"]),
                    mixed=_merge([q for q in qs if q["kind"] == "mixed"]),
                )
            )
    return out


def score_corpus(articles: Iterable[tuple[CorpusArticle, Extraction]]) -> CorpusScore:
    """Score extractions of a gold corpus's articles, overall, per publisher and per rule."""
    out = CorpusScore()
    for gold, x in articles:
        pub = out.by_publisher.setdefault(gold.publisher, Counts())
        preds = [
            p
            for p in _expand(x.quotes)
            if not any(a <= p.start and p.end <= b for a, b in gold.ignore)
        ]
        quoted = [p for p in preds if p.kind != "indirect"]
        reported = [p for p in preds if p.kind == "indirect"]
        pairs = _match(gold.quoted, quoted, LENIENT)
        matched = {pi: gi for gi, pi in pairs.items()}
        for c in (out.total, pub):
            c.quoted_tp += len(pairs)
            c.quoted_pred += len(quoted)
            c.quoted_gold += len(gold.quoted)
        for gi, g in enumerate(gold.quoted):
            if gi not in pairs:
                continue
            p = quoted[pairs[gi]]
            ok = not g.has_source or _speaker_right(g, p)
            rc = out.by_rule.setdefault(p.rule or "-", Counts())
            for c in (out.total, pub, rc):
                c.e2e_tp += ok
                if g.has_source:
                    c.speaker_n += 1
                    c.speaker_ok += ok
            if not ok:
                out.wrong.append(
                    f"{p.rule}: {gold.text[g.start : g.end][:50]!r} -> {p.speaker!r} "
                    f"(gold {next(q['speaker'] for q in g.alts if q.get('speaker'))!r})"
                )
        for pi, p in enumerate(quoted):
            rc = out.by_rule.setdefault(p.rule or "-", Counts())
            rc.quoted_pred += 1
            rc.quoted_tp += pi in matched
        speech = [g for g in gold.indirect if _SPEECH_CUE.search(_cues(g))]
        spairs = _match(speech, reported, INDIRECT_COVER)
        found_by = {pi for pi in spairs.values()}
        attributions = gold.indirect + gold.mixed + gold.quoted
        for pi, p in enumerate(reported):
            ok = any(_overlap(p, g) >= INDIRECT_COVER * (g.end - g.start) for g in attributions)
            rc = out.by_rule.setdefault(p.rule or "-", Counts())
            for c in (out.total, pub, rc):
                c.indirect_pred += 1
                c.indirect_ok += ok
            rc.speech_found += pi in found_by
        for c in (out.total, pub):
            c.speech_gold += len(speech)
            c.speech_found += len(spairs)
    return out


def _merge(entries: list[dict[str, Any]]) -> list[GoldSpan]:
    by_span: dict[tuple[int, int], GoldSpan] = {}
    for q in entries:
        key = (q["start"], q["end"])
        if key not in by_span:
            by_span[key] = GoldSpan(q["start"], q["end"], q["kind"])
        by_span[key].alts.append(q)
    return sorted(by_span.values(), key=lambda g: (g.start, g.end))


def _cues(g: GoldSpan) -> str:
    return " ".join(str(a.get("cue") or "") for a in g.alts)


def _expand(quotes: list[Quote]) -> list[Quote]:
    """A quote split around its tag is scored as its parts, each with the quote's speaker."""
    out: list[Quote] = []
    for q in quotes:
        if len(q.parts) > 1:
            out.extend(q.model_copy(update={"start": s.start, "end": s.end}) for s in q.parts)
        else:
            out.append(q)
    return out


def _match(golds: list[GoldSpan], preds: list[Quote], threshold: float) -> dict[int, int]:
    """One-to-one greedy matching, most overlapping characters first: {gold: prediction}."""
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            ov = _overlap(p, g)
            if ov > 0 and ov >= threshold * (g.end - g.start) - 1e-9:
                union = max(g.end, p.end) - min(g.start, p.start)
                cands.append((-ov, -ov / union, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: dict[int, int] = {}
    for _, _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs[gi] = pi
    return pairs


def _name_words(s: str | None) -> set[str]:
    if not s:
        return set()
    return {
        w.casefold()
        for w in _NAME_WORD.findall(s)
        if len(w) >= 3 and w[0].isupper() and w.casefold() not in _NOT_NAME_WORDS
    }


def _speaker_right(g: GoldSpan, p: Quote) -> bool:
    for q in g.alts:
        if q.get("speaker") is None:
            continue
        gs, ge = q["speaker_start"], q["speaker_end"]
        ps, pe = p.speaker_start, p.speaker_end
        if ps is not None and pe is not None and ps < ge and gs < pe:
            return True
        if q["speaker"].casefold() in _RELATIVES and pe is not None and 0 <= gs - pe <= 3:
            return True
        named = _name_words(p.speaker) | _name_words(p.speaker_mention)
        if q.get("speaker_form") in ("proper", "common") and _name_words(q["speaker"]) & named:
            return True
    return False
