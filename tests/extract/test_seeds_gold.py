"""The seeds against the hand-made gold annotations in fixtures/gold.json."""

from __future__ import annotations

import json

import pytest

from factcheck.models import Extraction, Quote

from ..conftest import FIXTURES

GOLD = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))
ARTICLES = sorted(GOLD["articles"])


def covered(pred_start: int, pred_end: int, start: int, end: int) -> float:
    """The share of the gold span [start, end) that a prediction covers."""
    inter = max(0, min(pred_end, end) - max(pred_start, start))
    return inter / max(1, end - start)


def gold_positions(text: str, item: dict) -> list[tuple[int, int]]:
    """The gold offsets, and every other place the same words occur.

    One gold quote of the Straits Times seed carries the offsets of the identical sentence in the
    pull quote rather than of the body paragraph its cue and kind describe; a span given by its
    words may sit at any occurrence of them.
    """
    out = []
    if text[item["start"] : item["end"]] == item["text"]:
        out.append((item["start"], item["end"]))
    i = text.find(item["text"])
    while i >= 0:
        out.append((i, i + len(item["text"])))
        i = text.find(item["text"], i + 1)
    return out


def _quotes(x: Extraction) -> list[Quote]:
    return x.quotes


@pytest.mark.parametrize("name", ARTICLES)
def test_every_gold_quote_found_with_speaker_and_kind(seed_extractions, name):
    article, x = seed_extractions[name]
    missing = []
    for g in (q for q in GOLD["quotes"] if q["article"] == name):
        ok = any(
            covered(p.start, p.end, s, e) >= 0.8
            and p.speaker == g["speaker"]
            and p.kind == g["kind"]
            for s, e in gold_positions(article.text, g)
            for p in _quotes(x)
        )
        if not ok:
            missing.append((g["text"][:50], g["speaker"], g["kind"]))
    assert not missing, f"gold quotes not found: {missing}"


@pytest.mark.parametrize("name", ARTICLES)
def test_at_most_two_extra_quotes(seed_extractions, name):
    article, x = seed_extractions[name]
    golds = [
        pos
        for g in GOLD["quotes"]
        if g["article"] == name
        for pos in gold_positions(article.text, g)
    ]
    extra = [
        p.text[:60]
        for p in x.quotes
        if not any(
            covered(s, e, p.start, p.end) >= 0.3 or covered(p.start, p.end, s, e) >= 0.3
            for s, e in golds
        )
    ]
    assert len(extra) <= 2, extra


def test_pull_quote_is_linked_to_the_body_quote_it_repeats(seed_extractions):
    _article, x = seed_extractions["straits-times-us-china-talks-resume.txt"]
    pulls = [q for q in x.quotes if q.kind == "pullquote"]
    assert len(pulls) == 1
    pull = pulls[0]
    assert pull.speaker == "Wilbur Ross"
    body = {q.id: q for q in x.quotes}[pull.repeats]
    assert body.kind == "direct" and body.speaker == "Wilbur Ross"
    assert body.text.startswith("What we need is to correct the big imbalances")
    assert body.start > pull.end


@pytest.mark.parametrize("name", ARTICLES)
def test_every_gold_claim_found_with_normalised_quantities(seed_extractions, name):
    _article, x = seed_extractions[name]
    problems = []
    for g in (c for c in GOLD["claims"] if c["article"] == name):
        claims = [c for c in x.claims if covered(c.start, c.end, g["start"], g["end"]) >= 0.8]
        if not claims:
            problems.append(("claim not found", g["text"][:60]))
            continue
        figures = {q.text: q for c in claims for q in c.quantities}
        for raw in g["quantities"]:
            q = figures.get(raw)
            if q is None:
                problems.append(("quantity not found", raw))
            elif q.value is None and q.date is None:
                problems.append(("quantity not normalised", raw))
    assert not problems, problems


def test_gold_speakers_are_canonical_with_roles(seed_extractions):
    names = {s.name: s for _, x in seed_extractions.values() for s in x.speakers}
    for canonical, _info in GOLD["speakers"].items():
        if canonical in {"China"}:
            assert names[canonical].kind == "organisation"
            continue
        assert canonical in names, canonical
    _, afp = seed_extractions["afp-us-china-trade-talks.txt"]
    afp_names = {s.name: s for s in afp.speakers}
    assert "Bob Lighthizer" in afp_names["Robert Lighthizer"].aliases
    assert afp_names["Steven Mnuchin"].role == "Treasury Secretary"
    assert afp_names["Carrie Lam"].role == "Hong Kong’s Chief Executive"
