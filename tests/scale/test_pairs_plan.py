"""How candidate pairs are routed to scoring tasks: by the staged pieces that hold their two
statements, so that a task reads few pieces and holds a bounded number of pairs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("dask")

from factcheck.scale.pairs import _block_pair, _plan, _with_task
from factcheck.scale.rows import STATEMENT_BITS, statement_order


def test_a_pair_lies_in_the_pieces_its_orders_fall_in():
    firsts = np.array([0, 100, 200], dtype="int64")
    pairs = pd.DataFrame({"x": [5, 150, 99, 250], "y": [60, 199, 100, 260]})
    assert _block_pair(pairs, firsts).tolist() == [0 * 3 + 0, 1 * 3 + 1, 0 * 3 + 1, 2 * 3 + 2]


def test_small_block_pairs_share_a_task_and_a_large_one_is_spread():
    blocks = np.array([0, 1, 4, 5, 8])
    counts = np.array([3, 4, 25, 2, 2])
    _, first, spread = _plan(blocks, counts, per_task=10)
    # 3 + 4 share task 0; 25 pairs need three tasks (1-3); 2 + 2 share task 4
    assert first.tolist() == [0, 0, 1, 4, 4]
    assert spread.tolist() == [1, 1, 3, 1, 1]


def test_a_block_pair_over_the_budget_is_spread_by_its_first_statements_articles():
    firsts = np.array([0], dtype="int64")
    x = [statement_order(a, 0) for a in range(6)]
    pairs = pd.DataFrame({"x": x, "y": [v + 1 for v in x]})
    plan = _plan(np.array([0]), np.array([6]), per_task=2)
    routed = _with_task(pairs, firsts, plan)
    assert sorted(set(routed["task"])) == [0, 1, 2]
    articles = routed["x"].to_numpy() >> STATEMENT_BITS
    assert (routed["task"].to_numpy() == articles % 3).all()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 50), min_size=1, max_size=40), st.integers(1, 30))
def test_tasks_are_numbered_without_gaps_and_none_takes_more_than_its_budget(counts, budget):
    blocks = np.arange(len(counts), dtype="int64") * 2
    _, first, spread = _plan(blocks, np.array(counts), per_task=budget)
    held: dict[int, float] = {}
    for n, f, k in zip(counts, first.tolist(), spread.tolist(), strict=True):
        for t in range(f, f + k):
            held[t] = held.get(t, 0) + n / k  # spread evenly, on average
    assert sorted(held) == list(range(len(held)))  # every task in 0..T-1 gets pairs
    for n, f, k in zip(counts, first.tolist(), spread.tolist(), strict=True):
        if n <= budget:
            assert k == 1 and held[f] <= budget  # packed ones stay within the budget
        else:
            assert k == -(-n // budget)
