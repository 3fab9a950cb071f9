"""The shorter of two statements aligned inside the longer, word by word.

rapidfuzz's ``partial_ratio_alignment`` over the joined words finds the stretch of the
longer that the shorter lines up with; ``Levenshtein.opcodes`` over the two word lists
(widened a little, for insertions) gives the equal runs and the regions between them; a
second pass refits the window around the first and last solid runs, so that the short
quote's edge words do not land on far-off repeats. What is left is cut into regions, and
the ones that are no wording change are marked as such:

- one-sided overhangs at either end (quotes start and stop in different places);
- a region next to an ellipsis or an editor's brackets on either side;
- a censored word against the plain one ("f***" / the word);
- a region equal once its words are joined ("work force" / "workforce").

The result is a pure function of the two word lists, and symmetric: ``align(a, b)`` and
``align(b, a)`` describe the same regions with the sides swapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein, Opcode

from .policy import POLICY, Policy
from .text import BRACKET, GAP, is_content


@dataclass(frozen=True, slots=True)
class Region:
    """Words ``a[a0:a1]`` against ``b[b0:b1]`` (indices into the words without brackets)."""

    equal: bool
    a0: int
    a1: int
    b0: int
    b1: int
    ignored: str | None = None  # why a differing region is no wording change
    edge: bool = False  # the first or last region of the aligned window


@dataclass(frozen=True, slots=True)
class Alignment:
    """Two statements lined up: ``a`` and ``b`` as given, without editor's words."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    a_index: tuple[int, ...]  # position of each of ``a`` in the statement's own words
    b_index: tuple[int, ...]
    regions: tuple[Region, ...]  # from the first aligned word to the last
    shorter: int  # how many words the shorter has (0: a, 1: b are the shorter)
    a_is_shorter: bool
    matched: int  # words equal in both, inside the window
    content: int  # of those, content words

    @property
    def cover(self) -> float:
        return self.matched / self.shorter if self.shorter else 0.0

    @property
    def differences(self) -> list[Region]:
        return [r for r in self.regions if not r.equal and r.ignored is None]

    def changed(self) -> int:
        """Words changed: the longer side of each differing region, summed."""
        return sum(max(r.a1 - r.a0, r.b1 - r.b0) for r in self.differences)

    def swapped(self) -> Alignment:
        return Alignment(
            self.b,
            self.a,
            self.b_index,
            self.a_index,
            tuple(Region(r.equal, r.b0, r.b1, r.a0, r.a1, r.ignored, r.edge) for r in self.regions),
            self.shorter,
            not self.a_is_shorter,
            self.matched,
            self.content,
        )


def _unbracket(
    words: Sequence[str], flags: Sequence[int]
) -> tuple[list[str], list[int], list[int]]:
    """Words without an editor's insertions; the word after one is marked as a gap."""
    # most quotes: nothing to drop (flags are two bits: see text.BRACKET)
    if BRACKET not in flags and BRACKET | GAP not in flags:
        return list(words), list(flags), list(range(len(words)))
    out: list[str] = []
    out_flags: list[int] = []
    index: list[int] = []
    pending = 0
    for i, (w, f) in enumerate(zip(words, flags, strict=True)):
        if f & BRACKET:
            pending = GAP
            continue
        out.append(w)
        out_flags.append((f & GAP) | pending)
        index.append(i)
        pending = 0
    return out, out_flags, index


def align(
    a_words: Sequence[str],
    a_flags: Sequence[int],
    b_words: Sequence[str],
    b_flags: Sequence[int],
    policy: Policy = POLICY,
) -> Alignment:
    """The two statements lined up, the shorter inside the longer."""
    key_a, key_b = (tuple(a_words), tuple(a_flags)), (tuple(b_words), tuple(b_flags))
    if (len(key_a[0]), key_a) <= (len(key_b[0]), key_b):
        return _align(key_a, key_b, policy)
    return _align(key_b, key_a, policy).swapped()


def forget_alignments() -> None:
    """Empty the alignment cache: a long-lived process scoring one batch of pairs after
    another (an archive-scale worker) keeps only a batch's alignments, so its memory stays
    flat however many batches it scores."""
    _align.cache_clear()


@lru_cache(maxsize=16384)
def _align(
    short_key: tuple[tuple[str, ...], tuple[int, ...]],
    long_key: tuple[tuple[str, ...], tuple[int, ...]],
    policy: Policy,
) -> Alignment:
    a, af, ai = _unbracket(*short_key)
    b, bf, bi = _unbracket(*long_key)
    if not a or not b:
        return Alignment(tuple(a), tuple(b), tuple(ai), tuple(bi), (), len(a), True, 0, 0)
    ops, off = _opcodes(a, b, policy)
    solid = [o for o in ops if o.tag == "equal" and o.src_end - o.src_start >= policy.solid_run]
    if solid:
        # refit the window around the solid runs, so that the short one's first and last
        # words do not scatter onto far-off repeats in the longer one
        first, last = solid[0], solid[-1]
        lo = max(0, off + first.dest_start - first.src_start - policy.refit_margin)
        hi = min(len(b), off + last.dest_end + (len(a) - last.src_end) + policy.refit_margin)
        off = lo
        ops = list(Levenshtein.opcodes(a, b[lo:hi]))
    regs: list[list[int]] = []  # [equal, a0, a1, b0, b1] with b relative to off
    for o in ops:
        eq = o.tag == "equal"
        if regs and not eq and not regs[-1][0]:
            regs[-1][2] = o.src_end
            regs[-1][4] = o.dest_end
        else:
            regs.append([int(eq), o.src_start, o.src_end, o.dest_start, o.dest_end])
    for r in regs:
        r[3] += off
        r[4] += off
    regs = _slide(_slide(regs, b, a, lead=True), b, a, lead=False)
    # overhangs: one side goes on where the other has stopped
    while regs and not regs[0][0] and (regs[0][1] == regs[0][2] or regs[0][3] == regs[0][4]):
        regs.pop(0)
    while regs and not regs[-1][0] and (regs[-1][1] == regs[-1][2] or regs[-1][3] == regs[-1][4]):
        regs.pop()
    matched = sum(r[2] - r[1] for r in regs if r[0])
    content = sum(
        1 for r in regs if r[0] for w in a[r[1] : r[2]] if is_content(w, policy.content_letters)
    )
    out: list[Region] = []
    for n, (same, a0, a1, b0, b1) in enumerate(regs):
        edge = n == 0 or n == len(regs) - 1
        why = None if same else _ignored(a[a0:a1], b[b0:b1], af[a0 : a1 + 1], bf[b0 : b1 + 1])
        out.append(Region(bool(same), a0, a1, b0, b1, why, edge))
    return Alignment(
        tuple(a), tuple(b), tuple(ai), tuple(bi), tuple(out), len(a), True, matched, content
    )


def _opcodes(a: list[str], b: list[str], policy: Policy) -> tuple[list[Opcode], int]:
    """Opcodes of ``a`` against its window in ``b``, and where the window starts."""
    if len(a) >= len(b):
        return list(Levenshtein.opcodes(a, b)), 0
    sa, sb = " ".join(a), " ".join(b)
    al = fuzz.partial_ratio_alignment(sa, sb)
    starts = []
    pos = 0
    for w in b:
        starts.append(pos)
        pos += len(w) + 1
    pad = policy.window_pad + len(a) // policy.window_pad_share
    dest_start = al.dest_start if al is not None else 0
    dest_end = al.dest_end if al is not None else len(sb)
    lo = max(0, sum(1 for s in starts if s <= dest_start) - 1 - pad)
    hi = min(len(b), sum(1 for s in starts if s < dest_end) + pad)
    return list(Levenshtein.opcodes(a, b[lo:hi])), lo


def _slide(regs: list[list[int]], b: list[str], a: list[str], *, lead: bool) -> list[list[int]]:
    """A short equal run at one end, cut off by a one-sided gap, that the longer side
    repeats right next to the rest ("the … the lines of"): it belongs with the rest."""
    if len(regs) < 3:
        return regs
    e1, g, e2 = (regs[0], regs[1], regs[2]) if lead else (regs[-1], regs[-2], regs[-3])
    if not (e1[0] and not g[0] and e2[0]) or g[2] - g[1] != 0:
        return regs
    k = e1[2] - e1[1]
    if lead and b[e2[3] - k : e2[3]] == a[e1[1] : e1[2]]:
        return [[1, e1[1], e2[2], e2[3] - k, e2[4]], *regs[3:]]
    if not lead and b[e2[4] : e2[4] + k] == a[e1[1] : e1[2]]:
        return [*regs[:-3], [1, e2[1], e1[2], e2[3], e2[4] + k]]
    return regs


def _ignored(
    sa: Sequence[str], sb: Sequence[str], fa: Sequence[int], fb: Sequence[int]
) -> str | None:
    """Why a region that differs is no wording change, or None when it is one.

    ``fa`` and ``fb`` are the flags of the region's words and of the word after it."""
    ja, jb = "".join(sa), "".join(sb)
    if ja == jb:
        return "spacing"
    if GAP in fa or GAP in fb or BRACKET | GAP in fa or BRACKET | GAP in fb:
        return "elided"
    if "*" not in ja and "*" not in jb:  # nothing censored (and not all words equal)
        return None
    if len(sa) == len(sb) and all(p == q or _censored(p, q) for p, q in zip(sa, sb, strict=True)):
        return "censored"
    return None


def _censored(a: str, b: str) -> bool:
    if "*" not in a and "*" not in b:
        return False
    pa = re.escape(a).replace(r"\*", ".*")
    pb = re.escape(b).replace(r"\*", ".*")
    return bool(re.fullmatch(pa, b) or re.fullmatch(pb, a))
