"""Numbers spelt out in words, read into the values their digits would give.

"twenty-five", "three hundred thousand", "a dozen", "two dozen", "a million", "half a
million": ``WORDS`` is the pattern of one such number (for ``quantities``' figure pattern and
for matching's words), and ``word_value`` its value. The cardinal grammar ("two hundred and
fifty", "forty-four million", not "one two three") is number-parser's, on its English tables;
the news idioms it does not read (an article for "one", dozens, "half a", fractions) are ours.
Its parser is slow to call (a tenth of a millisecond) and is only ever handed a run that the
pattern has already found, memoised: the same few spellings recur across a corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx

_UNIT = "|".join(lx.CARDINAL_UNITS)
_TEEN = "|".join(lx.CARDINAL_TEENS)
_TENS = "|".join(lx.CARDINAL_TENS)
_SCALE = "|".join(lx.CARDINAL_SCALES)
_BIG = "|".join(s for s in lx.CARDINAL_SCALES if s != "hundred")
# One word of a cardinal: "twenty-five" (or "twenty five") is one word here.
_WORD = rf"(?:(?:{_TENS})(?:[-\x20](?:{_UNIT})\b)?|{_TEEN}|{_UNIT}|{_SCALE})\b"
# The first word of a run starts a word and is no scale: a bare "billion" or "hundred" counts
# nothing ("a billion" is read below).
_FIRST = rf"\b(?:(?:{_TENS})(?:[-\x20](?:{_UNIT})\b)?|{_TEEN}|{_UNIT})\b"
# A run of them: "two hundred and fifty thousand" ("and" only after "hundred", so that
# "two and three" is two numbers), words one space apart, never across a line. Spaces are
# written \x20 so that the pattern reads the same inside a verbose pattern.
RUN = rf"{_FIRST}(?:(?:-|\x20|(?<=hundred)\x20and\x20){_WORD})*"
# A spelt-out number as news writes it.
WORDS = (
    rf"\b(?:half\x20(?:a|an)\x20(?:{_BIG})\b"
    rf"|(?:a|an)\x20(?:dozen\b|(?:{_SCALE})\b(?:\x20(?:{_BIG})\b)?)"
    rf"|{RUN}(?:\x20dozen\b)?)"
)
_SPACES = re.compile(r"[\s-]+")


def word_value(raw: str) -> float | None:
    """The value of a number ``WORDS`` matched, or None when its words make no one number
    ("one two")."""
    return _value(_SPACES.sub(" ", raw.strip().lower()))


@lru_cache(maxsize=4096)
def _value(words: str) -> float | None:
    if words.startswith("half a ") or words.startswith("half an "):
        rest = _value("one " + words.split(" ", 2)[2])
        return None if rest is None else rest / 2
    if words.startswith("a ") or words.startswith("an "):
        words = "one " + words.split(" ", 1)[1]
    dozens = 1
    if words.endswith(" dozen"):
        words, dozens = words[: -len(" dozen")], 12
        if words == "one":
            return 12.0
    from number_parser import parse_number  # only articles with a number in words pay for it

    n = parse_number(words, language="en")
    return None if n is None else float(n * dozens)


def fraction_value(numerator: str, denominator: str) -> float | None:
    """A fraction as a percentage: ("two", "thirds") → 66.6667; None when it is none."""
    den = lx.FRACTION_WORDS.get(denominator.lower())
    num = 1.0 if numerator.lower() in ("a", "an") else word_value(numerator)
    if den is None or num is None or not 0 < num < den:
        return None
    return round(100.0 * num / den, 4)
