"""The window source joined within ranges of days: every pair of dated statements of two
articles at most ``window_days`` apart sharing a shingle, found once, in one range."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("dask")

from factcheck.match import POLICY
from factcheck.scale.pairs import _day_ranges, _to_ranges, _window_part
from factcheck.scale.rows import statement_order


def test_days_are_cut_into_ranges_of_about_the_budget_and_never_split():
    days = np.array([10, 11, 12, 13, 20], dtype="int64")
    counts = np.array([4, 4, 9, 1, 3], dtype="int64")
    # 4 + 4 fill the first range; day 12 alone is over the budget; 13 and 20 share one
    starts, splits = _day_ranges(days, counts, per_range=8)
    assert starts.tolist() == [10, 12, 13]
    assert splits.tolist() == [1, 1, 1]  # day 12's 9 statements: not over twice the budget


def test_a_busy_day_is_shared_among_tasks_by_shingle():
    days = np.array([1, 2, 3], dtype="int64")
    counts = np.array([10, 50, 2], dtype="int64")
    starts, splits = _day_ranges(days, counts, per_range=10)
    assert (starts.tolist(), splits.tolist()) == ([1, 2, 3], [1, 5, 1])
    rows = pd.DataFrame({"order": [1, 2, 3, 4], "day": [2, 2, 2, 3], "g": [0, 6, 7, 6]})
    out = _to_ranges(rows, starts, splits, window=3)
    got = sorted(zip(out["order"], out["part"], out["probe"], strict=True))
    # tasks: range 0 -> 0; range 1 (day 2) -> 1 + shingle mod 5; range 2 -> 6. Every row is
    # met in range 0 too (its days lie within the window before), and day 3's in range 1.
    assert got == [
        (1, 0, False),
        (1, 1, True),
        (2, 0, False),
        (2, 2, True),
        (3, 0, False),
        (3, 3, True),
        (4, 0, False),
        (4, 2, False),
        (4, 6, True),
    ]


def test_a_row_is_a_probe_in_its_own_range_and_met_in_the_ranges_of_the_days_before():
    starts = np.array([0, 10, 20], dtype="int64")
    rows = pd.DataFrame({"order": [1, 2, 3], "day": [5, 11, 21], "g": [7, 7, 7]})
    out = _to_ranges(rows, starts, np.ones(3, dtype="int64"), window=3)
    got = sorted(zip(out["order"], out["part"], out["probe"], strict=True))
    # day 11 is within 3 days of range 0's last days, day 21 of range 1's
    assert got == [(1, 0, True), (2, 0, False), (2, 1, True), (3, 1, False), (3, 2, True)]


def _by_ranges(rows: pd.DataFrame, per_range: int) -> set[tuple[int, int]]:
    days = rows["day"].value_counts()
    starts, splits = _day_ranges(days.index.to_numpy(), days.to_numpy(), per_range=per_range)
    routed = _to_ranges(rows, starts, splits, POLICY.window_days)
    found: list[tuple[int, int]] = []
    for _, part in routed.groupby("part"):
        pairs = _window_part(part.set_index("part"), POLICY)
        found += list(zip(pairs["x"], pairs["y"], strict=True))
    if (splits == 1).all():  # (a busy day shared among tasks may find a pair in two)
        assert len(found) == len(set(found))  # each pair leaves one task, once
    return set(found)


def _all_pairs(rows: pd.DataFrame) -> set[tuple[int, int]]:
    out = set()
    for a, b in itertools.combinations(rows.itertuples(index=False), 2):
        if a.order >> 16 == b.order >> 16 or abs(a.day - b.day) > POLICY.window_days:
            continue
        if a.g == b.g:
            out.add((min(a.order, b.order), max(a.order, b.order)))
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 2), st.integers(0, 4)), max_size=40),
    st.lists(st.integers(0, 30), min_size=21, max_size=21),
    st.integers(1, 12),
)
def test_ranges_find_the_pairs_a_join_of_all_rows_finds(spec, days, per_range):
    """Statements of seven articles, each on its own day (a statement has one), sharing
    shingles at random."""
    rows = pd.DataFrame(
        [(statement_order(a, s), days[a * 3 + s], g) for a, s, g in spec],
        columns=["order", "day", "g"],
        dtype="int64",
    ).drop_duplicates()
    if rows.empty:
        return
    assert _by_ranges(rows, per_range) == _all_pairs(rows)
