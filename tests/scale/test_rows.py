"""An article's tables and back: loading a row writes what the worker prepared, and the
blocking keys are the in-process index's postings, stably hashed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.match import POLICY, Index, match_text, stored, tokens
from factcheck.models import Article
from factcheck.pipeline.prepare import prepare

pytest.importorskip("pyarrow")

from factcheck.scale.rows import (
    blocking_keys,
    key,
    prepared_from,
    prepared_json,
    statement_rows,
)

TEXT = (
    "Finance Minister Ana Brandt said on Monday that the budget would rise to $4.5 billion.\n\n"
    "“We have never promised a balanced budget this year,” Brandt told reporters.\n\n"
    "A pull quote: “We have never promised a balanced budget this year”\n"
)


def test_a_prepared_article_survives_its_row():
    p = prepare(Article.from_text(TEXT, path="a.txt", outlet="Daily", published="2026-03-02"))
    assert not isinstance(p, Exception)
    back = prepared_from(prepared_json(p))
    assert back.article == p.article and back.extraction == p.extraction
    assert back.statements == p.statements and back.anchors == p.anchors
    rows = statement_rows(p, 7 << 16)
    assert [r["id"] for r in rows] == [s.id for s in p.statements]
    assert all(r["article_order"] == 7 << 16 and r["outlet"] == "Daily" for r in rows)


def test_keys_are_the_same_in_every_process():
    # fixed values: a change of hashing would silently stop old extractions matching
    assert key("t", "we will") == key("t", "we will") != key("t", "we", "will")
    assert isinstance(key("x"), int) and -(2**63) <= key("x") < 2**63


words = st.lists(
    st.sampled_from(
        ["the", "budget", "rise", "we", "never", "promised", "tax", "cut", "a", "plan"]
    ),
    max_size=16,
)


@settings(max_examples=150, deadline=None)
@given(a=words, b=words)
def test_two_texts_share_a_blocking_key_when_the_index_posts_them_together(a, b):
    index = Index(POLICY)
    wa, wb = (stored(tokens(match_text(" ".join(x), 0, []))) for x in (a, b))
    ta, tb = index.text(wa), index.text(wb)
    ka, sa = blocking_keys(wa)
    kb, sb = blocking_keys(wb)
    assert bool(set(ka) & set(kb)) == bool(ta.shingles & tb.shingles)
    assert bool(set(sa) & set(sb)) == bool(ta.strong & tb.strong)
