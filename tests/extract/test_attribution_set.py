"""The annotated article set in fixtures/attribution, scored as the held-out corpus is.

The articles are written for this project in the manner of US political news; each new
failure found in real prose gets a general rule in the extractor and, when it is a pattern
of its own, a case in test_patterns.py.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from factcheck.evaluation import GoldFormatError, parse_gold, score, score_all
from factcheck.extract import extract
from factcheck.models import Article

SET = Path(__file__).parent.parent / "fixtures" / "attribution"
# The bars the held-out corpus is judged by (issue 2).
BARS = {
    "quoted_f1": 0.96,
    "speaker_accuracy": 0.92,
    "end_to_end_f1": 0.90,
    "reported_precision": 0.80,
    "reported_recall": 0.70,
}


@functools.cache
def _scored():
    pairs = []
    for p in sorted(SET.glob("*.txt")):
        gold = parse_gold(p.read_text(encoding="utf-8"))
        pairs.append((p.name, gold, extract(Article.from_text(gold.text, path=p.name))))
    return pairs


def test_the_set_is_large_enough_to_mean_something():
    pairs = _scored()
    assert len(pairs) >= 3
    assert sum(len(g.statements) for _, g, _ in pairs) >= 50


@pytest.mark.parametrize("measure", sorted(BARS))
def test_the_set_meets_the_bar(measure):
    tally = score_all(_scored())
    value = tally.measures()[measure]
    assert value >= BARS[measure], "\n".join([f"{measure} = {value:.3f}", *tally.misses])


def test_gold_markup_gives_plain_text_and_offsets():
    gold = parse_gold(
        "#1 Jane Porter\n#2 Jane Porter\n\n"
        "“<q1>We will win</q1>,” <s1>Porter</s1> said, “<q1>and soon</q1>.” "
        "<s2>She</s2> said <r2>the vote was “<q2>close</q2>” in the end</r2>.\n"
    )
    text = gold.text
    assert "<" not in text
    assert [(text[g.start : g.end], g.kind) for g in gold.statements] == [
        ("We will win", "direct"),
        ("and soon", "direct"),
        ("the vote was “close” in the end", "indirect"),
        ("close", "direct"),
    ]
    assert all(g.name == "Jane Porter" for g in gold.statements)
    assert [text[s:e] for s, e in gold.statements[0].mentions] == ["Porter"]


@pytest.mark.parametrize(
    "marked",
    ["#1 A B\n\n<q1>open", "#1 A B\n\nclose</q1>", "\n<q7>no name</q7>", "#1 A\n\n<q1><q1>x</q1>"],
)
def test_malformed_markup_is_refused(marked):
    with pytest.raises(GoldFormatError):
        parse_gold(marked)


def test_scoring_counts_a_wrong_speaker_as_found_but_not_right():
    gold = parse_gold(
        "#1 Jane Porter\n\nTom Reed spoke. “<q1>We will win,</q1>” <s1>she</s1> said.\n"
    )
    x = extract(Article.from_text(gold.text))
    right = score(gold, x)
    assert (right.found_direct, right.right_speaker) == (1, 1)
    wrong = parse_gold("#1 Tom Reed\n\nTom Reed spoke. “<q1>We will win,</q1>” she said.\n")
    tally = score(wrong, extract(Article.from_text(wrong.text)))
    assert (tally.found_direct, tally.right_speaker) == (1, 0)
