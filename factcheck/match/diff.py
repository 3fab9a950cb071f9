"""Word-level diffs of two quotes, a partial quote against the part it lines up with."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .policy import POLICY, Policy

DiffOp = tuple[str, str]  # ("=" both | "-" only the first | "+" only the second, words)

_DIFF_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def diff_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _DIFF_WORD.findall(text)]


def word_diff(a: str, b: str, policy: Policy = POLICY) -> list[DiffOp] | None:
    """A word-level diff of two quotes, or None when one repeats the other word for word.

    A partial quote is compared with the part of the longer quote it lines up with.
    """
    wa, wb = diff_words(a), diff_words(b)
    if not wa or not wb:
        return None
    if _contains(wa, wb) or _contains(wb, wa):
        return None
    short, long_, flip = (wa, wb, False) if len(wa) <= len(wb) else (wb, wa, True)
    if len(short) < len(long_) * policy.partial_quote:
        long_ = _best_window(short, long_)
    left, right = (long_, short) if flip else (short, long_)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("=", " ".join(left[i1:i2])))
            continue
        if i2 > i1:
            ops.append(("-", " ".join(left[i1:i2])))
        if j2 > j1:
            ops.append(("+", " ".join(right[j1:j2])))
    return ops if any(op != "=" for op, _ in ops) else None


def diff_summary(diff: list[DiffOp]) -> str:
    """The changed words only, as `[-removed-] {+added+}`."""
    parts = []
    for op, w in diff:
        if op == "-":
            parts.append(f"[-{w}-]")
        elif op == "+":
            parts.append(f"{{+{w}+}}")
    return " ".join(parts)


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
