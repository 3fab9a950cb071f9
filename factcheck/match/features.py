"""What matching keeps of a statement: its gist (normalised words) and its figures.

Features are computed once, in the worker that extracted the article, stored as two
strings (``norm`` and ``figures``), and read back for comparison without re-parsing text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .policy import POLICY, Policy

# (start, end, key, kind, unit, value, date), offsets into the statement's text
FigureSpan = tuple[int, int, str, str, str | None, float | None, str | None]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|#\S+")
STOPWORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being
    it its this that these those he she they we i you his her their our my your him them us
    me has have had do does did will would shall should can could may might must said says
    say told also just than then there here which who whom whose what when where while about
    into over after before up out if so mr mrs ms dr""".split()  # noqa: SIM905
)
NEGATIONS = frozenset({"not", "never", "no", "cannot", "nor", "neither", "without", "n't"})
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
    """A statement's gist and figures.

    Negations are left out of the gist on purpose, so that "were not postponed" and
    "were postponed" score as the same statement and ``polarity_flip`` can flag them.
    """

    tokens: list[str]
    figures: list[Figure]
    capitalised: set[str] = field(default_factory=set)

    @property
    def norm(self) -> str:
        return " ".join(self.tokens)

    def blocking_keys(self, policy: Policy = POLICY) -> list[str]:
        """Blocking keys, likely most selective first: figures, names, then longer words."""
        out: list[str] = []
        for f in self.figures:
            if f.cls != "reldate":
                out.append("q:" + f.key)
        out += ["w:" + t for t in sorted(self.capitalised)]
        longs = sorted(
            {
                t
                for t in self.tokens
                if len(t) >= policy.long_word and t not in self.capitalised and t[0] != "#"
            },
            key=lambda t: (-len(t), t),
        )
        out += ["w:" + t for t in longs]
        return list(dict.fromkeys(out))[: policy.max_keys]

    # --- the stored form ----------------------------------------------------------------

    def stored_norm(self) -> str:
        """The words as one string, ^ marking a name."""
        return " ".join("^" + t if t in self.capitalised else t for t in self.tokens)

    def stored_figures(self) -> str:
        return json.dumps([list(x) for x in self.figures], ensure_ascii=False)

    @classmethod
    def from_stored(cls, norm: str, figures: str) -> Features:
        tokens = norm.split(" ") if norm else []
        caps = {t[1:] for t in tokens if t.startswith("^")}
        plain = [t.lstrip("^") for t in tokens]
        return cls(plain, [Figure(*x) for x in json.loads(figures)], caps)


@dataclass(slots=True)
class Statement:
    """A statement with its features, as stored and as compared."""

    id: str
    article_id: str
    lineage: int  # the document: every version of one article shares it
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
    quantities: Sequence[FigureSpan] = (),
    aliases: dict[str, str] | None = None,
    policy: Policy = POLICY,
) -> Features:
    """The gist of a statement.

    ``quantities`` are ``(start, end, key, kind, unit, value, date)`` with offsets into
    ``text``; ``aliases`` maps a name as written to its canonical form, so that "Bob
    Lighthizer" in one outlet and "Robert Lighthizer" in another give the same words.
    """
    pieces: list[str] = []
    figures: list[FigureSpan] = []
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
    raw = WORD.findall(body)
    for j, w in enumerate(raw):
        if w[0] == "#":
            idx = int(w[1:]) if w[1:].isdigit() else -1
            if 0 <= idx < len(figures):
                fig_tokens[idx] = len(tokens)
                tokens.append("#" + figures[idx][2].replace(" ", "_"))
            continue
        low = w.lower().replace("’", "'")
        if low in NEGATIONS or low in STOPWORDS:
            continue
        t = _stem(low)
        tokens.append(t)
        if w[0].isupper() and j > 0 and len(t) >= policy.min_name_letters:
            capitalised.add(t)
    figs: list[Figure] = []
    reach = policy.figure_context
    for idx, (s, e, key, kind, unit, value, date) in enumerate(figures):
        at = fig_tokens.get(idx)
        if at is None:
            continue
        before = [t for t in tokens[max(0, at - reach) : at] if t[0] != "#"]
        after = [t for t in tokens[at + 1 : at + 1 + reach] if t[0] != "#"]
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
