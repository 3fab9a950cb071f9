"""Finding speakers by what a reviewer types: exact and prefix matches of a name's words
first, a close spelling only when nothing matches exactly, so that ``Comey`` finds James
Comey and never Corey Lewandowski, and ``Wasserman Shultz`` still finds Debbie Wasserman
Schultz. Pure: the names come in, ids go out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

CLOSE = 80  # rapidfuzz ratio for one misspelt word: "mnuchn" ~ "mnuchin" (92)
MIN_FUZZY_LEN = 4  # shorter words are too easily close to anything

SpeakerName = tuple[int, str, list[str]]  # id, name, aliases


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w'’-]+", text.casefold()) if w]


@dataclass(slots=True)
class NameIndex:
    """Each speaker's name and aliases as words, for quick word lookups."""

    names: dict[int, str]
    tokens: dict[int, set[str]]

    @classmethod
    def build(cls, rows: Sequence[SpeakerName]) -> NameIndex:
        names = {i: n for i, n, _ in rows}
        tokens = {i: {w for x in [n, *aliases] for w in words(x)} for i, n, aliases in rows}
        return cls(names, tokens)

    def word(self, w: str) -> tuple[set[int], set[int]]:
        """Speakers with a name word equal to or starting with ``w``, and (only when there
        are none) those with a name word close to it."""
        w = w.casefold()
        prefix = {i for i, toks in self.tokens.items() if any(t.startswith(w) for t in toks)}
        if prefix or len(w) < MIN_FUZZY_LEN:
            return prefix, set()
        fuzzy = {
            i
            for i, toks in self.tokens.items()
            if any(abs(len(t) - len(w)) <= 2 and fuzz.ratio(w, t) >= CLOSE for t in toks)
        }
        return prefix, fuzzy

    def find(self, typed: str) -> list[int]:
        """The speakers a typed name means: the exact name, else those whose words start
        with every typed word, else those close to every typed word; best first."""
        want = " ".join(words(typed))
        if not want:
            return []
        exact = [i for i, n in self.names.items() if " ".join(words(n)) == want]
        if exact:
            return exact
        sets = [self.word(w) for w in words(typed)]
        prefix = set.intersection(*(p for p, _ in sets))
        if prefix:
            return sorted(prefix, key=lambda i: len(self.names[i]))
        close = set.intersection(*(p | f for p, f in sets))
        return sorted(close, key=lambda i: -fuzz.token_sort_ratio(typed, self.names[i]))
