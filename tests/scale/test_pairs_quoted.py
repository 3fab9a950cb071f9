"""The any-date quoted source, worked on texts: the reports of one text are paired, and
reports of two texts sharing a strong 3-gram only when the texts share enough words to
link at another event (a pair of one event is the window's or the event source's)."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("dask")

from factcheck.match import POLICY
from factcheck.match.align import align
from factcheck.match.classify import decide
from factcheck.match.text import from_stored, stored, tokens
from factcheck.scale.pairs import _near_texts, _same_text, _text_grams
from factcheck.scale.rows import blocking_keys, key, statement_order

PLEDGE = "we will cut taxes for every working family in the state by next spring"
REWORDED = "we will cut taxes for every working family in this state by next spring"
OTHER = "the senator met every working family group downtown on a rainy tuesday"


def _rows(quotes: list[tuple[int, int, str]]) -> pd.DataFrame:
    """Quoted statements as the source reads them: (article, index in it, text)."""
    rows = []
    for article, i, text in quotes:
        norm = stored(tokens(text))
        rows.append(
            {
                "order": statement_order(article, i),
                "text_key": key("t", norm),
                "norm": norm,
                "strong": blocking_keys(norm)[1],
            }
        )
    return pd.DataFrame(rows)


def _found(q: pd.DataFrame) -> set[tuple[int, int]]:
    """The source's pairs, its two shuffles as one partition each."""
    same = _same_text(q, POLICY)
    near = _near_texts(_text_grams(q), POLICY)
    out = pd.concat([same, near])
    return set(zip(out["x"].tolist(), out["y"].tolist(), strict=True))


def test_reports_of_a_text_and_of_a_near_verbatim_one_are_paired_a_shared_phrase_is_not():
    a, b, c, d = (statement_order(n, 0) for n in (1, 2, 3, 4))
    e = statement_order(1, 1)  # a second quote in article 1
    q = _rows([(1, 0, PLEDGE), (2, 0, PLEDGE), (3, 0, REWORDED), (4, 0, OTHER), (1, 1, REWORDED)])
    # all share "every working family"; OTHER shares little else with the rest
    found = _found(q)
    assert found == {(a, b), (a, c), (b, c), (e, b), (e, c)}  # never two of one article
    assert not any(d in pair for pair in found)


SHARED = st.sampled_from(
    "we will cut taxes for every working family in the state by next spring never "  # noqa: SIM905
    "senator met group downtown tuesday".split()
)


def _variant(data: st.DataObject, words: list[str]) -> list[str]:
    """``words`` with a few words dropped, inserted or swapped, or another quote."""
    if data.draw(st.booleans()):
        return data.draw(st.lists(SHARED, min_size=3, max_size=16))
    out = list(words)
    for _ in range(data.draw(st.integers(0, 3))):
        at = data.draw(st.integers(0, len(out) - 1))
        op = data.draw(st.sampled_from(["drop", "insert", "swap"]))
        if op == "insert":
            out.insert(at, data.draw(SHARED))
        elif op == "swap":
            out[at] = data.draw(SHARED)
        elif len(out) > 3:
            out.pop(at)
    return out


@settings(max_examples=80, deadline=None)
@given(st.lists(SHARED, min_size=6, max_size=16), st.integers(2, 8), st.data())
def test_no_pair_of_quotes_that_could_link_apart_is_left_out(base, n, data):
    """Every pair of reports (of two articles) sharing a strong 3-gram whose alignment
    would link them at another event is found; the rest of the pairs found share a text
    or a 3-gram."""
    quotes = [_variant(data, base) for _ in range(n)]
    q = _rows([(i, 0, " ".join(words)) for i, words in enumerate(quotes)])
    found = _found(q)
    for x, y in itertools.combinations(range(len(q)), 2):
        rx, ry = q.iloc[x], q.iloc[y]
        pair = (min(rx["order"], ry["order"]), max(rx["order"], ry["order"]))
        shares = rx["text_key"] == ry["text_key"] or set(rx["strong"]) & set(ry["strong"])
        wx, wy = from_stored(rx["norm"]), from_stored(ry["norm"])
        links = decide(align(*wx, *wy), "direct", "direct", same_event=False) is not None
        if shares and links:
            assert pair in found
        if pair in found:
            assert shares
