"""find_cues reads only the text outside the quotes that marks bound, and finds what reading
all of it finds."""

from __future__ import annotations

import random

import pytest

from factcheck.extract import cues
from factcheck.extract.text import Document

PIECES = [
    *("said", "added", "told", "according to", "warned", "Sen. Ames", "a", "the", "é", "x"),
    *("“", "”", '"', "'", "‘", "’", "``", "''", "-", ",", ".", "!", "?"),
    *(" ", "  ", "\n", "\n\n"),
]


def test_the_same_cues_as_reading_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    docs = [Document(t) for t in texts]
    assert sum(len(cues._outside_quotes(d)) > 1 for d in docs) > 1000  # quotes were left out
    found = [
        [(c.start, c.end, c.word, c.lemma) for c in cues.find_cues(d, set()).cues] for d in docs
    ]
    monkeypatch.setattr(cues, "_outside_quotes", lambda doc: [(0, len(doc.text))])
    for doc, got in zip(docs, found, strict=True):
        whole = [(c.start, c.end, c.word, c.lemma) for c in cues.find_cues(doc, set()).cues]
        assert got == whole, doc.text
