"""Whether two articles report the same event: their dates, or, undated, what they name.

Two dated articles report one event when they are at most ``Policy.window_days`` apart.
When either has no date, the test is on their *event keys*: the full names (two or three
capitalised words in a row) and the specific figures (amounts, percentages, counts, days)
each one holds. The test counts shared keys only, with no weight from how common a key
is in the store, so it is a pure function of the two articles and the same in any
ingest order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..extract import lexicon as lx
from .policy import POLICY, Policy
from .words import ANCHOR_STOP

_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_NAME = re.compile(rf"\b{_WORD}(?:[ \t]+{_WORD})+\b")
_NOT_NAME_WORDS = (
    ANCHOR_STOP
    | frozenset(lx.MONTHS)
    | lx.DAYS
    | {w.lower() for w in lx.TITLE_WORDS}
    | {w.lower() for w in lx.ORG_WORDS}
    | {w.lower() for w in lx.HONORIFICS}
    | {w for c in lx.COUNTRIES for w in c.split()}
    | frozenset(lx.NATIONALITIES)
)
NAME_PREFIX = "n:"
FIGURE_PREFIX = "f:"


def event_keys(text: str, figure_keys: Iterable[str]) -> frozenset[str]:
    """The full names and specific figures an article holds."""
    out = set()
    for m in _NAME.finditer(text):
        # a run of capitalised words, cut at titles and the like: each piece of two or
        # more words is a name, known by its last two ("Trade Representative Robert
        # Lighthizer" → robert lighthizer)
        piece: list[str] = []
        for w in [*m.group(0).split(), ""]:
            low = w.lower().replace("’", "'")
            if w and low not in _NOT_NAME_WORDS:
                piece.append(low)
                continue
            if len(piece) >= 2:
                first = lx.NICKNAMES.get(piece[-2], piece[-2])  # Bob Lighthizer is Robert
                out.add(NAME_PREFIX + first + " " + piece[-1])
            piece = []
    for k in figure_keys:
        if _specific(k):
            out.add(FIGURE_PREFIX + k)
    return frozenset(out)


def _specific(key: str) -> bool:
    """A figure that picks out one event: an amount, a percentage, a count, a day."""
    kind = key.split(":", 1)[0]
    if kind in ("money", "percent", "count"):
        return True
    return kind == "date" and key.count("-") >= 2 and not key.startswith("date:rel")


def day_number(published: str | date | None) -> int | None:
    """A publication date as a day number, or None when unknown or unreadable."""
    if published is None:
        return None
    if isinstance(published, date):
        return published.toordinal()
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def same_event(
    day_a: int | None,
    day_b: int | None,
    keys_a: frozenset[str],
    keys_b: frozenset[str],
    policy: Policy = POLICY,
) -> bool:
    """Whether two articles report the same event: a few days apart, or sharing names and
    figures (undated, or dated up to ``Policy.event_days`` apart)."""
    if day_a is not None and day_b is not None:
        apart = abs(day_a - day_b)
        if apart <= policy.window_days:
            return True
        return apart <= policy.event_days and shared_event_keys(keys_a, keys_b, True, policy)
    return shared_event_keys(keys_a, keys_b, False, policy)


def shared_event_keys(
    keys_a: frozenset[str], keys_b: frozenset[str], dated: bool, policy: Policy = POLICY
) -> bool:
    """Enough full names, or names and specific figures, in common (more figures for two
    dated articles outside the date window)."""
    shared = keys_a & keys_b
    if not shared:
        return False
    names = sum(k.startswith(NAME_PREFIX) for k in shared)
    return event_test(names, len(shared) - names, dated, policy)


def event_test(names: int, figures: int, dated: bool, policy: Policy = POLICY) -> bool:
    if not dated and names >= policy.event_names_alone:
        return True
    need = policy.event_figures_dated if dated else policy.event_figures
    return names >= policy.event_names and figures >= need
