"""CaseBlindSearch finds what the case-blind pattern's own search finds, wherever it looks."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract.caseless import CaseBlindSearch
from factcheck.extract.quantities import _CMP_BEFORE
from factcheck.extract.quoted import _NAMING

PATTERNS = [
    _NAMING,
    _CMP_BEFORE,
    re.compile(r"\bover\s+$", re.IGNORECASE),  # a word boundary at the window's start
    re.compile(r"(?<=\w)the\b", re.IGNORECASE),  # a look-behind into the text before it
    re.compile(r"x*$", re.IGNORECASE),  # an empty match, and bounds out of order
]
# ASCII of both cases, typographic marks, and letters whose case the lower-case copy would
# not keep as the regex engine reads it (dotted and dotless i, long s, Kelvin sign, accents)
PIECES = [
    *"abcdefhiklmnorstuvwyz ABKMOSTU.,-'\n\t",
    *"İıſKéÉ“”’—\u00a0",
    " more than ",
    " OVER ",
    "so-called",
    "the Book ",
    "a song Called ",
    "Nearly",
    " 5",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:24])
def test_the_same_start_as_the_patterns_own_search(pattern: re.Pattern[str]) -> None:
    fast = CaseBlindSearch(pattern)
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        lo, hi = rng.randint(-3, len(text) + 3), rng.randint(-3, len(text) + 3)
        m = pattern.search(text, lo, hi)
        assert fast.start(text, lo, hi) == (m.start() if m else None), (text, lo, hi)


@pytest.mark.parametrize(
    "pattern",
    [re.compile("said"), re.compile("Said", re.IGNORECASE), re.compile("(?-i:may)", re.I)],
)
def test_a_pattern_it_cannot_copy_is_refused(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError):
        CaseBlindSearch(pattern)
