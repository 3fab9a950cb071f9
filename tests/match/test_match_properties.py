"""Properties of matching that must hold for any input, checked with hypothesis."""

from __future__ import annotations

import calendar

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.quantities import find_quantities
from factcheck.match import Statement, compare_figures, features, similarity, word_diff

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
SENTENCE = st.lists(WORD, min_size=4, max_size=25).map(" ".join)


@given(SENTENCE)
def test_a_quote_never_differs_from_itself_or_from_a_longer_quote_holding_it(words):
    assert word_diff(words, words) is None
    assert word_diff(words, f"and then {words} he added") is None


@given(st.lists(WORD, min_size=6, max_size=20, unique=True), st.data())
def test_one_changed_word_shows_in_the_diff(words, data):
    i = data.draw(st.integers(0, len(words) - 1))
    changed = list(words)
    changed[i] = "zzzz" + words[i]
    diff = word_diff(" ".join(words), " ".join(changed))
    assert diff is not None
    assert ("-", words[i]) in diff and ("+", changed[i]) in diff
    kept = " ".join(w for op, w in diff if op == "=")
    assert len(kept.split()) == len(words) - 1


@given(SENTENCE, SENTENCE)
def test_similarity_is_symmetric_and_bounded(a, b):
    fa, fb = features(a), features(b)
    s1, s2 = similarity(fa, fb), similarity(fb, fa)
    assert abs(s1 - s2) < 1e-9
    assert 0 <= s1 <= 100
    assert similarity(fa, fa) == 100


def _figures(text: str):
    qs = find_quantities(text)
    return features(
        text,
        [
            (q["start"], q["end"], q["key"], q["kind"], q["unit"], q["value"], q.get("date"))
            for q in qs
        ],
    ).figures


SPELLINGS = [
    ("US${n} billion", "${n}bn"),
    ("US${n} billion", "${n} billion"),
    ("{n} per cent", "{n}%"),
]


@given(st.integers(2, 900), st.sampled_from(SPELLINGS))
def test_two_spellings_of_one_figure_agree(n, spelling):
    left = _figures("Tariffs rose on " + spelling[0].format(n=n) + " of goods.")
    right = _figures("Tariffs rose on " + spelling[1].format(n=n) + " of goods.")
    agree, disagree = compare_figures(left, right)
    assert len(agree) == 1 and disagree == []


@given(st.integers(2, 400), st.integers(1, 400))
def test_two_different_amounts_in_the_same_place_disagree(n, delta):
    left = _figures(f"Tariffs rose on US${n} billion of goods.")
    right = _figures(f"Tariffs rose on US${n + delta} billion of goods.")
    agree, disagree = compare_figures(left, right)
    assert agree == [] and disagree == [(f"US${n} billion", f"US${n + delta} billion")]


@given(st.integers(1, 12), st.integers(1, 28))
def test_a_date_written_two_ways_agrees(month, day):
    months = list(calendar.month_name)[1:]
    short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
    left = _figures(f"The tariffs start on {months[month - 1]} {day}.")
    right = _figures(f"The tariffs start on {short[month - 1]} {day}.")
    agree, disagree = compare_figures(left, right)
    assert len(agree) == 1 and disagree == []


def test_statement_is_plain_data():
    s = Statement("a/q0-3", "a", 1, "direct", "yes", None, features("yes"))
    assert s.seq == 0 and s.features.tokens == ["yes"]
