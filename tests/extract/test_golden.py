"""Golden files: the full extraction of each seed. Read the diff before regenerating.

Regenerate with: FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/extract/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ..conftest import SEED_FILES

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", SEED_FILES)
def test_extraction_matches_golden_file(seed_extractions, name):
    _, x = seed_extractions[name]
    got = x.model_dump(mode="json")
    path = GOLDEN / (Path(name).stem + ".json")
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected, f"{name} differs from {path}; regenerate if the change is right"


@pytest.mark.parametrize("name", SEED_FILES)
def test_every_offset_points_at_its_text(seed_extractions, name):
    article, x = seed_extractions[name]
    t = article.text
    for q in x.quotes:
        assert t[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert t[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.cue_start is not None:
            assert t[q.cue_start : q.cue_end] == q.cue
        for part in q.parts:
            assert q.start <= part.start <= part.end <= q.end
    for c in x.claims:
        assert t[c.start : c.end] == c.text
        for qty in c.quantities:
            assert t[qty.start : qty.end] == qty.text
            assert c.start <= qty.start <= qty.end <= c.end
