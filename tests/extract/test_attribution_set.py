"""The annotated article set in fixtures/attribution, scored as the held-out corpus is.

The articles are written for this project in the manner of US political news; each new
failure found in real prose gets a general rule in the extractor and, when it is a pattern
of its own, a case in test_patterns.py.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from factcheck.devtools.evaluation import BARS, GoldFormatError, parse_gold, score, score_files
from factcheck.extract import extract
from factcheck.models import Article

SET = Path(__file__).parent.parent / "fixtures" / "attribution"


@functools.cache
def _tally():
    return score_files(sorted(SET.glob("*.txt")))


def test_the_set_is_large_enough_to_mean_something():
    tally = _tally()
    assert len(list(SET.glob("*.txt"))) >= 5
    assert tally.gold_direct + tally.gold_indirect >= 100


@pytest.mark.parametrize("measure", sorted(BARS))
def test_the_set_meets_the_bar(measure):
    tally = _tally()
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
