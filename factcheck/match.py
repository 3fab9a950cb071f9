"""Which statements in different articles report the same thing, and whether they agree.

Candidates come from an inverted index over selective keys (figures, names, long
words), never from all pairs; rapidfuzz scores them; ``classify`` says how a matched
pair relates and why. Every scorer and cut-off lives in ``POLICY`` so that tuning
happens in one place and the benchmark measures what the tests exercise.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from rapidfuzz import fuzz

from .extract import lexicon as lx

Relation = Literal["consistent", "contradiction", "misquote", "duplicate"]
RELATIONS: tuple[Relation, ...] = ("consistent", "contradiction", "misquote", "duplicate")
QUOTED_KINDS = frozenset({"direct", "partial", "pullquote", "tweet"})


@dataclass(frozen=True)
class Policy:
    """The scorer and every cut-off matching uses."""

    scorer: Callable[..., float] = fuzz.token_set_ratio
    same_statement: float = 64.0  # a pair scoring this much reports the same thing
    disagreement: float = 72.0  # a contradiction needs this much evidence of sameness
    polarity: float = 80.0  # a negation flip needs near-identical wording
    same_wording: float = 97.0  # two quotes scoring this are worded the same
    window: int = 5  # content words either side of a shared anchor
    figure_bonus: float = 8.0  # each shared figure beyond the first is independent evidence
    min_shared_keys: int = 2
    top_candidates: int = 12
    recent_postings: int = 150  # a common key is read only over its latest postings
    posting_budget: int = 1200  # postings read per statement, rarest keys first
    max_keys: int = 16
    figure_tolerance: float = 0.05  # how far "about $200bn" may be from $195bn and agree
    same_story: float = 0.4  # articles sharing this (weighted) share of names and figures
    same_story_min: int = 3  # ... and at least this many, are about the same events
    related_articles: int = 40  # the most related earlier articles an article is matched with


POLICY = Policy()

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|#\S+")
_STOP = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being
    it its this that these those he she they we i you his her their our my your him them us
    me has have had do does did will would shall should can could may might must said says
    say told also just than then there here which who whom whose what when where while about
    into over after before up out if so mr mrs ms dr""".split()  # noqa: SIM905
)
_NEGATIONS = frozenset({"not", "never", "no", "cannot", "nor", "neither", "without", "n't"})
_CONTRACTED_NOT = re.compile(
    r"(?i)\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n['’]t\b"
)


class Figure(NamedTuple):
    """A quantity as matching sees it: comparable within its class."""

    key: str
    cls: str  # money:USD, percent, date, count:tariffs, ...
    text: str
    value: float | None
    date: str | None
    context: str  # content words around it, to pair figures across two statements


@dataclass(slots=True)
class Features:
    """What matching keeps of a statement: its gist and its figures.

    Negations are left out of the gist on purpose, so that "were not postponed" and
    "were postponed" score as the same statement and ``polarity_flip`` can flag them.
    """

    tokens: list[str]
    figures: list[Figure]
    capitalised: set[str] = field(default_factory=set)

    @property
    def norm(self) -> str:
        return " ".join(self.tokens)

    def blocking_keys(self, max_keys: int = POLICY.max_keys) -> list[str]:
        """Blocking keys, likely most selective first: figures, names, then longer words."""
        out: list[str] = []
        for f in self.figures:
            if f.cls != "reldate":
                out.append("q:" + f.key)
        out += ["w:" + t for t in sorted(self.capitalised)]
        longs = sorted(
            {t for t in self.tokens if len(t) >= 4 and t not in self.capitalised and t[0] != "#"},
            key=lambda t: (-len(t), t),
        )
        out += ["w:" + t for t in longs]
        return list(dict.fromkeys(out))[:max_keys]


@dataclass(slots=True)
class Statement:
    """A statement with its features, as stored and as compared."""

    id: str
    article_id: str
    lineage: int
    kind: str
    text: str
    speaker_id: int | None
    features: Features
    seq: int = 0
    keys: list[str] = field(default_factory=list)  # blocking keys, once worked out


def figure_class(kind: str, unit: str | None, key: str, date: str | None) -> str:
    if kind == "money":
        return f"money:{unit}"
    if kind == "count":
        return f"count:{unit or ''}"
    if kind == "date":
        return "date" if date else "reldate"
    return kind


def _stem(w: str) -> str:
    if w.endswith("’s") or w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def features(
    text: str,
    quantities: Sequence[tuple[int, int, str, str, str | None, float | None, str | None]] = (),
    aliases: dict[str, str] | None = None,
) -> Features:
    """The gist of a statement.

    ``quantities`` are ``(start, end, key, kind, unit, value, date)`` with offsets into
    ``text``; ``aliases`` maps a name as written to its canonical form, so that "Bob
    Lighthizer" in one outlet and "Robert Lighthizer" in another give the same words.
    """
    pieces: list[str] = []
    figures: list[tuple[int, int, str, str, str | None, float | None, str | None]] = []
    pos = 0
    for i, q in enumerate(sorted(quantities)):
        start, end = q[0], q[1]
        if start < pos or end > len(text):
            continue
        pieces.append(text[pos:start])
        pieces.append(f" #{i} ")
        figures.append(q)
        pos = end
    pieces.append(text[pos:])
    body = "".join(pieces)
    body = _CONTRACTED_NOT.sub(lambda m: m.group(1) + " not", body)
    if aliases:
        present = [a for a in aliases if a in body]
        if present:
            # one pass, longest first, so "Trump" never rewrites the one in "Donald Trump"
            alternation = "|".join(re.escape(a) for a in sorted(present, key=len, reverse=True))
            body = re.sub(rf"\b(?:{alternation})\b", lambda m: aliases[m.group(0)], body)
    tokens: list[str] = []
    capitalised: set[str] = set()
    fig_tokens: dict[int, int] = {}
    raw = _WORD.findall(body)
    for j, w in enumerate(raw):
        if w[0] == "#":
            idx = int(w[1:]) if w[1:].isdigit() else -1
            if 0 <= idx < len(figures):
                fig_tokens[idx] = len(tokens)
                tokens.append("#" + figures[idx][2].replace(" ", "_"))
            continue
        low = w.lower().replace("’", "'")
        if low in _NEGATIONS or low in _STOP:
            continue
        t = _stem(low)
        tokens.append(t)
        if w[0].isupper() and j > 0 and len(t) > 2:
            capitalised.add(t)
    figs: list[Figure] = []
    for idx, (s, e, key, kind, unit, value, date) in enumerate(figures):
        at = fig_tokens.get(idx)
        if at is None:
            continue
        before = [t for t in tokens[max(0, at - 3) : at] if t[0] != "#"]
        after = [t for t in tokens[at + 1 : at + 4] if t[0] != "#"]
        figs.append(
            Figure(
                key,
                figure_class(kind, unit, key, date),
                text[s:e],
                value,
                date,
                " ".join(before + after),
            )
        )
    return Features(tokens, figs, capitalised)


_CAPITALISED = re.compile(r"(?<![.!?:\n“\"–—-]\s)(?<![.!?:\n“\"])\b[A-Z][\w'’-]+")
# titles and institution words ("Trade Ministry") are shared by unrelated stories
_NOT_ANCHORS = (
    frozenset(
        """january february march april may june july august september october november
        december jan feb mar apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905
    )
    | lx.DAYS
    | lx.TITLE_WORDS
    | lx.ORG_WORDS
    | frozenset(lx.HONORIFICS)
)


def article_anchors(text: str, figure_keys: Iterable[str], names: Iterable[str]) -> frozenset[str]:
    """The names and figures an article is about: two reports of one event share many.

    Statements are only matched across articles that share enough of these, so that
    the same template sentence in two unrelated stories ("X will retaliate against the
    measures") is never taken for one statement.
    """
    out = set()
    for m in _CAPITALISED.finditer(text):
        w = m.group(0).lower().replace("’", "'").removesuffix("'s")
        if len(w) > 2 and w not in _STOP and w not in _NOT_ANCHORS:
            out.add(w)
    for n in names:
        words = n.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue  # "Economists", "farm lobby groups": not names
        out.update(w for w in n.lower().split() if len(w) > 2 and w not in _NOT_ANCHORS)
    out.update("#" + k for k in figure_keys if not k.startswith("date:rel"))
    return frozenset(out)


def anchor_weight(df: int, n: int) -> float:
    """An anchor found in ``df`` of ``n`` stored articles: the rarer, the heavier."""
    return math.log(1.0 + n / max(df, 1))


def same_story(
    shared: float, weight_a: float, weight_b: float, n_shared: int, policy: Policy = POLICY
) -> bool:
    """Whether two articles report the same events: the (rarity-weighted) share of the
    smaller one's anchors that the other also has.

    Weighing by rarity means two stories that merely share a country do not pass,
    while two reports that share people, places and figures do, a short brief of a
    long report included.
    """
    if n_shared < policy.same_story_min:
        return False
    return shared / (min(weight_a, weight_b) or 1.0) >= policy.same_story


# --- scoring -------------------------------------------------------------------------


def similarity(a: Features, b: Features, policy: Policy = POLICY) -> float:
    """How surely two statements say the same thing, 0-100.

    Whole statements are compared, and so are the windows around each anchor they
    share (a figure or a name): two outlets often report one fact inside sentences
    that otherwise say different things.
    """
    best = policy.scorer(a.norm, b.norm)
    if best >= 100:
        return best
    anchors, shared_figures = _anchors(a, b)
    for anchor in anchors:
        wa = _window(a.tokens, anchor, policy.window)
        wb = _window(b.tokens, anchor, policy.window)
        if len(wa) >= 3 and len(wb) >= 3:
            s = policy.scorer(" ".join(wa), " ".join(wb))
            # one shared anchor is thin evidence: scale it by how many are shared
            s *= min(1.0, 0.75 + 0.125 * len(anchors))
            best = max(best, s)
    if shared_figures > 1:
        best = min(100.0, best + policy.figure_bonus * (shared_figures - 1))
    return best


def _anchors(a: Features, b: Features) -> tuple[list[str], int]:
    figs = {"#" + f.key.replace(" ", "_") for f in a.figures if f.cls != "reldate"}
    figs &= {"#" + f.key.replace(" ", "_") for f in b.figures if f.cls != "reldate"}
    names = a.capitalised & b.capitalised
    return sorted(figs) + sorted(names), len(figs)


def _window(tokens: list[str], anchor: str, width: int) -> list[str]:
    try:
        i = tokens.index(anchor)
    except ValueError:
        return []
    return tokens[max(0, i - width) : i + width + 1]


# --- classification ------------------------------------------------------------------


@dataclass(slots=True)
class Verdict:
    relation: Relation | None  # None: not similar enough to say
    score: float
    reasons: list[str]
    diff: list[tuple[str, str]] | None = None


def classify(a: Statement, b: Statement, score: float, policy: Policy = POLICY) -> Verdict:
    """How two statements that report the same thing relate, and why."""
    if a.article_id == b.article_id:
        return Verdict("duplicate", score, ["the same statement twice in one article"])
    agree, disagree = compare_figures(a.features.figures, b.features.figures)
    reasons: list[str] = []
    quoted = a.kind in QUOTED_KINDS and b.kind in QUOTED_KINDS
    if quoted and a.speaker_id is not None and a.speaker_id == b.speaker_id:
        diff = word_diff(a.text, b.text)
        if diff is None:
            return Verdict("consistent", score, ["same speaker, the same words"])
        reasons.append("worded differently: " + _diff_summary(diff))
        reasons += [f"{x} vs {y}" for x, y in disagree]
        return Verdict("misquote", score, reasons, diff)
    if disagree and score >= policy.disagreement:
        return Verdict("contradiction", score, [f"{x} vs {y}" for x, y in disagree])
    flip = polarity_flip(a, b)
    if flip and score >= policy.polarity:
        return Verdict("contradiction", score, [flip])
    if disagree:
        return Verdict(None, score, [])
    if agree:
        reasons.append("same figures: " + "; ".join(f"{x} = {y}" for x, y in agree))
    if a.speaker_id is not None and a.speaker_id == b.speaker_id:
        reasons.append("same speaker")
    names = sorted(a.features.capitalised & b.features.capitalised)
    if names:
        reasons.append("both name " + ", ".join(n.title() for n in names[:6]))
    if not reasons:
        reasons.append(f"same wording ({score:.0f}/100)")
    return Verdict("consistent", score, reasons)


def compare_figures(
    fa: Sequence[Figure], fb: Sequence[Figure], tolerance: float = POLICY.figure_tolerance
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Figures the two sides share, and pairs of figures that fill the same slot but differ."""
    agree: list[tuple[str, str]] = []
    left = [f for f in fa if f.cls != "reldate"]
    right = [f for f in fb if f.cls != "reldate"]
    for f in list(left):
        for g in right:
            if g.cls == f.cls and _same_figure(f, g, tolerance):
                agree.append((f.text, g.text))
                left.remove(f)
                right.remove(g)
                break
    disagree: list[tuple[str, str]] = []
    by_class: dict[str, tuple[list[Figure], list[Figure]]] = defaultdict(lambda: ([], []))
    for f in left:
        by_class[f.cls][0].append(f)
    for g in right:
        by_class[g.cls][1].append(g)
    for ls, rs in by_class.values():
        if not ls or not rs:
            continue
        if len(ls) == 1 and len(rs) == 1:
            disagree.append((ls[0].text, rs[0].text))
            continue
        for f in ls:
            best = max(rs, key=lambda g: fuzz.ratio(f.context, g.context))
            if fuzz.ratio(f.context, best.context) >= 50:
                disagree.append((f.text, best.text))
                rs.remove(best)
                if not rs:
                    break
    return agree, disagree


def _same_figure(f: Figure, g: Figure, tolerance: float) -> bool:
    if f.key == g.key:
        return True
    if f.date and g.date:
        return f.date.startswith(g.date) or g.date.startswith(f.date)
    if f.value is not None and g.value is not None:
        # "about $200bn" allows for rounding; two exact figures must be equal
        approx = f.key.endswith(":~") or g.key.endswith(":~")
        top = max(abs(f.value), abs(g.value)) or 1.0
        return abs(f.value - g.value) / top <= (tolerance if approx else 1e-9)
    return False


_NEGATION = re.compile(
    r"(?i)(?:\b(?:not|never|no|cannot|nor|neither|without)\b|\b\w+n['’]t\b)(?:\s+(\w+))?"
)


def polarity_flip(a: Statement, b: Statement) -> str | None:
    """'were not postponed' in one, 'were postponed' in the other: the reason, or None.

    When one statement is much longer, only the part that lines up with the shorter
    one counts: "not just the deficit" elsewhere in a long quote is not a flip.
    """
    ta, tb = a.text, b.text
    if len(ta) > 1.5 * len(tb):
        ta = _aligned(ta, tb)
    elif len(tb) > 1.5 * len(ta):
        tb = _aligned(tb, ta)
    na, nb = list(_NEGATION.finditer(ta)), list(_NEGATION.finditer(tb))
    if len(na) % 2 == len(nb) % 2:
        return None
    negated, plain_text, first = (na, tb, True) if len(na) > len(nb) else (nb, ta, False)
    m = negated[-1]
    phrase = " ".join(m.group(0).split())
    verb = m.group(1) or ""
    plain = _phrase_around(plain_text, verb) or "no negation"
    return f"“{phrase}” vs “{plain}”" if first else f"“{plain}” vs “{phrase}”"


def _aligned(long_text: str, short_text: str) -> str:
    al = fuzz.partial_ratio_alignment(short_text.lower(), long_text.lower())
    return long_text[al.dest_start : al.dest_end]


def _phrase_around(text: str, word: str) -> str | None:
    if not word:
        return None
    m = re.search(rf"(?i)\b{re.escape(word)}\b", text)
    return m.group(0) if m else None


_DIFF_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _DIFF_WORD.findall(text)]


def word_diff(a: str, b: str) -> list[tuple[str, str]] | None:
    """A word-level diff of two quotes, or None when one repeats the other word for word.

    A partial quote is compared with the part of the longer quote it lines up with.
    Ops are ``=`` (both), ``-`` (only in the first), ``+`` (only in the second).
    """
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return None
    if _contains(wa, wb) or _contains(wb, wa):
        return None
    short, long_, flip = (wa, wb, False) if len(wa) <= len(wb) else (wb, wa, True)
    if len(short) < len(long_) * 0.8:
        long_ = _best_window(short, long_)
    left, right = (long_, short) if flip else (short, long_)
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("=", " ".join(left[i1:i2])))
            continue
        if i2 > i1:
            ops.append(("-", " ".join(left[i1:i2])))
        if j2 > j1:
            ops.append(("+", " ".join(right[j1:j2])))
    return ops if any(op != "=" for op, _ in ops) else None


def flip_diff(diff: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """The same word diff read from the other side: what one lacks, the other has."""
    swap = {"-": "+", "+": "-"}
    return [(swap.get(op, op), words) for op, words in diff]


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _best_window(short: list[str], long_: list[str]) -> list[str]:
    n = len(short)
    best, at = -1.0, 0
    for i in range(0, max(1, len(long_) - n + 1)):
        r = SequenceMatcher(None, short, long_[i : i + n], autojunk=False).ratio()
        if r > best:
            best, at = r, i
    return long_[at : at + n]


def _diff_summary(diff: list[tuple[str, str]]) -> str:
    parts = []
    for op, w in diff:
        if op == "-":
            parts.append(f"[-{w}-]")
        elif op == "+":
            parts.append(f"{{+{w}+}}")
    return " ".join(parts)


# --- candidates ----------------------------------------------------------------------


class Index:
    """An inverted index from blocking key to statement numbers, held in memory.

    Postings are appended in ingest order, so reading only the latest ones for a
    common key favours the reports closest in time, and keeps lookups bounded.
    """

    def __init__(self, policy: Policy = POLICY) -> None:
        self.policy = policy
        self.postings: dict[str, array] = {}
        self.lineage: dict[int, int] = {}
        self.anchors: dict[int, frozenset[str]] = {}
        self.anchor_df: Counter[str] = Counter()
        self.anchor_postings: dict[str, array] = {}
        self._weight_cache: dict[int, tuple[int, float]] = {}

    def add_article(self, lineage: int, anchors: frozenset[str]) -> None:
        self.anchors[lineage] = anchors
        self.anchor_df.update(anchors)
        for a in anchors:
            p = self.anchor_postings.get(a)
            if p is None:
                self.anchor_postings[a] = p = array("q")
            p.append(lineage)

    def related(self, anchors: frozenset[str], lineage: int) -> set[int]:
        """Earlier articles about the same events as one with ``anchors``.

        Shared anchors are counted over their postings, rarest first and latest
        first, and only the most promising articles are weighed in full, so the cost
        per article stays bounded however large the store grows.
        """
        n = len(self.anchors) + 1
        df = self.anchor_df
        weight = {a: anchor_weight(df.get(a, 0), n) for a in anchors}
        cap = self.policy.recent_postings * 2
        found = sorted(
            ((len(p), a, p) for a in anchors if (p := self.anchor_postings.get(a))),
            key=lambda t: t[0],
        )
        shared_w: dict[int, float] = defaultdict(float)
        shared_n: dict[int, int] = defaultdict(int)
        budget = self.policy.posting_budget * 2
        for count, a, p in found:
            if budget <= 0:
                break
            w = weight[a]
            for other in p[-cap:] if count > cap else p:
                shared_w[other] += w
                shared_n[other] += 1
            budget -= min(count, cap)
        need = self.policy.same_story_min
        hopeful = [o for o, c in shared_n.items() if c >= need and o != lineage]
        top = heapq.nlargest(self.policy.related_articles, hopeful, key=shared_w.__getitem__)
        total = sum(weight.values())
        out = set()
        for other in top:
            theirs = self._total_weight(other, n)
            if same_story(shared_w[other], total, theirs, shared_n[other], self.policy):
                out.add(other)
        return out

    def _total_weight(self, lineage: int, n: int) -> float:
        """An article's summed anchor weight, refreshed as the store grows by a quarter."""
        cached = self._weight_cache.get(lineage)
        if cached is None or n > cached[0] * 1.25:
            df = self.anchor_df
            total = sum(anchor_weight(df.get(x, 0), n) for x in self.anchors[lineage])
            cached = self._weight_cache[lineage] = (n, total)
        return cached[1]

    def __len__(self) -> int:
        return len(self.lineage)

    def add(self, seq: int, lineage: int, keys: Iterable[str]) -> None:
        self.lineage[seq] = lineage
        for k in keys:
            p = self.postings.get(k)
            if p is None:
                self.postings[k] = p = array("q")
            p.append(seq)

    def candidates(
        self, keys: Sequence[str], lineage: int, allowed: set[int] | None = None
    ) -> list[int]:
        """The statements outside ``lineage`` sharing the most selective keys.

        With ``allowed``, only statements of those articles (``related``) count.
        """
        n = len(self.lineage) or 1
        weight: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        cap = self.policy.recent_postings
        budget = self.policy.posting_budget
        found = [(len(p), k, p) for k in keys if (p := self.postings.get(k))]
        found.sort(key=lambda t: t[0])
        lineage_of = self.lineage
        for df, k, p in found:
            if budget <= 0:
                break
            w = math.log(1.0 + n / df) * (2.0 if k.startswith("q:") else 1.0)
            for seq in p[-cap:] if df > cap else p:
                other = lineage_of[seq]
                if other != lineage and (allowed is None or other in allowed):
                    weight[seq] += w
                    shared[seq] += 1
            budget -= min(df, cap)
        need = self.policy.min_shared_keys
        ranked = sorted((s for s in weight if shared[s] >= need), key=lambda s: -weight[s])
        return ranked[: self.policy.top_candidates]


@dataclass(slots=True)
class Match:
    a: Statement
    b: Statement
    verdict: Verdict


def match_article(
    new: Sequence[Statement],
    index: Index,
    load: Callable[[list[int]], dict[int, Statement]],
    policy: Policy = POLICY,
    anchors: frozenset[str] | None = None,
) -> list[Match]:
    """Matches between one article's statements and those already indexed.

    A pair is kept only when each side is the other's best match in its article:
    a sentence can share a figure with several sentences of another report, but it
    reports the same thing as one of them.
    """
    if not new:
        return []
    lineage = new[0].lineage
    allowed = None
    if anchors is not None:
        allowed = index.related(anchors, lineage)
        if not allowed:
            return []
    wanted: dict[int, list[int]] = {}
    for s in new:
        keys = s.keys or s.features.blocking_keys(policy.max_keys)
        wanted[s.seq] = index.candidates(keys, lineage, allowed)
    pool = load(sorted({c for cs in wanted.values() for c in cs}))
    scored: list[tuple[float, Statement, Statement]] = []
    for s in new:
        for c in wanted[s.seq]:
            other = pool.get(c)
            if other is None:
                continue
            score = similarity(s.features, other.features, policy)
            if score >= policy.same_statement:
                scored.append((score, s, other))
    best_new: dict[tuple[int, str], float] = {}
    best_old: dict[tuple[int, str], float] = {}
    for score, s, o in scored:
        k1 = (s.seq, o.article_id)
        best_new[k1] = max(best_new.get(k1, 0.0), score)
        k2 = (o.seq, s.article_id)
        best_old[k2] = max(best_old.get(k2, 0.0), score)
    out: list[Match] = []
    for score, s, o in scored:
        if score < best_new[(s.seq, o.article_id)] or score < best_old[(o.seq, s.article_id)]:
            continue
        v = classify(o, s, score, policy)
        if v.relation is not None:
            out.append(Match(o, s, v))
    return out


def duplicates_within(statements: Sequence[Statement], repeats: dict[str, str]) -> list[Match]:
    """Pull quotes and the body quotes they repeat, and statements given twice verbatim."""
    by_id = {s.id: s for s in statements}
    out: list[Match] = []
    seen: set[tuple[str, str]] = set()
    for pull, body in repeats.items():
        a, b = by_id.get(body), by_id.get(pull)
        if a and b:
            out.append(
                Match(a, b, Verdict("duplicate", 100.0, ["pull quote repeats the body quote"]))
            )
            seen.add((a.id, b.id))
    first: dict[str, Statement] = {}
    for s in statements:
        if s.kind not in QUOTED_KINDS or len(s.features.tokens) < 4:
            continue
        key = s.features.norm
        if key in first and (first[key].id, s.id) not in seen and (s.id, first[key].id) not in seen:
            out.append(
                Match(first[key], s, Verdict("duplicate", 100.0, ["quoted twice in the article"]))
            )
        first.setdefault(key, s)
    return out
